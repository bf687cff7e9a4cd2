"""Where a paragraph of a hard-wrapped page ends when a full line ends a sentence."""
import pytest

from banmian.restore import restore

from restore_pages import SENTENCES, joined_lines, wrapped

INDENT = "\u3000\u3000"
TITLE, BYLINE = "稳住增长势头 加快转型升级", "本报记者 张  三"


def pdf_page(paragraphs: list[str], width: int, lost_indent: bool = False) -> str:
    """One story as PDF-to-text delivers it; with ``lost_indent`` each paragraph's first
    line was set an indent narrower, and the extraction dropped the indent itself."""
    lines = [TITLE, BYLINE]
    for para in paragraphs:
        printed = wrapped(para, width, INDENT if lost_indent else "")
        lines += [line for line in (printed[0].lstrip("\u3000"), *printed[1:]) if line]
    return "\n".join(lines) + "\n"


def restored(text: str) -> list[str]:
    return [p.text for art in restore(text).articles for p in art.paragraphs]


# Paragraphs around the one a test is about: long enough for the page's column to show.
FRAME = [SENTENCES[0] + SENTENCES[1] + SENTENCES[3], SENTENCES[6] + SENTENCES[7], SENTENCES[8] + SENTENCES[9],
         SENTENCES[11] + SENTENCES[12]]


def framed(paragraph: str, at: int, count: int = len(FRAME)) -> list[str]:
    """``paragraph`` at index ``at`` among the first ``count`` paragraphs of FRAME."""
    return [*FRAME[:at], paragraph, *FRAME[at:count]]


def test_a_short_first_sentence_that_fills_its_line_does_not_end_the_paragraph():
    # `…居民笑了。` fills a 16-character line (the stop hangs) after 16 characters of its
    # paragraph: a paragraph seldom ends after one short sentence
    short = "街道变宽了，绿地变多了，居民笑了。"
    paragraphs = [SENTENCES[0] + SENTENCES[1], short + SENTENCES[4] + SENTENCES[6],
                  SENTENCES[8] + SENTENCES[9], SENTENCES[13] + SENTENCES[10]]
    text = pdf_page(paragraphs, 16)
    assert short + "\n" in text
    assert restored(text) == paragraphs


def test_a_quote_and_its_speaker_that_fill_their_line_end_the_paragraph():
    # `…乘势而上。”王某某说。` fills its 18-character line on a page without indents: a
    # quote's attribution is often a paragraph's last words, and the paragraph-end model
    # (restore/paragraph_ends.py) reads it so; by length alone (63 characters so far) the
    # line ran on into the next paragraph
    paragraphs = [SENTENCES[5] + SENTENCES[7], SENTENCES[0] + SENTENCES[2],
                  SENTENCES[7] + SENTENCES[10], SENTENCES[8] + SENTENCES[13]]
    text = pdf_page(paragraphs, 18)
    assert "们要把握机遇，乘势而上。”王某某说。\n全镇" in text
    assert restored(text) == paragraphs


def test_a_first_line_that_reads_as_a_headline_runs_on_into_a_line_that_starts_mid_sentence():
    # `市委常委、常务副市长王建` fills its 12-character line and reads as a crosshead (posts
    # and a name), but the line under it, `国表示，…`, starts inside the name: a paragraph's
    # first line, not a headline as wide as its column
    speech = "市委常委、常务副市长王建国表示，" + SENTENCES[6]
    paragraphs = [SENTENCES[7] + SENTENCES[8], speech, SENTENCES[11] + SENTENCES[12]]
    text = pdf_page(paragraphs, 12)
    assert "\n市委常委、常务副市长王建\n国表示，" in text
    assert restored(text) == paragraphs


# Pages whose paragraphs each open with a line two characters narrower than the column
# (the extraction dropped the indents), and two printed lines that meet at a full line
# ending a sentence.
LOST_INDENT_PAGES = {
    # the line under `…居民的笑容也多了。` is 16 characters wide over full lines: the first
    # line of the next paragraph
    "a narrower line opens a paragraph": (
        [SENTENCES[3] + SENTENCES[7], SENTENCES[8] + SENTENCES[5],
         SENTENCES[9] + SENTENCES[1] + SENTENCES[10], SENTENCES[12] + SENTENCES[0]],
        "宽了，绿地变多了，居民的笑容也多了。\n一荤一素一汤的套餐售价12元，老\n"),
    # the page indents, so the flush full line under `…同比增长6.2%。` goes on
    "a flush line runs on": (
        [SENTENCES[9] + SENTENCES[7], SENTENCES[8] + SENTENCES[6],
         SENTENCES[13] + SENTENCES[0] + SENTENCES[12], SENTENCES[1] + SENTENCES[5]],
        "规模以上工业增加值同比增长6.2%。\n海关有关负责人表示，将继续优化通关流\n"),
}


@pytest.mark.parametrize("case", LOST_INDENT_PAGES)
def test_a_page_whose_first_lines_lost_their_indents(case):
    paragraphs, meeting = LOST_INDENT_PAGES[case]
    text = pdf_page(paragraphs, 18, lost_indent=True)
    assert meeting in text
    assert restored(text) == paragraphs


def test_a_dateline_that_fills_its_line_runs_on_into_the_lead():
    # `本报北京5月20日电  （记者王明）` is as wide as the column; the line model reads such a
    # short line as a headline, but a dateline opens the lead's paragraph
    dateline = "本报北京5月20日电  （记者王明）"
    lead = dateline + SENTENCES[0] + SENTENCES[1]
    paragraphs = [lead, SENTENCES[6] + SENTENCES[7] + SENTENCES[8], SENTENCES[9] + SENTENCES[10]]
    lines = [TITLE]
    for para in paragraphs:
        lines += wrapped(para, 18)
    assert lines[1] == dateline
    assert restored("\n".join(lines) + "\n")[0] == lead


def test_a_line_under_one_that_hangs_two_closing_marks_still_fills_its_column():
    # `村里还一一说说有哪些难事。”` hangs `。”` past the 12-character column: the full line
    # under it, cut before a time word (`村里老党员` / `今年又带头…`), runs on. (The line
    # that hangs the marks fills its column too, and its paragraph goes on.)
    quote = "“来访的干部问我们村有几户人家、几家工厂，年轻人在哪打工，一年收入多少，村里还一一说说有哪些难事。”"
    after = "李大姐没想到，村里老党员今年又带头办起了合作社，“大家一起干，日子才能越过越红火。”"
    paragraphs = [SENTENCES[0] + SENTENCES[1], quote + after, SENTENCES[8] + SENTENCES[9]]
    lines = [TITLE, BYLINE]
    for para in paragraphs:
        lines += [line for line in wrapped(para, 12) if line]
    assert "村里还一一说说有哪些难事。”\n李大姐没想到，村里老党员\n" in "\n".join(lines)
    assert restored("\n".join(lines) + "\n") == paragraphs


def test_a_full_line_that_ends_a_long_paragraph_is_read_with_the_whole_paragraph():
    # In a 15-character column `…一派繁忙景象。` and `…120个以上。` both fill their
    # lines. The first runs on; the second ends a paragraph of three sentences, and the
    # paragraph-end model reads it so when it reads the whole paragraph so far. Read alone,
    # the last sentence since the first full line (`下一步将…120个以上。`) looks like a
    # paragraph of one sentence, which seldom ends, and the line ran on.
    long = SENTENCES[13] + SENTENCES[6] + SENTENCES[3]
    paragraphs = [long, SENTENCES[0] + SENTENCES[1], SENTENCES[7]]
    text = pdf_page(paragraphs, 15)
    assert "一派繁忙景象。\n下一步" in text and "120个以上。\n今年以来" in text
    assert restored(text) == paragraphs


# Full lines whose paragraph goes on, though each reads as a paragraph's end or a heading:
# (the paragraph, its index among FRAME's, how many of those, the column's width, a piece of the page).
RUNS_ON = [
    # `送别时，乡亲们拉着队员们的手说：` fills its line and the quotation opens the next one: a
    # colon before an opening quote almost never ends a paragraph, though a short
    # exclamation alone reads like a paragraph of its own
    pytest.param("送别时，乡亲们拉着队员们的手说：“你们辛苦了！”", 2, 4, 16, "手说：\n“你们辛苦了！”\n",
                 id="colon-over-its-quotation"),
    # `…日子越过越红火。”` fills its column with `。”` hanging past it: a full line, whose
    # paragraph goes on with the speaker (`村党支部书记…告诉记者。`)
    pytest.param("“村里的路修好了，游客也多了起来，日子越过越红火。”村党支部书记王某某告诉记者。", 2, 4, 12,
                 "越红火。”\n村党支部", id="two-closing-marks-hang"),
    # `——坚持把乡村道路修到每家门口` fills its column under a line that ends a sentence: the
    # first printed line of a dashed point of the body, though a dash line alone reads as a
    # subtitle (`——访…`)
    pytest.param("——坚持把乡村道路修到每家门口，让村民出行更方便、更安全。", 1, 3, 13,
                 "。\n——坚持把乡村道路修到每家\n门口，", id="dashed-point"),
]


@pytest.mark.parametrize("paragraph, at, count, width, printed", RUNS_ON)
def test_a_full_line_runs_on_into_the_rest_of_its_paragraph(paragraph, at, count, width, printed):
    paragraphs = framed(paragraph, at, count)
    text = pdf_page(paragraphs, width)
    assert printed in text
    assert restored(text) == paragraphs


def test_a_note_in_brackets_printed_over_three_lines_is_one_credit_of_its_article():
    # the reporters' note fills two 16-character lines before the line that closes its
    # bracket: one note, whatever its first line (`（本报记者…`, a byline's words) reads as
    note = "（本报记者刘一鸣、陈晓东、杨春梅、黄志强、吴丽娟、郑国庆、林小燕参与采写）"
    paragraphs = framed(note, 3, count=3)
    text = pdf_page(paragraphs, 16)
    assert len(wrapped(note, 16)) == 3
    assert restored(text) == paragraphs


@pytest.mark.parametrize("p_headline, runs_on", [(0.1, True), (0.6, True), (0.9, False)])
def test_a_printed_line_runs_on_unless_the_line_model_is_sure_it_is_a_headline(p_headline, runs_on):
    # a full line cut at both ends reads as a headline to the line model more often than a
    # page's blocks do: halfway (0.6, above HEADLINE_LIKE) is not enough to start anew there
    from banmian.restore.wrapped import HEADLINE_LIKE, PRINTED_HEADLINE

    assert HEADLINE_LIKE < 0.6 < PRINTED_HEADLINE < 0.9
    paragraphs = [SENTENCES[0] + SENTENCES[1] + SENTENCES[3], SENTENCES[6] + SENTENCES[7]]
    printed = [line for para in paragraphs for line in wrapped(para, 14, INDENT)]
    line = printed[2]  # the third printed line of the first paragraph, full
    blocks = joined_lines("\n".join(printed) + "\n",
                          lambda texts: [p_headline if text == line else 0.1 for text in texts])
    holding = next(b for b in blocks if line in b.text)
    assert (printed[1] + line in holding.text) == runs_on
