"""Figures that describe a thing instead of reporting a figure about it: neither a target nor an observation.

A count of things already named (在这70部作品中) or of a group's members (由16名工匠组成), a size or a class printed as
an attribute (面积500亩的基地, 时速120公里, 全球首艘…), what is watched and what a plant can do (监测33条高速公路,
年产能超过4.5万台), a survey's sample, the threshold of a category (20万人口及以上的城市), a count in a locative
phrase (在12个项目的比赛中), the places participants come from, the parts a plan lists (从8个方面), and ages, multiples
and durations. Kept out of statements.py so that the cascade there reads as the choice between a target and an
observation.
"""
from __future__ import annotations

import re

from .clauses import _clause_start
from .modal_cues import _first_modal
from .specifications import _specification

_THRESHOLD_NEXT = re.compile(r"[^，。；、（(）)]{0,4}?\d(?![\dA-Za-z])|[^，。；、（(）)]{0,4}?\d+(?:\.\d+)?(?![\dA-Za-z.])")  # 50亿元以上项目3个: a category, then its count
# ages, multiples and durations describe, they do not report a figure of a metric
_NO_OBSERVATION_UNITS = {"周岁", "岁", "倍", "级", "天", "小时", "分钟", "秒", "周", "个月", "度",  # 度: an angle
                         "日", "工作日",  # durations as 天 (15日内, 缩减量达25个工作日: the Guidelines leave durations bare)
                         "国",  # countries counted as N国 name who takes part (17国部长或代表): a description
                         "市"}  # cities counted as N市 name where (大湾区内地9市进出口N, 区域5市完成…: gold.json leaves them bare)


# a temperature is a condition (零下40摄氏度的冷库, 低于1摄氏度时, 冬季气温低至零下20摄氏度，…将…; the development set
# dates none), also in a sentence with a modal of something else; a forecast one (预计3月…平均气温在3.0摄氏度至5.8摄氏度
# 之间) is a target
CONDITION_UNITS = {"℃"}
_FORECAST_CUE = re.compile(r"预计|预测|预报")


def _temperature_condition(sent: str, q: dict) -> bool:
    """Is ``q`` a temperature in a sentence that forecasts none (a condition, neither planned nor reported)?"""
    return q["unit"] in CONDITION_UNITS and _FORECAST_CUE.search(sent) is None


# a count behind a determiner refers back to things already named (在这70部作品中, 上述6项, 其余13种药品,
# 由16名工匠组成, 该镇6位书记): it describes them, it reports no figure
_DESCRIPTOR_BEFORE = re.compile(r"(?:这|那|这些|上述|其余|该[\u4e00-\u9fff]?)$")
_COUNT_UNITS = set("个位名家种部项件所座条只人户批类处支套台辆")


# a size printed as an attribute of a thing (面积500亩的基地, 一条650米长、3米宽的步道): a description, not a report
_ATTRIBUTE_BEFORE = re.compile(r"(?:面积|占地|长度|宽度|高度|深度|直径|全长|总长|容量|容积|排量|载重|重量|规模)(?:约|近|达)?$")
# a verb that makes the thing whose size follows (将…形成总规模超100亿元的基金群, 形成面积达18平方公里的片区): the size of
# what is made is the figure of the making (planned or reported), not a description of a thing already there
_MADE_BEFORE = re.compile(r"(?:形成|建成|打造|组建|培育)(?:一个|一批)?[^，。；\d]{0,4}?(?:总|整体)?$")
# a distance travelled on the way to a place (沿高速向北行驶约80公里，进入…)
_TRAVEL_BEFORE = re.compile(r"(?:行驶|驾车|开车|步行|骑行|徒步|前行)$")
_DIMENSION_AFTER = re.compile(r"[长宽高深厚](?:[、，的]|$)")
# a distance from a place (距离某机场10公里, 两地相距约10公里, 位于某地正南50公里处): where a thing lies, not a figure of a
# metric (not 隔离, 撤离, 脱离: leaving, not a distance)
_DISTANCE_BEFORE = re.compile(r"(?<![隔撤脱分剥])(?:距|离)(?!将)[^，。；\d将]{0,14}$")  # not 距离将不到N: a forecast
_DISTANCE_UNITS = ("m", "km")


# what is watched (重点监测的全国78个步行街, 监测33条高速公路90个节点, 每天对31个省…481个单位进行监控) and what a plant or
# a port can do (日产量达200台，年产能超过4.5万台, 设计年…通过能力670万标准箱): descriptors of the means, not reported figures
_WATCHED_BEFORE = re.compile(r"(?:监测|监控)(?:的)?[^，。；\d到至为达台数点项]{0,4}$")
_WATCHED_AFTER = re.compile(r"[^，。；]{0,40}?进行(?:实时)?(?:监测|监控)")
_CAPACITY_BEFORE = re.compile(r"(?:(?<!生)产能|通过能力|设计能力|设计年|日产量|单班)[^，。；\d]{0,8}?(?:达到|达|为|超过|约|近)?$")


def _monitoring_or_capacity(text: str, s0: int, q: dict) -> bool:
    lo = _clause_start(text, q["start"])
    if q["unit"] not in ("%", "pp") and (_WATCHED_BEFORE.search(text, max(lo, q["start"] - 20), q["start"])
                                         or "对" in text[lo:q["start"]] and _WATCHED_AFTER.match(text, q["end"])):
        return True
    return _CAPACITY_BEFORE.search(text, max(lo, q["start"] - 14), q["start"]) is not None



def _is_descriptor(text: str, s0: int, q: dict) -> bool:
    """A count of things already named, or of the members of a group (由16名工匠组成); a size printed
    as the attribute of a thing (面积500亩的基地, 650米长、3米宽的步道); a distance travelled on the way (行驶约80公里) or
    from a place (距离某地10公里); a specification (see _specification)."""
    if _DIMENSION_AFTER.match(text, q["end"]) or _specification(text, q):
        return True
    attr = _ATTRIBUTE_BEFORE.search(text, max(0, q["start"] - 5), q["start"]) if text[q["end"]:q["end"] + 1] == "的" else None
    if attr is not None and _MADE_BEFORE.search(text, max(0, attr.start() - 8), attr.start()) is None:
        return True
    if _TRAVEL_BEFORE.search(text, max(0, q["start"] - 3), q["start"]):
        return True  # 沿高速向北行驶约80公里: the way to a place, a description of the route
    if q["unit"] in _DISTANCE_UNITS and (text[q["end"]:q["end"] + 1] == "处" or _DISTANCE_BEFORE.search(
            text, max(s0, q["start"] - 15), q["start"] - (len(q["text"]) - len(q["text"].lstrip("约近超过")))) is not None):
        return True  # 距离某机场10公里, 正南50公里处: a location
    if q["unit"] not in _COUNT_UNITS:
        return False
    if _DESCRIPTOR_BEFORE.search(text, s0, q["start"]):
        return True
    return text[q["start"] - 1:q["start"]] == "由" and "组成" in text[q["end"]:q["end"] + 12]


# a count in a locative phrase closed by a noun of place (在12个项目的比赛中, 在约3000家参与评估的企业中): where
# something happens, not a figure
_LOCATIVE_BEFORE = re.compile(r"在(?:约|近|超过)?$")
_LOCATIVE_AFTER = re.compile(r"(?:在建|[^，。；在]){0,14}?(?:的[^，。；]{1,8}?[中里内上]|[中里内](?=[，,]))")  # 在N项在建工程中


def _locative(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` a count in a locative phrase (在12个项目的比赛中; 16个项目的比拼中共产生了…, the phrase opening its clause)?"""
    start = q["start"] - (len(q["text"]) - len(q["text"].lstrip("约近超过")))
    opens = start == _clause_start(text, start) and _LOCATIVE_AFTER.match(text, q["end"]) is not None \
        and re.match(r"[^，。；]{0,14}?的[^，。；]{1,8}?中(?:共|先后|一共|累计)?(?:产生|诞生|决出|涌现)", text[q["end"]:]) is not None
    return opens or _LOCATIVE_BEFORE.search(text, max(s0, start - 3), q["start"]) is not None \
        and _LOCATIVE_AFTER.match(text, q["end"]) is not None


# the places participants come from (来自12个国家的900名代表, 组织来自18个国家共计N人): a description of the
# participants, whose own count is the figure; a list closed by 等 is counted (来自甲、乙等11个省、区、市)
_ORIGIN_BEFORE = re.compile(r"来自[^，。；等的\d]{0,12}的?$")  # the first figure after 来自 (来自某大学的7家附属医院)


def _origin_of_participants(text: str, s0: int, q: dict) -> bool:
    # the count of places or groups (来自40多个国家和地区, 来自全国40支队伍的), not of the participants themselves after a
    # place word (来自世界各国超过7000名代表)
    return _ORIGIN_BEFORE.search(text, max(s0, q["start"] - 14), q["start"]) is not None \
        and q["unit"] not in ("名", "人", "位", "人次")


# a metric counted in time (利用小时数548小时, 试验启动平均用时…缩短4个月): its duration is the figure reported
_TIME_UNITS = {"天", "小时", "分钟", "周", "个月", "日", "工作日"}
# durations and angles: bare, unless a level of a planned change or one an auxiliary says will be reached (倾角将达到24度)
_PLANNABLE_UNITS = _TIME_UNITS | {"度"}
_TIME_METRIC = re.compile(r"(?:小时数|(?<!将)用时|时长)[^，。；、\d]{0,10}(?:[，,](?:达到|达|为))?$")
# the levels of a time metric changed from one to the other (通关时间由111小时压减为83小时, 工期由90天缩短至30天, 周转周期从7天
# 提高到了12天以上): both are the metric's levels, reported as h30's 工期; not after a disposal 将 (将审批时间由N天压缩至M天: the
# levels of a measure's object)
_TIME_METRIC_CHANGE = re.compile(r"(?<!将)(?:时间|工期|周期|用时|时长|时限)(?:由|从)(?:约?[\d.]+个?(?:小时|天|分钟|日|工作日|个月|周)"
                                 r"[^，。；\d]{0,6}?(?:为|至|到))?$")
# a noun between the figure and a bound closing an attribute (20万人口及以上的城市, 5000万元以下的项目): a category
_CATEGORY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:及|或)?以(?:上|下)的")
# a bound that names a category counted next (增速超过10%的行业有3个, 不足5%的地区共2个): the threshold, not a figure
_COUNTED_CATEGORY_AFTER = re.compile(r"的[\u4e00-\u9fff]{1,6}?(?:共有|有|共)\d")


# a bound before the units it sorts (收入超过550万欧元的科技公司): a criterion of a category
_UNITS_SORTED_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:公司|企业|机构|城市|地区|国家|家庭|个人|人员|商户|平台)")
# the category's count opens the clause (有18家医院的年门诊量超过50万人次): the bound names the category
_CATEGORY_COUNT_BEFORE = re.compile(r"有\d+(?:家|个|所|名|人|户|座)")


def _threshold_of_a_category(text: str, q: dict) -> bool:
    """Does ``q`` bound a category rather than report a figure (20万人口及以上的城市, 增速超过10%的行业有3个, 收入超过550万
    欧元的科技公司, 有32家…总金额超过1亿元)?"""
    if q["comparator"] in (">", "≥", "<", "≤"):
        if _UNITS_SORTED_AFTER.match(text, q["end"]) or _COUNTED_CATEGORY_AFTER.match(text, q["end"]):
            return True
        if _CATEGORY_COUNT_BEFORE.match(text, _clause_start(text, q["start"])):
            return True
    return _CATEGORY_AFTER.match(text, q["end"]) is not None
# descriptors of a thing rather than figures reported about it: the class of a first-of-its-kind (全球首艘10800车…运输船),
# a speed rating (时速120公里), a size before 的 (高28米的井架), a division of work (每5公里为一个标段), a bound of a rule
# printed as an attribute (每月发放不低于600元的岗位津贴), the size of a survey's sample (对全国2.5万余名…人口的随机调查)
_FIRST_OF_KIND_BEFORE = re.compile(r"首(?:艘|台|座|架|列|辆|套|款)$")
_SPEED_BEFORE = re.compile(r"(?:时速|航速|车速|设计速度)(?:为|达|约)?$")
_SIZE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[座栋条根个名位])[高长宽深]$")
_SAMPLE_AFTER = re.compile(r"[^，。；]{0,20}?的(?:随机|抽样|问卷|入户)?(?:调查|调研|抽样)")
# 据对全国…6.0万家企业调查: the units a survey was made on (对 before, 调查 right after their noun), without 的
_SURVEYED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:调查|调研)")
_SAMPLED_BEFORE = re.compile(r"(?:抽查|抽检|抽取|抽样|抽验|抽测)(?:了)?(?:其中)?$")
_BOUND_PREFIXES = ("不低于", "不少于", "不超过", "不高于", "不多于")
# a distance that names a race or a contest (200米超级救生, 女子50米假人救生, 400米跨栏, 最后50米的比赛): a format
# the extent of a zone right after a distance (1公里范围内, 500米以内的区域, 3公里半径内)
_ZONE_AFTER = re.compile(r"(?:范围|半径|以内的?(?:范围|区域)|内的?(?:范围|区域))")
_EVENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:救生|自由泳|蛙泳|仰泳|蝶泳|混合泳|跑|接力|跨栏|障碍|竞走|速滑)"
                          r"|的(?:比赛|决赛|预赛)|(?:比赛|决赛|预赛|栏|冠军|亚军|季军|项目|个人最好成绩)"
                          r"|[\u4e00-\u9fff]{0,6}?（[A-Z]\d+）纪录|[\u4e00-\u9fff]{0,2}(?:纪录|记录)")
# the sex or the class of a contest right before its distance (女子200米, 男子110米栏)
_EVENT_BEFORE = re.compile(r"(?:男子|女子|混合|男女)$")


def _described(text: str, s0: int, q: dict) -> bool:
    """Does the figure ``q`` describe a thing (its class, speed, size, division, a rule's bound, a sample) rather than
    report a figure about it?"""
    before = text[max(s0, q["start"] - 6):q["start"]]
    if q["unit"] in ("m", "km") and (_EVENT_AFTER.match(text, q["end"]) or _EVENT_BEFORE.search(before)):
        return True
    if _FIRST_OF_KIND_BEFORE.search(before):
        return True
    if q["unit"] in ("m", "km") and _ZONE_AFTER.match(text, q["end"]):
        return True  # 岸线1公里范围内的134家企业: the extent of a zone says where, the count is the figure
    sp = _SPEED_BEFORE.search(before)
    at = q["start"] - len(before) + sp.start() if sp else 0
    if sp and not re.search(r"(?:达到|达|至|到|为|提升|提高)$", text[max(s0, at - 4):at]):
        return True  # 时速120公里的线路; not 最高试验速度达到时速385公里 (a speed reached)
    if text[q["end"]:q["end"] + 1] == "的" and _SIZE_BEFORE.search(text, max(0, q["start"] - 2), q["start"]):
        return True
    if before.endswith("每") or q["unit"] == "%" and _SAMPLED_BEFORE.search(before) \
            or q["unit"] in ("m", "km", "cm", "mm") and re.search(r"每(?:天|日|小时|分钟)[\u4e00-\u9fff]{0,2}$", before) \
            and _first_modal(text, 0, text, _clause_start(text, q["start"]), q["start"]) is None:
        # 每5公里为一个标段; 中央还要抽查20%的县: a division or a sampling rate of a rule; 每天推进15米: a pace, as a speed
        # (确保每天4米的进度: a planned pace, a target)
        return True
    if q["unit"] in _COUNT_UNITS and before.endswith("群") and q["start"] >= 3 \
            and text[q["end"]:q["end"] + 2] == text[q["start"] - 3:q["start"] - 1]:
        return True  # 机场群7座机场, 城市群11个城市: the members of the group the sentence is about
    if q["text"].startswith(_BOUND_PREFIXES) and re.match(r"的[\u4e00-\u9fff]", text[q["end"]:q["end"] + 2]) \
            and "每" in text[_clause_start(text, q["start"]):q["start"]]:
        return True  # 每月发放不低于600元的岗位津贴 (not 将组建不少于20人的团队: a target)
    if "对" in text[_clause_start(text, q["start"]):q["start"]] and _SURVEYED_AFTER.match(text, q["end"]):
        return True
    return _SAMPLE_AFTER.match(text, q["end"]) is not None


# 1481名…目标逃犯共到案934名: the part counted with 共/累计 after the group; 78家…企业中，有77家已经复工: among the group
_PART_WITH_TOTAL = re.compile(r"[^，。；、：\d和与及]{2,20}?(?:中|里)?(?:共|累计|总共|共计)[\u4e00-\u9fff]{0,4}")
# (a count after 已有 is the part of a group whose size is a figure too: 8个贫困县已有7个摘帽, as in the development set)
_PART_AMONG = re.compile(r"[^，。；、：和与及]{2,20}?中[，,](?:已经|已|仍|共)?有|[^，。；、：和与及\d]{1,20}?(?:中[，,]?|中的|中有)")
# the group a superlative picks from (是9名选手中最年轻的一个)
_SUPERLATIVE_AMONG = re.compile(r"[\u4e00-\u9fff]{1,8}?中(?:最|年龄最|排名最)")


def _group_of_a_part(text: str, q: dict, qs: list[dict]) -> bool:
    """Is ``q`` the size of a group whose part is counted next in its clause (1481名…目标逃犯共到案934名, 22名A级通缉令逃犯
    共到案14名, 9个行业中，有7个行业…)? The part is the figure; the group describes it."""
    if q["unit"] not in _COUNT_UNITS:
        return False
    if _SUPERLATIVE_AMONG.match(text, q["end"]):
        return True
    nxt = next((x for x in qs if x["start"] >= q["end"] and x["unit"] == q["unit"]), None)
    if nxt is None or nxt["start"] - q["end"] > 24:
        return False
    gap = text[q["end"]:nxt["start"]]
    if _PART_AMONG.fullmatch(gap):
        return True
    if not re.match(r"[，。；、,;]|$", text[nxt["end"]:nxt["end"] + 1]):
        return False  # 22个省份共认定407个扶贫产品: the second count has a noun of its own, no part of the first
    return _PART_WITH_TOTAL.fullmatch(gap) is not None and not any(
        q["end"] <= x["start"] < nxt["start"] for x in qs)


_PLAN_PARTS = re.compile(r"(?:个)?(?:方面|维度)(?!的)|[\u4e00-\u9fff]{0,4}?(?:举措|措施|重点任务|具体任务|主要任务|指标)(?![\u4e00-\u9fff]{0,2}[达为到])")


# a count naming the set something belongs to (国家172项重大水利工程之一, 我国28个人口较少民族之一): it describes the thing,
# it reports no figure
_ONE_OF_AFTER = re.compile(r"[^，。；、\d]{0,16}?之一")


def _one_of_a_set(text: str, q: dict) -> bool:
    """Is ``q`` the size of a set that the sentence names one member of (…172项重大水利工程之一)?"""
    return q["unit"] in _COUNT_UNITS and _ONE_OF_AFTER.match(text, q["end"]) is not None


# the people China's population counts (14亿人口, 13亿多中国人, 近14亿人, 十几亿人口)
_POPULATION_AFTER = re.compile(r"(?:人口|中国人|人民|群众|老百姓)")


def population_of_the_nation(text: str, q: dict) -> bool:
    """Whether ``q`` is the population of the country: 1.3 to 1.45 billion people (the years the corpus covers), or a
    vague 十几亿 (not 12亿人口 of a trade area, 15亿人 of a group of countries, 11亿网民)."""
    if not (1.3e9 <= q["value"] <= 1.45e9 or q["value"] == 1e9 and "十几" in q["text"]):
        return False
    return q["unit"] == "人" and not text.startswith("次", q["end"]) or q["unit"] == "" and _POPULATION_AFTER.match(
        text, q["end"]) is not None
