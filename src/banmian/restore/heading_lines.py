"""What one printed line looks like: could it be a headline, a personal name, an item of a list?

These judge a line by its own characters (and the line model's view of it); which
heading a line is, and whether it opens an article, is for :mod:`banmian.restore.articles`.
"""
from __future__ import annotations

import re

from .cues import COLUMN_TAG, DATELINE, PAGE_ENTRY, SIGNATURE_DATE, SPACES, SURNAMES
from .topic import bigrams

MAX_HEADING_CHARS = 50
# Titles of decrees and decisions run long (全国人民代表大会常务委员会关于批准《…》的决定) but
# carry no clause punctuation; a body line that long always does.
MAX_PLAIN_HEADING_CHARS = 100
CLAUSE_MARKS = "，。；：,;:"
# Words a headline or crosshead almost never ends with (in the corpus: 的 28, 是 1 of 61,000
# headings and short lines) while pieces of prose cut at a column end often do (的 1,327,
# 是 362 of 58,000 cuts). So do the function words that lead into what follows (以 这 从 各
# 也 第 或 并 而 但 又 已 该 每: none of the corpus's 25,368 headlines and 63,000 short
# unstopped paragraphs ends with one; 不 and 有 end 3 short lines, against 3,300 of 360,000
# random cuts). Not 在: it ends words (`同在`, `自在`) that end titles.
PHRASE_GOES_ON = "的是以这从各也第或并而但又已该每不有"
# The salutation that opens a speech or a letter (`各位代表：`, `亲爱的祖国母亲：`, `同志们：`):
# its first paragraph, never a headline (48 such lines in the corpus, all paragraphs).
SALUTATION = re.compile(r"^(?:各位|尊敬的|亲爱的)[^，。：]{0,16}：$|^[^，。：]{0,12}们：$")
# Labels of a section's speaker or case inside a feature (`讲述人：…`, `案例二`, `某某委员`): its
# paragraphs, never headlines (77 such corpus lines, all paragraphs).
SECTION_LABEL = re.compile(r"^(?:讲述人|对话人|主持人|嘉宾|受访者)[：:]|^案例[一二三四五六七八九十\d]+$"
                           r"|^[\u4e00-\u9fff]{2,4}(?:委员|代表)$")
# A line ending in a figure stops before the figure's unit or the rest of its sentence
# (`…超300` / `0米`, `到2035` / `年`): only 12 of 25,368 corpus headlines end in a digit,
# 2 of them in a model's name (`问界M9`).
CUT_IN_NUMBER = re.compile(r"(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]+$")
# A figure standing alone (`3616`, `3.57万亿`, `45%`): an infographic's callout.
_BARE_FIGURE = re.compile(r"[0-9０-９][0-9０-９.．,，]*(?:万亿|万|亿)?[%％]?")
PADDED_NAME = re.compile(r"[\u4e00-\u9fff](?:[ \u00a0]{2}|[\u3000\t])[\u4e00-\u9fff]")
FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
# Two characters padded like a name that are not one: section words and provinces (`引  子`, `四  川`).
PADDED_NOT_NAMES = frozenset(
    "引子 结语 前言 后记 尾声 序言 序章 附记 附录 简介 按语 提要 导语 链接 小结 "
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 "
    "四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门".split()
)


def is_heading_line(text: str, probs) -> bool:
    """Could this unjoined line be a title, kicker or crosshead? (The learned title
    decision sorts them out; only what cannot be a heading is excluded here.)"""
    core = COLUMN_TAG.sub("", text)  # a column tag (深入学习贯彻…众论) does not make a title prose
    too_long = len(core) > MAX_HEADING_CHARS and \
        (len(core) > MAX_PLAIN_HEADING_CHARS or any(ch in core for ch in CLAUSE_MARKS))
    if too_long or "。" in text[:-1] or DATELINE.match(text) or SIGNATURE_DATE.fullmatch(text.strip()) \
            or SALUTATION.match(text.strip()) or SECTION_LABEL.match(text.strip()):
        # prose, a dateline, a salutation or a section's label opening a paragraph, or the date under a signature
        return False
    if closes_unopened(text) or opens_unclosed(text) or not any(ch.isalnum() for ch in text):
        # the rest of a bracket opened in another block (`…区委）宣传部`), the start of one closed
        # in another (`今年“十佳快`), or a rule `…………`
        return False
    if text[-1] in "，、,":
        return False  # a clause goes on: a fragment cut at a column end, or a line of verse
    if text[-1] in PHRASE_GOES_ON:
        return False  # `…找到解决问题的`: cut inside a phrase
    if text.endswith("等") and "，" in text:
        return False  # `“…”，为确保重点民生工程等`: a list cut off after a clause (7 corpus headlines end in 等, none has a comma)
    if CUT_IN_NUMBER.search(text):
        return False  # `施工区域平均海拔超300`: cut inside a figure, before its unit
    if bare_figure(text):
        return False  # `3.57万亿`: an infographic's figure (104 corpus paragraphs, no headline)
    if text[-1] in "。；;！":
        # a sentence ends here: only a line the line model is sure of is a headline (in the
        # corpus, 412 short paragraphs end with `！` against 20 titles)
        head, cross, _ = probs
        return head + cross > 0.8
    return True


def bare_figure(text: str) -> bool:
    """A figure standing alone on its line (`3616`, `3.57万亿`): a callout, a paragraph of its own."""
    return _BARE_FIGURE.fullmatch(text.strip()) is not None


def bracketed(text: str) -> bool:
    """A line wholly in round brackets (`（2026年4月30日…会议通过）`): a note or subtitle, never a headline of its own."""
    return text[:1] in "（(" and text[-1:] in "）)"


def stacked_by_form(upper: str, lower: str) -> bool | None:
    """What the printed form of two stacked headline lines settles: True for a title over
    its subtitle, False for a kicker over its title, None when only the words can tell."""
    if upper.endswith(("——", "—", "：", ":")):
        return False  # `某某集团——` leads into its title
    if bracketed(lower):
        return True
    if DOCUMENT_NUMBER.fullmatch(lower):
        return True  # `中华人民共和国主席令` / `第七十四号`: a number is never a title (7 subtitles in the corpus)
    if COLUMN_TAG.search(upper) and not COLUMN_TAG.search(lower):
        # a column tag (`（权威发布）`) ends titles, never kickers (1 kicker in 5,000 of
        # the corpus): the line under a tagged title is its subtitle
        return True
    return None


# The number of a decree or a notice (`第837号`, `［十四届］第十七号`).
DOCUMENT_NUMBER = re.compile(r"(?:［[^］]{1,8}］)?第[一二三四五六七八九十百零〇\d]+号")
NUMBERED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
                           rf"|第[一二三四五六七八九十百零〇]+[章节条编][{SPACES}])")
# An article of a law or regulation opens its own running text on its line (`第十二条  投资者开展…`):
# unlike a chapter's heading (`第二章  …`), it is a paragraph of prose, however short its words.
LAW_ARTICLE = re.compile(rf"第[一二三四五六七八九十百零〇]+条[{SPACES}]+\S")


def headline_like(text: str) -> bool:
    """Short, with no full stop: a line that could be a headline."""
    return len(text) <= MAX_HEADING_CHARS and "。" not in text


def short_unstopped(text: str) -> bool:
    """Headline-like, with no clause break at its end: over a byline such a line is a
    headline however it ends (`打动人的表演往往是安静的`)."""
    return headline_like(text) and text[-1:] not in "，、,；;：:"


def numbered_item(text: str) -> bool:
    """A line numbered as an item of a list (`四、`, `（二）`) or a part of a law
    (`第二章  商标注册的条件`: 895 short corpus paragraphs, no heading)."""
    return bool(NUMBERED_ITEM.match(text))


# Free verse (a poem on a literary page) prints short lines one a line with no stop at their
# end (`镰刀锤头，每次抬头注视` / `拳头会攥得更紧`): FREE_VERSE_RUN of them in a row are a poem's
# lines, each a paragraph of its own, not pieces of running text cut at column ends (125
# corpus articles are such poems).
FREE_VERSE_CHARS = 24
FREE_VERSE_STOPS = ("。", "！", "？", "；", "：")
FREE_VERSE_RUN = 6


def free_verse_line(text: str) -> bool:
    """A line that could be one of a poem: short, no stop at its end, neither an item of a
    list, a name (the poet's, printed without 记者 under the title) nor a line of a table of
    contents (`第九版`)."""
    return 0 < len(text) <= FREE_VERSE_CHARS and not text.endswith(FREE_VERSE_STOPS) and \
        not numbered_item(text) and not bare_name(text) and not PAGE_ENTRY.match(text)


def free_verse_runs(texts: list[str | None]) -> list[int]:
    """Indices of the lines in runs of at least FREE_VERSE_RUN lines of free verse in a row
    (None, for a line that is no prose, breaks a run)."""
    out: list[int] = []
    run: list[int] = []
    for k, text in enumerate([*texts, None]):
        if text is not None and free_verse_line(text):
            run.append(k)
            continue
        if len(run) >= FREE_VERSE_RUN:
            out += run
        run = []
    return out


# A line of two clauses of about equal length and no stop (`建设美丽乡村，全域旅游人气旺`,
# `“拧”紧阀门，用水精打细算`) is most often a crosshead or title in parallel form: of 973 such
# blocks on 900 development pages, 195 were pieces of a paragraph that ran on.
PARALLEL_MAX_CHARS = 24
PARALLEL_MIN_CLAUSE = 4
PARALLEL_SLACK = 3  # the clauses' lengths differ by at most this much
_QUOTES = re.compile(r"[“”‘’《》（）()]")


def parallel_clauses(text: str) -> bool:
    if len(text) > PARALLEL_MAX_CHARS or any(ch in text for ch in "。！？；：、"):
        return False
    clauses = [_QUOTES.sub("", part) for part in text.split("，")]
    return len(clauses) == 2 and min(map(len, clauses)) >= PARALLEL_MIN_CLAUSE and \
        abs(len(clauses[0]) - len(clauses[1])) <= PARALLEL_SLACK


def dice(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two lines."""
    x, y = bigrams(a), bigrams(b)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def _unbalanced(text: str) -> tuple[bool, bool]:
    """(closes a bracket or quote it never opened, leaves one open at its end)."""
    closes = opens = False
    # (round brackets of either width count as one kind: typesetters mix them, `（财经书吧)`)
    for opening, closing in ("（(", "）)"), ("“", "”"), ("《", "》"):
        depth = lowest = 0
        for ch in text:
            depth += (ch in opening) - (ch in closing)
            lowest = min(lowest, depth)
        closes |= lowest < 0
        opens |= depth > lowest
    return closes, opens


def closes_unopened(text: str) -> bool:
    """Does the text close a bracket or quote it never opened? Then it is a piece cut
    from running text, never a headline."""
    return _unbalanced(text)[0]


def opens_unclosed(text: str) -> bool:
    """Does the text open a bracket or quote it does not close (`据介绍，今年“十佳快`)? Then
    the rest is printed elsewhere: none of the corpus's 25,368 headlines does so."""
    return _unbalanced(text)[1]


def bare_name(text: str) -> bool:
    """A personal name alone on a line: two or three Chinese characters after a surname;
    a two-character name padded to three (`晓  熠`, as typesetters print pen names too);
    a transliterated name (`麦克·奥杜罗`)."""
    if 2 <= len(text) <= 3 and text[0] in SURNAMES and all("\u4e00" <= ch <= "\u9fff" for ch in text):
        return True
    if PADDED_NAME.fullmatch(text):
        return text[0] + text[-1] not in PADDED_NOT_NAMES
    return bool(FOREIGN_NAME.fullmatch(text))
