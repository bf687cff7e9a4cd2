"""Cue patterns of the target/observation cascade in statements.py (kept apart: that module is long).

Goals (a figure named as a goal is a target with no modality), budgets adopted, records since a time, periods opened
by 自/从, times that date a start, policies extended to a date.
"""
from __future__ import annotations

import re

__all__ = ["_GOAL_COLON", "goal_set", "_FORECAST_BY", "_DISPOSAL_TO", "_ANNOUNCED_BEFORE", "_GOAL_BEFORE", "_GOAL_DISPOSAL", "_GOAL_AFTER", "_ADOPTED_BUDGET", "_RECORD_SINCE", "_FROM_BEFORE",
           "_AFTER_COMPLETION", "_VALIDITY_BEFORE", "_GOAL_LEAD", "OWN_TIME_OPENERS"]

# 2026年…新增就业预期目标N: a goal of a future period; 第一个目标，是走遍…的100个村子: the goal's object before the figure
_GOAL_BEFORE = re.compile(r"目标(?:值)?(?:为|是|达到)?(?:每(?:平方米|亩|吨|人|户|公顷|小时|天|年))?$|目标(?:值)?[，,]?(?:为|是)[^，。；、\d]{1,8}$"
                          # 目标规模为100亿元: the goal's measure between; 今年通胀预期为3.4%, 今年预期增速分别为…: an expected level of a period
                          r"|目标(?:规模|总额|总量|数量|金额)(?:为|是|达到|达)$|(?<![的和与])预期(?:值|增速|增长率|增幅|涨幅)?(?:为|是|分别(?:为|是)(?:[\d.]+%?[、和])*)$"
                          # 目标年产50万辆车的工厂: a goal's output, printed with no verb
                          r"|目标(?:年产(?:量|能)?|产能|产量)(?:为|是|达到|达)?$"
                          # 预期创造就业岗位1万个: an expected output before a verb, as an expected level (预期增速为N)
                          r"|(?<![的和与])预期(?:可|能|将)?(?:创造|带动|新增|实现|提供|吸纳|增加|拉动|吸引)[^，。；、\d]{0,8}$")
# a goal set out with a colon (定下新目标：下半年再流转5000亩地，未来3年将…扩大至2万亩): the figures after it in the
# sentence are the goal's, targets with no modality
_GOAL_COLON = re.compile(r"目标[：:]")
# a report or plan that sets out its goals (今年的政府工作报告设定了…N以上、…N左右; 规划提出，…N): the figures listed after
# it in the sentence are goals, targets with no modality, dated by a time printed for them
_GOAL_SET = re.compile(r"(?:工作报告|规划|纲要|方案)(?:设定|提出|确定|明确)(了?[，,：:]?[^。；？！]{0,60})$")


def goal_set(text: str, lo: int, q: dict):
    """The report or plan that sets out ``q`` as a goal (``_GOAL_SET``), or None. A count right after the verb is the
    plan's parts (方案明确18项重点工作, 方案提出了3项工作目标), not a goal of it; nor does a relative clause
    (纲要提出的N项工程) set the figure out: it names the plan the items come from."""
    m = _GOAL_SET.search(text, lo, q["start"])
    if m is not None and m.group(1).startswith("的"):
        return None  # 将推进…纲要提出的109项重大工程: a relative clause names where the items come from; the verb of the
        # clause (and its cue) governs the figure
    return None if m is None or re.fullmatch(r"了?[，,：:]?", m.group(1)) else m


# a forecast attributed to its source with nothing but a date after it (据某机构预测，到2035年，…会带动…N): with no modal
# of its own the figure keeps 预测 (a 将 after it would win: `预测` only attributes)
_FORECAST_BY = re.compile(r"据[^，。；]{0,20}?预测[，,]")
# a disposal 将 up to the level it sets (将…种植面积扩大至): under a goal it is no modal of its own
_DISPOSAL_TO = re.compile(r"将[^，。；\d]{2,24}?(?:扩大|提高|提升|增加|增至|降低|降至|减少|压缩|控制|达到)(?:至|到)?$")
# a past time that dates an announcement (今年2月表示，将向…投入N; 2018年，某市提出，5年要拿出N): it dates the saying, the
# figure after the modal is a plan of no printed date
_ANNOUNCED_BEFORE = re.compile(r"[，,]?[^，。；]{0,6}?(?:表示|宣布|透露|称|提出)[，,：:]"
                               # 在今年4月举行的…大会上，某公司宣布将投入N: the time dates the event the plan was announced at
                               r"|[^，。；]{0,4}?(?:举行|召开|举办)的[^，。；]{0,24}?上[，,][^，。；]{0,16}?(?:表示|宣布|透露|称|提出)[，,：:]?$")
# 目标是将交通事故的数量在3年内减少15％，6年内减少30％: a goal stated as a disposal, a target with no modality
_GOAL_DISPOSAL = re.compile(r"目标(?:是|为)[^，。；]{0,10}?将[^。；]{1,36}$")  # 目标是到2022年将…降至39%
# the level of a goal printed before it (实现全年5.4%的经济增长目标): a target of the goal's period, no modality
# (设定500万人目标, “线路总长达2000公里”这个远期规划目标, 300万亩荒山被列为计划主要目标之一)
# (not 目标客户, 目标市场: the noun modifier of the group aimed at, 形成3800余家目标客户清单 counts the group)
_GOAL_AFTER = re.compile(r"(?:”?的[\u4e00-\u9fff]{0,8}?目标|(?:[\u4e00-\u9fff]{0,2}”?(?:这个|这一)[\u4e00-\u9fff]{0,8}?)?目标)"
                         r"(?!客户|用户|人群|群体|市场|企业|国家|城市|区域)"
                         # 圆满完成800万城镇居民住房保障目标任务: a task named as a goal after the figure
                         r"|[\u4e00-\u9fff]{0,14}?目标任务"
                         r"|[\u4e00-\u9fff]{0,8}?被(?:列为|确定为|定为)[\u4e00-\u9fff]{0,6}?目标")
# a budget of a year not over (2020年的财政预算总额达到N): adopted, a figure reported of its year (h16: 2020年国家预算
#达到4.1万亿比索 an observation of 2020), not a plan's figure
_ADOPTED_BUDGET = re.compile(r"预算(?:总额|总规模|规模|支出|收入)?(?:达到|达|为|是)?$")
# a record since a time (为2010年以来最高水平, 居1991年以来第二高位): a comparison, the time dates no figure
_RECORD_SINCE = re.compile(r"(?:以来)?的?(?:最高|最低|最好|最大|最多|最快|最少|新高|新低|第[二三四五]高|第[二三四五]低)"
                           # 自1899年开始统计以来，首次跌破90万: since records began, a record too
                           r"|(?:开始|有)?(?:统计|记录)以来")
# 自从去年11月暴发以来, 自大桥2020年12月26日通车以来: 自/从 opens the phrase, a few words before the time
_FROM_BEFORE = re.compile(r"(?:自|从)[^，。；\d自从]{0,6}$")
# a time that dates when a plant starts, the output after it (今年秋天正式投产后，…预计年产N); also a phase opening the
# figure's own clause after the time (今年新增种植300多亩，进入丰产期后…预计可增加N: the time dates the planting)
# the term a forecast covers, printed between a past time and the figure (于2月发放…贷款，…期限为2年，预计可节省利息N;
# 截至3月末，…预计相关企业在政策期内可获贴息N): the forecast runs over the term, not over the past time
_TERM_OF_FORECAST = re.compile(r"期限(?:为|是)|(?:政策|项目|合同|协议|贷款)期内")
_AFTER_COMPLETION = re.compile(r"[^，。；\d]{0,6}?(?:投产|建成|完工|竣工|开业|投用|投入使用|达产|进入[^，。；\d]{1,6}期)后")
# a policy extended to a date (优惠政策延续至2035年, 同步延期至2030年): how long a rule holds, no deadline of a figure
_VALIDITY_BEFORE = re.compile(r"(?:延续|延期|延长|持续|顺延|推迟)(?:到|至)$")
# another party's announcement or statement (…宣布追加N, …宣布，将为…投资N, 某官员表示，…): with no time of its own, the
# sentence starts afresh; a deadline printed earlier in the paragraph (到2031年前将…) dates that party's plan only
# (Deadline convention: no development target is dated across such a sentence)
_ANNOUNCES = re.compile(r"宣布|表示|透露|指出")
# a modal that only leads to a goal named after the figure: 要实现…N的…目标 (in order to), 即将实现 (about to)
_GOAL_LEAD = ("要", "即将")

# time words that open a semicolon piece of a sentence as a measure of its own, timed apart from the measures before
# it (…2020年底前…；近期，拟下达N), though no date resolves them
OWN_TIME_OPENERS = ("近期", "近日", "日前", "目前", "当前", "下一步", "下阶段", "今后")
