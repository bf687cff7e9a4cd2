"""Forms of a printed quantity read after the patterns of quantities.py have matched (kept apart: that module is long).

- A temperature below zero printed with 零下 (零下162摄氏度) is negative, 零下 in the span.
- Bare numbers listed after 分别 before a number with its unit share that unit (同比分别提高了8.46、6.78、8.89个百分点:
  three figures in percentage points), as 高7.5个和1.1个百分点 shares 百分点.
- 折合约N: 约 after 折合 is the comparator, not the end of 合约 (a contract).
- N国 counts countries (17国部长) unless 国 starts a word (2019国际…, 5国家) or the number is a year.
"""
from __future__ import annotations

import re

__all__ = ["below_zero", "listed_before_unit", "ABOUT_AFTER", "unit_starts_a_word"]

ABOUT_AFTER = ("折合",)  # 折合约1.5亿吨标准煤
_BELOW = "零下"
_TEMPERATURE = "℃"
_BARE = re.compile(r"(?<![\d.．])(\d+(?:\.\d+)?)(?=[、和])")
_LIST_CUE = "分别"
_CUE_REACH = 8


def below_zero(text: str, q: dict) -> None:
    """零下N摄氏度: the value negative and 零下 in the span (``q`` changed in place)."""
    s = q["start"]
    if q["unit"] == _TEMPERATURE and text[s - 2:s] == _BELOW and q["value"] > 0:
        q["start"] = s - 2
        q["text"] = text[s - 2:q["end"]]
        q["value"] = -q["value"]
        if q.get("low") is not None:
            q["low"], q["high"] = -q["high"] if q.get("high") is not None else None, -q["low"]


def listed_before_unit(text: str, qs: list[dict]) -> list[dict]:
    """Bare numbers of a list opened by 分别 that ends in a number with a unit (分别提高了8.46、6.78、8.89个百分点): each one a
    quantity of that unit. Returns the new quantities (each a copy of the last one with its own number)."""
    new = []
    for q in qs:
        if not q["unit"] or q["comparator"] != "=":
            continue
        k, found = q["start"], []
        while k > 0 and text[k - 1] in "、和":
            m = next((x for x in _BARE.finditer(text, max(0, k - 12), k) if x.end() == k - 1), None)
            if m is None:
                break
            found.append(m)
            k = m.start()
        if not found or _LIST_CUE not in text[max(0, k - _CUE_REACH):k]:
            continue
        for m in found:
            new.append(dict(q, text=m.group(1), value=float(m.group(1)), start=m.start(), end=m.end(), shared_unit=True,
                            low=None, high=None))
    return new


# after 国, these make it the first character of a word (国际, 国家, 国内, 国企…), not a unit of countries
_WORD_AFTER = {"国": set("际家内外企产有情务民土庆籍旗货债资")}
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def unit_starts_a_word(text: str, end: int, q: dict) -> bool:
    """Does the one-character unit of ``q`` (ending at ``end``) start a word instead (2019国际…, 5国家)?"""
    after = _WORD_AFTER.get(q["unit_text"])
    if after is None:
        return False
    return text[end:end + 1] in after or _YEAR_LIKE.fullmatch(q["text"][:-1]) is not None
