"""Rules written after the targets-only blind sets h48+h49 were scored, for the kinds of their misses rather than their
sentences. Targets: a clause reporting a plan's progress (已完工N, 剩余N处正在建设) is no part of the plan, also in the
piece after a semicolon that goes on with it; the years a plan gives itself (将通过5年的努力，…) carry its auxiliary to
the clauses after it, however many; 计划事项 and 计划指标 are nouns, the things a plan lists.
Sentences written for the tests (invented names, places and figures), not corpus text."""
from facts_helpers import facts, observations, targets


def test_a_clause_reporting_progress_is_no_part_of_the_plan():
    f = facts("2026-05-24", "今年青川县计划新修机耕道80条，已完工6条，剩余74条正在施工；计划改造灌渠300公里，已开工210公里。")
    assert targets(f) == [("80条", "计划", "2026-12-31"), ("300公里", "计划", "2026-12-31")]
    assert [o[0] for o in observations(f)] == ["6条", "74条", "210公里"]


def test_the_years_a_plan_gives_itself_carry_its_auxiliary():
    f = facts("2026-10-15", "青川省将通过5年的努力，培育一批龙头企业，带动一批配套企业，全产业年产值超过800亿元。")
    assert targets(f) == [("超过800亿元", "将", None)]
    # with no such span, the auxiliary governs its own clause only
    f = facts("2026-10-15", "本次调水将持续12天，下游水位达31米。")
    assert targets(f) == []


def test_planned_items_counted_are_a_noun():
    f = facts("2026-07-14", "近年来，全县计划事项由95项压减至40项。")
    assert all(t[1] != "计划" for t in targets(f))
