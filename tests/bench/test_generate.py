"""The page generator: deterministic, gold consistent with the text, every damage kind occurs."""
import collections
import random

import pytest

from banmian.bench.generate import (
    BOX,
    NO_LINE_START,
    STOCK_LINES,
    DamageConfig,
    GoldMismatch,
    check_gold,
    generate_issue,
    generate_page,
    pages_of,
)

# Small invented articles (our own text, not corpus text).
P1 = "本报北京3月5日电（记者王明）今年以来，某市持续优化营商环境，新登记市场主体同比增长百分之十二，其中民营企业占比超过九成，发展活力不断增强。"
P2 = "据介绍，该市围绕企业全生命周期服务，推出一百余项便利化举措，企业开办时间压缩到一个工作日以内，群众办事更加方便快捷。"
P3 = "下一步，该市将继续深化改革，加强要素保障，让更多惠企政策不用申请就能兑现，给企业吃下定心丸。"
Q1 = "初春时节，某县的田间地头一派繁忙景象，农民们抢抓农时开展春耕备耕，农机手驾驶着拖拉机来回穿梭，翻起层层泥土。"
Q2 = "县农业农村局负责人介绍，今年全县计划粮食播种面积稳定在八十万亩以上，良种覆盖率达到百分之九十八，化肥农药使用量继续减少。"
Q3 = "为保障春耕顺利进行，当地组织农技人员深入村组开展技术指导，帮助种植户解决生产中遇到的实际问题。"
R1 = "记者从某省交通运输厅获悉，一条连接山区与沿海城市的高速公路日前全线贯通，沿线群众出行时间由四个小时缩短到一个半小时。"
R2 = "这条高速公路全长一百二十公里，沿线要穿过多处溶洞和软土地段，建设者边施工边攻关，多项技术创新填补了省内空白。"
R3 = "通车后，沿线特色农产品可以更快运往城市市场，旅游资源也将得到进一步开发，带动当地群众增收致富。"


def _article(i: int, title: str, paragraphs: list[str], byline: str = "", kicker: str = "",
             subtitle: str = "", page: int = 3) -> dict:
    return {"id": f"T-{i}", "date": "2023-12-22", "page": page, "page_name": "要闻", "kicker": kicker,
            "title": title, "subtitle": subtitle, "byline": byline, "paragraphs": paragraphs}


def _page(page: int = 3) -> list[dict]:
    return [
        _article(1, "优化营商环境 激发市场活力", [P1, P2, P3], byline="本报记者  王  明",
                 kicker="高质量发展调研行", page=page),
        _article(2, "春耕备耕正当时", [Q1, Q2, Q3], byline="本报记者 李华", subtitle="——来自某县的报道", page=page),
        _article(3, "山海之间通坦途", [R1, R2, R3, P3[:20] + "。"], page=page),
    ]


def _all_damage(**overrides) -> DamageConfig:
    return DamageConfig(**{**DamageConfig.none().__dict__, **overrides})


def test_same_seed_same_page():
    a = generate_page(_page(), random.Random(11))
    b = generate_page(_page(), random.Random(11))
    assert a.text == b.text
    assert a.gold == b.gold


def test_different_seeds_differ():
    texts = {generate_page(_page(), random.Random(seed), damage=DamageConfig.every()).text for seed in range(5)}
    assert len(texts) > 1


def test_clean_layout_reproduces_the_articles():
    page = generate_page(_page(), random.Random(1), damage=DamageConfig.none())
    gold = page.gold
    assert [[P1, P2, P3], [Q1, Q2, Q3], [R1, R2, R3, P3[:20] + "。"]] == [a["paragraphs"] for a in gold["articles"]]
    assert [] == gold["seams"]
    assert [] == gold["duplicates"]
    assert [] == gold["furniture"]
    assert "高质量发展调研行" == gold["articles"][0]["kicker"]
    assert "本报记者 李华" == gold["articles"][1]["byline"]
    assert gold["articles"][2]["byline"] is None
    for para in (P1, Q2, R3):
        assert para in page.text


@pytest.mark.parametrize("seed", range(40))
def test_gold_is_consistent_with_text(seed):
    page = generate_page(_page(), random.Random(seed), damage=DamageConfig.every() if seed % 2 else DamageConfig())
    text, gold = page.text, page.gold
    check_gold(gold, text)  # raises on any mismatch
    for art in gold["articles"]:
        for para, spans in zip(art["paragraphs"], art["spans"]["paragraphs"]):
            assert para == "".join(text[s:e] for s, e in spans)
            assert para == para.strip()
        if art["byline"] is not None:
            assert BOX not in art["byline"]
            s, e = art["spans"]["byline"]
            assert art["byline"] == text[s:e]
    for a_end, b_start in gold["seams"]:
        assert not text[a_end - 1].isspace() and not text[b_start].isspace()
        assert text[b_start] not in NO_LINE_START
    for dup in gold["duplicates"]:
        (s, e), (ts, te) = dup["span"], dup["duplicate_of"]
        assert text[s:e] == text[ts:te]
        assert (s, e) != (ts, te)


def test_check_gold_catches_a_wrong_paragraph():
    page = generate_page(_page(), random.Random(2))
    page.gold["articles"][0]["paragraphs"][0] += "多"
    with pytest.raises(GoldMismatch):
        check_gold(page.gold, page.text)


def _over_seeds(damage: DamageConfig, n: int = 8):
    return [generate_page(_page(), random.Random(seed), damage=damage) for seed in range(n)]


def test_column_breaks_occur_and_respect_typesetting():
    pages = _over_seeds(_all_damage(column_break=1.0, column_lines=(3, 5)))
    assert all(p.gold["seams"] for p in pages)
    for p in pages:
        for a_end, b_start in p.gold["seams"]:
            assert b_start > a_end  # no interleaving asked: halves stay in order
            assert p.text[b_start] not in NO_LINE_START


def test_column_breaks_fall_on_line_boundaries():
    width = 10
    for p in _over_seeds(_all_damage(column_break=1.0, column_chars=(width, width), column_lines=(2, 4))):
        for art in p.gold["articles"]:
            for para, spans in zip(art["paragraphs"], art["spans"]["paragraphs"]):
                pos = 0
                for s, e in spans[:-1]:
                    pos += e - s
                    boundary = (pos + 2) // width * width - 2  # first line indented by two
                    # the cut is at a line end, or just after hanging punctuation / spaces
                    assert boundary <= pos
                    assert all(para[i] in NO_LINE_START or para[i].isspace() or para[i - 1].isspace()
                               for i in range(boundary, pos))


def test_clean_columns_make_no_breaks():
    assert all(not p.gold["seams"] for p in _over_seeds(_all_damage(column_break=0.0, column_lines=(3, 5))))


def test_interleaving_moves_a_tail_past_another_article():
    moved = 0
    for p in _over_seeds(_all_damage(interleave=1.0)):
        titles = sorted(a["spans"]["title"][0] for a in p.gold["articles"])
        for a_end, b_start in p.gold["seams"]:
            moved += any(min(a_end, b_start) < t < max(a_end, b_start) for t in titles)
    assert moved >= 6


def test_duplicates_occur_and_point_at_their_twin():
    pages = _over_seeds(_all_damage(duplicate=1.0))
    assert all(p.gold["duplicates"] for p in pages)
    truncated = sum(
        1 for p in pages for d in p.gold["duplicates"]
        if not any(d["duplicate_of"] == sp for a in p.gold["articles"] for ps in a["spans"]["paragraphs"] for sp in ps)
    )
    assert truncated >= 1  # some copies are prefixes of their twin


def test_head_missing_drops_the_beginning_from_text_and_gold():
    for p in _over_seeds(_all_damage(head_missing=1.0)):
        flagged = [a for a in p.gold["articles"] if a["head_missing"]]
        assert len(flagged) >= 1
        for art in flagged:
            first = art["paragraphs"][0]
            original = next(x for x in (P1, Q1, R1) if x.endswith(first))
            assert first != original
            assert original not in p.text


def test_jumps_occur_with_markers():
    seen_to = seen_from = 0
    for seed in range(16):
        p = generate_page(_page(page=5), random.Random(seed), damage=_all_damage(jump=1.0))
        for art in p.gold["articles"]:
            if art["continued_to_page"]:
                seen_to += 1
                assert art["continued_to_page"] > 5
                assert len(art["spans"]["jumps"]) == 1
            if art["continued_from_page"]:
                seen_from += 1
                assert art["continued_from_page"] < 5
                assert art["kicker"] is None and art["byline"] is None
                s, e = art["spans"]["jumps"][0]
                assert "接" in p.text[s:e]
    assert seen_to and seen_from


def test_typo_doubles_a_character_in_text_and_gold():
    doubled = 0
    for p in _over_seeds(_all_damage(typo=1.0)):
        originals = {P1, P2, P3, Q1, Q2, Q3, R1, R2, R3}
        changed = [x for a in p.gold["articles"] for x in a["paragraphs"] if x not in originals and x != P3[:20] + "。"]
        assert len(changed) >= 1
        for x in changed:
            assert x in p.text
            assert any(x[i] == x[i + 1] for i in range(len(x) - 1))
        doubled += len(changed)
    assert doubled >= 8


def test_legitimate_repeats_are_kept_in_gold():
    for p in _over_seeds(_all_damage(same_byline=1.0, stock_line=1.0)):
        bylines = [a["byline"] for a in p.gold["articles"] if a["byline"]]
        assert len(bylines) != len(set(bylines))
        stock = [x for a in p.gold["articles"] for x in a["paragraphs"] if x in STOCK_LINES]
        assert len(stock) >= 2
        assert [] == p.gold["duplicates"]


def test_furniture_is_marked():
    for p in _over_seeds(_all_damage(furniture=1.0)):
        lines = [p.text[s:e] for s, e in p.gold["furniture"]]
        assert lines
        assert all(any(k in ln for k in ("星期", "版", "责编", "要闻", "人民日报")) for ln in lines)


def test_every_damage_on_one_page_still_consistent():
    for seed in range(20):
        p = generate_page(_page(page=4), random.Random(seed), damage=DamageConfig.every())
        check_gold(p.gold, p.text)
        assert p.gold["seams"] and p.gold["duplicates"]


def test_pages_of_groups_by_date_and_page():
    from banmian.bench.split import split_of

    dates = ["2023-12-%02d" % d for d in range(1, 29)]
    arts = [_article(i, "题", [P1], page=1 + i % 2) | {"date": dates[i % len(dates)]} for i in range(56)]
    ev = pages_of(arts, "eval")
    tr = pages_of(arts, "train")
    assert sum(map(len, ev)) + sum(map(len, tr)) == 56
    for group in ev:
        assert len({(a["date"], a["page"]) for a in group}) == 1
        assert split_of(group[0]["date"]) == "eval"


def test_issue_stitches_jumping_articles():
    pages = [_page(page=1), _page(page=2), _page(page=3)]
    for i, page in enumerate(pages):
        for a in page:
            a["id"] = f"p{i}-{a['id']}"
    issue = generate_issue(pages, random.Random(4), jump_share=1.0)
    assert [1, 2, 3] == issue.gold["pages"]
    assert issue.gold["stitched"]
    originals = {a["id"]: a["paragraphs"] for page in pages for a in page}
    for st in issue.gold["stitched"]:
        p, q = st["pages"]
        assert p < q
        front = issue.pages[p - 1].gold["articles"][st["parts"][0]["article"]]
        tail = issue.pages[q - 1].gold["articles"][st["parts"][1]["article"]]
        assert tail["continued_from_page"] == p
        assert front["title"] == tail["title"]
        # without page-local damage other than typos, the stitched body is the original one
        if all(x in originals[st["id"]] for x in st["paragraphs"]) and len(st["paragraphs"]) == len(originals[st["id"]]):
            assert originals[st["id"]] == st["paragraphs"]
    for page in issue.pages:
        check_gold(page.gold, page.text)


def test_issue_without_damage_stitches_exactly():
    pages = [_page(page=1), _page(page=2)]
    for i, page in enumerate(pages):
        for a in page:
            a["id"] = f"p{i}-{a['id']}"
    originals = {a["id"]: a["paragraphs"] for page in pages for a in page}
    issue = generate_issue(pages, random.Random(0), damage=DamageConfig.none(), jump_share=1.0)
    assert 1 == len(issue.gold["stitched"])
    st = issue.gold["stitched"][0]
    assert originals[st["id"]] == st["paragraphs"]


def test_articles_with_inner_bylines_are_flagged_composite():
    page = _page()
    page[2]["paragraphs"] = [R1, "山区新路", "本报记者 赵刚", R2]
    gold = generate_page(page, random.Random(0), damage=DamageConfig.none()).gold
    assert [False, False, True] == [a["composite"] for a in gold["articles"]]


@pytest.mark.parametrize("seed", range(6))
def test_issue_stitching_survives_page_damage(seed):
    pages = [_page(page=n) for n in (1, 2, 3, 4)]
    for i, page in enumerate(pages):
        for a in page:
            a["id"] = f"p{i}-{a['id']}"
    originals = {a["id"]: a["paragraphs"] for page in pages for a in page}
    issue = generate_issue(pages, random.Random(seed), damage=_all_damage(
        column_break=1.0, column_lines=(3, 5), interleave=1.0, duplicate=1.0, stock_line=1.0, same_byline=1.0,
        furniture=1.0), jump_share=1.0)
    assert issue.gold["stitched"]
    for st in issue.gold["stitched"]:
        assert originals[st["id"]] == st["paragraphs"]


def test_inline_jump_markers_share_the_last_body_line():
    inline = 0
    for seed in range(12):
        p = generate_page(_page(page=5), random.Random(seed), damage=_all_damage(jump=1.0, inline_jump=1.0))
        check_gold(p.gold, p.text)
        for art in p.gold["articles"]:
            if art["continued_to_page"]:
                s, e = art["spans"]["jumps"][0]
                line_start = p.text.rfind("\n", 0, s) + 1
                assert p.text[line_start:s].strip()  # body text before the marker on its line
                assert art["paragraphs"][-1].endswith(p.text[line_start:s].strip())
                inline += 1
    assert inline


def test_degenerate_pages():
    empty = generate_page([], random.Random(0), damage=DamageConfig.every())
    assert [] == empty.gold["articles"]
    single = generate_page([_article(1, "一篇", [P1])], random.Random(0), damage=DamageConfig.every())
    check_gold(single.gold, single.text)
    editors_only = generate_page([_article(1, "本版责编：何强", ["版式设计：赵明"])], random.Random(0),
                                 damage=_all_damage(furniture=1.0))
    assert [] == editors_only.gold["articles"]


@pytest.mark.parametrize("seed", range(10))
def test_hard_wrapped_pages_print_one_line_per_printed_line(seed):
    damage = DamageConfig(**{**DamageConfig.every().__dict__, "hard_wrap": 1.0})
    page = generate_page(_page(), random.Random(seed), damage=damage)
    check_gold(page.gold, page.text)
    assert "\n\n" not in page.text
    body = {(s, e) for art in page.gold["articles"] for spans in art["spans"]["paragraphs"] for s, e in spans}
    widths = [e - page.text.rfind("\n", 0, s) - 1 for s, e in body]  # with the indent
    assert max(widths) <= max(DamageConfig().column_chars) + 2  # closing punctuation may hang (`。”`)
    # a paragraph longer than a line is printed over several lines, each a seam apart
    assert len(page.gold["seams"]) > len(page.gold["articles"])


@pytest.mark.parametrize("seed", range(10))
def test_hard_wrapped_pages_can_lose_their_indents_but_not_the_narrower_first_lines(seed):
    damage = DamageConfig(**{**DamageConfig.every().__dict__, "hard_wrap": 1.0, "indent": 1.0, "lost_indent": 1.0})
    page = generate_page(_page(), random.Random(seed), damage=damage)
    check_gold(page.gold, page.text)
    assert "\u3000\u3000" not in page.text
    narrower = 0
    for art in page.gold["articles"]:
        for spans in art["spans"]["paragraphs"]:
            if len(spans) > 2:  # first line, a full line, ...: the first is an indent narrower
                (s0, e0), (s1, e1) = spans[:2]
                narrower += (e1 - s1) - (e0 - s0) >= 2
    assert narrower


def test_indents_are_kept_unless_lost():
    damage = DamageConfig(**{**DamageConfig.every().__dict__, "hard_wrap": 1.0, "indent": 1.0})
    assert "\u3000\u3000" in generate_page(_page(), random.Random(0), damage=damage).text


@pytest.mark.parametrize("indent", [0.0, 1.0])
def test_hard_wrapped_lines_fill_their_column_up_to_a_column_break(indent):
    # Where a column ends inside a paragraph, its last line there is as full as any other
    # line: a column ends where a printed line ends, and the layout reserves an indent
    # only on pages that print one. (Columns of 2-4 lines break inside most paragraphs.)
    for seed in range(12):
        damage = _all_damage(hard_wrap=1.0, column_break=1.0, indent=indent, column_lines=(2, 4))
        page = generate_page(_page(), random.Random(seed), damage=damage)
        paragraphs = [spans for art in page.gold["articles"] for spans in art["spans"]["paragraphs"]]
        # the column's width: the commonest width of a line that is not a paragraph's last
        width = collections.Counter(e - s for spans in paragraphs for s, e in spans[:-1]).most_common(1)[0][0]
        for spans in paragraphs:
            for k, (s, e) in enumerate(spans[:-1]):
                first_indented = k == 0 and indent
                assert e - s >= width - (2 if first_indented else 0), page.text[s:e]
