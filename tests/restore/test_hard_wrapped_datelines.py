"""A dateline broken over printed lines: the line after `…电  （` opens with the
reporter's name (`记者某某）…`), which alone reads as a byline, but it closes the bracket
the line above opened and goes on with the lead."""
from banmian.restore import restore

from restore_pages import joined_lines, wrapped

WIDTH = 13
TITLE = "湖滨新城夜市开市"
LEAD = "新华社湖滨5月3日电  （记者林小溪）湖滨新城夜市3日晚正式开市，首批入驻摊位一百二十个，吸引市民游客数万人次。"
SECOND = "夜市管理办公室负责人介绍，下一步将增设停车位和公共厕所，并延长营业时间，让夜市更有烟火气。"
def printed(paragraph: str) -> list[str]:
    return wrapped(paragraph, WIDTH)


def test_a_dateline_broken_before_its_reporter_stays_one_paragraph():
    lead_lines = printed(LEAD)
    assert lead_lines[0].endswith("（") and lead_lines[1].startswith("记者")
    other = [printed(p) for p in (SECOND, SECOND.replace("停车位", "充电桩"), SECOND.replace("公共厕所", "休息座椅"))]
    text = "\n".join([TITLE] + lead_lines + [line for rows in other for line in rows]) + "\n"
    page = restore(text)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.title.text == TITLE and article.byline is None
    assert article.paragraphs[0].text == LEAD


def test_a_full_line_that_ends_like_a_photo_credit_goes_on_with_its_paragraph():
    survey = "过去调查鱼群数量靠人工拖网，如今渔政站用上了水下高清摄像头和声呐探测，鱼群在水下的活动一目了然，既准确又不惊扰鱼类。"
    lines = printed(survey)
    assert lines[1].endswith("摄")  # `…水下高清摄`: by its last word, a photo credit
    paragraphs = [survey] + [SECOND, SECOND.replace("停车位", "充电桩"), SECOND.replace("公共厕所", "休息座椅")]
    text = "\n".join(line for p in paragraphs for line in printed(p)) + "\n"
    from banmian.pages.blocks import split_blocks
    from banmian.restore.roles import assign_fixed_roles

    alone = split_blocks(text)
    assign_fixed_roles(alone)
    assert alone[1].role == "caption"
    joined = joined_lines(text)
    assert joined[0].text.startswith(survey[:30])


def test_a_note_in_brackets_over_two_lines_is_one_note():
    note = "（综合本报记者林小溪、周远、郭明报道）"
    lines = printed(note)
    assert len(lines) == 2
    paragraphs = [SECOND, SECOND.replace("停车位", "充电桩"), SECOND.replace("公共厕所", "休息座椅")]
    text = "\n".join([line for p in paragraphs for line in printed(p)] + lines) + "\n"
    joined = joined_lines(text, lambda texts: [0.9 if t in lines else 0.1 for t in texts])
    assert joined[-1].text == note
