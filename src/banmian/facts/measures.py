"""The unit table: the printed units of :data:`cues.UNITS` and the measure words of the language.

A count is a number followed by a measure word (15局, 182段, 4盘, 22届). Listing measure words one by one as
articles show them (局, 盘, 段 were missing on h12; 届, 步, 期 before that) never ends, so the table takes every
one-character word that jieba's dictionary tags as a measure word (``q``) and adds the few common ones the
dictionary tags otherwise (局 as a noun, 届 and 只 as adverbs). Measure words that after a number name a date,
an ordinal or a grade (年, 代, 级 …) are left out: those have rules of their own in quantities.py.
"""
from __future__ import annotations

import os
from functools import lru_cache

from .cues import UNITS

__all__ = ["unit_table"]

# measure words jieba's dictionary tags as something else: rounds and games (局, 盘), editions (届), steps (步),
# patients seen (50多号病人), bodies found (13具遗体)
_UNTAGGED_MEASURES = ("局", "盘", "届", "步", "只", "期", "轮", "场", "次", "段", "号", "具",
                      "本",  # books and notebooks (49本台账, 12本教材): jieba tags 本 as a pronoun (本地, 本次)
                      # orders (发货2000万单), fish (数万尾), rings of a target (10环), and the traditional lengths
                      # (10多里地, 1寸的网眼); not 网 (a net's hauls, 打了126网: 314万网民) nor 瓦 (5瓦的节能灯: the
                      # development set leaves a device's watts out)
                      "单", "尾", "环", "里", "寸",
                      # characters of a text (留言2.9亿字) and the spans of a bridge (完成103孔T梁的预制)
                      "字", "孔")
# after a number these are a date, an ordinal, a generation, a grade, a part of a text or of a name (沪深300股指),
# not a count (号 counts only after 多/余: 50多号病人, see quantities.py)
_NOT_MEASURES = set("年月日时分秒点代级些版章集口股")


def _dictionary_measures() -> set[str]:
    try:
        import jieba
    except ImportError:  # pragma: no cover - jieba is a core dependency
        return set()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.endswith(" q\n"):
                word = line.split(" ", 1)[0]
                if len(word) == 1:
                    out.add(word)
    return out


# containers counted as big ones (10大箱鸡蛋, 3大袋面粉): 大 is an adjective inside the count, the container is the unit
_CONTAINERS = ("箱", "袋", "包", "桶", "盒", "瓶", "筐", "捆")
_BIG = "大"
# a measure word and 次 count events of that thing (件次, 台次, 场次, 家次, 人次): one unit, as printed
_PER_EVENT = "次"


@lru_cache(maxsize=None)
def unit_table() -> dict[str, str]:
    """Printed unit -> normalised unit; measure words stand for themselves (``局`` -> ``局``), and a measure word
    with 次 counts events (``件次`` -> ``件次``; 人次 keeps its table entry)."""
    table = dict(UNITS)
    measures = (_dictionary_measures() | set(_UNTAGGED_MEASURES)) - _NOT_MEASURES
    for w in measures:
        table.setdefault(w, w)
    for w in _CONTAINERS:
        table.setdefault(_BIG + w, table.setdefault(w, w))
    for w in measures | {u for u in UNITS if len(u) == 1 and u not in _NOT_MEASURES}:
        if w != _PER_EVENT:
            table.setdefault(w + _PER_EVENT, w + _PER_EVENT)
    return table
