"""Rules written after the eleventh held-out set (h11) was merged into the development set, meant to generalise
rather than to list words: posts recognised by their shape (a qualifier and a head: 副经理, 首席部长, 特别代表; a level
word repeated before 长: 某邦邦长), posts that begin a role noun (主席国), names that are the end of a country's name
(哈萨克斯坦总理), transliterated names of any length before 总统 and names with one character outside the table; the
senses of the modal cues (名将, 每天要, 计划 as a noun) and counts of places after a modal verb. Sentences written for
the tests (invented names and figures), not corpus text."""
import pytest

from facts_helpers import facts, observations, officials, targets


# --- people -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a qualifier combined with a head the vocabulary knows alone
    ("某食品公司副经理王某介绍，产品供不应求。", [("王某", ["副经理"])]),
    ("某邦首席部长帕拉尼亚出席。", [("帕拉尼亚", ["首席部长"])]),
    ("总统特别代表卡里莫夫出席论坛。", [("卡里莫夫", ["特别代表"])]),
    # a level word repeated before 长: the first closes the place's name
    ("印度某某纳德邦邦长普罗瓦特到机场迎接。", [("普罗瓦特", ["邦长"])]),
    # a name after the post ended by a time word
    ("某经委会执行秘书巴尔萨当天表示，经济将萎缩。", [("巴尔萨", ["执行秘书"])]),
])
def test_posts_by_shape(text, expected):
    assert officials(text) == expected


def test_post_before_a_role_noun_is_no_post():
    assert officials("某国从1月1日起接任金砖国家主席国。") == []
    assert officials("甲方全力支持乙方金砖国家主席国工作。") == []


def test_end_of_a_country_name_is_no_name():
    got = officials("哈萨克斯坦总理别克捷夫、蒙古国总理乌其尔勒出席论坛。")
    assert ("斯坦", ["总理"]) not in got
    assert ("别克捷夫", ["总理"]) in got and ("乌其尔勒", ["总理"]) in got
    assert not any(name == "巴西" for name, _ in officials("他会见巴西总统时说，两国友好。"))


def test_long_transliterated_name_before_zongtong():
    got = officials("在甲国主席和库尔班穆哈梅多夫总统共同推动下，双方合作不断深化。某某向阿尔马扎罗夫总统转达问候。")
    assert ("库尔班穆哈梅多夫", ["总统"]) in got and ("阿尔马扎罗夫", ["总统"]) in got


# --- targets -------------------------------------------------------------------
def test_jiang_as_a_noun():
    f = facts("2026-05-01", "男子组冠军以22分31秒夺冠，某国名将玛蒂娜以26分13秒获得女子组冠军。")
    assert targets(f) == []


def test_routine_with_yao_is_no_target():
    f = facts("2020-02-14", "环卫工人每天要负责5万平方米公共区域的消杀，每个垃圾桶她每天都要消毒3次。")
    assert targets(f) == []


def test_jihua_as_a_noun():
    f = facts("2019-10-13", "根据港口启用计划安排，9月15日起，某航运公司班轮已恢复至每周18班。")
    assert not any(m == "计划" for _, m, _ in targets(f))
    f = facts("2026-07-01", "系列推出青年人才孵化计划、艺术跨界联动等8场活动。")
    assert targets(f) == []


def test_count_of_a_list_of_places_after_a_modal():
    f = facts("2026-06-05", "8月至9月，督导组将赴甲地、乙地、丙地等4个省（区）开展现场督导，将重点督导7方面内容。")
    assert targets(f) == []
    assert ("4个", None, None, "actual") in observations(f) and ("7方面", None, None, "actual") in observations(f)


def test_count_of_places_an_action_goes_to():
    f = facts("2026-07-01", "此后，队员们将分赴18个省、自治区、直辖市巡回演出。")
    assert targets(f) == []
    f = facts("2026-07-01", "今年，某省还将围绕剩余15个贫困县摘帽，600个贫困村退出。")
    assert ("15个", "将", "2026-12-31") in targets(f)
