"""Rules written after the twenty-third held-out set (h23) was merged into the development set, for the kinds of its
misses rather than its sentences: bounds and blurs printed around a quantity (a share in tenths with 以上, a hedge
across a short verb phrase, two neighbouring digits as a rough range), units that run on into a noun or were missing
from the table (村民, counted things), a span of years closed by the end of the last one (and
自X…以来 kept as the year printed, per the Guidelines), names that ran on into an adverb or a frequent word, and a
director's post with its field.
Sentences written for the tests (invented places, companies, people and figures), not corpus text."""
from facts_helpers import officials, quantities, times


# --- quantities: bounds and approximations ---------------------------------------------------------
def test_a_share_in_tenths_with_a_bound_suffix():
    assert quantities("某市游客中自驾出行占比超过八成以上。")[0][1:] == (80.0, "%", ">")
    assert quantities("节后返程客流预计有七成以上集中在周末。") == [("七成以上", 70.0, "%", "≥")]
    assert quantities("改造后能耗至少降两成以下") == [("两成以下", 20.0, "%", "≤")]


def test_a_hedge_bounds_a_quantity_across_a_short_verb_phrase():
    assert quantities("以前这道工序至少需要40名工人。") == [("40名", 40.0, "名", "≥")]
    assert quantities("每位志愿者至少为老人送2次餐。") == [("2次", 2.0, "次", "≥")]
    assert [(q[0], q[3]) for q in quantities("一棵果树大概需要浇水30升，")] == [("30升", "≈")]


def test_a_hedge_does_not_reach_across_a_clause():
    assert quantities("他们至少需要帮手，今年招了12名。") == [("12名", 12.0, "名", "=")]


def test_two_neighbouring_digits_are_a_rough_range():
    assert quantities("两家工厂一年的产值有六七十亿元。") == [("六七十亿元", 6e9, "CNY", "range")]
    assert quantities("合作社去年分红五六十万元。") == [("五六十万元", 500000.0, "CNY", "range")]


# --- quantities: units ---------------------------------------------------------------------------
def test_villagers_are_a_noun_not_a_unit_of_villages():
    assert quantities("平台覆盖全县36万村民的信息。") == [("36万", 360000.0, "", "=")]
    assert quantities("全县共有210个村。") == [("210个", 210.0, "个", "=")]


def test_counted_things_have_their_classifier_as_unit():
    assert quantities("服务区新装充电桩120余把。") == [("120余把", 120.0, "把", "range")]
    assert quantities("这列动车组有16节车厢。") == [("16节", 16.0, "节", "=")]
    assert quantities("规划新建4回输电线路。") == [("4回", 4.0, "回", "=")]
    assert quantities("清单分为6大类。") == [("6大类", 6.0, "大类", "=")]


# --- time references -----------------------------------------------------------------------------
def test_a_span_of_years_closed_by_the_end_of_the_last_one():
    assert times("2014年至2017年底，该县新建道路。", "2018-03-01") == [("2014年至2017年底", "2014-01-01", "2017-12-31")]


def test_a_year_opening_a_clause_closed_by_since_is_the_year_as_printed():
    # the Guidelines: 自X…以来 has the time reference X as printed; X年以来 runs to the issue date
    assert times("自2013年试点启动以来，某镇累计改造农房。", "2018-03-01") == [("2013年", "2013-01-01", "2013-12-31")]
    assert times("2013年以来，某镇累计改造农房。", "2018-03-01") == [("2013年以来", "2013-01-01", "2018-03-01")]


# --- people --------------------------------------------------------------------------------------
def test_a_two_character_name_before_the_adverb_already():
    assert officials("市长赵岩已就此作出批示。") == [("赵岩", ["市长"])]


def test_a_two_character_name_before_a_frequent_word():
    assert officials("不久，镇党委书记吴涛上门，耐心劝说。") == [("吴涛", ["党委书记"])]


def test_a_director_keeps_its_field():
    assert officials("某家电企业品牌总监孙立平介绍，") == [("孙立平", ["品牌总监"])]
    assert officials("某软件公司产品总监钱晓东说，") == [("钱晓东", ["产品总监"])]
