"""The words that name what a figure measures: its metric span.

The metric is the clause before the figure with the frame words in front (目前, 全市, 力争…) and the verbs before the
figure (达到, 同比增长, 建成…) trimmed; when nothing is left, the noun after the figure names it (建成5个以上产业集群).
It only decides the span of the metric, never whether or what statement a figure makes, hence its own module.
"""
from __future__ import annotations

import re


_METRIC_TAIL = re.compile(r"(?:同比|环比)?(?:分别)?(?:已经|已|将|要|共|累计|预计)?(?:达到|达|实现|完成|突破|超过|增长到|增长至|增至|增长|增加到|增加|提高到|提高至|提高|提升到|提升至|提升|下降到|下降至|下降|降低到|降低|减少|控制在|保持在|稳定在|为|是|有|占|超|逾|近|约|在|共|累计|新增|净增|至|到|了)+$")
_METRIC_HEAD = re.compile(r"^(?:前|底|以来|期间|内|其中|同时|此外|另外|目前|截至目前|全年|今年|当年|力争|确保|争取|预计|计划|目标是|目标为|将|要|使|让|推动|实现|带动|完成|全市|全区|全省|全县|全国|我市|我区|我省|我县|，|、|的)+")


def _metric(sent: str, lo: int, hi: int) -> tuple[int, int]:
    """The metric's offsets inside ``sent`` between ``lo`` and the quantity at ``hi``."""
    seg = sent[lo:hi]
    k = max(seg.rfind("，"), seg.rfind("：") , seg.rfind(","))
    if k >= 0 and len(seg) - k > 2:
        lo, seg = lo + k + 1, seg[k + 1:]
    t = _METRIC_TAIL.search(seg)
    if t:
        seg = seg[: t.start()]
    h = _METRIC_HEAD.match(seg)
    if h:
        lo, seg = lo + h.end(), seg[h.end():]
    t = _BUILD_TAIL.search(seg)
    if t:
        seg = seg[: t.start()]
    return lo, lo + len(seg)


_BUILD_TAIL = re.compile(r"(?:建成|建设|培育|打造|新建|形成|引进|落地|开工|实施|推动|带动|吸引|新增|招引|举办|开展|创建|认定|累计|共|已|了)+$")
_AFTER = re.compile(r"[^，。；！？、,;!?]{1,16}")


def _metric_after(sent: str, pos: int) -> tuple[int, int]:
    """When nothing before the figure names it (建成5个以上产业集群), the noun after it does."""
    m = _AFTER.match(sent, pos)
    if not m:
        return pos, pos
    return m.start(), m.end()
