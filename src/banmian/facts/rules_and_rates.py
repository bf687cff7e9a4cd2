"""Figures that state a rule or a rate rather than report a figure of a metric.

The format of a game (15局8胜制), a limit of a law or per item (最多可被处以…罚金N, 每场比赛至少4名…), a share paid on
a basis (缴纳本人月工资收入的0.15%, 按…的65%给予补贴), a rate per unit (每分钟8000升), an exchange rate (1美元约合24.5
格里夫纳) and an amount converted into another currency (约合人民币1.37万亿元) say what holds for every case or
restate a figure; none is planned or reported. They sit apart from descriptors.py because they describe a rule or
a price, not a thing.
"""
from __future__ import annotations

import re

from .clauses import _clause_start

# 按个人缴费额的65%给予补贴: a rate of a basis, not a figure
_BASIS_BEFORE = re.compile(r"按(?:照)?[^，。；]{1,15}的$")


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


def _states_a_limit(text: str, s0: int, q: dict) -> bool:
    """Does a figure that is no target state a limit rather than report a figure: a limit of a law
    (``最多可被处以…罚金1000万日元``) or a limit per item (``每场比赛至少4名运动员出场，最多7名``)? A bound alone
    (``至少3人死亡``) still reports a figure; with 可 or under 每… it states what is allowed."""
    clause = text[max(s0, _clause_start(text, q["start"])):q["start"] + len(q["text"])]
    if q["text"].startswith(("最高", "最多")) and "可" in text[_clause_start(text, q["start"]):q["start"]]:
        return True  # 可判处最高3个月监禁或最高206欧元罚款: what a court may impose
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


# an amount converted into another currency (约合人民币1.37万亿元, 约合114亿元人民币, 折合N美元)
_CONVERSION_BEFORE = re.compile(r"(?:约合|约等于|（折合)(?:人民币|美元|欧元)?(?:约|近)?$")  # not 财物共计折合人民币N: a value
