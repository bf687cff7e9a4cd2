import dataclasses

import numpy as np

from banmian.model import Block
from banmian.restore.duplicates import find_duplicates
from banmian.restore.matching import is_open_end, match_backward_tails, match_seams, starts_mid_sentence


def blocks_of(*texts, gaps=None):
    """Blocks laid out one a line; ``gaps`` lists block indices preceded by a non-prose block."""
    out, pos = [], 0
    for k, t in enumerate(texts):
        index = k + sum(1 for g in (gaps or ()) if g <= k)
        out.append(Block(pos, pos + len(t), t, index=index))
        pos += len(t) + 1
    return out


def no_fit(_):
    return 0.0


def test_truncated_copy_is_removed_and_points_at_its_twin():
    full = "市工信局将重点推进产业链延链补链强链，力争明年突破1000亿元。"
    blocks = blocks_of("小城故事多", full[:14], "本报记者 张三", full)
    dups = find_duplicates(blocks, no_fit)
    assert [1] == [d.block for d in dups]
    assert (blocks[3].start, blocks[3].start + 14) == dups[0].twin


def test_copy_straddling_a_column_break_is_found():
    para = "这座小城的变化，大家有目共睹。街道变宽了，绿地变多了，居民的笑容也多了。"
    blocks = blocks_of(para[:20], para[20:], "今年以来，全市工业经济稳中有进。", para[:25])
    dups = find_duplicates(blocks, no_fit)
    assert [3] == [d.block for d in dups]
    assert (blocks[0].start, blocks[1].start + 5) == dups[0].twin


def test_exact_copy_the_worse_placed_one_goes():
    para = "去年以来，城区建成社区食堂45家，日均就餐人数超过6000人次。"
    blocks = blocks_of(para, "一荤一素一汤的套餐售价12元。", para)
    fits = {0: -3.0, 1: 0.0, 2: 2.0}
    dups = find_duplicates(blocks, fits.get)
    assert [0] == [d.block for d in dups]
    assert (blocks[2].start, blocks[2].end) == dups[0].twin


def test_short_legitimate_repeats_stay():
    stock = "会议还研究了其他事项。"
    blocks = blocks_of("国务院召开常务会议", stock, "市政府召开常务会议", stock)
    assert [] == find_duplicates(blocks, no_fit)
    # a short phrase inside running text is not a copy
    blocks = blocks_of("加快建设现代化城市", "我们要加快建设现代化城市，让群众生活更美好。")
    assert [] == find_duplicates(blocks, no_fit)


def test_a_whole_sentence_that_opens_a_longer_block_is_no_cut_off_copy():
    # A speech prints its salutation as a paragraph of its own, and once more at the head
    # of its closing paragraph; neither is a layout duplicate.
    hail = "同志们、朋友们！"
    blocks = blocks_of(hail, "今天，我们在这里隆重集会，回顾走过的光辉历程。", hail,
                       "历史告诉我们，只有团结奋斗，才能战胜一切困难。", "本报记者 张三",
                       hail + "让我们更加紧密地团结起来，为实现既定目标而努力奋斗！")
    assert [] == find_duplicates(blocks, no_fit)
    # a copy cut off mid-sentence is still one
    cut = "今天，我们在这里隆重集会，回顾"
    blocks = blocks_of(cut, "本报记者 张三", cut + "走过的光辉历程。")
    assert [0] == [d.block for d in find_duplicates(blocks, no_fit)]


def test_open_end_and_mid_sentence_start():
    assert is_open_end("市工信")
    assert is_open_end("力争明年突破，")
    assert not is_open_end("力争明年突破1000亿元。")
    assert not is_open_end("“我们要把握机遇。”")
    assert starts_mid_sentence("，力争明年突破")
    assert not starts_mid_sentence("力争明年突破")


def test_matching_is_global_not_greedy():
    # left 0 prefers right 2 slightly, but left 1 can only go to right 2: the global
    # assignment gives 0 -> 3 and 1 -> 2, where greedy would strand left 1.
    score = np.array([[0, 0, 5.0, 4.5], [0, 0, 5.0, -9.0]])
    assert {0: 3, 1: 2} == match_seams([0, 1], score)


def test_matching_never_joins_backwards_or_below_threshold():
    score = np.array([[9.0, 0, -1.0]])
    assert {} == match_seams([1], score)


def test_backward_tails_join_earlier_blocks_above_the_threshold_and_never_close_a_loop():
    score = np.full((5, 5), -9.0)
    score[3, 0] = 6.0  # open end 3 takes tail 0, printed above it
    score[4, 1] = 3.0  # below the threshold: 4 stays open
    score[2, 4] = 9.0  # forward pairs are not this pass's business
    assert {3: 0} == match_backward_tails({}, score, lefts=[2, 3, 4], tails=[0, 1, 4], threshold=4.0)
    # 0 already runs on into 3 (0 -> 3): joining 3 -> 0 would make a paragraph of a loop
    assert {} == match_backward_tails({0: 3}, score, lefts=[3], tails=[0], threshold=4.0)


def test_pull_quote_and_headline_words_are_not_copies():
    body = "山间的茶花，是一代代护林人守望青山的真实见证，值得我们珍惜。"
    # a pull quote that ends where its clause ends, printed apart from the paragraph
    blocks = blocks_of("山间的茶花", "今年以来，全市工业经济稳中有进。", body)
    assert [] == find_duplicates(blocks, no_fit)
    # a headline whose words open the very next block
    blocks = blocks_of("某县古树名木保护小组", "某县古树名木保护小组每季度要巡查一遍全县古树。")
    assert [] == find_duplicates(blocks, no_fit)


# A story whose paragraph is cut mid-sentence at its end (the words after the cut follow in
# each test), and another story with a paragraph of its own standing where the copy does.
OLD_STREET = "老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新，联合商户开展“老街美食节”，"


def farm_story_around(paragraph: str) -> str:
    return ("春耕备耕有序推进\n\n本报记者 张三\n\n眼下正值春耕备耕的关键时节，田间地头一派繁忙景象。\n\n"
            f"{paragraph}\n\n全镇计划种植水稻3.2万亩，比去年增加1500亩。\n")


def the_copy_removed(page):
    """The one block a restored page removed as a layout duplicate (fails on none or several)."""
    (dup,) = [r for r in page.removed if r.reason == "duplicate"]
    return dup


def test_the_copy_that_fills_a_sentence_cut_off_mid_way_is_kept():
    from banmian.restore import restore

    copy = "增量，推动文旅与商贸相互带动，让街区经济更多惠及商户、惠及居民。"
    page = (f"{OLD_STREET}把游客人气转化为消费\n\n{copy}\n\n这座小城的变化，大家有目共睹。\n\n"
            + farm_story_around(copy))
    p = restore(page)
    dup = the_copy_removed(p)
    assert dup.span[0] == page.rindex(copy)  # the copy among the other story's paragraphs goes
    assert p.articles[0].paragraphs[0].text.endswith("转化为消费" + copy)


def test_a_copy_between_the_halves_of_a_cut_sentence_goes_and_its_twin_stays():
    # the copy stands right after a sentence cut off mid-word, but the block after it goes
    # on with that sentence (`…转化为消` / copy / `费增量…`): it fills no gap, its twin does
    from banmian.restore import restore

    copy = "镇里的农技员走进田头，指导农户科学选种、适时播种，确保春播顺利开展。"
    page = (f"{OLD_STREET}把游客人气转化为消\n\n{copy}\n\n费增量，推动文旅与商贸相互带动，让街区经济更多惠及商户、惠及居民。\n\n"
            + farm_story_around(copy))
    p = restore(page)
    dup = the_copy_removed(p)
    assert dup.span[0] == page.index(copy)
    assert [q.text[:4] for q in p.articles[0].paragraphs] == ["青石板路"]
    assert copy in [q.text for q in p.articles[1].paragraphs]


def test_a_copy_under_a_headline_that_starts_mid_sentence_is_no_lead_quote():
    # papers print a lead quote again under a headline; a piece of running text cut at a
    # column top (`征程上，…`) printed there is the extraction's copy
    from banmian.restore import restore

    piece = "征程上，为老街的繁荣发展多作贡献。”"
    page = ("老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新。老街的商户们说：“我们要在新的\n\n"
            f"{piece}\n\n这座小城的变化，大家有目共睹。\n\n春耕备耕有序推进\n\n{piece}\n\n"
            "眼下正值春耕备耕的关键时节，田间地头一派繁忙景象。\n\n全镇计划种植水稻3.2万亩，比去年增加1500亩。\n")
    p = restore(page)
    dup = the_copy_removed(p)
    assert dup.span[0] == page.rindex(piece)
    town, farm = p.articles
    assert town.paragraphs[0].text.endswith("我们要在新的" + piece)
    assert "春耕备耕有序推进" == farm.title.text
    assert [q.text[:4] for q in farm.paragraphs] == ["眼下正值", "全镇计划"]


def test_the_line_under_a_from_marker_keeps_its_place_against_a_copy():
    from banmian.restore import restore

    line = "“巧手绣娘”品牌培育工程，围绕扶持合作社带动就业等方面推出配套措施。"
    page = ("老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新，游客络绎不绝。\n\n"
            f"{line}\n\n这座小城的变化，大家有目共睹。\n\n"
            f"稳住增长势头 加快转型升级\n\n（上接第一版）\n\n{line}\n\n全镇计划种植水稻3.2万亩，比去年增加1500亩。\n")
    p = restore(page)
    dup = the_copy_removed(p)
    assert dup.span[0] == page.index(line)
    assert line == p.articles[-1].paragraphs[0].text


def test_a_line_repeated_under_headings_is_kept_twice():
    from banmian.restore import restore

    note = "（2026年4月30日第十四届全国人民代表大会常务委员会第二十二次会议通过）"
    page = (f"全国人民代表大会常务委员会免职名单\n\n{note}\n\n免去某某的某某职务。\n\n"
            f"全国人民代表大会常务委员会任免名单\n\n{note}\n\n任命某某为某某职务。\n")
    p = restore(page)
    assert not [r for r in p.removed if r.reason == "duplicate"]
    assert [note, note] == [a.subtitle.text if a.subtitle else a.paragraphs[0].text for a in p.articles]


def test_a_long_decisions_note_and_a_repeated_list_title_are_kept():
    # the line model reads a decision's long title as prose, and the second list repeats the
    # first one's title: both the notes and the titles are printed again on purpose
    from banmian.restore import restore

    note = "（2026年4月30日第十四届全国人民代表大会常务委员会第二十二次会议通过）"
    title = "全国人民代表大会常务委员会关于批准《中华人民共和国和某国关于刑事司法协助的条约》的决定"
    page = (f"{title}\n\n{note}\n\n第十四届全国人民代表大会常务委员会第二十二次会议决定：批准该条约。\n\n"
            f"全国人民代表大会常务委员会免职名单\n\n{note}\n\n免去某某的某某职务。\n\n"
            f"全国人民代表大会常务委员会免职名单\n\n{note}\n\n免去某某某的某某某职务。\n")
    p = restore(page)
    assert not [r for r in p.removed if r.reason == "duplicate"]
    assert 3 == len(p.articles)


def test_a_pull_quote_is_printed_again_on_purpose():
    # one whole quoted sentence, printed large beside the paragraph that holds it
    quote = "“要拿出只争朝夕的劲头，把全市路网建设推上一个新台阶。”"
    para = "某某在座谈会上说：" + quote + "新的一年要把责任扛在肩上，把工作落到实处。"
    exact = blocks_of("某市召开座谈会部署全年工作", quote, "本报记者 张三", para, quote)
    assert [] == find_duplicates(exact, lambda k: 5.0 if k == 1 else 0.0)


def test_words_cut_by_a_column_break_are_no_copy_of_the_same_words_elsewhere():
    # `本报北京5月18` / `日电…` is one dateline broken by a column; the other article's
    # dateline begins with the same words and stays too.
    other = "本报北京5月18日电  （记者张三）国务院新闻办公室18日举行发布会。"
    near = blocks_of("本报北京5月18", "日电  （记者李四）全国能源消费增速逐步回升。", "能源供应保障充足", other)
    assert [] == find_duplicates(near, no_fit)
    # the continuation printed apart, after another headline
    far = blocks_of("本报北京5月18", "能源供应保障充足", "日电  （记者李四）全国能源消费增速逐步回升。", other, gaps=[1])
    assert [] == find_duplicates(far, no_fit)
    # a real cut-off copy is still found: what follows it is not what follows its twin
    cut = blocks_of("本报北京5月18日电  （记者张", "能源供应保障充足", other, gaps=[1])
    assert [0] == [d.block for d in find_duplicates(cut, no_fit)]


def test_a_page_of_whole_paragraphs_is_uncut_and_one_cut_mid_sentence_is_not():
    from banmian.restore.pipeline import uncut_page

    whole = ["沿江小城的开放之路", "敞开大门，广纳四方客商入驻安家",
             "敞开东大门，融入都市圈。安平市把每一位客商都当成自家人，审批窗口专人代办，一年里引来了四十多家企业。",
             "联通内外，构建现代物流体系（新时代新征程新伟业·沿江城市观察）"]
    sure = np.array([[0.4, 0.5, 0.1]] * len(whole))
    assert uncut_page(whole, sure)
    # a long piece stopped mid-sentence: the column was cut
    cut = whole + ["物流园区里，一辆辆货车进进出出，园区负责人介绍，今年以来园区日均发货量超过3万件，同比"]
    assert not uncut_page(cut, np.vstack([sure, [[0.0, 0.0, 1.0]]]))
    # a short one counts only when the line model is sure it is a fragment, not a crosshead
    short = whole + ["今年以来，园区日均发货量超"]
    assert uncut_page(short, np.vstack([sure, [[0.3, 0.3, 0.4]]]))
    assert not uncut_page(short, np.vstack([sure, [[0.0, 0.01, 0.99]]]))
    # ...or when a piece surely starts mid-sentence (the seam model's P(start) near 0)
    tail = short + ["局规划，把同类企业往园区里归拢，让上下游就近配套。"]
    lines = np.vstack([sure, [[0.3, 0.3, 0.4]], [[0.0, 0.0, 1.0]]])
    assert uncut_page(tail, lines, np.array([0.9] * len(tail)))
    assert not uncut_page(tail, lines, np.array([0.9] * len(short) + [0.001]))


def test_a_page_printed_whole_keeps_a_paragraph_that_ends_without_a_stop():
    # one paragraph a line, no indents; the second ends without a stop, the only piece of
    # the page that looks cut, and no line starts mid-sentence: it is printed whole, and
    # its own paragraph, not a piece that runs on into the next line
    from banmian.restore import restore

    from restore_pages import SENTENCES

    unstopped = (SENTENCES[2] + SENTENCES[13])[:-1]
    paragraphs = [SENTENCES[4] + SENTENCES[9], unstopped, SENTENCES[1] + SENTENCES[8], SENTENCES[3]]
    page = "稳住增长势头 加快转型升级\n本报记者 张  三\n" + "".join(p + "\n" for p in paragraphs)
    assert [p.text for art in restore(page).articles for p in art.paragraphs] == paragraphs


# A story's lead cut at a column end, its next piece under it (which seams join), then a
# headline of one or two lines over the next story's dateline.
LEAD_ABOVE_A_HEADLINE = ("春耕备耕有序推进\n\n本报记者 张  三\n\n"
                         "　　连日来，各地抢抓农时，春耕备耕有序推进。在城郊的育秧工厂里，工人们正忙着\n\n"
                         "播种育秧，一派繁忙景象，全市早稻育秧已完成计划的六成以上，比去年同期快了\n\n")


def _eager_chains(page: str) -> list[str]:
    """The paragraphs of ``page`` under seam weights that would join every pair: only the
    rules keep pairs apart."""
    from banmian.restore.features import Weights
    from banmian.restore.pipeline import analyse

    eager = Weights.load()
    an = analyse(page, weights=dataclasses.replace(eager, seam_bias=eager.seam_bias + 30.0))
    chains = ["".join(an.blocks[i].text for i in ch.blocks) for ch in an.chains]
    assert any(c.startswith("连日来") and "工人们正忙着播种育秧" in c for c in chains)  # the eager seams join
    return chains


def test_the_headline_line_above_a_dateline_runs_into_nothing_however_eager_the_seams():
    chains = _eager_chains(LEAD_ABOVE_A_HEADLINE + "全市发布残疾人职业技能提升活动计划\n\n全年开展专项培训不少于一千五百人次\n\n"
                           "　　本报青川5月20日电  （记者李四）日前，市残联发布残疾人职业技能提升活动计划。\n")
    (line,) = [c for c in chains if "全年开展专项培训" in c]
    assert line == "全年开展专项培训不少于一千五百人次"


def test_a_headline_line_with_a_comma_above_a_dateline_continues_no_piece_cut_mid_phrase():
    # `跨区协作，保障用水` over `本报…电` is a headline with two phrases: a piece of prose
    # stopped mid-phrase above it goes on elsewhere, however eager the seams. (The line
    # itself may still run on: with a comma inside, it may be the last words of a lead.)
    chains = _eager_chains(LEAD_ABOVE_A_HEADLINE + "跨区协作，保障春灌用水\n\n"
                           "　　本报青川5月20日电  （记者李四）日前，两区签订协议，共同保障春灌用水。\n")
    assert not any("比去年同期快了跨区协作" in c for c in chains)


def test_a_sentence_of_clauses_that_opens_a_longer_block_is_a_cut_off_copy():
    # unlike a salutation, a sentence with clauses printed alone where a longer block opens
    # with it is a copy cut off at its full stop
    sentence = "会议议程很多，其实是几会连开，且不超过一个小时。"
    blocks = blocks_of("春节后上班第一天，省委召开专项行动动员会。", sentence + "省委决定，在全省开展专项行动。",
                       "“有好产品不一定成功，但没有好产品一定会失败。”", sentence, "会后，各地迅速传达学习会议精神。")
    assert [3] == [d.block for d in find_duplicates(blocks, no_fit)]


def test_a_long_unquoted_copy_under_a_headline_is_a_layout_duplicate():
    # a lead quote or a note under a headline is printed again on purpose; a long passage
    # of the body printed again there is the extraction's copy
    passage = ("这几张网由供水网、充电网、数据网、新型通信网、地下综合管廊以及配送网组成，"
               "它们正是城市运行体系的重要支撑，是城市产业体系离不开的底座。")
    blocks = blocks_of(passage, "这些基础设施，早已不只是过去的修路架桥。", passage, "如果把整个城市产业体系比作一棵大树。")
    under_headline = lambda k: k == 0  # noqa: E731
    fit = lambda k: 1.0 if k == 2 else 0.0  # noqa: E731
    assert [0] == [d.block for d in find_duplicates(blocks, fit, under_headline)]
    quote = "“要增强使命感和紧迫感。”他说，“努力实现全市交通建设的跨越式发展，让群众出行更便捷、更安全、更舒心。”"
    blocks = blocks_of(quote, "这些基础设施，早已不只是过去的修路架桥。", quote, "如果把整个城市产业体系比作一棵大树。")
    assert [] == find_duplicates(blocks, fit, under_headline)


def test_a_copy_printed_over_several_blocks_goes_whole():
    # the twin's lines were joined otherwise than the copy's: the copy's first block repeats a
    # whole block, and its next pieces repeat the twin's next words, inside one longer block
    first = "报告显示，工厂围绕生产环节减污降耗，持续推进用能结构调整与水资源循环利用，"
    rest = ["推动车间向清洁、节约、智能方向升级。", "二〇二五年，企业的地热能项目投入运行。"]
    blocks = blocks_of("工厂可持续发展报告发布", first, "".join(rest) + "各工厂取水总量实现下降。",
                       "有关中介服务机构应当坚持公开透明、规范执业的要求。", first, *rest)
    fit = lambda k: 1.0 if k in (1, 2) else 0.0  # noqa: E731  (the first copy stands in its story)
    found = {d.block: d.twin for d in find_duplicates(blocks, fit)}
    assert [4, 5, 6] == sorted(found)
    assert found[5] == (blocks[2].start, blocks[2].start + len(rest[0]))
