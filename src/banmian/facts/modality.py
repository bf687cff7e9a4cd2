"""Senses of the modal cues and of the counts they seem to govern: is a 将/要/计划 really a modal verb here,
and does the figure after it report what the modal verb governs?

The cue words are overloaded: 将 is also a noun (名将, a famous athlete) and the disposal marker (handled in
statements.py); 要 in a habit (每天要跑7公里) or after a past time opening its sentence (过去…要跑出N公里) states a routine or
what had to be done then, not a plan; 计划 is also a noun (航班计划，
孵化计划、…, 按照投运计划安排). And a count after a modal verb may only describe what the verb acts on:
the count closing a list of places (赴…等6个省) counts the list; a count of places (将分赴30个省、…,
投向14个集中连片特困地区，) names where the action goes. Each check reads the words around the cue or the
figure, so it holds for verbs and nouns not seen before.
"""
from __future__ import annotations

import re

__all__ = ["jiang_is_noun", "habitual", "past_obligation", "routine_paragraph", "jihua_is_noun", "closes_list", "counts_places",
           "inside_noun_phrase", "makes_count"]

# 将 as the second character of a noun: 名将, 老将, 小将, 干将, 健将, 猛将, 悍将, 战将, 武将, 虎将, 良将, 勇将,
# 女将, 爱将 (大将/上将/中将/少将 are left out: 其中将, 以上将… are the auxiliary after another word)
_JIANG_NOUN_BEFORE = set("名老小干健猛悍战武虎良勇女爱")
# a routine: 每天/每日/每晚/每周/每月/每季/每年/每次/每个/每人/每户/每班 earlier in the clause (每天都要消毒4次,
# 每天要负责N平方米, 每晚都要对N列…), or what one day takes (最多的时候一天要带领N人)
_HABIT = re.compile(r"(?:每(?:天|日|晚|夜|周|月|季|年|次|个|人|户|名|班)|一天)[^，。；！？]{0,10}$")
# 计划 as a noun: followed by a mark or a word that takes a noun before it (航班计划，/孵化计划、/投运计划安排), or by
# an adverb that only a subject takes (计划已…, 计划仅有…: a modal verb is never followed by 已/仅)
_JIHUA_NOUN_AFTER = ("，", "、", "。", "；", "：", "”", "）", "安排", "的", "中", "内", "书", "表", "外", "和", "与", "等",
                     # an adverb of the past or of a state: the plan is the subject (“某某”计划已分五批发射N颗, 应对计划仅有N%)
                     "已", "仅", "只有", "目前", "正在",
                     # a verb of a document's text (专项担保计划明确将…纳入…): the plan is the subject that lays it down
                     "明确", "规定",
                     # the name of an organisation (世界粮食计划署)
                     "署",
                     # the document that carries a plan out (…传播计划实施方案显示，…: the plan named, not a modal verb)
                     "实施方案", "实施细则",
                     # the things a plan lists, counted (全市计划事项由N项压减至M项, 下达计划指标N万亩): the noun
                     "事项", "指标")
# the count closing a list: 等6个省, 等8省（区）, 等27个
_LIST_BEFORE = re.compile(r"等(?:共|在内的)?$")
# a count of places or areas closing its noun phrase: 30个省、…, 14个集中连片特困地区，, 21个区与…; not a count the
# action makes or changes (新建12个省级湿地公园, 800个贫困村退出, 连接…11个城市和地区: planned figures)
_PLACES_AFTER = re.compile(r"(?:(?![和与及])[\u4e00-\u9fff]){0,8}?(?:省|市|县|区|地区|国家|城市|省份|分院)[、，。；（(与]")


def jiang_is_noun(sent: str, i: int) -> bool:
    """Is the 将 at ``sent[i]`` the end of a noun (瑞士名将某某以26分13秒夺冠)?"""
    return i > 0 and sent[i - 1] in _JIANG_NOUN_BEFORE


# a deadline or a span of coming years earlier in the sentence (到2020年，那就是每年要脱贫N人, 今明两年每年都要完成N亩):
# 每年 then divides the goal into yearly quotas, it is no routine
_YEARS_AHEAD = re.compile(r"到\d{4}年|今明两年|未来\d+年|今后\d+年")
_EVERY_YEAR = re.compile(r"每年[^，。；！？]{0,10}$")


def habitual(sent: str, clause_start: int, i: int) -> bool:
    """Does a routine word (每天…) stand before the modal at ``sent[i]`` in its clause (and not a yearly quota)?"""
    m = _HABIT.search(sent, clause_start, i)
    if m is None:
        return False
    return not (_EVERY_YEAR.match(sent, m.start(), i) and _YEARS_AHEAD.search(sent, 0, m.start()))


# the span of a routine a paragraph describes: one shift or night (一个夜班下来, 一晚上, 一天下来) or every day or night
_ROUTINE_SPAN = re.compile(r"一(?:个)?(?:夜班|晚上|通宵|班)(?:下来)?|一天下来|每(?:天|日|晚|夜|个夜班|班)")
# a time the paragraph plans for (今年, 明年, 到2025年, 年底前): a plan, whatever routine it describes
_PLANNED_TIME = re.compile(r"到\d{4}年|今年|明年|年底|\d{4}年")


# a past time opening the sentence (“过去村民为了看病，要走上十几里山路…”, 以前…要走N里路, 可当时…要砍掉N亩): the 要 that
# follows is what people had to do then, not a plan
_PAST_OPENING = re.compile(r"[“”\s]*(?:可|但|而)?(?:过去|以前|从前|以往|早年|当年|当时|那时候?)")


def past_obligation(sent: str) -> bool:
    """Does the sentence open with a past time (过去, 以前, 当年…), so that its 要 states what had to be done then?"""
    return _PAST_OPENING.match(sent) is not None


# a span of recent years opening the sentence (近年来，某市…，确保N人实现参保): what it tells was done over those years
_RETROSPECT_OPENING = re.compile(r"[“”\s]*(?:近年来|近些年来?|这些年来?|多年来|一直以来)")


def retrospect(sent: str) -> bool:
    """Does the sentence open with a span of recent years (近年来, 多年来), so that its 确保 reports what was secured?"""
    return _RETROSPECT_OPENING.match(sent) is not None


def routine_paragraph(text: str, i: int) -> bool:
    """Does the paragraph around ``text[i]`` describe a routine (要走450米…一个夜班下来，要走20公里) and no planned
    time? Its 要 is then the obligation of the routine (have to), not a plan."""
    lo = text.rfind("\n", 0, i) + 1
    hi = text.find("\n", i)
    para = text[lo:hi if hi >= 0 else len(text)]
    return _ROUTINE_SPAN.search(para) is not None and _PLANNED_TIME.search(para) is None


# a determiner of a plan, then the plan's name, then 计划 (本轮经济刺激计划共包括…, 占整个刺激计划总规模的…): the noun;
# a bare 此次计划投资… (nothing between) stays the verb
_PLAN_DETERMINER_BEFORE = re.compile(r"(?:本轮|此轮|本次|此次|整个|这项|这一|此项|该项)[\u4e00-\u9fff]{1,6}$")


def jihua_is_noun(sent: str, end: int) -> bool:
    """Is the 计划 ending at ``sent[end]`` a noun (冬春季航班计划，…; 本轮经济刺激计划共包括…)?"""
    return end >= len(sent) or sent.startswith(_JIHUA_NOUN_AFTER, end) \
        or _PLAN_DETERMINER_BEFORE.search(sent, max(0, end - 10), end - 2) is not None


def closes_list(text: str, start: int) -> bool:
    """Is the figure at ``start`` the count closing a list (赴北京、上海…等6省)?"""
    return _LIST_BEFORE.search(text, max(0, start - 4), start) is not None


def counts_places(text: str, q: dict) -> bool:
    """Is the count ``q`` a number of places the action goes to (分赴30个省、自治区, 投向14个…地区，)?"""
    if text[q["start"] - 1:q["start"]] == "的":
        return False  # 将对2019年底未摘帽的52个贫困县…: a relative clause reports how many there are
    if _MAKING_BEFORE.search(text, max(0, q["start"] - 6), q["start"]):
        return False  # 打造35个示范区, 新建12个省级湿地公园: what the action makes, a planned figure
    if q["unit"] == "省":
        return True
    if q["unit"] != "个":
        return False
    if closes_list(text, q["start"]):  # 在北京、天津…等17个地区开展…: the list's head noun says what was listed
        return _PLACE_HEAD.match(text, q["end"]) is not None
    return _PLACES_AFTER.match(text, q["end"]) is not None


# verbs that make or set up what they count (the count is the plan's figure, not a place the action goes to)
_MAKING_BEFORE = re.compile(r"(?:打造|建设|建成|新建|创建|培育|设立|建立|形成|认定|布局|遴选)(?:共|约|近|超过|不少于)?$")
# the head noun right after a count that closes a list: a place word, whatever follows it
_PLACE_HEAD = re.compile(r"(?:省|市|县|区|地区|国家|城市|省份|省区市|省（区、市）|省\(区、市\))")


def inside_noun_phrase(sent: str, i: int) -> bool:
    """Is the modal cue at ``sent[i]`` the first word of a noun phrase after 的 (超过1万人的拟摘帽县, 的计划生育)? After 的
    comes the head of a noun phrase, never a verb of the clause."""
    return i > 0 and sent[i - 1] == "的"


def makes_count(text: str, q: dict) -> bool:
    """Does a verb that makes or sets up what it counts stand right before the count ``q`` (建设3000个以上充换电站, 新建
    12个以上公园)? The count is then what the action makes, not the threshold of a category (伤亡3人以上事故)."""
    return _MAKING_BEFORE.search(text, max(0, q["start"] - 6), q["start"]) is not None \
        and re.match(r"[^，。；！？]{0,12}?的", text[q["end"]:]) is None  # 完成打造300个以上场景的目标: a goal's noun phrase
