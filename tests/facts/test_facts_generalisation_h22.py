"""Rules written after the twenty-second held-out set (h22) was merged into the development set, for the kinds of its
misses rather than its sentences: posts read at their printed grain (rank-graded civil-service posts, a chief executive,
the head of a UN division), a Japanese family name holding a character that ends Chinese names, a foreign leader's name
that neither the surname nor the transliteration tables cover, a name closed by a verb or an idiom the verb list does not
hold, and two words read as names around a post (a former-post mark, a time word); a deadline not carried into a
measure that opens with a time word of its own.
Sentences written for the tests (invented places, companies, people and figures), not corpus text."""
from facts_helpers import facts, officials, targets

from banmian.facts.name_guards import marks_a_former_post


# --- posts at their printed grain ---------------------------------------------------------------
def test_a_rank_graded_post_is_read_whole():
    assert officials("某区委宣传部二级调研员王海涛表示，") == [("王海涛", ["二级调研员"])]


def test_a_chief_executive_title_is_read_whole():
    assert officials("某航运集团副主席兼行政总裁李国栋说，") == [("李国栋", ["副主席", "行政总裁"])]


def test_the_executive_secretary_of_an_international_body():
    assert officials("某国际组织贸易司执行干事安娜·莫雷蒂指出，") == [("安娜·莫雷蒂", ["执行干事"])]


# --- names after posts --------------------------------------------------------------------------
def test_a_japanese_family_name_holding_a_city_character():
    # 市 ends Chinese names (某某市长…); inside a listed Japanese family name it does not
    assert officials("日本首相高市早纪等人出席了仪式。") == [("高市早纪", ["首相"])]


def test_a_foreign_leader_named_after_his_post_outside_the_tables():
    assert officials("俄罗斯总统普京视察了港口。") == [("普京", ["总统"])]
    # a common noun before the verb is an office, not a name
    assert officials("某国总统办事处发布了公告。") == []


def test_a_name_closed_by_a_verb_outside_the_list():
    assert officials("某科技公司华南区副总裁郑建国谈起了新业务。") == [("郑建国", ["副总裁"])]
    assert officials("“快来登记！”某社区党委书记孙林拿着名册走来。") == [("孙林", ["党委书记"])]
    # a reduplicated word after the post is no name
    assert officials("大家牢记书记谆谆嘱托。") == []
    # a word and a conjunction before the verb are no name: the leader is named before the post
    assert officials("会上宣读了习近平主席贺信并发表讲话。") == [("习近平", ["主席"])]


def test_a_name_closed_by_an_idiom():
    assert officials("某村驻村第一书记黄志亮开门见山，讲起了新品种。") == [("黄志亮", ["第一书记"])]
    assert officials("某村驻村第一书记黄志亮直截了当，讲起了新品种。") == [("黄志亮", ["第一书记"])]


# --- words that are no names --------------------------------------------------------------------
def test_a_former_post_mark_is_no_part_of_a_name():
    assert marks_a_former_post("吉前")
    assert not marks_a_former_post("吉米")
    # the former president is annotated without 前 (Guidelines), the abridged country before it is no name
    assert officials("论坛由某国主办，吉前总统阿巴耶娃出席。") == [("阿巴耶娃", ["总统"])]


def test_a_time_word_after_a_leaders_post_is_no_name():
    assert officials("“习总书记来时，叮嘱我们把路修好。”") == []


# --- targets ------------------------------------------------------------------------------------
def test_a_deadline_is_not_carried_into_a_measure_timed_apart():
    f = facts("2019-10-22", "某厅印发通知，对2020年底前新建的冷库给予补助；近期，拟先行安排省级资金2亿元，支持冷链建设。")
    assert targets(f) == [("2亿元", "拟", None)]
    # a piece with no time word of its own keeps the deadline of the piece before
    f = facts("2019-10-22", "到2020年底，将新建冷库30座；同时，将安排省级资金2亿元。")
    assert targets(f) == [("30座", "将", "2020-12-31"), ("2亿元", "将", "2020-12-31")]
