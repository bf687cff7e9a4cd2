"""Lines indented as paragraphs are on a page that indents them, and figures standing alone."""
from banmian.restore import restore

from restore_pages import ROUNDUP


def articles(text):
    return restore(text).articles


STORY = ("梧州加快建设东融枢纽门户城市\n\n本报记者  王  五\n\n"
         "　　近年来，梧州市主动对接粤港澳大湾区，交通、产业、人才等领域合作不断深化，城市面貌焕然一新。\n\n"
         "　　围绕产业融合，梧州市出台了一系列文件，推动产业转移集聚，培育壮大新兴产业集群。\n\n")
NEXT_STORY = ("新能源汽车出口保持较快增长\n\n"
              "　　本报北京10月12日电  （记者赵六）记者从有关部门获悉，前三季度新能源汽车出口保持较快增长，出口结构持续优化。\n\n"
              "　　业内人士表示，海外市场对我国新能源汽车的认可度不断提高，出口有望继续保持增长态势。\n")


def last_paragraph_before_next_story(line: str) -> str:
    """The story's last paragraph when ``line`` (indented) stands between it and the next
    story's flush headline, which must stay a headline with no kicker."""
    story, cars = articles(STORY + f"　　{line}\n\n" + NEXT_STORY)
    assert cars.title.text == "新能源汽车出口保持较快增长"
    assert cars.kicker is None
    return story.paragraphs[-1].text


def test_an_indented_line_of_clauses_cut_off_is_running_text_not_a_kicker():
    assert last_paragraph_before_next_story("按照规划，全市将分为城区和县") == "按照规划，全市将分为城区和县"


def test_indented_headline_lines_are_crossheads_of_their_story():
    # an item of a news roundup after the credit of the one before: printed indented, as
    # paragraphs are, it heads a section, not a story
    (art,) = articles(ROUNDUP)
    assert "资讯速递" == art.title.text
    assert [p.role for p in art.paragraphs if p.text.endswith("举行")] == ["crosshead"]


def test_an_indented_line_over_a_flush_headline_is_a_crosshead_of_the_story_above():
    assert last_paragraph_before_next_story("优化营商环境") == "优化营商环境"


def test_a_figure_standing_alone_is_a_paragraph_of_its_own():
    # `3616` reads as the start of `6个方面…` to the pair model (digits follow digits), but a
    # callout figure is a paragraph of its own; the piece it would take is a tail whose
    # head is printed elsewhere
    page = ("着力在安全生产中走在前列\n\n3616\n\n"
            "全市开展安全生产检查3616次，其中检查企业359家，督办隐患3257处。\n\n"
            "节后上班第一天，市委和市政府召开专项整治动员会，会议议程很多，其实是几会连开，且不超过一个小时，部署集\n\n"
            "中整治工作。\n\n"
            "6个方面隐患，利用三个月时间开展集中排查，共整改隐患375处，约谈595人。\n")
    (art,) = articles(page)
    texts = [p.text for p in art.paragraphs]
    assert "3616" in texts
    assert "6个方面隐患，利用三个月时间开展集中排查，共整改隐患375处，约谈595人。" in texts


def test_a_figure_with_its_multiplier_is_never_a_headline():
    # `3.57万亿` over the sentence that explains it: an infographic's callout (no corpus
    # headline is a bare figure, 104 paragraphs are)
    page = ("信贷对小微企业支持力度继续加大\n\n"
            "3.57万亿\n\n"
            "前两个月小微企业贷款增加额，同比多增较多，普惠贷款增长较快。\n")
    (art,) = articles(page)
    assert "信贷对小微企业支持力度继续加大" == art.title.text
    assert "3.57万亿" == art.paragraphs[0].text
