"""Article assembly on small pages written for the tests: headings, labels, bylines, jumps."""
import pytest

from banmian.restore import restore

from restore_pages import SENTENCES


# A story whose body ends in a closed paragraph, over the lines under test.
OPEN_STORY = "防汛队伍连夜加固堤防\n\n本报记者 王五\n\n入汛以来，当地防汛队伍连夜加固堤防，巡查险情，转移群众，防汛形势总体平稳。\n\n"
# A short story of its own that follows the page under test.
NEXT_STORY = "新能源汽车出口保持较快增长\n\n本报北京10月12日电  （记者赵六）记者从有关部门获悉，前三季度新能源汽车出口保持较快增长。\n"


def articles(text):
    return restore(text).articles


def test_bare_name_under_a_title_is_the_byline():
    page = "实干是最朴素的方法论\n\n杨蕾歆\n\n基层干部要把心思用在干事创业上，把功夫下在解决问题上。\n"
    (art,) = articles(page)
    assert "实干是最朴素的方法论" == art.title.text
    assert "杨蕾歆" == art.byline.text
    assert ["基层干部要把心思用在干事创业上，把功夫下在解决问题上。"] == [p.text for p in art.paragraphs]


def test_label_after_the_title_is_a_paragraph_not_a_headline():
    page = ("科学应对旱情对秋粮生产的影响\n\n核心阅读\n\n"
            "入夏以来，各地统筹抓好抗旱保苗和田间管理，秋粮长势总体正常。\n\n"
            "省农业部门有关负责人表示，将继续加大对受旱地区的支持力度。\n")
    (art,) = articles(page)
    assert "科学应对旱情对秋粮生产的影响" == art.title.text
    assert art.kicker is None
    assert "核心阅读" == art.paragraphs[0].text
    assert "crosshead" == art.paragraphs[0].role


def test_dash_signature_after_body_stays_in_the_article():
    page = ("总有人在记录当下\n\n诗歌就这样流淌着，以它的节奏、色彩，点亮起一方供人们心灵栖息的天地。\n\n"
            "——编  者\n\n李家湾，一个寻常的村子，它所在的小镇背靠青山，出了县城就到。\n")
    (art,) = articles(page)
    assert "——编  者" in [p.text for p in art.paragraphs]


def test_a_dash_line_under_a_from_marker_is_body_not_a_subtitle():
    # a part continued from another page repeats its title only; under the marker comes body
    page = ("让文物活起来\n\n（上接第一版）\n\n——一位考古学家的话\n\n"
            "青石板路两侧的老房子修缮一新，游客络绎不绝。\n")
    (art,) = articles(page)
    assert art.subtitle is None and 1 == art.continued_from_page
    assert ["——一位考古学家的话", "青石板路两侧的老房子修缮一新，游客络绎不绝。"] == [p.text for p in art.paragraphs]


def test_jump_markers_set_the_pages():
    front = ("稳住增长势头 加快转型升级\n\n本报记者 张三\n\n"
             "本报北京5月3日电  （记者张三）今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。\n\n"
             "（下转第四版）\n")
    (art,) = restore(front, page_no=1).articles
    assert 4 == art.continued_to_page
    back = "稳住增长势头 加快转型升级\n\n（上接第一版）\n\n市工信局将重点推进产业链延链补链强链，力争明年突破1000亿元。\n"
    (art,) = restore(back, page_no=4).articles
    assert 1 == art.continued_from_page
    assert "稳住增长势头 加快转型升级" == art.title.text


def test_column_break_is_joined_and_head_missing_is_flagged():
    page = ("小城故事多\n\n本报记者 李四\n\n"
            "这座小城的变化，大家有目共睹。街道变宽了，\n\n绿地变多了，居民的笑容也多了。\n\n"
            "老街新韵\n\n，游客络绎不绝。青石板路两侧的老房子修缮一新。\n")
    first, second = articles(page)
    assert ["这座小城的变化，大家有目共睹。街道变宽了，绿地变多了，居民的笑容也多了。"] == [p.text for p in first.paragraphs]
    assert 2 == len(first.paragraphs[0].spans)
    assert second.head_missing


def test_a_dateline_opens_a_new_article_even_on_the_same_topic():
    page = ("城东临时安置点居民陆续返家\n\n本报某市7月17日电  （记者韩某）17日，城东临时安置点又有一批居民返回家中。\n\n"
            "安置点负责人介绍，受灾房屋修缮进展顺利，返家人数逐日增加。\n\n"
            "城西首批受损民房完成修缮交付\n\n本报某市7月17日电  （记者韩某）17日，城西首批受损民房完成修缮，交还住户。\n")
    titles = [a.title.text for a in articles(page)]
    assert ["城东临时安置点居民陆续返家", "城西首批受损民房完成修缮交付"] == titles


def test_the_line_above_a_jump_marker_ends_the_body_and_what_follows_is_another_article():
    # the front stops mid-sentence right above its marker; a short unpunctuated line there
    # is the end of the body, not a headline, and the text after the marker is not its own
    page = ("小城故事多\n\n本报记者 李四\n\n"
            "这座小城的变化，大家有目共睹。街道变宽了，绿地变多了，居民的笑容也多了。\n\n"
            "青石板路两侧的老房子修缮一新\n\n（下转第四版）\n\n"
            "全镇计划种植水稻3.2万亩，比去年增加1500亩。\n")
    first, second = articles(page)
    assert 4 == first.continued_to_page
    assert "青石板路两侧的老房子修缮一新" == first.paragraphs[-1].text
    assert ["全镇计划种植水稻3.2万亩，比去年增加1500亩。"] == [p.text for p in second.paragraphs]


def test_a_line_ending_in_a_comma_is_never_a_headline():
    page = ("小城故事多\n\n本报记者 李四\n\n这座小城的变化，大家有目共睹。\n\n"
            "为了让古城重焕生机，当地坚持“修旧如旧”的原则，\n\n制定一户一策的修缮方案。\n")
    (art,) = articles(page)
    assert "小城故事多" == art.title.text
    assert "为了让古城重焕生机，当地坚持“修旧如旧”的原则，制定一户一策的修缮方案。" == art.paragraphs[-1].text


def test_the_first_line_under_a_from_marker_continues_nothing_on_the_page():
    page = ("春耕备耕有序推进\n\n本报记者 张三\n\n眼下正值春耕备耕的关键时节，田间地头一派\n\n"
            "稳住增长势头 加快转型升级\n\n（上接第一版）\n\n繁忙景象，全镇计划种植水稻3.2万亩。\n")
    first, second = articles(page)
    assert 1 == second.continued_from_page
    assert ["繁忙景象，全镇计划种植水稻3.2万亩。"] == [p.text for p in second.paragraphs]
    assert ["眼下正值春耕备耕的关键时节，田间地头一派"] == [p.text for p in first.paragraphs]


def test_a_long_decree_title_and_a_column_tag_do_not_make_a_headline_prose():
    title = "全国人民代表大会常务委员会关于批准《中华人民共和国和某国关于民事和商事司法协助的条约》的决定"
    page = f"{title}\n\n（2026年4月30日第十四届全国人民代表大会常务委员会第二十二次会议通过）\n\n第十四届全国人民代表大会常务委员会第二十二次会议决定：批准该条约。\n"
    (art,) = articles(page)
    assert title == art.title.text
    tagged = "以高标准规划引领高品质城市更新（深入学习贯彻习近平新时代中国特色社会主义思想·城市工作论坛）"
    (art,) = articles(f"{tagged}\n\n陈立新\n\n城市更新是提升城市品质的重要抓手，事关群众切身利益。\n")
    assert tagged == art.title.text
    assert "陈立新" == art.byline.text


def test_the_date_under_a_signature_stays_in_the_body():
    page = ("中华人民共和国主席令\n\n第七十四号\n\n《中华人民共和国某某法》已由全国人民代表大会常务委员会通过，现予公布。\n\n"
            "中华人民共和国主席  习近平\n\n2026年4月30日\n")
    texts = [p.text for a in articles(page) for p in a.paragraphs]
    assert "2026年4月30日" in texts
    assert all(a.title is None or a.title.text != "2026年4月30日" for a in articles(page))


def test_decrees_printed_in_a_series_stay_one_article():
    page = ("中华人民共和国主席令\n\n第七十四号\n\n《中华人民共和国某某法》已由全国人民代表大会常务委员会通过，现予公布。\n\n"
            "中华人民共和国主席  习近平\n\n2026年4月30日\n\n第七十五号\n\n"
            "根据全国人民代表大会常务委员会第二十二次会议于2026年4月30日的决定：\n\n任命某某为某某部部长。\n\n"
            "中华人民共和国主席  习近平\n\n2026年4月30日\n")
    (decrees,) = articles(page)
    assert "第七十四号" == decrees.subtitle.text
    assert "第七十五号" in [p.text for p in decrees.paragraphs]


def test_a_column_banner_titles_its_collection_and_marks_its_items():
    from banmian.restore.features import TITLE_FEATURES
    from banmian.restore.pipeline import restore_text

    page = ("微阅读\n\n春耕备耕有序推进\n\n眼下正值春耕备耕的关键时节，田间地头一派繁忙景象。\n\n"
            "社区食堂办到家门口\n\n去年以来，城区建成社区食堂45家，日均就餐人数超过6000人次。\n")
    seen = []
    first = restore_text(page, on_title=lambda line, x: seen.append(x)).articles[0]
    # the banner titles the collection; the first item's headline is its first crosshead
    assert "微阅读" == first.title.text
    assert ["春耕备耕有序推进", "眼下正值春耕备耕的关键时节，田间地头一派繁忙景象。"] == [p.text for p in first.paragraphs[:2]]
    # the next item's headline is judged knowing it stands in a banner's collection
    assert [1.0] == [x[TITLE_FEATURES.index("open_banner")] for x in seen]


def test_a_lecturer_line_is_the_byline():
    page = ("稳住增长势头 加快转型升级（发展故事汇）\n\n本期主讲人：某研究院副院长  王  五\n\n"
            "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。\n")
    (art,) = articles(page)
    assert "稳住增长势头 加快转型升级（发展故事汇）" == art.title.text
    assert art.byline.text.startswith("本期主讲人：")


def test_summary_lines_under_a_subtitle_are_the_body_not_the_headline():
    lead1 = "兼顾各个环节、各个部门的衔接配合，使得各项改革举措能够同向发力，才能取得预期整体成效"
    lead2 = "统筹保护和利用，要避免一刀切做法，增强“既要守、又要用”的本领"
    page = (f"同向发力，形成工作合力（评论员观察）\n\n——把各项工作抓细抓实②\n\n{lead1}\n\n{lead2}\n\n"
            "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。\n")
    (art,) = articles(page)
    assert "同向发力，形成工作合力（评论员观察）" == art.title.text
    assert [lead1, lead2] == [p.text for p in art.paragraphs[:2]]


def test_a_letters_close_and_signature_end_the_article():
    page = ("为中外友谊架新桥（寄给祖国的家书）\n\n亲爱的女儿：\n\n"
            "这座小城的变化，大家有目共睹。街道变宽了，绿地变多了，居民的笑容也多了。\n\n"
            "祝你们在异乡一切顺遂！\n\n张陈明\n\n（作者为援外医疗队眼科医生）\n")
    (art,) = articles(page)
    assert ["祝你们在异乡一切顺遂！", "张陈明", "（作者为援外医疗队眼科医生）"] == [p.text for p in art.paragraphs[-3:]]


def test_padded_and_transliterated_names_under_a_title_are_bylines():
    for name in ("晓  熠", "麦克·奥杜罗"):
        page = (f"稳住增长势头 加快转型升级（观察）\n\n{name}\n\n"
                "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。\n")
        (art,) = articles(page)
        assert name == art.byline.text
    # a province or a section word padded the same way is not a name
    page = "老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新，游客络绎不绝。\n\n引  子\n\n这座小城的变化，大家有目共睹。\n"
    (art,) = articles(page)
    assert "引  子" in [p.text for p in art.paragraphs]


def test_pieces_of_running_text_are_not_headlines():
    # a piece that closes a bracket opened elsewhere, and a rule of dots
    for line in ("中共某某市某某区委）宣传部", "…………"):
        page = (f"老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新，游客络绎不绝。\n\n{line}\n\n"
                "这座小城的变化，大家有目共睹。\n")
        (art,) = articles(page)
        assert line in [p.text for p in art.paragraphs]


def test_editor_line_with_a_space_is_furniture():
    page = "老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新，游客络绎不绝。\n\n本版责编 赵某某\n"
    p = restore(page)
    assert ["furniture"] == [r.reason for r in p.removed if r.reason != "whitespace"]


def test_prose_above_a_dash_section_lead_still_joins_its_column_break():
    page = ("稳住增长势头 加快转型升级\n\n本报记者 张三\n\n"
            "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。市工信局将重点推进产业链延链补链强链，力争明年突破\n\n"
            "1000亿元，带动就业岗位增加。\n\n——坚持问题导向，在上下协同中破解发展难题。\n\n"
            "下一步将加快推进重点项目建设，全年计划实施项目120个以上。\n")
    (art,) = articles(page)
    assert art.paragraphs[0].text.endswith("力争明年突破1000亿元，带动就业岗位增加。")
    assert "——坚持问题导向，在上下协同中破解发展难题。" == art.paragraphs[1].text


def test_on_an_indented_page_a_flush_line_continues_and_an_indented_one_starts():
    from banmian.restore.features import Weights
    from banmian.restore.pipeline import analyse

    # the column break falls right after a full stop: only the missing indent can tell
    lines = ["青石板路两侧的老房子修缮一新，游客络绎不绝。", "为了让古城重焕生机，当地坚持“修旧如旧”的原则。",
             "这座小城的变化，大家有目共睹。", "街道变宽了，绿地变多了，居民的笑容也多了。"]

    def scores(indent):
        page = "老街新韵\n\n本报记者 李四\n\n" + "\n\n".join(m + t for m, t in zip(indent, lines)) + "\n"
        an = analyse(page)
        return Weights.load().seam_scores(an.seam_X)

    flat = scores(["", "", "", ""])
    marked = scores(["\u3000\u3000", "", "\u3000\u3000", "\u3000\u3000"])
    # prose block 0 is the headline; 1..4 are the lines
    assert marked[1, 2] > flat[1, 2] + 3  # the flush line continues the one above
    assert marked[2, 3] < flat[2, 3]  # the indented line starts a paragraph


def test_a_flush_sentence_under_running_text_on_an_indented_page_joins_its_paragraph():
    # the column broke right after a full stop; the pair model alone reads two paragraphs
    page = ("临江市加快建设沿江开放门户\n\n本报记者  王  五\n\n"
            "　　近年来，临江市主动靠拢下游的大城市，码头、园区、校企之间的往来越走越密，老城的模样也变了不少。\n\n"
            "临江市把招商引资当作一号工程来抓，审批事项一律限时办结，一批沿海企业陆续把新厂落在了这里。\n\n"
            "　　围绕承接转移，临江市拿出了一揽子办法，重新编制工业布\n\n局规划，把同类企业往园区里归拢，让上下游就近配套。\n\n"
            "　　今年前五个月，全市新签约的项目已有六十多个，多数已经进场施工。\n")
    (art,) = articles(page)
    texts = [p.text for p in art.paragraphs]
    assert 3 == len(texts)
    assert texts[0].endswith("老城的模样也变了不少。临江市把招商引资当作一号工程来抓，审批事项一律限时办结，一批沿海企业陆续把新厂落在了这里。")


def test_a_line_of_clauses_over_a_dateline_is_the_next_storys_headline():
    # the line model reads `…，…` as a piece of prose, but a dateline only ever opens an article
    page = ("中俄教育合作持续深化\n\n本报记者 王五\n\n"
            "　　举办中俄青年交流年，加强学术合作、青年往来与艺术交流，将为两国人民增进了解注入更多动力，为睦邻友好的长远发展打牢社会基础。\n\n"
            "外交部：相信在双方共同努力下，中俄青年交流将结出更多成果\n\n"
            "　　本报北京5月19日电  （记者李四）外交部发言人19日答记者问时说，两国青年交往日益密切，互学互鉴成果丰硕。\n")
    report, answer = articles(page)
    assert 1 == len(report.paragraphs)
    assert "外交部：相信在双方共同努力下，中俄青年交流将结出更多成果" == answer.title.text


def test_a_title_over_a_decrees_header_opens_the_decree():
    # `…条例` / `中华人民共和国国务院令` / `第839号`: a decree of its own, however the title reads
    page = ("全国美丽乡村拔河赛举行\n\n本报记者 王五\n\n"
            "　　赛场之外，农趣十足、人气满满，农产品展销、踩高跷、滚铁环等体验区热闹非凡，吸引村民纷纷参与。\n\n"
            "某某资源保护条例\n\n　　中华人民共和国国务院令\n\n　　第839号\n\n"
            "　　《某某资源保护条例》已经国务院常务会议通过，现予公布，自2026年6月15日起施行。\n\n"
            "　　第一条  为了保护和合理利用某某资源，制定本条例。\n")
    story, decree = articles(page)
    assert 1 == len(story.paragraphs)
    assert "某某资源保护条例" == decree.title.text
    assert "中华人民共和国国务院令" == decree.paragraphs[0].text.strip()


def test_a_lone_line_ending_in_a_dash_introduces_the_body():
    page = ("老街新韵\n\n本报记者 李四\n\n青石板路两侧的老房子修缮一新，游客络绎不绝。\n\n"
            "这次走访让我们心里有了底——\n\n“这座小城的变化，大家有目共睹。”一位代表说。\n")
    (art,) = articles(page)
    assert "这次走访让我们心里有了底——" == art.paragraphs[1].text


def test_a_signature_over_its_date_ends_the_document():
    page = ("中华人民共和国和某国联合声明\n\n双方一致同意进一步深化全面合作，造福两国人民。\n\n"
            "中华人民共和国主席  某国总统\n\n习近平  弗·弗·普京\n\n二〇二六年五月二十日于北京\n")
    (art,) = articles(page)
    assert ["中华人民共和国主席  某国总统", "习近平  弗·弗·普京", "二〇二六年五月二十日于北京"] == \
        [p.text for p in art.paragraphs[-3:]]


def test_a_second_line_reporting_who_attended_is_the_subtitle():
    page = ("全国政协召开专题协商会\n\n王某某出席并讲话\n\n本报北京5月19日电  （记者张三）全国政协19日召开专题协商会。\n")
    (art,) = articles(page)
    assert ("全国政协召开专题协商会", "王某某出席并讲话", None) == (art.title.text, art.subtitle.text, art.kicker)
    page = "对口帮扶城市累计投入72亿元\n\n山海两地结对帮扶见实效\n\n本报贵阳10月22日电  （记者李四）结对帮扶见实效。\n"
    (art,) = articles(page)
    assert ("对口帮扶城市累计投入72亿元", "山海两地结对帮扶见实效") == (art.kicker.text, art.title.text)


def test_an_unbracketed_jump_marker_after_a_space_ends_the_paragraph():
    page = "就某某条例修订答记者问\n\n问：《条例》在进一步规范审批程序方面作了哪些安排？ 转第11版\n"
    (art,) = restore(page, page_no=10).articles
    assert 11 == art.continued_to_page
    assert ["问：《条例》在进一步规范审批程序方面作了哪些安排？"] == [p.text for p in art.paragraphs]


def test_a_dashed_point_cut_at_a_column_end_runs_on():
    page = ("深化改革激发创新活力\n\n本报记者 王五\n\n"
            "近年来，各地围绕创新主体、创新资源和创新环境持续用力，改革成效逐步显现。\n\n"
            "——发挥政府在规划引领、政策支持、公共服务供给中的引\n\n"
            "导作用，让各类市场主体更好参与到城市更新和社区治理中来；\n\n"
            "——优化科研项目评审机制，减少对科研人员的各类检查考核。\n")
    (art,) = articles(page)
    assert "——发挥政府在规划引领、政策支持、公共服务供给中的引导作用，让各类市场主体更好参与到城市更新和社区治理中来；" \
        in [p.text for p in art.paragraphs]
    assert art.subtitle is None


def test_the_line_under_a_tagged_title_is_its_subtitle():
    page = ("新能源汽车出口保持较快增长（经济透视）\n\n前三季度出口量同比增长三成\n\n"
            "本报北京10月12日电  （记者赵六）记者从有关部门获悉，新能源汽车出口保持较快增长。\n")
    (art,) = articles(page)
    assert ("新能源汽车出口保持较快增长（经济透视）", "前三季度出口量同比增长三成", None) == \
        (art.title.text, art.subtitle.text, art.kicker)


def test_a_photo_report_credit_closes_its_article():
    page = ("春耕时节农事忙\n\n图为农民在田间驾驶农机播种。\n\n张  三  李四摄影报道\n\n"
            "某市启动城市更新行动\n\n本报某市3月2日电  （记者王五）某市日前启动城市更新行动，首批改造老旧小区40个。\n")
    first, second = articles(page)
    assert "张  三  李四摄影报道" == first.paragraphs[-1].text
    assert ("某市启动城市更新行动", None) == (second.title.text, second.kicker)


def test_a_caption_after_a_jump_marker_belongs_to_the_article_the_marker_ended():
    page = ("小县城里的大园区\n\n本报记者  陈  晨\n\n"
            "今年，全省打算在每个县都建成一个像样的产业园，先把路和水电通上。（下转第六版）\n\n"
            "图为某县工业园区生产线一景。　　本报记者  陈  晨摄\n\n"
            "春耕备耕有序推进\n\n本报南昌3月14日电  （记者李明）连日来，各地抢抓农时开展春耕作业。\n")
    first, second = restore(page, page_no=4).articles
    assert 6 == first.continued_to_page
    assert "图为某县工业园区生产线一景。　　本报记者  陈  晨摄" == first.paragraphs[-1].text
    assert "春耕备耕有序推进" == second.title.text


def test_the_cut_off_end_of_a_story_continued_elsewhere_is_no_kicker():
    # The front part of a story continued on another page without a 下转 marker stops
    # mid-sentence right above the next story's headline.
    page = (OPEN_STORY +
            "尽管当地防汛任务依然艰巨，但防汛队伍仍在力所能及范围为周边\n\n"
            + NEXT_STORY)
    first, second = articles(page)
    assert "尽管当地防汛任务依然艰巨，但防汛队伍仍在力所能及范围为周边" == first.paragraphs[-1].text
    assert ("新能源汽车出口保持较快增长", None) == (second.title.text, second.kicker)


def test_a_kicker_with_clauses_stays_over_its_title():
    page = (OPEN_STORY +
            "快递企业加大人才储备，青年工程师成长为物流技术骨干\n\n"
            "用算法寻找物流最优解\n\n"
            "本报北京10月12日电  （记者赵六）在某快递企业的物流调度中心，青年工程师正在优化算法。\n")
    first, second = articles(page)
    assert ("快递企业加大人才储备，青年工程师成长为物流技术骨干", "用算法寻找物流最优解") == \
        (second.kicker.text, second.title.text)


@pytest.mark.parametrize("upper, lower, fields", [
    ("前三季度全省外贸进出口突破万亿元", "同比增长12.5%", ("title", "subtitle")),
    ("王某某在某省调研时强调", "扎实推进乡村全面振兴", ("kicker", "title")),
])
def test_two_stacked_headline_lines_are_told_apart_by_their_words(upper, lower, fields):
    page = f"{upper}\n\n{lower}\n\n本报北京10月12日电  （记者赵六）记者从有关部门获悉，相关工作进展顺利。\n"
    (art,) = articles(page)
    assert (upper, lower) == (getattr(art, fields[0]).text, getattr(art, fields[1]).text)


def test_numbered_items_are_the_body_of_their_list_not_headlines():
    page = ("某市人民代表大会第三次会议议程\n\n（2026年1月10日大会预备会议通过）\n\n"
            "一、听取和审议市人民政府工作报告\n\n二、审查和批准市国民经济和社会发展计划\n\n"
            "三、审查和批准市财政预算\n\n四、听取和审议市人民代表大会常务委员会工作报告\n\n"
            "五、听取和审议市中级人民法院工作报告\n\n六、选举补选有关人员\n\n"
            + NEXT_STORY)
    agenda, news = articles(page)
    assert "某市人民代表大会第三次会议议程" == agenda.title.text
    assert 6 == len(agenda.paragraphs)
    assert agenda.paragraphs[5].text.startswith("六、")
    assert "新能源汽车出口保持较快增长" == news.title.text


def test_a_series_of_crossheads_that_repeat_their_words_stays_in_one_article():
    page = ("城市更新要下足绣花功夫（人民要论）\n\n王五\n\n"
            "城市更新牵动千家万户，涉及的事情千头万绪，得一步一步来。\n\n"
            "坚持规划引领——凝聚推进城市更新行动的思想共识\n\n"
            "规划是城市更新的龙头，要坚持先谋后动，以规划统筹各类更新项目，避免大拆大建。\n\n"
            "坚持民生优先——增强推进城市更新行动的发展动力\n\n"
            "城市更新的出发点和落脚点是改善群众居住条件，要把老旧小区改造放在突出位置。\n\n"
            "坚持文化传承——提升推进城市更新行动的品质内涵\n\n"
            "历史文化街区是城市的记忆，改造时要少拆多修，把老字号和老街坊都留下来。\n")
    (art,) = articles(page)
    assert ["坚持规划引领——凝聚推进城市更新行动的思想共识", "坚持民生优先——增强推进城市更新行动的发展动力",
            "坚持文化传承——提升推进城市更新行动的品质内涵"] == [p.text for p in art.paragraphs if p.role == "crosshead"]


def test_crossheads_of_a_series_are_alike_and_neighbouring_titles_are_not():
    from banmian.restore.heading_lines import dice
    assert dice("坚持规划引领——凝聚推进城市更新行动的思想共识", "坚持民生优先——增强推进城市更新行动的发展动力") > 0.4
    assert dice("新能源汽车出口保持较快增长", "某市启动城市更新行动") < 0.1
    assert 0.0 == dice("", "")


def test_an_office_over_a_date_signs_the_notice():
    page = ("某开发区人才招聘公告\n\n根据工作需要，某开发区面向社会公开招聘工作人员10名，欢迎符合条件的人员报名。\n\n"
            "某开发区管理委员会\n\n2026年1月13日\n\n"
            + NEXT_STORY)
    notice, news = articles(page)
    assert ["某开发区管理委员会", "2026年1月13日"] == [p.text for p in notice.paragraphs[-2:]]
    assert "新能源汽车出口保持较快增长" == news.title.text


def test_a_dashed_point_with_a_full_sentence_inside_is_body_even_under_a_crosshead():
    page = ("某省人权行动计划\n\n本报记者 王五\n\n为全面推进人权事业发展，制定本行动计划。\n\n"
            "（一）财产权利\n\n"
            "——依法保护居住权。健全住房保障制度，维护群众安居需求。\n\n"
            "——保护知识产权。加大侵权惩处力度。\n")
    (art,) = articles(page)
    assert art.subtitle is None
    assert ["——依法保护居住权。健全住房保障制度，维护群众安居需求。", "——保护知识产权。加大侵权惩处力度。"] == \
        [p.text for p in art.paragraphs[-2:]]


def test_dated_briefs_under_a_column_banner_stay_its_items():
    page = ("环球扫描\n\n某国央行宣布下调基准利率\n\n据新华社某地6月15日电  某国央行15日宣布下调基准利率25个基点。\n\n"
            "国际组织呼吁加强粮食安全合作\n\n据新华社某地6月15日电  某国际组织15日发表报告，呼吁加强粮食安全合作。\n")
    (banner,) = articles(page)
    assert "环球扫描" == banner.title.text
    assert "国际组织呼吁加强粮食安全合作" in [p.text for p in banner.paragraphs]


def test_the_chapters_of_a_law_are_its_crossheads():
    page = ("某市文明行为促进条例\n\n（2026年3月1日某市人民代表大会常务委员会通过）\n\n"
            "第一章  总  则\n\n第一条  为了培育和践行社会主义核心价值观，促进文明行为，制定本条例。\n\n"
            "第二章  鼓励与倡导\n\n第二条  鼓励市民参与志愿服务，倡导绿色低碳生活方式。\n")
    (law,) = articles(page)
    assert "某市文明行为促进条例" == law.title.text
    assert ["第一章  总  则", "第二章  鼓励与倡导"] == [p.text for p in law.paragraphs if p.text.startswith("第") and "章" in p.text[:4]]


def test_the_repeated_title_over_a_continued_part_never_ends_the_prose_above_it():
    # the prose above stops mid-sentence (its tail is elsewhere) and its words would run on
    page = ("气候资源与农业生产相适配\n\n本报记者 王五\n\n"
            "让水利设施服务农业生产，更需注重管护。一些地区已将管护经验推广到灌区建设中，"
            "在某省，水利部门利用灌区信息平台以数字手段赋能全程\n\n"
            "阅读推广活动走进乡村\n\n（上接第11版）\n\n"
            "本次活动由市文联联合各区文化馆共同开展，其间同步举办读书沙龙、作者见面会等活动。\n")
    first, second = restore(page, page_no=16).articles
    assert first.paragraphs[-1].text.endswith("以数字手段赋能全程")
    assert ("阅读推广活动走进乡村", 11) == (second.title.text, second.continued_from_page)


@pytest.mark.parametrize("cut", ["在一次次田埂上的长谈里摸清了村民的", "乡村振兴的路子越走越宽，但", "全县的产业项目已",
                                 "新建的幸福院每"])
def test_a_line_cut_inside_a_phrase_is_no_subtitle(cut):
    # the front part of a story continued elsewhere: its headline and the first words of its body
    page = "把幸福感写进百姓心里（一线行走）\n\n" + cut + "\n\n" + NEXT_STORY
    front, news = restore(page, page_no=11).articles
    assert (None, [cut]) == (front.subtitle, [p.text for p in front.paragraphs])
    assert "新能源汽车出口保持较快增长" == news.title.text


def test_a_name_under_a_headline_makes_it_a_new_article_however_many_lines():
    page = ("以新场景激活老街区（评论员观察）\n\n本报评论员\n\n城市更新要留住文化的根脉，让老街区焕发新活力。\n\n"
            "假如山河会歌唱（大地风华）\n\n陈远山\n\n歌剧《山花谣》——\n\n"
            "这部歌剧以革命老区的故事为题材，唱出了一代人的信仰与坚守。\n")
    first, second = articles(page)
    assert ("假如山河会歌唱（大地风华）", "陈远山") == (second.title.text, second.byline.text)


def test_three_headline_lines_are_kicker_title_and_subtitle():
    # (invented names: `某` placeholders are prose to the line model, frequent in anonymised
    # court reports and never printed in a headline)
    page = ("庆祝青川市建市七十周年大会隆重举行\n\n全市各界群众欢聚一堂共庆华诞\n\n王建国发表讲话 李明主持\n\n"
            "本报青川10月1日电  （记者赵六）庆祝青川市建市七十周年大会1日上午在市体育中心隆重举行。\n")
    (art,) = articles(page)
    assert ("庆祝青川市建市七十周年大会隆重举行", "全市各界群众欢聚一堂共庆华诞", "王建国发表讲话 李明主持") == \
        (art.kicker.text, art.title.text, art.subtitle.text)
    assert 1 == len(art.paragraphs)


def test_paragraphs_after_a_tail_printed_under_a_new_headline_stay_with_that_headline():
    # The tail of the story above is printed under the next headline and byline; the
    # paragraphs after it are that headline's body, which at that point holds nothing but
    # the headline to compare them with: they are compared with each other too.
    page = ("小镇也有梦（遇见）\n\n□李  明\n\n"
            "\u3000\u3000小镇的凉粉店开了二十年，老板娘手脚麻利，凉粉爽滑，街坊邻居都爱来店里坐一坐。\n\n"
            "\u3000\u3000今年国庆假期，我回小镇探望外婆，看见凉粉店的灶台边站着一个眉眼很像她的\n\n"
            "海边小螺（多味斋）\n\n□王  寒\n\n"
            "姑娘，手脚同样麻利，把一碗碗凉粉端给店里的客人。\n\n"
            "\u3000\u3000在海边老家的饭桌上，带鱼是唱主角的老生，梭子蟹是翻跟头的武丑，海味演的是舌尖上的大戏。\n\n"
            "\u3000\u3000老家饭桌上的海味里，带鱼和梭子蟹之外，最耐嚼的是一种灰黑的小螺。\n\n"
            "\u3000\u3000这种小螺上了饭桌，加上葱姜下锅一炒，壳脆肉鲜，汤汁浓郁，是海味里的小配角。\n")
    town, fish = articles(page)
    assert town.paragraphs[-1].text.endswith("眉眼很像她的姑娘，手脚同样麻利，把一碗碗凉粉端给店里的客人。")
    assert "海边小螺（多味斋）" == fish.title.text
    assert [p.text[:6] for p in fish.paragraphs] == ["在海边老家的", "老家饭桌上的", "这种小螺上了"]


# A story cut mid-sentence, the next story's headline and byline, then the first story's tail
# and a whole paragraph of it: what follows decides whose that paragraph is.
BRIDGE_TAIL_UNDER_BUS = ("古桥新韵（有感而发）\n\n□周  明\n\n"
                         "一座城市有没有味道，要看它怎样对待过去留下的东西。\n\n"
                         "走在老城的街巷里，常常会被一些不起眼的角落打动。去年，城里修缮了一\n\n"
                         "山村通了公交车（乡村振兴一线）\n\n□本报记者  陈  岚\n\n"
                         "座古桥，修缮古桥的工匠给古桥的每一块条石编号。\n\n"
                         "古桥的条石拆下来，工匠再按编号把条石砌回古桥，古桥的模样没有走样。\n\n")


def test_paragraphs_of_a_tail_printed_under_a_new_headline_return_with_it_when_they_speak_of_its_story():
    # The tail of the story above is printed under the next headline and byline, and so are
    # the whole paragraphs that follow it in that story; the headline's own body comes
    # after them. Each side is compared with its own paragraphs too: else the tail story's
    # paragraphs, which share their words among themselves more than with the few general
    # lines that open it, would hold together under the bare headline.
    page = (BRIDGE_TAIL_UNDER_BUS +
            "古桥修好以后，工匠又给古桥的栏板补上了花鸟，古桥的栏板焕然一新。\n\n"
            "守护古桥的工匠说，古桥的条石还能再走许多年。\n\n"
            "清晨六点，第一班公交车从山脚出发，沿着新修的盘山公路驶向山村。\n\n"
            "以前村民进城要走两个小时山路，如今坐公交车二十分钟就到镇上。\n\n"
            "公交车开进山村，村里的山货坐着公交车进了城，村民的腰包也鼓了。\n\n"
            "村支书说，公交车通了，山村和外面的距离一下子近了。\n")
    bridge, bus = articles(page)
    assert "山村通了公交车（乡村振兴一线）" == bus.title.text
    assert bridge.paragraphs[1].text.endswith("修缮了一座古桥，修缮古桥的工匠给古桥的每一块条石编号。")
    assert [p.text[:4] for p in bridge.paragraphs[2:]] == ["古桥的条", "古桥修好", "守护古桥"]
    assert [p.text[:4] for p in bus.paragraphs] == ["清晨六点", "以前村民", "公交车开", "村支书说"]


def test_a_headline_whose_body_opens_mid_sentence_after_a_tail_takes_nothing_of_the_tail():
    # The tail of the story above and a whole paragraph of it stand under the next
    # headline; that headline's body follows, its first paragraph having lost its start.
    # The body it will hold anyway is read with it, and the tail's paragraph goes back.
    page = (BRIDGE_TAIL_UNDER_BUS +
            "的公交车从山脚出发，沿着新修的盘山公路驶向山村。\n\n"
            "以前村民进城要走两个小时山路，如今坐公交车二十分钟就到镇上。\n")
    bridge, bus = articles(page)
    assert [p.text[:4] for p in bridge.paragraphs] == ["一座城市", "走在老城", "古桥的条"]
    assert [p.text[:4] for p in bus.paragraphs] == ["的公交车", "以前村民"]
    assert bus.head_missing


def test_a_credit_under_an_interleaved_tail_stays_with_the_tail():
    # A photo's caption and credit end the piece above them: printed after an interleaved
    # tail, they go back with the tail, and open nothing of the headline they stand under,
    # though the credit's column name shares a word with that headline (山村).
    page = ("挂面 情面\n\n"
            "“手工挂面”是某县的老手艺，县里许多人家都会做挂面。这几年，某县坚持“老手艺、新包装”的\n\n"
            "山村通了公交车（乡村振兴一线）\n\n□本报记者  陈  岚\n\n"
            "路子，统一挂面的制作标准，挂面作坊带动三十多户村民增收。\n\n"
            "图为某镇某村村民在晾晒挂面。\n\n"
            "林  涛摄（山村影像）\n\n"
            "清晨六点，第一班公交车从山脚出发，沿着新修的盘山公路驶向山村。\n\n"
            "以前村民进城要走两个小时山路，如今坐公交车二十分钟就到镇上。\n\n"
            "公交车开进山村，村里的山货坐着公交车进了城，村民的腰包也鼓了。\n\n"
            "村支书说，公交车通了，山村和外面的距离一下子近了。\n")
    noodles, bus = articles(page)
    assert noodles.paragraphs[0].text.endswith("新包装”的路子，统一挂面的制作标准，挂面作坊带动三十多户村民增收。")
    assert ["图为某镇某村村民在晾晒挂面。", "林  涛摄（山村影像）"] == [p.text for p in noodles.paragraphs[1:]]
    assert [p.text[:4] for p in bus.paragraphs] == ["清晨六点", "以前村民", "公交车开", "村支书说"]


@pytest.mark.parametrize("flush_start_p", [None, 1.0])
def test_a_flush_piece_of_running_text_returns_to_the_open_end_above_another_story(monkeypatch, flush_start_p):
    # The first story's paragraph is cut at a column end; the next story's head and
    # paragraphs come between, and the rest of the cut paragraph is printed flush on a
    # page that indents its paragraphs: it goes on from somewhere, and only the open end
    # above can take it, however weakly its words join.
    from banmian.restore import pipeline

    if flush_start_p is not None:  # without the rule, the piece stays with the story it follows
        monkeypatch.setattr(pipeline, "FLUSH_START_P", flush_start_p)
    page = ("让乡风文明吹进千家万户\n\n本报记者 陈七\n\n"
            "\u3000\u3000婚丧嫁娶大操大办，一度让不少农村家庭叫苦不迭。很多人明明心里不想攀比，却\n\n"
            "把每一块绿地都用好（城市笔记）\n\n（紧接第五版）\n\n"
            "\u3000\u3000社区里的口袋公园越来越多，居民出门几步就能遇见一片绿色。\n\n"
            "\u3000\u3000小区改造时，设计师挨家挨户听取意见，把健身步道修到了楼门口。\n\n"
            "又担心被人说闲话；明明手头并不宽裕，还是硬着头皮摆酒席。移风易俗，正是要解开这个心结。\n\n"
            "\u3000\u3000各地村规民约对彩礼数额、宴席桌数作出约定，红白理事会帮着操办，群众得了实惠。\n")
    town, park = articles(page)
    joined = "很多人明明心里不想攀比，却又担心被人说闲话；"
    if flush_start_p is None:
        assert joined in town.paragraphs[0].text
        assert 2 == len(park.paragraphs)
    else:
        assert not any(joined in p.text for p in town.paragraphs)


def test_a_short_flush_sentence_before_a_jump_marker_ends_the_story_above_the_next_headline():
    # `更多标志性成果。（下转第四版）` is flush on a page that indents: it ends the cut paragraph
    # of the first story (and carries its jump), not a paragraph of the story it follows.
    page = ("推动高质量发展 建设现代化产业体系\n本报记者 王明 李华\n"
            "\u3000\u3000本报北京3月4日电 记者从某省发展改革委了解到，开春以来，全省多条产业链上的项目接连落地，"
            "不少项目一边建设一边招工。\n"
            "\u3000\u3000省发展改革委的一位处长说，接下来还要盯住汽车零部件和新材料两条链，把缺的环节一个个补上，力争年底前形成\n"
            "城市更新让老街区焕发新活力\n本报记者 赵强\n"
            "\u3000\u3000走进某市老城的东门街，青石板路两侧的老房子修缮一新，游客络绎不绝。近年来，该市坚持“修旧如旧”。\n"
            "更多标志性成果。（下转第四版）\n"
            "\u3000\u3000“过去房子漏雨，现在住得舒心。”居民张阿姨说，改造时社区多次上门征求意见，方案改了又改。\n")
    plan, street = articles(page)
    assert plan.paragraphs[-1].text.endswith("力争年底前形成更多标志性成果。")
    assert 4 == plan.continued_to_page and street.continued_to_page is None
    assert street.paragraphs[-1].text.startswith("“过去房子漏雨")


@pytest.mark.parametrize("backward", [True, False])
def test_a_tail_printed_above_its_story_returns_with_the_paragraph_after_it(monkeypatch, backward):
    # The extraction emitted the last column of the second story before its head: the
    # flush piece continues `许多群` below, and the paragraph after it goes with it.
    from banmian.restore import pipeline

    if not backward:
        monkeypatch.setattr(pipeline, "BACKWARD_TAIL_MIN", 1e9)
    page = ("春耕备耕有序推进\n\n本报记者 李明\n\n"
            "\u3000\u3000眼下正值春耕备耕关键时期，各地抢抓农时，组织农机下田，确保不误农时。\n\n"
            "众办事难题牵涉多个职能部门，过去群众往往要跑好几个窗口，来回奔波。\n\n"
            "\u3000\u3000如今，调处中心把各部门集中到一个大厅，群众只进一扇门，就能把事情办好。\n\n"
            "邻里纠纷事 一门来化解\n\n"
            "\u3000\u3000本报杭州1月2日电  （记者周航）近年来，某县把调解员请进了村口的大厅。过去，许多群\n")
    farm, office = articles(page)
    if backward:
        assert [p.text[-10:] for p in farm.paragraphs] == ["组织农机下田，确保不误农时。"[-10:]]
        assert "过去，许多群众办事难题牵涉多个职能部门，" in office.paragraphs[0].text
        assert office.paragraphs[1].text.startswith("如今，调处中心")
    else:
        assert 3 == len(farm.paragraphs) and office.paragraphs[0].text.endswith("许多群")


def test_a_line_over_a_byline_is_a_headline_however_it_ends():
    # `…往往是无声的` reads like a phrase cut short, but the byline under it makes it the
    # next article's title, not the last line of the article above.
    page = ("再谈一出老戏的复排\n\n袁国良\n\n"
            "\u3000\u3000这次复排是一次传承，也是一次创新，观众的反馈让我们深感前景可期。\n\n"
            "\u3000\u3000（作者为剧院演员）\n\n"
            "最难演的一场戏往往是无声的\n\n□陈  晓\n\n"
            "\u3000\u3000我陪着许多角色走完他们的一生，只有真正读懂角色，表演才能打动观众。\n")
    opera, acting = articles(page)
    assert "（作者为剧院演员）" == opera.paragraphs[-1].text
    assert "最难演的一场戏往往是无声的" == acting.title.text
    assert "陈  晓" == acting.byline.text


def test_a_dateline_line_cut_short_takes_back_its_tail_printed_under_another_headline():
    # `本报杭州1月2日电  （记者周航）许多群` has no comma and short words the line model
    # half reads as a headline, but a dateline opens running text: it is cut off, and the
    # flush clause printed (before its `下转` marker) under the previous headline is its tail.
    page = ("一块钱里的村规民约（一线行走）\n\n"
            "众办事难题牵涉多个职能部门，\n\n（下转第20版）\n\n"
            "\u3000\u3000村里定下规矩，每户每月交一块钱卫生费，垃圾有人收，道路有人扫。\n\n"
            "\u3000\u3000一块钱事小，却让村民有了主人翁意识，村道上再也见不到乱堆的垃圾。\n\n"
            "邻里纠纷事 一门来化解\n\n"
            "\u3000\u3000本报杭州1月2日电  （记者周航）许多群\n\n"
            "江西推动干部到一线服务\n\n"
            "\u3000\u3000本报南昌1月2日电  记者近日在多个乡镇看到，干部下沉一线，为群众办实事。\n")
    coin, office, cadres = articles(page)
    assert coin.paragraphs[0].text.startswith("村里定下规矩")
    assert office.paragraphs[0].text.endswith("许多群众办事难题牵涉多个职能部门，")
    assert 20 == office.continued_to_page and coin.continued_to_page is None
    assert cadres.title.text == "江西推动干部到一线服务"


def test_a_name_line_after_running_text_signs_a_section_of_the_same_article():
    # Two-character names printed with a wide space read as bylines; with no headline over
    # them they head the entries of a list, not articles of their own.
    page = ("青年创业标兵候选人名录\n\n"
            "\u3000\u3000经层层推荐和评审，一批青年创业者入选标兵候选人。以下为部分候选人。\n\n"
            "王  琳\n\n"
            "\u3000\u3000某县电商合作社负责人，返乡创业5年。曾获省级创业奖1次。\n\n"
            "李  冰\n\n"
            "\u3000\u3000某镇茶叶加工厂厂长。曾获评优秀青年企业家。\n")
    (roll,) = articles(page)
    assert ["王  琳", "李  冰"] == [p.text for p in roll.paragraphs[1::2]]
    assert roll.byline is None


def test_a_salutation_opens_the_body_of_a_speech():
    # `各位代表：` is short and unstopped like a crosshead, but it opens the speech's text.
    page = ("在市人民代表大会第一次会议上的报告\n\n王某某\n\n各位代表：\n\n"
            "\u3000\u3000现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n")
    (report,) = articles(page)
    assert "在市人民代表大会第一次会议上的报告" == report.title.text
    assert ["各位代表：", "body"] == [report.paragraphs[0].text, report.paragraphs[0].role]


def test_a_page_printed_a_paragraph_a_line_joins_no_crosshead_to_the_text_under_it():
    # the seam model alone runs the first crosshead into its paragraph (`…入驻安家` + `敞开…`)
    page = (
        "沿江小城的开放之路\n\n"
        "沿江而建的安平市，过去是一座以农业为主的小城。近年来，这里主动对接周边大城市，产业结构发生了深刻变化。\n\n"
        "敞开大门，广纳四方客商入驻安家\n\n"
        "敞开东大门，融入都市圈。安平市把每一位客商都当成自家人，审批窗口专人代办，一年里引来了四十多家企业。\n\n"
        "拓宽门路，搭好青年成才的台子\n\n"
        "职业教育交流热度持续升温。全市有12所职业院校开设跨境电商专业，在校学生人数比五年前翻了一番。\n\n"
        "联通内外，构建现代物流体系\n\n"
        "物流园区里，一辆辆货车进进出出。园区负责人介绍，今年以来，园区日均发货量超过3万件，同比增长两成。\n")
    (art,) = articles(page)
    lines = [line for line in page.split("\n") if line][1:]
    assert lines == [p.text for p in art.paragraphs]
    assert all(len(p.spans) == 1 for p in art.paragraphs)


def test_a_decree_header_under_its_title_opens_the_body():
    page = ("某市关于加强城市绿化管理的规定\n\n中华人民共和国国务院令\n\n第900号\n\n"
            "　　《某市关于加强城市绿化管理的规定》已经国务院常务会议通过，现予公布，自2027年1月1日起施行。\n\n"
            "总理  某  某\n\n2026年12月1日\n\n　　第一条  为了加强城市绿化管理，改善生态环境，制定本规定。\n")
    (art,) = articles(page)
    assert "某市关于加强城市绿化管理的规定" == art.title.text
    assert art.kicker is None and art.subtitle is None
    assert ["中华人民共和国国务院令", "第900号"] == [p.text for p in art.paragraphs[:2]]
    # the order as the headline itself stays the headline
    (order,) = articles("中华人民共和国主席令\n\n　　《中华人民共和国某某法》已由全国人民代表大会常务委员会通过，现予公布。\n")
    assert "中华人民共和国主席令" == order.title.text


def test_a_compiled_by_line_is_a_paragraph_not_the_byline():
    page = ("城市绿道串起美好生活\n\n本报记者 王  五整理\n\n"
            "　　讲述人：某某，城市园林设计师。我们用了三年时间，把沿河的荒地连成了一条二十公里长的绿道。\n")
    (art,) = articles(page)
    assert art.byline is None
    assert "本报记者 王  五整理" == art.paragraphs[0].text
    assert "credit" == art.paragraphs[0].role


def test_a_decree_number_under_its_order_is_a_subtitle_not_the_title():
    page = ("中华人民共和国主席令\n\n第七十四号\n\n"
            "　　《中华人民共和国某某法》已由全国人民代表大会常务委员会通过，现予公布，自2027年1月1日起施行。\n\n"
            "中华人民共和国主席  某某某\n\n2026年4月30日\n")
    (art,) = articles(page)
    assert "中华人民共和国主席令" == art.title.text
    assert "第七十四号" == art.subtitle.text and art.kicker is None


@pytest.mark.parametrize("label", ["讲述人：某某，市园林局工程师", "案例二", "王某某委员"])
def test_a_sections_label_is_a_paragraph_never_a_headline(label):
    from banmian.restore.heading_lines import is_heading_line

    assert not is_heading_line(label, (0.6, 0.3, 0.1))
    page = ("城市绿道串起美好生活\n\n本报记者 王  五\n\n"
            "　　今年以来，全市新建绿道一百二十公里，串起了三十多个公园。\n\n"
            f"{label}\n\n"
            "　　我们用了三年时间，把沿河的荒地连成了一条二十公里长的绿道。\n")
    (art,) = articles(page)
    assert label in [p.text for p in art.paragraphs]


def test_a_kicker_after_a_subtitle_leads_into_the_next_heading():
    page = ("把技术送到田间地头\n\n——三位农技员的故事\n\n某省某县农机推广员某某某——\n\n"
            "“农民信的是地里的效果”\n\n本报记者  王  五\n\n"
            "　　清晨六点，某某某已经站在了合作社的麦田边，查看新播下的麦种出苗情况。\n")
    arts = articles(page)
    assert "把技术送到田间地头" == arts[0].title.text
    assert "——三位农技员的故事" == arts[0].subtitle.text and arts[0].kicker is None
    assert all(a.title is None or not a.title.text.endswith("——") for a in arts)


def test_a_banner_over_bylined_sections_titles_one_feature():
    # `礼赞新中国` over `某地——` / its title / its byline, twice: one feature whose sections'
    # heading lines and bylines are its paragraphs; the report after it, headed otherwise,
    # is an article of its own
    page = ("礼赞新中国\n\n河西省柳溪村——\n\n红旗迎风飘扬 村民笑语欢歌\n\n本报记者  王  五\n\n"
            "　　国庆前夕，柳溪村的广场上挂满了红灯笼，村民们一早就聚在一起排练节目。\n\n"
            "青川市红星机械厂——\n\n机器轰鸣不停 工人干劲十足\n\n本报记者  李  四\n\n"
            "　　走进红星机械厂的车间，一排排机器正在运转，工人们忙着赶制一批出口订单。\n\n"
            "全省秋粮收购进度过半\n\n本报记者  赵  六\n\n"
            "　　记者从省粮食和物资储备局获悉，全省秋粮收购已过半，收购价格总体平稳。\n")
    feature, report = articles(page)
    assert "礼赞新中国" == feature.title.text and feature.byline is None and feature.kicker is None
    assert ["河西省柳溪村——", "红旗迎风飘扬 村民笑语欢歌", "本报记者  王  五"] == [p.text for p in feature.paragraphs[:3]]
    assert ["crosshead", "crosshead", "credit"] == [p.role for p in feature.paragraphs[:3]]
    assert "本报记者  李  四" in [p.text for p in feature.paragraphs]
    assert "全省秋粮收购进度过半" == report.title.text and "本报记者  赵  六" == report.byline.text


def test_a_headline_with_nothing_under_it_before_a_section_heads_the_feature():
    page = ("把技术送到田间地头\n\n——三位农技员的故事\n\n某省某县农机推广员某某某——\n\n"
            "“农民信的是地里的效果”\n\n本报记者  王  五\n\n"
            "　　清晨六点，某某某已经站在了合作社的麦田边，查看新播下的麦种出苗情况。\n\n"
            "某市农科所研究员某某——\n\n“心里装着农民的难处”\n\n本报记者  李  四\n\n"
            "　　某某每年有一半的时间在田里度过，哪里的菜苗出了问题，她第一时间赶过去。\n")
    (feature,) = articles(page)
    assert "——三位农技员的故事" == feature.subtitle.text
    assert "某市农科所研究员某某——" in [p.text for p in feature.paragraphs]


def test_the_headline_under_a_section_label_is_a_crosshead_of_the_feature():
    # `某某委员` labels a speaker's section and the headline under it heads that section:
    # no article ends with a label, so the sections stay in the open feature
    page = ("让群众有更多获得感(委员通道)\n\n王大成委员\n\n用好线上平台 方便群众看病\n\n"
            "　　疫情发生后，某市互联网企业第一时间上线了线上问诊平台，累计服务群众上百万人次。\n\n"
            "李小红委员\n\n多写接地气的书 把读者留住\n\n"
            "　　手机刷个不停，怎样让人静下心来读完一本书？李小红委员说，出版单位要多出精品。\n")
    (feature,) = articles(page)
    texts = [p.text for p in feature.paragraphs]
    assert ["王大成委员", "用好线上平台 方便群众看病"] == texts[:2]
    assert "多写接地气的书 把读者留住" in texts


def test_bylined_sections_under_an_editors_note_stay_the_features():
    # `——编  者` signs the note that introduces the feature: the sections under it, headed
    # alike, are its crossheads and credits; a story headed otherwise after them is not
    page = ("课间十分钟还能这么过\n\n　　课间怎样过得更有意义？各地中小学想了不少办法。\n\n——编  者\n\n"
            "某市第一中学开设跳绳角\n\n一根跳绳，跳出精气神\n\n本报记者  王  五\n\n"
            "　　下课铃一响，孩子们就涌向操场一角的跳绳区，三五成群地比赛谁跳得多。\n\n"
            "某县实验小学开放种植园\n\n小小菜地，长出好奇心\n\n本报记者  李  四\n\n"
            "　　实验小学把楼后的空地改成了种植园，每个班都有一块属于自己的菜地。\n\n"
            "全市中小学体质健康合格率稳步提升（链接）\n\n本报记者  赵  六\n\n"
            "　　市教育局日前发布的数据显示，全市中小学生体质健康合格率连续三年提升。\n")
    feature, report = articles(page)
    assert "课间十分钟还能这么过" == feature.title.text and feature.byline is None
    texts = [p.text for p in feature.paragraphs]
    assert ["某市第一中学开设跳绳角", "一根跳绳，跳出精气神", "本报记者  王  五"] == texts[2:5]
    assert "credit" == feature.paragraphs[4].role and feature.kicker is None
    assert ["某县实验小学开放种植园", "小小菜地，长出好奇心", "本报记者  李  四"] == texts[6:9]
    assert "全市中小学体质健康合格率稳步提升（链接）" == report.title.text and "本报记者  赵  六" == report.byline.text


def test_an_editors_note_box_introduces_stories_not_sections():
    page = ("编者按\n\n　　本版今起推出系列评论，敬请关注。\n\n——编  者\n\n"
            "让青年在基层挑大梁\n\n王  五\n\n　　基层是青年干部成长的沃土，要让他们在一线经风雨、见世面。\n")
    box, comment = articles(page)
    assert "编者按" == box.title.text
    assert "让青年在基层挑大梁" == comment.title.text and "王  五" == comment.byline.text


@pytest.mark.parametrize("cut", ["隧道口一带平均海拔超420", "到2035", "累计接待游客12"])
def test_a_line_ending_in_a_figure_is_cut_prose_not_a_headline(cut):
    # the line stops before the figure's unit: the rest of the paragraph was printed elsewhere,
    # so it ends the story above and heads nothing
    page = OPEN_STORY + cut + "\n\n" + NEXT_STORY
    story, news = articles(page)
    assert cut == story.paragraphs[-1].text and news.kicker is None
    assert "新能源汽车出口保持较快增长" == news.title.text


def test_a_kicker_under_two_headline_lines_leads_into_the_next_story():
    # no title ends in a dash: `某县青年教师某某——` opens the next heading, so the two
    # lines above it (the last names of a list of honours) are no kicker and title of it,
    # and its own title is not a paragraph
    page = (OPEN_STORY.replace("。\n\n", "。受表彰的集体有：\n\n") + "某市消防救援支队特勤一站\n\n某县人民医院急诊科\n\n某县青年教师某某——\n\n"
            "“讲台就是我的阵地”（我的入党故事）\n\n本报记者 李四\n\n"
            "　　走上讲台的第十个年头，某某递交了入党申请书，她说这是她最郑重的一次选择。\n")
    arts = articles(page)
    story = arts[-1]
    assert "某县青年教师某某——" == story.kicker.text
    assert "“讲台就是我的阵地”（我的入党故事）" == story.title.text and "本报记者 李四" == story.byline.text
    assert all("某县青年教师某某——" not in [p.text for p in a.paragraphs] for a in arts)
    assert all(a.subtitle is None or not a.subtitle.text.endswith("——") for a in arts)


def test_a_dash_kicker_under_a_headline_with_no_prose_heads_its_first_section():
    page = ("三名治愈者顺利出院，她们说——\n\n愿疫情早退 人人平安\n\n王阿姨——\n\n彼此鼓劲，安安心心养好病\n\n"
            "　　“我要回家啦，大家安心养病，早日康复回家！”王阿姨出院时对病友们说。\n\n"
            "李女士——\n\n细心护理，护士待我像家人\n\n"
            "　　“医生护士像照顾亲人一样照顾我。”回忆起住院的日子，李女士几度哽咽。\n")
    (feature,) = articles(page)
    assert "愿疫情早退 人人平安" == feature.title.text and feature.subtitle is None
    texts = [p.text for p in feature.paragraphs]
    assert ["王阿姨——", "彼此鼓劲，安安心心养好病"] == texts[:2] and "李女士——" in texts


def test_the_lines_of_a_poem_are_its_paragraphs_not_headlines():
    lines = ["青色，河边的柳林", "你的脚步和歌声", "木桨竹篙，每次划动", "船头会翘得更高", "吆喝，让河一回回变宽",
             "渡口的老槐，站了百年", "我们的村庄，我们的渡船", "在黝黑开裂的手掌上", "有些故事从未走远",
             "沿着水波远去的帆影，连成岸线"]
    page = "河的两岸，我们的村庄\n\n□王  五\n\n" + "\n\n".join(lines) + \
        "\n\n冬日的菜园\n\n□李  四\n\n　　冬日的清晨，我推开院门，菜园里的白菜上落了一层薄霜。\n"
    poem, essay = articles(page)
    assert "河的两岸，我们的村庄" == poem.title.text and "冬日的菜园" == essay.title.text
    assert lines == [p.text for p in poem.paragraphs]  # no line joined to the next, none a headline


def test_the_front_pages_contents_box_is_an_article_of_its_own_lines():
    # `导读` lists sections, titles and page numbers: its lines are paragraphs, not the
    # page's furniture, and the box never runs on as crossheads of the story above it
    box = ["理论", "新时代干事业的科学指南", "第九版", "国际", "某国经济何以持续回升", "第十七版"]
    page = ("某市地铁新线开通运营\n\n　　本报某市5月19日电  某市地铁5号线今天开通运营，全长30公里，设车站20座。\n\n"
            "　　新线开通后，市区到机场的时间缩短一半。\n\n导读\n\n" + "\n\n".join(box) + "\n")
    restored = restore(page)
    news, contents = restored.articles
    assert "导读" == contents.title.text and box == [p.text for p in contents.paragraphs]
    assert not [r for r in restored.removed if r.reason == "furniture"]


def test_an_editors_note_printed_as_a_box_heads_its_own_article():
    # the corpus prints `编者按` as the title of its box 12 times and never inside an article
    page = ("某市地铁新线开通运营\n\n　　本报某市5月19日电  某市地铁5号线今天开通运营，全长30公里，设车站20座。\n\n"
            "编者按\n\n　　今年是某某工程启动十周年。从今天起，本版陆续刊登一组建设者的故事，敬请关注。\n\n——编  者\n")
    news, note = articles(page)
    assert "编者按" == note.title.text and "——编  者" == note.paragraphs[-1].text


def test_a_headline_ending_in_an_exclamation_stands_over_its_dash_subtitle():
    page = ("某市出台新规 整治餐饮浪费\n\n　　本报某市3月2日电  某市近日出台规定，整治餐饮浪费行为，今年起施行。\n\n"
            "　　规定明确，餐饮单位应当提示消费者适量点餐。\n\n"
            "乱扔垃圾，重罚！\n\n——某市城管局有关负责人答记者问\n\n"
            "　　问：新规对乱扔垃圾行为如何处罚？答：个人乱扔垃圾的，处五十元以上二百元以下罚款。\n")
    news, answers = articles(page)
    assert "乱扔垃圾，重罚！" == answers.title.text
    assert "——某市城管局有关负责人答记者问" == answers.subtitle.text


def test_a_title_in_parallel_form_is_no_clause_cut_from_prose():
    # the line model may read `居民操心事，化解在楼道` as a fragment; over prose it stays a
    # heading line all the same, while a clause cut from running text does not
    from banmian.model import Block
    from banmian.restore.articles import ArticleBuilder

    texts = ["某市某区推进网格化管理", "居民操心事，化解在楼道", "这几天，住在某区某社区的李大爷逢人就夸社区网格员。",
             "该剧将于明年年中拍摄完成，并在中意", "两国同步播出，届时观众可以在电视上看到这部纪录剧。"]
    blocks, pos = [], 0
    for k, t in enumerate(texts):
        blocks.append(Block(pos, pos + len(t), t, role="free", index=k))
        pos += len(t) + 1
    probs = {0: (0.5, 0.4, 0.1), 1: (0.03, 0.02, 0.95), 2: (0.0, 0.0, 1.0), 3: (0.0, 0.0, 1.0), 4: (0.0, 0.0, 1.0)}
    builder = ArticleBuilder(blocks, [], {}, probs, {}, {})
    assert not builder._clause_over_prose(1, 2)
    assert builder._clause_over_prose(3, 4)


def test_a_photo_report_ends_with_its_photographers_credit():
    page = ("图片报道\n\n"
            "　　5月14日，某县驻村第一书记某某（右）正在农户家的木耳大棚了解木耳长势。"
            "目前，全县木耳种植面积已超过万亩。\n\n"
            "本报记者 王 五摄\n\n党员民警冲锋在前\n\n“疫情不退，我们不退！”\n\n"
            "“我是一名老党员，处理过不少突发情况，让我去任务最重的派出所吧。”\n\n"
            "这是市公安局户籍科科长张某发给分局领导的一条信息。\n")
    photo, story = articles(page)
    assert "图片报道" == photo.title.text
    assert "本报记者 王 五摄" == photo.paragraphs[-1].text
    assert "党员民警冲锋在前" == story.kicker.text
    assert "“疫情不退，我们不退！”" == story.title.text


def test_a_wire_credit_under_a_column_banner_closes_a_brief_not_the_collection():
    from banmian.restore.features import TITLE_FEATURES
    from banmian.restore.pipeline import restore_text

    brief = ("　　某国一家研究机构近日发布报告称，经常食用豆制品的人群，心血管疾病的发病率明显较低。\n\n"
             "（据新华社某地电  记者张三）\n\n研究显示常吃豆制品有益健康\n\n"
             "　　报告说，研究人员跟踪调查了两万多人，时间长达十年。\n")
    after_credit = TITLE_FEATURES.index("after_credit")
    for head, expected in (("微阅读", 0.0), ("某国拟在小学增设编程必修课", 1.0)):
        seen = []
        restore_text(f"{head}\n\n" + brief, on_title=lambda line, x: seen.append(x))
        assert [expected] == [x[after_credit] for x in seen], head


def test_a_crosshead_between_an_interleaved_tail_and_its_jump_marker_ends_the_tails_part():
    # the last column of story A is printed after story B; it ends with a crosshead and the
    # marker `（下转第八版）`: both are A's, however little the crosshead's words tell
    page = ("坐热天文观测的冷板凳\n\n本报记者 张三\n\n"
            "　　今年是攻坚之年，院里在座谈会上强调要加强原始创新。这次会议的精神，让从事天文研\n\n"
            "与大型望远镜一同成长\n\n本报记者 李四\n\n"
            "　　我从读博士起，整个学习、观测、工作经历，伴随着这台射电望远镜的设计、建造和调试。\n\n"
            "　　做天文观测要耐得住寂寞，团队攻关的过程，也是人才成长和锻炼的过程。\n\n"
            "　　（作者为某天文台青年研究员）\n\n"
            "究三十年的我备受鼓舞，也更觉担子不轻。\n\n"
            "　　但回望过去几十年，哪一项重大发现，不是源于看似冷门的坚持？\n\n"
            "做天文观测为什么要耐得住寂寞\n\n（下转第八版）\n")
    story, other = articles(page)
    assert "做天文观测为什么要耐得住寂寞" == story.paragraphs[-1].text
    assert 8 == story.continued_to_page
    assert other.continued_to_page is None
    assert "（作者为某天文台青年研究员）" == other.paragraphs[-1].text


# Story A's last column, printed after story B's body: the tail ends its paragraph, and a
# crosshead and whole paragraphs follow. Whose they are, A's or B's, the words tell.
TAIL_BEFORE_A_CROSSHEAD = ("坐热天文观测的冷板凳\n\n本报记者 张三\n\n"
                           "　　今年是攻坚之年，院里在座谈会上强调要加强原始创新。这次会议的精神，让从事天文研\n\n"
                           "与大型望远镜一同成长\n\n本报记者 李四\n\n"
                           "　　我从读博士起，整个学习、观测、工作经历，伴随着这台射电望远镜的设计、建造和调试。\n\n"
                           "究三十年的我备受鼓舞，也更觉担子不轻。\n\n")


@pytest.mark.parametrize("section, owner", [
    ("　　冷板凳要坐热\n\n　　但回望过去几十年，哪一项重大发现，不是源于看似冷门的坚持？\n\n"
     "　　天文观测的冷板凳，需要一代又一代天文工作者接力坐下去，坐热它。\n", 0),
    ("　　望远镜里的青春\n\n　　射电望远镜调试那年，我们团队在山里住了整整一个冬天，望远镜的每一块面板都调过。\n\n"
     "　　如今这台射电望远镜每天都在观测，我也从学生成长为望远镜团队的骨干。\n", 1),
], ids=["the tail's story", "the open story"])
def test_a_crosshead_after_an_interleaved_tail_goes_with_the_story_its_section_speaks_of(section, owner):
    stories = articles(TAIL_BEFORE_A_CROSSHEAD + section)
    assert 2 == len(stories)
    section_lines = [line.strip("　") for line in section.split("\n") if line.strip()]
    texts = [[p.text for p in story.paragraphs] for story in stories]
    assert texts[0][0].endswith("让从事天文研究三十年的我备受鼓舞，也更觉担子不轻。")
    assert section_lines == texts[owner][-3:]
    assert not set(section_lines) & set(texts[1 - owner])


def test_a_jump_marker_after_an_interleaved_tail_and_the_open_storys_body_is_the_open_storys():
    # story A's last column is printed right under story B's headline; B's body follows and
    # ends with `转第19版`: the marker is B's, whose paragraph it ends
    page = ("希望有关方面以理性客观态度看待他国产业发展\n\n"
            "　　本报北京1月31日电  外交部发言人某某31日在例行记者会上答问时表示，公平竞争本身也\n\n"
            "五国领导人峰会聚焦水资源问题\n\n"
            "是市场运行的正常现象，中方愿同各方进一步加强产业领域的交流与合作。\n\n"
            "　　水资源问题是五国最关切的问题，五国领导人在某地举行会议，围绕跨境河流治理探讨合作方案。\n\n"
            "　　几位领导人都提到，跨境河流管好了才能大家受益，上下游国家在旱季调水上要多商量。\n\n"
            "转第19版\n")
    china, refugees = articles(page)
    assert 19 == refugees.continued_to_page
    assert china.continued_to_page is None
    assert china.paragraphs[-1].text.endswith("加强产业领域的交流与合作。")


def test_a_continued_parts_heading_printed_inside_another_storys_column_gives_the_column_back():
    # the repeated title and `（上接第14版）` of story B stand inside story A's last column:
    # A's words go on under them, up to A's own `（下转第20版）`; B's part follows
    page = ("很高兴参与到中欧物流合作中来\n\n安娜塔西亚\n\n"
            "　　中欧物流通道的开通，让我得到了一个投身欧中之间贸易往来的工作机会。从少年时起，中国书法就吸引着我。怀着进一步了解中国的愿\n\n"
            "某省首次公布林长制工作考核评估结果\n\n（上接第14版）\n\n"
            "望，我在中学里便开始学习汉字。毕业后，我到中国求学，读完了国际贸易专业的课程。\n\n"
            "　　离开中国后，我在某国首都开始了一份新的工作，我仍然常常想起在中国的日子。\n\n"
            "（下转第20版）\n\n"
            "　　某省林长办要求，各市县要在压实林长责任上持续用力，推行上级林长考核下级林长的做法。\n\n"
            "　　此外，加快完善林区巡护体系，运用卫星遥感、红外相机等手段加强对林区的日常巡查。\n")
    story, back = articles(page)
    assert 20 == story.continued_to_page
    assert story.paragraphs[-1].text.startswith("离开中国后")
    assert "某省首次公布林长制工作考核评估结果" == back.title.text
    assert 14 == back.continued_from_page and back.continued_to_page is None
    assert [p.text[:6] for p in back.paragraphs] == ["某省林长办要", "此外，加快完"]


def test_a_clause_cut_after_deng_is_the_end_of_a_story_not_the_next_ones_kicker():
    # `…，为保障城区道路改造等` stops a list mid-sentence (no corpus headline has a comma and
    # ends in 等): it is the last line of the story above, not a kicker over the photo report
    page = ("某市重点民生工程加快推进\n\n"
            "本报某市2月24日电  （记者江南）春节过后，某市推出一系列惠企措施，重点工程陆续复工。\n"
            "“安全生产两手抓两手硬”，为保障城区道路改造等\n\n"
            "义务理发\n\n□本报记者  刘勇华\n\n"
            "在某市人民医院，几名社区志愿者带着工具，为100余名坚守在一线的医护人员义务理发。\n")
    story, photo = articles(page)
    assert "义务理发" == photo.title.text and photo.kicker is None
    assert story.paragraphs[-1].text == "“安全生产两手抓两手硬”，为保障城区道路改造等"


def test_leads_opened_with_a_dateless_dateline_start_their_articles():
    # other papers than the People's Daily open a lead with `本报讯（记者 某某）` and no date:
    # the line above it is a headline, not a crosshead of the story before
    page = ("稳住增长势头 加快转型升级\n\n本报讯（记者 张三）" + SENTENCES[0] + SENTENCES[1] + "\n\n" + SENTENCES[3] + "\n\n"
            "城区社区食堂受欢迎\n\n本报讯（记者 李四 通讯员 王五）" + SENTENCES[8] + SENTENCES[9] + "\n\n" + SENTENCES[10] + "\n")
    titles = [a.title.text for a in restore(page).articles]
    assert titles == ["稳住增长势头 加快转型升级", "城区社区食堂受欢迎"]


def test_a_headline_after_a_layout_credit_opens_an_article():
    # `版式设计：某某` closes the feature it stands under (846 of 884 such lines are an
    # article's last paragraph in the corpus): a kicker and title after it head a story of
    # their own, however like the feature's own section heads they read
    page = ("扎实抓好春季农业生产\n\n" + SENTENCES[0] + SENTENCES[1] + "\n\n"
            "某  省\n\n春耕物资配到位\n\n" + SENTENCES[2] + SENTENCES[3] + "\n\n"
            "版式设计：张  三\n\n"
            "另  省\n\n农资送到田间\n\n" + SENTENCES[1] + SENTENCES[3] + "\n")
    feature, story = articles(page)
    assert feature.paragraphs[-1].text == "版式设计：张  三"
    assert (story.kicker.text, story.title.text) == ("另  省", "农资送到田间")


def test_a_long_deck_between_a_headline_and_a_dateline_is_the_subtitle():
    # a deck stops without a full stop and reads on from the headline line (`…主持召开
    #常务会议` / `审议通过…`): above a dateline it is still the headline's subtitle, neither
    # a paragraph of the story before nor the lead
    deck = "审议通过《城市更新条例（草案）》，以立法为老旧小区改造提供制度保障；讨论通过《档案管理办法（修订草案）》"
    page = (OPEN_STORY + "青川市主持召开市政府常务会议\n\n" + deck + "\n\n"
            "本报青川10月8日电  （记者赵六）青川市10月8日召开市政府常务会议，审议通过《城市更新条例（草案）》。\n\n"
            + SENTENCES[2] + "\n")
    story, meeting = articles(page)
    assert story.paragraphs[-1].text.startswith("入汛以来")
    assert (meeting.title.text, meeting.subtitle.text) == ("青川市主持召开市政府常务会议", deck)
    assert meeting.paragraphs[0].text.startswith("本报青川10月8日电")


def test_a_bracketed_wire_credit_is_no_dateline_under_a_deck():
    # `（新华社北京5月20日电）` closes wire copy: the unstopped line over it (a signature's
    # place and date) stays in the body
    page = ("两国元首签署联合声明\n\n新华社北京5月20日电  两国元首当日在北京签署联合声明。\n\n" + SENTENCES[1] + "\n\n"
            "甲国主席  乙国总统\n\n某  某  某某某\n\n二〇二六年五月二十日于北京\n\n（新华社北京5月20日电）\n")
    (statement,) = articles(page)
    assert [p.text for p in statement.paragraphs[-2:]] == ["二〇二六年五月二十日于北京", "（新华社北京5月20日电）"]


@pytest.mark.parametrize("threshold, joined", [(None, True), (4.0, False)])
def test_a_tail_cut_after_a_comma_returns_up_the_page_too(monkeypatch, threshold, joined):
    # The seam back up the page reads less sure after a comma than inside a word: the
    # threshold such seams need is the forward one (a stricter one lost most of them)
    from banmian.restore import pipeline

    if threshold is not None:
        monkeypatch.setattr(pipeline, "BACKWARD_TAIL_MIN", threshold)
    page = ("春耕备耕有序推进\n\n本报记者 李明\n\n"
            "\u3000\u3000眼下正值春耕备耕关键时期，各地抢抓农时，组织农机下田，确保不误农时。\n\n"
            "过去群众往往要跑好几个窗口，来回奔波。\n\n"
            "\u3000\u3000如今，调处中心把各部门集中到一个大厅，群众只进一扇门，就能把事情办好。\n\n"
            "邻里纠纷事 一门来化解\n\n"
            "\u3000\u3000本报杭州1月2日电  （记者周航）近年来，某县把调解员请进了村口的大厅。"
            "过去，许多群众办事难题牵涉多个职能部门，\n")
    farm, office = articles(page)
    assert (office.paragraphs[0].text.endswith("来回奔波。")) is joined
    assert (len(farm.paragraphs) == 1) is joined


@pytest.mark.parametrize("opening, missing", [
    ("也有不少农户选择了订单种植，收入更稳定。", False),  # P(starts a paragraph) about 0.1: a plain start
    ("等各类市场主体纷纷入驻园区。", True),  # about 0.01: the rest of a sentence begun elsewhere
])
def test_only_a_body_that_surely_starts_mid_sentence_is_missing_its_head(opening, missing):
    page = "春耕备耕有序推进\n\n本报记者 李明\n\n" + opening + SENTENCES[0] + "\n\n" + SENTENCES[1] + "\n"
    (art,) = articles(page)
    assert art.head_missing is missing
