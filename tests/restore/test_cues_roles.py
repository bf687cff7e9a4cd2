import pytest
from hypothesis import given
from hypothesis import strategies as st

from banmian.model import Block
from banmian.restore.cues import cn_number, opens_with_dateline, parse_jump
from banmian.pages.blocks import split_blocks
from banmian.restore.roles import assign_fixed_roles, fixed_role, split_inline_jumps


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(下转04版)", ("to", 4)),
        ("（下转第四版）", ("to", 4)),
        ("转第3版", ("to", 3)),
        ("(上接01版)", ("from", 1)),
        ("（紧接第一版）", ("from", 1)),
        ("（上接第十二版）", ("from", 12)),
        ("（接第２版）", ("from", 2)),
        ("（下转A4版）", ("to", 4)),  # a paper with lettered sections
        ("（下转第四版①）", ("to", 4)),  # the jumping article's number on the page
        ("本报记者 张三", None),
        ("转型升级取得新进展", None),
    ],
)
def test_parse_jump(text, expected):
    assert expected == parse_jump(text)


@pytest.mark.parametrize("text, value", [("四", 4), ("十", 10), ("十二", 12), ("二十", 20), ("二十四", 24), ("04", 4), ("一〇", 10)])
def test_cn_number(text, value):
    assert value == cn_number(text)


def _role(text, position=5, count=20):
    return fixed_role(Block(0, len(text), text), position, count)


@pytest.mark.parametrize(
    "text, role",
    [
        ("2023年12月22日 星期五", "furniture"),
        ("第3版", "furniture"),
        ("民生日报  2024年3月16日  第3版", "furniture"),  # a running head of PDF extraction
        ("（原载人民日报2024年3月16日第3版）", "free"),  # a source note in a body is no running head
        # what web editions and e-paper readers print around a page's text
        ("《 人民日报 》（ 2024年03月15日 第 01 版）", "furniture"),  # the source line of an article's web page
        ("人民日报 2024-03-15 星期五", "furniture"),
        ("要闻 第4版", "furniture"),
        ("A04版：要闻", "furniture"),
        ("人 民 日 报", "furniture"),
        ("放大 缩小 默认", "furniture"),
        ("上一版  下一版", "furniture"),
        ("国内统一连续出版物号 CN 11-0065", "furniture"),
        ("放大招数，提升服务", "free"),
        # and what a scraped article page prints around its text
        ("2024年03月15日08:41 | 来源：人民网－人民日报", "furniture"),
        ("来源：人民网－人民日报", "furniture"),
        ("来源：人民日报、新华社", "free"),  # a compiled article's own source note
        ("【字号 大 中 小】", "furniture"),
        ("分享到：", "furniture"),
        ("（责编：王小二、李四）", "furniture"),
        ("人民网版权所有，未经书面授权禁止使用", "furniture"),
        ("图片来源：新华社", "credit"),
        ("责编：王小二", "furniture"),
        ("□本报记者 张三", "byline"),
        ("本报记者  李  四", "byline"),
        ("□某某日报记者 王五", "byline"),
        ("□卡尔·费舍尔", "byline"),  # a foreign contributor's transliterated name
        ("卡尔·费舍尔·施密特访华纪事", "free"),  # without the box such a line may be a title
        ("通讯员 赵六", "byline"),
        ("作者：本报记者 张三", "byline"),  # as a scraped article page prints it
        ("文·图/张三", "byline"),
        ("作者单位：某某大学", "free"),
        ("（某某参与采写）", "credit"),
        ("版式设计：蔡某某", "credit"),
        ("本期统筹：某  某", "credit"),  # the coordinator of a feature, near its end
        ("统筹兼顾，协调推进", "free"),
        ("电子信箱：minsheng@example.com", "credit"),  # a column's contact, printed in it
        # a cartoon's artist and writer close it; as names alone they would read as a byline
        ("曹  一图  何  希文", "credit"),
        ("徐  之文", "credit"),
        ("某晓阳图  于  石文", "credit"),  # an unpadded three-character name with a partner
        ("某  一图  付某也文", "credit"),
        ("某某奇文", "free"),  # alone, an unpadded name + 文 could be any word
        ("杨  果", "byline"),
        ("图为工人在车间作业。某某摄", "caption"),
        ("——访某市工信局局长王某某", "subtitle"),
        ("(下转04版)", "jump_to"),
        ("（紧接第一版）", "jump_from"),
        # prose that merely starts like a byline or ends like a caption is not one
        ("记者从市发改委获悉", "free"),
        ("记者近日在当地看到，新建的厂房已经投入使用。", "free"),
        # a kicker that says where the reporter went, and a label, are no bylines
        ("本报记者走进某某经贸合作区——", "free"),
        ("记者深入某省、某省等地乡村探访", "free"),
        ("记者点评", "free"),
        ("稳住增长势头 加快转型升级", "free"),
        ("市工信局将重点推进产业链延链补链强链，", "free"),
    ],
)
def test_fixed_roles(text, role):
    assert role == _role(text)


def test_section_name_is_furniture_only_at_the_page_edge():
    assert "furniture" == _role("要闻", position=0)
    assert "free" == _role("要闻", position=10)
    assert "furniture" == _role("各地传真", position=1)  # a page name of the corpus
    assert "free" == _role("公告", position=0)  # heads announcements too


def test_a_page_name_that_also_heads_articles_is_furniture_at_the_page_edge():
    def roles(text):
        blocks = split_blocks(text)
        assign_fixed_roles(blocks)
        return [(b.text, b.role) for b in blocks]

    head = "关于做好防汛工作的通知\n\n各区县人民政府：现将有关事项通知如下。\n\n"
    foot = "2026年4月27日 星期一\n\n第15版\n\n"
    # the last line of the page, under its date and number: the page's name
    assert ("专题", "furniture") == roles(head + foot + "专题\n")[-1]
    # the first line, over them
    assert ("公告", "furniture") == roles("公告\n\n" + foot + head)[0]
    # over an article it heads, it is a headline
    assert ("公告", "free") == roles("公告\n\n" + head + foot)[0]


@pytest.mark.parametrize("text, prose, marker", [
    ("全市新签约项目36个，（下转第四版）", "全市新签约项目36个，", "（下转第四版）"),
    ("作了哪些规定？ 转第11版", "作了哪些规定？", "转第11版"),
    # glued to the text, unbracketed: a page number makes it a marker
    ("打造堤内园林转第13版", "打造堤内园林", "转第13版"),
    ("保障了产供链稳定。转第4版", "保障了产供链稳定。", "转第4版"),
])
def test_inline_jump_marker_becomes_its_own_block(text, prose, marker):
    blocks = split_inline_jumps([Block(0, len(text), text)])
    assert [prose, marker] == [b.text for b in blocks]
    assert all(text[b.start:b.end] == b.text for b in blocks)


def test_a_turn_in_prose_is_no_jump_marker():
    text = "他转第二次身时看到了我们"
    assert [text] == [b.text for b in split_inline_jumps([Block(0, len(text), text)])]


def test_the_verse_under_zhe_zheng_shi_is_four_short_lines_at_most():
    from banmian.restore.cues import verse_lines

    texts = ["书屋已有藏书三千多册。", "这正是：", "旧屋新添读书架，", "墨香飘满小街巷。", "邻里常来相聚首，",
             "翻页闲话说家常。", "李  明文"]
    assert [1, 2, 3, 4, 5] == verse_lines(texts)
    # a longer line after the cue is prose again, and ends the verse
    assert [0, 1] == verse_lines(["这正是：", "旧屋新添读书架，", "社区把一间闲置的车库改成了共享书屋，", "墨香飘满小街巷。"])
    assert [] == verse_lines(["社区把车库改成了书屋：", "旧屋新添读书架，"])


def test_a_poem_is_six_short_unstopped_lines_in_a_row_and_no_list_or_name_is_verse():
    from banmian.restore.heading_lines import free_verse_runs

    verse = ["红色，远方的山岗", "你的呼吸和心跳", "镰刀锤头，每次抬头", "拳头会攥得更紧", "呐喊，让山长高", "山顶的巨石"]
    assert [1, 2, 3, 4, 5, 6] == free_verse_runs(["某地冬日的清晨，菜园里落了一层薄霜。", *verse, None])
    assert [] == free_verse_runs([*verse[:5], None, verse[5]])  # a heading or byline breaks the run
    assert [] == free_verse_runs([*verse[:5], "有些讲述一直都在。"])  # a stop ends the run
    # items of a list and a poet's name are no verse
    assert [] == free_verse_runs(["一、听取工作报告", "二、审查计划", "三、审查预算", "四、听取报告", "五、选举", "六、其他"])
    assert [] == free_verse_runs([*verse[:3], "王  五", *verse[3:5]])


def test_the_lines_of_a_closing_verse_stay_apart():
    from banmian.restore import restore

    # a commentary cut by a column break, then its verse, printed a line each
    page = ("小巷里的共享书屋（快评）\n"
            "社区把一间闲置的车库改成了共享书屋，居民可以随时借阅，也可\n"
            "以把家里的旧书放进来。开放半年来，书屋已有藏书三千多册，借阅超过一万人次。\n"
            "这正是：\n旧屋新添读书架，\n墨香飘满小街巷。\n邻里常来相聚首，\n翻页闲话说家常。\n李  明文\n")
    (art,) = restore(page).articles
    texts = [p.text for p in art.paragraphs]
    assert texts[0].endswith("借阅超过一万人次。") and texts[0].startswith("社区把")
    assert ["这正是：", "旧屋新添读书架，", "墨香飘满小街巷。", "邻里常来相聚首，", "翻页闲话说家常。"] == texts[1:6]


def test_a_bracket_closed_in_the_other_width_is_still_closed():
    from banmian.restore.heading_lines import closes_unopened, is_heading_line

    assert not closes_unopened("选择“慢”，更需要勇气（财经书吧)")  # a column tag typeset in mixed widths
    assert closes_unopened("区委）宣传部")  # the rest of a bracket opened in another block
    assert is_heading_line("到古镇逛灯会过大年（新春新年俗)", (0.6, 0.3, 0.1))


@pytest.mark.parametrize("piece", ["据介绍，今年“十佳快", "近日发布的《关于加强基层治理", "国家统计局（"])
def test_a_line_that_leaves_a_quote_or_bracket_open_is_no_headline(piece):
    from banmian.restore.heading_lines import is_heading_line, opens_unclosed

    assert opens_unclosed(piece) and not is_heading_line(piece, (0.6, 0.3, 0.1))
    closed = piece + "递员”评选" if "“" in piece else piece + "》" if "《" in piece else piece + "）"
    assert not opens_unclosed(closed)
    assert not opens_unclosed("“十四五”开局之年")


def test_a_line_of_two_equal_clauses_reads_as_parallel_form():
    from banmian.restore.heading_lines import parallel_clauses

    assert parallel_clauses("修好山间古道，乡村民宿人气旺")
    assert parallel_clauses("“看”住水表，用水心中有数")  # quotes do not count
    assert not parallel_clauses("记者从文旅部门了解到，为方便")  # clauses of unequal length: a cut piece
    assert not parallel_clauses("修好山间古道，乡村民宿人气旺。")  # a sentence
    assert not parallel_clauses("乡村振兴，产业兴旺，生态宜居")  # three clauses


def test_a_crosshead_in_parallel_form_is_not_run_into_the_paragraph_under_it():
    from banmian.restore import restore

    # a column break elsewhere keeps seams on; the crosshead, two clauses of five, stands alone
    page = ("某县发展全域旅游见闻\n\n本报记者  王  五\n\n"
            "近年来，某县把全域旅游作为富民产业来抓，游客人数逐年增加，去年接待游客超过三百万人次，旅游收入\n\n"
            "比上年增长两成，带动两万多名群众在家门口就业。\n\n盘活闲置农房，民宿经济底气足\n\n"
            "新配打印设备，不花一分钱。某区公物仓里，闲置的桌椅电脑经过登记，又回到了需要它们的单位。\n")
    (art,) = restore(page).articles
    texts = [p.text for p in art.paragraphs]
    assert "盘活闲置农房，民宿经济底气足" in texts
    assert texts[0].endswith("在家门口就业。")  # the column break is still joined


@given(st.one_of(st.sampled_from(["2024年3月15日 星期五", "第4版", "要闻 第4版", "A04版：要闻", "人 民 日 报", "people's daily",
                                  "本版责编：王某", "分享到：", "【字号 大 中 小】", "放大 缩小 默认"]),
                 st.text(alphabet="0123456789年月日第版星期五一二人民日报要闻：: 责编来源网", max_size=20)))
def test_furniture_line_is_any_furniture_pattern(line):
    # one expression for all the patterns: the same lines, the case-blind one included
    from banmian.restore.cues import FURNITURE, furniture_line

    assert furniture_line(line) == any(p.match(line) for p in FURNITURE)


@pytest.mark.parametrize("text, opens", [
    ("新华社北京5月20日电  两国元首当日签署联合声明。", True),
    ("本报杭州1月2日电  （记者周航）近年来，某县把调解员请进了村口的大厅。", True),
    ("本报讯（记者 张三）城区社区食堂开业。", True),
    ("（新华社北京5月20日电）", False),  # the credit that closes wire copy opens nothing
    ("记者从有关部门获悉，前三季度出口保持较快增长。", False),
])
def test_a_dateline_opens_a_lead_and_the_bracketed_wire_credit_does_not(text, opens):
    assert opens_with_dateline(text) is opens
