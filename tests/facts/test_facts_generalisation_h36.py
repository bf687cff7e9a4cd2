"""Rules written after the thirty-sixth held-out set (h36) was scored, for the kinds of its misses rather than its
sentences: a holiday that is also a given name (李清明…清明宣布), rates of any amount per unit (66微克/立方米, 507万吨/年),
data sizes in letters (199.48EB), characters of a text and spans of a bridge (2.9亿字, 103孔), a bare day after a fixed
holiday (…迎新年活动。5日一早: the month of the last full date, not January), 争取来N (obtained), 要 after an opening 可当时
(what had to be done then), a plan put forward in a past year (2018年，某市提出，5年要…), 预计 between a per-unit and the
figure (今年每亩…预计N元), a time qualifying the plan a share is of (年初预算的N%), a balance dated by its as-of time (截至
二季度末…余额), an average over many years (多年平均), a year naming an event held (举行2020年新春招待会), a sentence opening
with a place of its own (no deadline from the sentence before), 上下游 (no comparator), 至今 opening its clause (the
present), N年时间 (a span with no date), a road opened to traffic (通车: an event's day), 今年春节 and 大年三十, verbs that
close a name (笑言, 道出, 难掩, 倍感) and a figurative 今天 (the issue date). Sentences written for the tests (invented names,
places and figures), not corpus text."""
from facts_helpers import facts, observations, officials, quantities, targets, times


def test_a_holiday_used_as_a_given_name_is_no_time():
    text = "进村那天，王清明先去看了水井。清明宣布：保证金6万！清明节前，村里通了自来水。"
    assert times(text, "2019-10-30") == [("清明节", "2020-04-04", "2020-04-06")]
    assert targets(facts("2019-10-30", text)) == []
    # the holiday itself, with no name before it, stays a time
    assert times("每到清明，村民都回乡扫墓。", "2019-10-30") == [("清明", "2020-04-04", "2020-04-06")]


def test_rates_of_an_amount_per_unit():
    assert quantities("甲市PM2.5浓度为58微克/立方米，氨氮降至0.4毫克/升，乙厂新增产能120万吨/年，菜价3.5元/斤。") == [
        ("58微克/立方米", 58.0, "微克/立方米", "="), ("0.4毫克/升", 0.4, "毫克/升", "="),
        ("120万吨/年", 1.2e6, "t/年", "="), ("3.5元/斤", 3.5, "CNY/斤", "=")]
    f = facts("2026-05-19", "2026年，甲行业预计新增产能120万吨/年。")
    assert targets(f) == [("120万吨/年", "预计", "2026-12-31")]


def test_data_sizes_in_letters_characters_and_bridge_spans():
    assert quantities("甲平台的数据总量为35.6EB，收到留言1.2亿字，已完成86孔箱梁的架设。") == [
        ("35.6EB", 35.6, "EB", "="), ("1.2亿字", 1.2e8, "字", "="), ("86孔", 86.0, "孔", "=")]


def test_a_fixed_holiday_sets_no_month_for_the_bare_days_after_it():
    text = "2月3日和4日下午，工地开展了迎新年活动。\n5日一早，项目经理就到了现场。"
    assert ("5日", "2019-02-05", "2019-02-05") in times(text, "2019-02-06")


def test_zhengqu_lai_is_obtained():
    f = facts("2019-10-30", "他频频跑县里，争取来40万元，用来改造管网。")
    assert targets(f) == [] and observations(f) == [("40万元", None, None, "actual")]


def test_yao_after_dangshi_opening_its_sentence_is_what_had_to_be_done_then():
    f = facts("2026-06-09", "可当时口粮紧缺，要腾出20亩麦田来种药材，谁也不敢做主。")
    assert targets(f) == []


def test_a_plan_put_forward_in_a_past_year_is_a_target_of_no_printed_date():
    f = facts("2019-10-20", "2018年，甲市提出，5年要拿出300亿元，建设创新名城。")
    assert targets(f) == [("300亿元", "要", None)] and observations(f) == []


def test_a_forecast_per_unit_with_its_year_in_its_own_clause():
    # 预计 between the unit and the figure forecasts the figure, and the year of its own clause is its deadline; the
    # change after it is bare
    f = facts("2026-05-19", "今年每亩化肥支出预计380元，较去年增加50元。")
    assert targets(f) == [("380元", "预计", "2026-12-31")] and observations(f) == []
    # a year of an earlier clause dates the plan, not the rate (the development set's 今年…，预计平均每亩地能多挣N元)
    f = facts("2026-05-19", "今年村里换了新品种，预计平均每亩地能多挣300元。")
    assert targets(f) == [("300元", "预计", None)]


def test_a_time_qualifying_the_plan_a_share_is_of_dates_no_figure():
    f = facts("2026-06-23", "1—5月，甲省一般公共预算支出2.5万亿元，支出规模为年初预算的41.2%。其中，教育支出增长5.1%。")
    assert observations(f) == [("2.5万亿元", "2026-01-01", "2026-05-31", "actual"),
                               ("41.2%", "2026-01-01", "2026-05-31", "actual"),
                               ("5.1%", "2026-01-01", "2026-05-31", "actual")]


def test_a_balance_is_dated_by_the_as_of_time_not_by_the_span_of_the_increases():
    f = facts("2026-07-28", "今年上半年甲类贷款较快增长，截至二季度末，甲类贷款余额32.8万亿元，上半年余额增加2.7万亿元。",
              "分期限看，甲、乙两类贷款余额分别为17.6万亿元和5.4万亿元。",
              "分行业看，水务行业甲类贷款余额6.4万亿元，上半年增加1700亿元；物流行业甲类贷款余额5.3万亿元，上半年增加4200亿元。")
    june, half = ("2026-06-01", "2026-06-30"), ("2026-01-01", "2026-06-30")
    assert observations(f) == [("32.8万亿元", *june, "actual"), ("2.7万亿元", *half, "actual"),
                               ("17.6万亿元", *june, "actual"), ("5.4万亿元", *june, "actual"),
                               ("6.4万亿元", *june, "actual"), ("1700亿元", *half, "actual"),
                               ("5.3万亿元", *june, "actual"), ("4200亿元", *half, "actual")]


def test_a_sentence_opening_with_a_place_of_its_own_takes_no_deadline_from_the_one_before():
    text = "在甲市科学城里，乙孵化大楼正在收尾，将于11月中旬投入使用。在丙开发区，丁公司看好储能电池，将增资25亿元兴建新厂区。"
    assert targets(facts("2019-10-29", text)) == [("25亿元", "将", None)]
    # one party's plan told on keeps the date of its sentence before
    text = "在甲市科学城里，乙孵化大楼将于11月中旬投入使用，届时将入驻研发人员200名。"
    assert targets(facts("2019-10-29", text)) == [("200名", "将", "2019-11-20")]


def test_an_average_over_many_years_has_no_period():
    f = facts("2019-02-06", "乙水库最末一台发电机组于2011年8月并网运行，多年平均发电量为6.42亿千瓦时。")
    assert observations(f) == [("6.42亿千瓦时", None, None, "actual")]


def test_a_year_naming_an_event_held_dates_no_figure():
    f = facts("2020-01-18", "甲部17日晚在乙大楼举行2020年新春招待会，各国使节及夫人近300人应邀出席。")
    assert observations(f) == [("近300人", "2020-01-17", "2020-01-17", "actual")]


def test_shangxia_before_you_is_upstream_and_downstream_not_about():
    assert quantities("甲工厂投产后，300多家上下游企业落户，零件售价在50元上下。") == [
        ("300多家", 300.0, "家", "range"), ("50元上下", 50.0, "CNY", "≈")]


def test_zhijin_opening_its_clause_is_the_present():
    f = facts("2026-05-03", "2012年，她来到林场当护林员。至今，她已在林区记录野生兰花80多种。")
    assert observations(f) == [("80多种", None, None, "actual")]


def test_a_span_of_years_with_no_date_dates_no_figure():
    f = facts("2026-06-09", "1995年，甲市提出建设大棚。市里拿出专项补贴，两年时间，全市新建大棚1.2万余个。")
    assert observations(f) == [("1.2万余个", None, None, "actual")]


def test_a_road_opened_to_traffic_on_a_day_dates_the_figures_after_it():
    f = facts("2019-10-29", "2019年4月2日，甲大桥通车。至此，乙湾两岸规划建设的8条公路通道，5条已经建成通车。")
    assert observations(f) == [("8条", "2019-04-02", "2019-04-02", "actual"), ("5条", "2019-04-02", "2019-04-02", "actual")]


def test_this_years_spring_festival_and_new_years_eve_as_dayan_sanshi():
    assert times("今年春节，她又留在病房值班。大年三十中午，她收治了一名患儿。", "2019-02-10") == [
        ("今年春节", "2019-02-04", "2019-02-10"), ("大年三十", "2019-02-04", "2019-02-04")]
    # 期间 after it keeps the year alone (the development set's 今年春节期间 → 今年); 每到大年三十 recurs
    assert times("今年春节期间，共有3万人出游。每到大年三十，全家守岁。", "2019-02-10") == [("今年", "2019-01-01", "2019-12-31")]


def test_verbs_of_speech_and_feeling_close_a_name():
    text = "甲园区管委会副主任钱卫东道出原委。乙市政协副主席冯立群倍感欣慰。丙学院副教授程阳难掩喜悦。丁管委会主任马涛笑言：“行。”"
    assert officials(text) == [("钱卫东", ["副主任"]), ("冯立群", ["副主席"]), ("程阳", ["副教授"]), ("马涛", ["主任"])]


def test_a_figurative_today_is_the_issue_date():
    text = "甲市2019年5月8日电 这个镇子5月7日办起了采摘节。老支书说：“能有今天的红火日子，靠的是大家。”"
    assert ("今天", "2019-05-09", "2019-05-09") in times(text, "2019-05-09")
