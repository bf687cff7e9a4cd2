"""A regulation printed line by line: each article opens its own running text on its
line (`第三条  …`), which reads like a heading to the line model but runs on like prose,
also where the extraction dropped the indent of the article's first line."""
from banmian.restore import restore

from restore_pages import joined_lines, wrapped

WIDTH = 18
ARTICLES = [
    "第一条  为了规范城市公共绿地的建设和管护，提升绿地服务功能，改善人居环境，根据有关法律法规，结合本市实际，制定本办法。",
    "第二条  本市行政区域内公共绿地的规划、建设、养护和监督管理，适用本办法。居住区内部绿地的管护另有规定的，从其规定。",
    "第三条  市园林绿化主管部门负责全市公共绿地的监督管理工作，区园林绿化主管部门按照职责分工负责本辖区内的相关工作。",
    "第四条  任何单位和个人不得擅自占用公共绿地，不得损毁绿地内的树木、花草和设施，对违反规定的行为有权进行劝阻和举报。",
    "第五条  公共绿地的建设应当符合城市绿地系统规划，优先选用适合本地气候的乡土树种，合理配置乔木、灌木和地被植物。",
    "第六条  新建、改建道路应当同步建设道路绿化，道路绿地率不得低于规划确定的指标，已建成的道路绿化不得随意改变用途。",
    "第七条  公共绿地的养护管理单位应当建立养护档案，定期修剪、浇灌、施肥和防治病虫害，保持绿地整洁和植物生长良好。",
    "第八条  因建设工程确需临时占用公共绿地的，建设单位应当报经园林绿化主管部门同意，并在占用期满后及时恢复原状。",
    "第九条  违反本办法规定，擅自占用或者损毁公共绿地的，由园林绿化主管部门责令限期改正，恢复原状，并依法予以处罚。",
    "第十条  本办法自公布之日起施行。",
]
def printed(article: str) -> list[str]:
    """The article set WIDTH wide, its first line two characters narrower (the room of an
    indent the extraction did not keep); closing punctuation hangs at a line's end."""
    first, *rest = wrapped(article, WIDTH, "\u3000\u3000")
    return [first.lstrip("\u3000"), *rest]


def test_articles_of_a_regulation_run_on_over_their_lines():
    text = "城市公共绿地管理办法\n" + "\n".join(line for a in ARTICLES for line in printed(a)) + "\n"
    page = restore(text)
    paragraphs = [p.text for a in page.articles for p in a.paragraphs]
    assert paragraphs == ARTICLES


def test_first_lines_that_lost_their_indent_run_on_before_the_seam_model_reads_them():
    prose = [a.split("  ", 1)[1] for a in ARTICLES[:9]] + [  # the same sentences, no article numbers
        "社区绿地认养活动开展以来，已有四十多家单位和两百多户居民参与认养，认养面积超过三万平方米。",
        "园林部门表示，将继续完善认养激励办法，定期公布养护评价结果，让更多市民参与身边绿地的管护。",
        "不少居民说，家门口的绿地变美了，傍晚出来散步的人也多了，小区里的邻里关系更加融洽。"]
    text = "\n".join(line for p in prose for line in printed(p)) + "\n"
    blocks = joined_lines(text)
    assert [b.text for b in blocks] == prose


def test_a_paragraph_of_two_lines_shows_its_lost_indent_against_the_column():
    short = ["志愿者们每天清晨上岗，捡拾步道上的落叶和垃圾。", "附近学校的学生也利用周末加入了护绿队伍。",
             "园林部门为认养单位统一制作了标识牌。"]
    long = [a.split("  ", 1)[1][:-9] + "。" for a in ARTICLES[:9]]  # last lines short, as most are
    prose = long[:5] + [short[0]] + long[5:] + [short[1]] + long[::-1] + [short[2]]
    assert all(len(printed(p)) == 2 for p in short)
    assert all(len(printed(p)[-1]) < WIDTH - 3 for p in prose)
    text = "\n".join(line for p in prose for line in printed(p)) + "\n"
    blocks = joined_lines(text)
    assert [b.text for b in blocks] == prose
    # the first line of each, as of every paragraph, lost an indent: it opens a paragraph
    # (flush, it would read as running text cut by a column)
    assert all(b.lost_indent for b in blocks)


def test_a_flush_line_between_lines_of_prose_runs_on_however_like_a_headline_it_reads():
    paragraphs = [a.split("  ", 1)[1] for a in ARTICLES[:9]]
    # a sentence ends right at a line's end; the flush line under it reads like a headline
    rows = ["社区绿地认养活动开展以来，反响热", "烈，已有四十多家单位参与了认养工作。", "市园林部门负责人在认养授牌仪式上介绍",
            "说，今年还将推出一批认养点位。"]
    paragraphs.insert(4, "".join(rows))
    lines = []
    for p in paragraphs:  # printed indents this time, the first line two characters short
        printed_rows = rows if p == paragraphs[4] else printed(p)
        lines += ["\u3000\u3000" + printed_rows[0]] + printed_rows[1:]
    text = "\n".join(lines) + "\n"
    joined = joined_lines(text, lambda texts: [0.9 if t == rows[2] else 0.1 for t in texts])
    # (a line that ends a sentence runs on only where the seam model says so, later)
    expected = paragraphs[:4] + ["".join(rows[:2]), "".join(rows[2:])] + paragraphs[5:]
    assert [b.text for b in joined] == expected
