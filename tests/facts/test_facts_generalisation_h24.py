"""Rules written after the twenty-fourth held-out set (h24) was merged into the development set, for the kinds of its
misses rather than its sentences: goals printed with no modal after a clause whose auxiliary governs no figure (the
Guidelines: a future deadline introduced by 到 makes a target with modality empty), expected levels under 预期 of a
period not over, scenarios reckoned after a hypothesis (若…，预计…: bare), capacities a thing can deliver in a unit of
time (bare), police ranks and unit chiefs, posts with a field, Tibetan names and long transliterated names.
Sentences written for the tests (invented places, companies, people and figures), not corpus text."""
from facts_helpers import facts, observations, officials, targets


# --- targets ---------------------------------------------------------------------------------------
def test_a_goal_with_its_own_deadline_is_not_governed_by_an_earlier_auxiliary():
    f = facts("2025-03-01", "某省将进一步推进乡村网络建设，到2027年年底前，实现95%的行政村通光纤。")
    assert targets(f) == [("95%", "", "2027-12-31")]


def test_an_auxiliary_still_governs_a_figure_with_no_deadline_clause_between():
    f = facts("2025-03-01", "某省将进一步推进乡村网络建设，到2027年，光纤覆盖率将达到95%。")
    assert targets(f) == [("95%", "将", "2027-12-31")]
    f = facts("2025-03-01", "某县将启动改造工程，到2028年共新建30个村级服务站。")  # the deadline inside the figure's clause
    assert targets(f) == [("30个", "将", "2028-12-31")]


def test_an_expected_level_of_a_period_not_over_is_a_target_with_no_modal():
    f = facts("2025-03-01", "该机构认为，今年甲国和乙国经济预期增速分别为2.1%和1.4%。")
    assert targets(f) == [("2.1%", "", "2025-12-31"), ("1.4%", "", "2025-12-31")]
    f = facts("2025-03-01", "去年该国经济预期增速为2.1%。")
    assert targets(f) == [] and observations(f) == [("2.1%", "2024-01-01", "2024-12-31", "actual")]


def test_a_scenario_after_a_hypothesis_is_reckoned_not_planned():
    f = facts("2025-03-01", "若该措施在全省推广，预计2026年至2028年可以增加3亿元消费。")
    assert targets(f) == [] and observations(f) == []


# --- observations ----------------------------------------------------------------------------------
def test_what_a_thing_can_do_in_a_unit_of_time_is_a_capacity():
    for sentence in ("这台新设备一小时能清洗8吨土豆，比人工快得多。", "据测算，该光伏电站每年可减少碳排放约2万吨。",
                     "该风电场年发电量可满足5万户家庭用电。"):
        f = facts("2025-03-01", sentence)
        assert targets(f) == [] and observations(f) == [], sentence


def test_a_capacity_does_not_hide_a_report_or_a_plan():
    f = facts("2025-03-01", "去年该厂年产新能源汽车超3万辆。")
    assert [o[0] for o in observations(f)] == ["超3万辆"]
    f = facts("2025-03-01", "生产线投产后将每年替代燃煤约20万吨。")
    assert [(t[0], t[1]) for t in targets(f)] == [("约20万吨", "将")]


# --- people ----------------------------------------------------------------------------------------
def test_police_ranks_and_unit_chiefs_are_read_whole():
    assert officials("某县公安局交警大队大队长周海峰介绍，") == [("周海峰", ["大队长"])]
    assert officials("市公安局特警支队支队长吴国栋说，") == [("吴国栋", ["支队长"])]
    assert officials("城关派出所指导员孙立说，") == [("孙立", ["指导员"])]
    assert officials("某区公安分局三级警长陈伟民说，") == [("陈伟民", ["三级警长"])]


def test_an_analyst_or_a_partner_keeps_its_field():
    assert officials("某证券公司首席宏观分析师赵明表示，") == [("赵明", ["首席宏观分析师"])]
    assert officials("某律师事务所主管合伙人钱程说，") == [("钱程", ["主管合伙人"])]


def test_a_tibetan_name_of_one_or_two_name_words():
    assert officials("自治区政府副主席扎西顿珠说，") == [("扎西顿珠", ["副主席"])]
    assert officials("县委副书记、县长平措介绍，") == [("平措", ["副书记", "县长"])]


def test_a_transliterated_name_of_seven_characters():
    assert officials("欧盟委员会执行副主席卡拉马尼奥利斯说，") == [("卡拉马尼奥利斯", ["执行副主席"])]
