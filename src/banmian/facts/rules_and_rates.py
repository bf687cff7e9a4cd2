"""Figures that state a rule or a rate rather than report a figure of a metric.

The format of a game (15局8胜制) and a match record (16次交手, 4场胜利), a limit of a law or per item (最多可被处以…罚金N, 每场比赛至少4名…), a share paid on
a basis (缴纳本人月工资收入的0.15%, 按…的65%给予补贴), a rate per unit (每分钟8000升), an exchange rate (1美元约合24.5
格里夫纳) and an amount converted into another currency (约合人民币1.37万亿元) say what holds for every case or
restate a figure; none is planned or reported. They sit apart from descriptors.py because they describe a rule or
a price, not a thing. So are a rate paid on a basis printed after the figure (领到100%的基本工资, 30%—50%的补贴) and a
tariff rate (加征10%关税, 税率调整为5%), the figures of an illustrative example (例如，一名员工月收入2500欧元…), of a
condition (如果…损失超过10%，就可以申请) and of a reckoning (按8亿人口、每2000人1家估算，需要40万家).
"""
from __future__ import annotations

import re

from .clauses import _clause_start

# 按个人缴费额的65%给予补贴, 贷款能按1%贴息: a rate of a basis (printed or understood), not a figure
_BASIS_BEFORE = re.compile(r"按(?:照)?(?:[^，。；]{1,15}的)?$")


# the format of a game or a course (15局8胜制, 每局比赛11分制, …4盘单打的男、女团体赛制)
_FORMAT_AFTER = re.compile(r"(?:\d+[\u4e00-\u9fff])?制(?![定度造作品约止订])|[^，。；]*?赛制")
# a bound word before the figure in its clause: a legal or a game's limit (最多可被处以…罚金N, 每场比赛至少N名…，最多N名,
# 代领人数最多为N人)
_LIMIT_BEFORE = re.compile(r"最多可|最高可|最多能|最高能|上限为|不得超过|不得少于|最多为|至多为|最少为|至少为|最多|至多|至少|不少于|不超过")
# a criterion of who or what a rule covers (凡是…长度不低于300米的道路…都可以…): the clause opens with 凡/凡是
_CRITERION_OPENING = re.compile(r"(?:凡是|凡)")
_PER_ITEM = re.compile(r"每[\u4e00-\u9fff]{1,6}")


def _states_a_format(text: str, q: dict) -> bool:
    """Is the figure a part of a format (``15局8胜制``, ``每局比赛11分制``, ``1盘双打加4盘单打的…赛制``)?"""
    return _FORMAT_AFTER.match(text, q["end"]) is not None


# a head-to-head record or a run of wins (此前16次交手，某某14次落败, 用5天4场胜利结束…): match statistics, as scores
_MATCH_RECORD_AFTER = re.compile(r"(?:交手|交锋|落败|告负|失利|获胜|胜利|连胜)")
_MATCH_UNITS = ("次", "场", "局", "盘")


def _match_record(text: str, q: dict) -> bool:
    """Is ``q`` a count of meetings, wins or defeats of a player or a team (16次交手, 4场胜利)?"""
    return q["unit"] in _MATCH_UNITS and _MATCH_RECORD_AFTER.match(text, q["end"]) is not None


def _states_a_limit(text: str, s0: int, q: dict) -> bool:
    """Does a figure that is no target state a limit rather than report a figure: a limit of a law
    (``最多可被处以…罚金1000万日元``) or a limit per item (``每支队伍至少3名队员登场，最多6名``)? A bound alone
    (``至少3人死亡``) still reports a figure; with 可 or under 每… it states what is allowed."""
    clause = text[max(s0, _clause_start(text, q["start"])):q["start"] + len(q["text"])]
    if q["text"].startswith(("最高", "最多")) and "可" in text[_clause_start(text, q["start"]):q["start"]]:
        return True  # 可判处最高6个月监禁或最高500欧元罚款: what a court may impose
    limit = _LIMIT_BEFORE.search(clause)
    if limit is None:
        return False
    sentence = text[s0:q["start"]]
    return limit.group(0).endswith(("可", "能", "为", "超过", "少于")) or _PER_ITEM.search(sentence) is not None


def _states_a_criterion(text: str, q: dict) -> bool:
    """Is ``q`` a bound of a criterion (``凡是…连续长度不低于300米…的道路，市民都可以推荐``)?"""
    return _CRITERION_OPENING.match(text, _clause_start(text, q["start"])) is not None


# a share paid or charged on a basis (缴纳本人月工资收入的0.15%, 按…的65%给予补贴): a rate, not a figure of a metric;
# 占…的N% and 完成…的N% report a share
_PAID_ON = re.compile(r"(?:缴纳|缴|交纳|支付|收取|征收|征缴|提取|计提|扣除|报销|补贴|补助|给予)[^，。；占]{1,16}的$"
                      r"|(?:征收|收取|缴纳)[^，。；占的]{1,12}(?:额|收入|利润|所得)$")  # 征收其营业额3%作为数字税


_RATE_AFTER_ONE = re.compile(r"(?:人民币)?(?:约合|约等于|兑换|兑|合)")
_RATE_BEFORE = re.compile(r"(?<![\d.])1(?:[\u4e00-\u9fff]{1,5})(?:人民币)?(?:约合|约等于|兑换|兑|合)(?:人民币)?$")


def _exchange_rate(text: str, q: dict) -> bool:
    """Is ``q`` one side of an exchange rate (1美元约合24.5格里夫纳, 1元人民币约合0.72雷亚尔)? A rate states a price of
    money, it is neither planned nor reported as a figure of the article's metric."""
    if q["value"] == 1 and _RATE_AFTER_ONE.match(text, q["end"]):
        return True
    return _RATE_BEFORE.search(text, max(0, q["start"] - 14), q["start"]) is not None


def _rate_of_a_basis(text: str, s0: int, q: dict) -> bool:
    return q["unit"] == "%" and _PAID_ON.search(text, max(s0, q["start"] - 20), q["start"]) is not None


_PER_UNIT_BEFORE = re.compile(r"每(?:分钟|秒钟?|小时|吨|公斤|千克|斤|亩|平方米|立方米|千瓦时|度|袋|箱|瓶)[\u4e00-\u9fff]{0,6}$")
# 预计平均每亩地能多挣N元: a gain per unit that 预计 forecasts is the forecast's figure, not a rate that describes
_FORECAST = "预计"
_FORECAST_OVER_RATE = re.compile(rf"{_FORECAST}[^，。；\d]{{0,8}}$")


def per_unit_before(text: str, s0: int, q: dict) -> re.Match | None:
    """The unit ``q`` is counted per (每亩, 每吨稻谷), printed just before it, or None."""
    return _PER_UNIT_BEFORE.search(text, max(s0, q["start"] - 9), q["start"])


# one unit of an act a rate is paid on (按每吸纳1人补助1500元, 每招用1名…): 每, a verb of two characters, then 1; not a
# time (每年1次: a routine) nor a count that varies (每培训100人)
_PER_ACT_BEFORE = re.compile(r"每(?![年月天日周季次])[\u4e00-\u9fff]{2}$")


def per_act_basis(text: str, q: dict) -> bool:
    """Is ``q`` the single unit of an act a rate is paid on (按每吸纳1人不超过1500元的标准)? It states the rule's basis."""
    return q["value"] == 1 and _PER_ACT_BEFORE.search(text, max(0, q["start"] - 3), q["start"]) is not None


# a headless relative clause closed by 的, then 可 (取得证书的可申领1次补贴, …证书的，可再增加2次): who meets the condition
# may claim the figure, an entitlement a rule grants, neither planned nor reported
_ENTITLED_BEFORE = re.compile(r"的[，,]?可(?:以)?[^，。；！？]{0,12}$")


def entitlement(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` what a rule entitles those meeting its condition to (…的，可再额外增加2次)?"""
    return _ENTITLED_BEFORE.search(text, s0, q["start"]) is not None


def _rate_per_unit(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` a rate per unit (每分钟8000升, 每吨稻谷去除5%) that describes and reports no figure?"""
    m = per_unit_before(text, s0, q)
    # (预计 before the unit or between it and the figure: 今年每亩化肥支出预计410元 is forecast as well)
    # (nor a goal set per unit: 目标是每亩N公斤)
    return m is not None and _FORECAST_OVER_RATE.search(text, max(s0, m.start() - 10), m.start()) is None \
        and _FORECAST not in m.group(0) and _GOAL_PER_UNIT.search(text, max(s0, m.start() - 4), m.start()) is None


_GOAL_PER_UNIT = re.compile(r"目标(?:值)?(?:是|为)$")


# an amount converted into another currency (约合人民币1.37万亿元, 约合114亿元人民币, 折合N美元)
_CONVERSION_BEFORE = re.compile(r"(?:约合|约等于|（折合)(?:人民币|美元|欧元)?(?:约|近)?$")  # not 财物共计折合人民币N: a value


# a rate paid on a basis, the basis after it (领到100%的基本工资, 给相关项目30%—50%的补贴, 加征10%关税, 减按2%税率征收):
# a rate of a rule
_BASIS_AFTER = re.compile(r"的?(?:基本工资|工资|薪酬|薪金|补贴|补助|津贴|关税|税率)")  # 按照4%税率征收: a tax rate
_TARIFF_BEFORE = re.compile(r"(?:加征|征收)?(?:关税)?税率(?:调整|提高|降低|下调|上调)?(?:为|至|到)$")


# a share of a pay basis (补贴的数额将从…职工工资减少部分的50%提高至65%): what a benefit rule pays, not a share
# reported (占…工资的N% reports one)
_PAY_BASIS_BEFORE = re.compile(r"(?:工资|薪酬|薪金|工资性收入)[^，。；占]{0,8}?的$")
# the same rate for another group, in brackets after it (60%（有未成年子女的员工为67%）)
_BRACKETED_ALTERNATIVE = re.compile(r"(?P<rate>\d+(?:\.\d+)?[%％])（[^（）]{1,16}$")


def _rate_paid_on_a_basis(text: str, s0: int, q: dict) -> bool:
    """Is the percentage ``q`` a rate paid or levied on a basis named after it or before it, a tariff rate (加征税率调整为
    5%), or the same rate for another group in brackets after such a rate?"""
    if q["unit"] != "%" or q.get("change"):
        return False  # 为每位菜农增加20%的工资补贴: a raise, a change reported
    if _BASIS_AFTER.match(text, q["end"]) is not None \
            or _TARIFF_BEFORE.search(text, max(s0, q["start"] - 12), q["start"]) is not None:
        return True
    return _pay_rate_at(text, s0, q["start"])


def _pay_rate_at(text: str, s0: int, start: int, depth: int = 2) -> bool:
    """Is the percentage starting at ``start`` a share of a pay basis: printed after the basis, in brackets after such a
    rate (…的60%（…为67%）), or the level such a rate is changed to (…的60%（…）提高至70%)?"""
    if _on_a_pay_basis(text, s0, start):
        return True
    if depth == 0:
        return False
    alt = _BRACKETED_ALTERNATIVE.search(text, max(s0, start - 24), start)
    if alt is not None:
        return _pay_rate_at(text, s0, alt.start("rate"), depth - 1)
    changed = _CHANGED_FROM_RATE.search(text, max(s0, start - 40), start)
    return changed is not None and _pay_rate_at(text, s0, changed.start("rate"), depth - 1)


# 从…的60%（…为67%）提高至70%: the level a rate is changed to, after the rate and its bracket
_CHANGED_FROM_RATE = re.compile(r"(?P<rate>\d+(?:\.\d+)?[%％])(?:（[^（）]{1,20}）)?(?:提高|降低|下调|上调|调整|增加|减少)(?:至|到)$")


def _on_a_pay_basis(text: str, s0: int, start: int) -> bool:
    clause = text[_clause_start(text, start):start]
    return _PAY_BASIS_BEFORE.search(text, max(s0, start - 20), start) is not None and not re.search(r"占|比重|比例", clause)


# a sentence that gives a made-up example (例如，一名…员工每月…2500欧元): its figures illustrate a rule, they report nothing
# (an example of a real case, 比如，1—5月份…投资增长7.1%, reports: only a made-up case, one person or firm, illustrates)
_EXAMPLE_OPENING = re.compile(r"\s*(?:例如|比如|譬如|举例来说|打个比方)[，,]?(?:一名|一位|一个|一家|某)")
# a condition's clause (如果一家企业…损失超过其月薪总额的10％，…就可以申请): what a rule requires, no figure of now
_IF = "如果|假如|倘若|假设"  # the words that open a condition or a hypothesis
_CONDITION_OPENING = re.compile(rf"(?:{_IF}|若是)")
# a sentence opening with a hypothesis (若该政策在全国推广，预计…可以增加N): its figures reckon a scenario, not a plan
_SCENARIO_OPENING = re.compile(rf"\s*(?:若(?!干)|{_IF})[^，。；\d]{{2,30}}[，,]")
# a clause of a stage waited for (等香榧进入稳定挂果期，每亩年收益能达到N): the figure after it is what that stage would
# yield, a scenario
_ONCE_REACHED = re.compile(r"(?:^|(?<=[，,“：:\s]))等[^，。；\d]{2,16}?(?:期|后|以后|时)[，,]")
# the same hypothesis after a speaker (某部长表示，如果政府强制…，供应量至少要达到N): the clauses after it reckon a scenario
# (not after 预计: 某机构预计，如果疫情得到控制，…将达到N is a forecast, a target)
_SCENARIO_AFTER_SPEECH = re.compile(rf"(?:表示|认为|指出|说|称)[，,：:]\s*(?:若(?!干)|{_IF})[^，。；\d]{{2,30}}[，,]")


# 占比要到60%才会趋于平稳, 需达到N才能…: the level a thing takes before something happens (要/需…才), a condition, not an
# obligation or a plan
_TAKES_BEFORE = re.compile(r"(?:要|需要|需)[^，。；\d]{0,4}$")
_TAKES_UNTIL = re.compile(r"[^，。；\d]{0,20}?才(?:会|能|可以|可|算)")


def _illustrates_or_conditions(text: str, s0: int, q: dict) -> bool:
    """Does ``q`` stand in an example sentence, in the clause of a condition or in a sentence reckoning a scenario?"""
    return _EXAMPLE_OPENING.match(text, s0) is not None or _SCENARIO_OPENING.match(text, s0) is not None \
        or _SCENARIO_AFTER_SPEECH.search(text, s0, q["start"]) is not None \
        or _CONDITION_OPENING.search(text, _clause_start(text, q["start"]), q["start"]) is not None \
        or _ONCE_REACHED.search(text, s0, q["start"]) is not None \
        or _TAKES_BEFORE.search(text, max(s0, q["start"] - 6), q["start"]) is not None and _TAKES_UNTIL.match(text, q["end"]) is not None


# 按8亿城镇人口、每2000人1家便利店估算，需要40万家: the inputs of a reckoning and its result
_RECKONING_VERB = "(?:估算|测算|推算|计算|算)"
_RECKONING_INPUT = re.compile(r"按(?:照)?[^，。；]*$")
_RECKONING_AFTER = re.compile(rf"[^，。；]*?{_RECKONING_VERB}")
_RECKONING_RESULT = re.compile(rf"按(?:照)?[^。；]*?{_RECKONING_VERB}[，,][^，。；]*$")
# 照此计算，我先要扣除400元，还要再充600元: a reckoning by the figures just printed (此, 这样) covers the rest of its
# sentence, every clause of which is the reckoned case
_RECKONING_BY_THIS = re.compile(rf"(?:按|照|据|依)(?:此|这样|这个)(?:标准)?{_RECKONING_VERB}[，,][^。；！？]*$")


# a result the reckoning forecasts (按25年运营周期计算，预计实现减排N吨): the forecast's figure, a target of its cue
_FORECAST_RESULT = re.compile(r"[，,](?:预计|预测|有望)[^，。；]*$")


def _reckoned(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` an input (``按…每2000人1家…估算``) or the result (``估算，需要40万家``) of a reckoning, not forecast?"""
    before = text[s0:q["start"]]
    return (_RECKONING_INPUT.search(before) is not None and _RECKONING_AFTER.match(text, q["end"]) is not None) \
        or (_RECKONING_RESULT.search(before) is not None or _RECKONING_BY_THIS.search(before) is not None) \
        and _FORECAST_RESULT.search(before) is None
