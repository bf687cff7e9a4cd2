"""Rules written after the twenty-sixth held-out set (h26) was merged into the development set, for the kinds of its
misses rather than its sentences: transliteration characters of Mongolian and Russian names (呼, 日, 嘎), a name before
互致 or 日前, a name before the preposition of a date (某某于19日), 同年 before a month, months listed across ；, the day a
reporter learnt the news, 明 of 探明 before 天然气, a range whose lower end has no multiplier of its own, 突破了N, the cue of
an enumerated item (确保…、力争…), 将 right before a verb of result (将建成N处) and 上年 after a day of the issue year.
Sentences written for the tests (invented places, companies, people and figures), not corpus text."""
from facts_helpers import facts, officials, quantities, targets, times


# --- people ----------------------------------------------------------------------------------------------
def test_mongolian_and_russian_transliteration_characters():
    assert officials("新年前夕，蒙古国总统巴雅尔图勒嘎致函甲国主席。") == [("巴雅尔图勒嘎", ["总统"])]
    assert officials("当天，蒙古国总理呼日勒苏赫也发来贺信。") == [("呼日勒苏赫", ["总理"])]
    assert officials("某国地区研究中心主任阿斯兰·塔日巴耶夫指出，两地交流日益密切。") == [("阿斯兰·塔日巴耶夫", ["主任"])]


def test_a_name_does_not_end_on_the_first_character_of_the_next_word():
    assert officials("某国总统巴特尔互致贺电。") == [("巴特尔", ["总统"])]
    assert officials("某国总理约瑟夫·卡兰德日前在一家地方报纸撰文。") == [("约瑟夫·卡兰德", ["总理"])]


def test_the_preposition_of_a_date_is_not_the_end_of_a_name():
    assert officials("甲国总统普京于19日抵达乙国。") == [("普京", ["总统"])]
    assert officials("某市市长于2019年到任。") == []


# --- time references -------------------------------------------------------------------------------------
def test_same_year_before_a_month_is_the_month_of_the_sentences_year():
    assert times("2018年3月他当选某协会主席，同年8月当选某委员会主任。", "2026-05-23") == [
        ("2018年3月", "2018-03-01", "2018-03-31"), ("8月", "2018-08-01", "2018-08-31")]
    assert times("该条例于2011年6月审议通过、同年9月1日起施行。", "2026-05-26")[-1] == ("9月1日", "2011-09-01", "2011-09-01")


def test_months_listed_across_a_semicolon_share_the_year():
    assert times("去年5月，某省下发某意见；9月，某指南发布。", "2026-07-21") == [
        ("去年5月", "2025-05-01", "2025-05-31"), ("9月", "2025-09-01", "2025-09-30")]
    # a bare year before the semicolon is not carried: 1月 is the issue year's
    assert times("去年的影响约为1.2个百分点；在1月某指数中。", "2019-02-18")[-1] == ("1月", "2019-01-01", "2019-01-31")


def test_the_day_a_reporter_learnt_the_news_is_not_read_in_a_recalled_month():
    assert times("该条例于2013年10月1日起施行。\n记者25日从某部门获悉。", "2026-05-26")[-1] == (
        "25日", "2026-05-25", "2026-05-25")


def test_ming_of_tanming_before_natural_gas_is_no_tomorrow():
    assert times("该国已探明天然气储量约5万亿立方米。", "2026-06-16") == []
    assert times("明天将公布新数据。", "2026-06-16") == [("明天", "2026-06-17", "2026-06-17")]


# --- quantities ------------------------------------------------------------------------------------------
def test_a_lower_end_shares_the_multiplier_only_when_below_the_upper_end():
    assert quantities("平均每月有6000到1.1万人抵达。") == [("6000到1.1万人", 6000.0, "人", "range")]
    assert quantities("每亩增收20至30万元。") == [("20至30万元", 200000.0, "CNY", "range")]


def test_tupo_le_is_a_strict_lower_bound():
    assert quantities("两季粮食产量都突破了1吨。") == [("1吨", 1.0, "t", ">")]


# --- targets ----------------------------------------------------------------------------------------------
def test_an_enumerated_figure_takes_the_cue_of_its_own_item():
    f = facts("2020-05-07", "某方案明确提出，到2030年确保建成120个、力争建成150个智慧社区。")
    assert targets(f) == [("120个", "确保", "2030-12-31"), ("150个", "力争", "2030-12-31")]
    f = facts("2020-05-07", "某市计划新建5个、改造3个公园。")
    assert targets(f) == [("5个", "计划", None), ("3个", "计划", None)]  # no cue of its own: the clause's


def test_jiang_right_before_a_verb_of_result_is_the_future():
    f = facts("2020-05-07", "到今年底，全国将建成5000处灌区。")
    assert targets(f) == [("5000处", "将", "2020-12-31")]
    f = facts("2020-05-07", "今年将甲园区建成国家级园区。")
    assert targets(f) == []  # 将 with an object before 建成: the disposal marker


def test_shangnian_after_a_day_of_the_issue_year_is_the_year_before_the_issue():
    text = "去年秋收时，某合作社种了小麦3万亩。\n4月11日，某省长赶到某县调研。目前，某省春播粮食100万亩，比上年增加10万亩。"
    assert times(text, "2020-05-07")[-1] == ("上年", "2019-01-01", "2019-12-31")
    text = "2019年，某省粮食产量增长。比上年增加10万吨。"
    assert times(text, "2020-05-07")[-1] == ("上年", "2018-01-01", "2018-12-31")  # the report's year before
