"""Rules written after the thirty-fifth held-out set (h35) was merged into the development set, for the kinds of its
misses rather than its sentences: speaker lines under a heading (post, spaces, a padded name), a description between
a post and its name (院士、…专家某某), what follows 总书记 after a name jieba knows (挂着习近平总书记和她…), a surname and a
courtesy title (经理某先生: no name), a farm's deputy head and a director of public affairs, Children's Day (“六一”), 同年
read in the year printed before it in its paragraph, a day still to come told in a past story (1998年…。9月4日，…), the
first five-year plans in quotes (“一五”), fractions (1/3, N分之一) and a full-width comma after ASCII digits, measure
words for orders, fish, rings and traditional lengths, 多 inside a unit of time (3个多月), a range of tenths (两至三成),
hundreds and thousands with a comparator and no digit (百余套, 千亩以上), 拟合 (fit, no modal) and what one day takes
(一天要…: a routine). Sentences written for the tests (invented names, places and figures), not corpus text."""
from facts_helpers import facts, officials, observations, quantities, targets, times


def test_a_speaker_line_sets_the_name_apart_with_spaces():
    text = "办好地方报纸\n甲市日报社总编辑  王  丰\n我们把采编力量集中到新平台。\n乙省社科院研究员 李国强：\n投入要向农村倾斜。"
    assert officials(text) == [("王  丰", ["总编辑"]), ("李国强", ["研究员"])]
    # spaces before a word that is no name (the line goes on) set no name apart
    assert officials("甲市日报社总编辑  主持会议并讲话。") == []


def test_a_description_between_a_post_and_the_name():
    assert officials("“人才是第一资源。”甲省科学院院士、桥梁结构专家钱大虎说。") == [("钱大虎", ["院士"])]
    assert officials("甲大学化学教授、省劳动模范称号获得者高明轩出席。") == [("高明轩", ["教授"])]


def test_after_a_known_name_and_zongshuji_the_next_words_are_no_name():
    assert officials("柜子上摆着习近平总书记和他坐在炕头拉家常的合影。") == [("习近平", ["总书记"])]


def test_a_surname_and_a_courtesy_title_are_no_name():
    assert officials("记者找到了甲物业公司经理闵先生。") == []
    assert officials("甲公司经理闵建华说。") == [("闵建华", ["经理"])]


def test_a_farms_deputy_head_and_a_director_of_public_affairs():
    assert officials("甲县国营渔场副场长王耀东介绍，今冬出鱼多。") == [("王耀东", ["副场长"])]
    assert officials("甲网络公司公共事务总监于金山介绍说。") == [("于金山", ["公共事务总监"])]


def test_childrens_day_in_quotes_is_a_time():
    assert times("“六一”国际儿童节前后，甲商场客流大增，今年“六一”当天尤其多。", "2026-06-10") == [
        ("六一", "2026-06-01", "2026-06-01"), ("今年", "2026-01-01", "2026-12-31"), ("六一", "2026-06-01", "2026-06-01")]
    # inside a report's title it is a name; 六一 is no holiday outside quotes (六一村)
    assert times("乙机构的《2026“六一”出游报告》显示，六一村迎来游客。", "2026-06-10") == []


def test_tongnian_is_the_year_printed_before_it_in_its_paragraph():
    assert times("1999年6月，甲省提出开发山区的设想。同年省委全会作出部署。", "2020-01-13") == [
        ("1999年6月", "1999-06-01", "1999-06-30"), ("同年", "1999-01-01", "1999-12-31")]
    text = "2025年，乙平台启动新人培训。截至同年9月，培训学员超过3万名。"
    assert ("9月", "2025-09-01", "2025-09-30") in times(text, "2026-05-08")


def test_a_day_still_to_come_told_in_a_past_story_is_of_the_storys_year():
    text = "1998年夏季，甲江流域遭遇洪水。\n9月4日，乙在甲市看望受灾群众。"
    assert ("9月4日", "1998-09-04", "1998-09-04") in times(text, "2020-01-13")
    # a day told as coming stays in the issue year
    text = "1998年夏季，甲江流域遭遇洪水。\n纪念活动将于9月4日举行。"
    assert ("9月4日", "2020-09-04", "2020-09-04") in times(text, "2020-01-13")
    # a month close ahead of the issue date is the coming one, whatever year was printed before
    assert ("8月", "2026-08-01", "2026-08-31") in times("2023年甲项目开工。8月，乙工程投产。", "2026-07-31")


def test_the_first_five_year_plans_in_quotes():
    assert times("甲厂从“一五”时期建厂，到“十五五”开局仍在扩产。", "2026-06-28") == [
        ("一五", "1953-01-01", "1957-12-31"), ("十五五", "2026-01-01", "2030-12-31")]


def test_fractions_and_a_full_width_comma_after_ascii_digits():
    assert quantities("甲市的考核指标中环保类超1/3，120项项目里环保项目有30项。") == [("120项", 120.0, "项", "="),
                                                                           ("30项", 30.0, "项", "=")]
    assert quantities("村里2/3人外出务工。") == []
    assert quantities("误差要控制在十万分之一以内。") == []
    assert quantities("共有3,109项。") == [("3,109项", 3109.0, "项", "=")]


def test_measure_words_of_orders_fish_rings_and_old_lengths():
    assert quantities("甲店一天卖出超3000万单，乙湖捕获数万尾草鱼。") == [("超3000万单", 3e7, "单", ">"), ("数万尾", 1e4, "尾", "≈")]
    assert quantities("他走了10多里山路，把1寸的筛眼换成6寸的，射击打出10环。") == [
        ("10多里", 10.0, "里", "range"), ("1寸", 1.0, "寸", "="), ("6寸", 6.0, "寸", "="), ("10环", 10.0, "环", "=")]


def test_duo_inside_a_unit_of_time():
    assert quantities("培训3个多月后，他录了1分多钟的短片，剪了2个多小时。") == [
        ("3个多月", 3.0, "个月", "range"), ("1分多钟", 1.0, "分钟", "range"), ("2个多小时", 2.0, "小时", "range")]


def test_a_range_of_tenths():
    f = facts("2019-02-22", "新品种推广后，农户的收入将增加两至三成。")
    assert targets(f) == [("两至三成", "将", None)]
    assert quantities("每亩产值提高两至三成。")[0][1:] == (20.0, "%", "range")


def test_hundreds_and_thousands_with_a_comparator_and_no_digit():
    assert quantities("甲小区百余套住房空着，月饼礼盒售价多在百元左右，乙村有千亩以上的茶园。") == [
        ("百余套", 100.0, "套", "range"), ("百元左右", 100.0, "CNY", "≈"), ("千亩以上", 1000.0, "亩", "≥")]
    # tens are no quantity without a digit or a prefix (the development set leaves 十余名 out)
    assert quantities("十余名专家到场。") == []


def test_nihe_is_no_modal_and_one_days_load_is_a_routine():
    f = facts("2026-06-10", "甲公司用新模型拟合用户的习惯，设计了300多种提示音。")
    assert targets(f) == []
    f = facts("2026-05-08", "老刘是护林队的队长，忙的时候一天要带着80多人巡山。")
    assert targets(f) == [] and observations(f) == [("80多人", None, None, "actual")]
