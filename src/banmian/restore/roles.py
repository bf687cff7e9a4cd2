"""Roles that a block's printed form settles on its own.

Furniture, jump markers, bylines, credits, captions and dash subtitles are recognised
here from the cues in :mod:`banmian.restore.cues`. Everything else stays ``"free"``:
whether a free line is a title, a crosshead or a piece of prose depends on its
neighbours and is decided by the assembler.
"""
from __future__ import annotations

from ..model import Block
from .matching import is_open_end
from .cues import (
    ARTIST_CREDIT,
    BYLINE,
    CAPTION,
    COMPILED,
    CONTACT,
    CREDIT,
    LABELS,
    furniture_line,
    NAMES_ONLY,
    SPACES,
    SURNAMES,
    ORNAMENTS,
    HEADING_PAGE_NAMES,
    PAGE_ENTRY,
    PAGE_NAMES,
    SUBTITLE_DASH,
    TRAILING_JUMP,
    parse_jump,
)

FREE = "free"
# A free block longer than this is running text, not a headline.
PROSE_CHARS = 50
CLAUSE_MARKS = "，；、。"
# Lines within this many blocks of the page's top or bottom may be a bare section name.
EDGE = 3
CONTENTS_BOX = "导读"
CONTENTS_LINE_CHARS = 40  # a longer line is prose again, after the box


def split_inline_jumps(blocks: list[Block]) -> list[Block]:
    """Give an inline jump marker its own block: `…推进。（下转第四版）` -> prose + marker.

    The marker is not article text; keeping it apart lets the paragraph be exactly the
    printed prose and the marker become the article's jump link.
    """
    out: list[Block] = []
    for b in blocks:
        m = TRAILING_JUMP.search(b.text)
        if m and m.start() > 0 and parse_jump(m.group().strip()):
            cut = m.start()
            head = b.text[:cut].rstrip()
            out.append(Block(b.start, b.start + len(head), head))
            out.append(Block(b.start + cut, b.end, b.text[cut:]))
            continue
        out.append(b)
    for i, b in enumerate(out):
        b.index = i
    return out


def _ornament_free(text: str) -> str:
    return text.lstrip(ORNAMENTS + SPACES)


# A transliterated name (`罗伯特·劳伦斯·库恩`) is longer than a Chinese one.
ORNAMENTED_NAME_CHARS = 16
# Words that make `记者从…获悉` a sentence of prose rather than a byline, and a kicker
# (`本报记者走进…——`, `记者深入…乡村探访`: 17 corpus headlines) or label (`记者点评`) rather
# than a byline (no corpus byline has one).
_PROSE_IN_BYLINE = ("从", "获悉", "了解", "表示", "介绍", "看到", "来到", "采访", "日前", "近日", "说",
                    "探访", "走进", "深入", "连线", "体验", "实地", "夜访", "点评")


def _is_byline(core: str, ornamented: bool = False) -> bool:
    if ornamented and len(core) <= (ORNAMENTED_NAME_CHARS if "·" in core else 12) \
            and all("\u4e00" <= ch <= "\u9fff" or ch in SPACES + "·" for ch in core):
        # `□周  元`, `□瓦卡尔·艾哈迈德`: the box marks a byline of names even without 记者
        return True
    if NAMES_ONLY.match(core) and core[0] in SURNAMES and sum(ch not in SPACES for ch in core) <= 12:
        return True
    m = BYLINE.match(core)
    if not m or len(core) > 40 or any(ch in core for ch in "，。；！？") or core.endswith("——"):
        return False
    rest = core[m.end():]
    return not any(w in rest for w in _PROSE_IN_BYLINE)


def fixed_role(block: Block, position: int, count: int) -> str:
    """The role the block's own text settles, or ``FREE``."""
    text = block.text
    core = _ornament_free(text)
    if furniture_line(text):
        return "furniture"
    if text in PAGE_NAMES and (position < EDGE or position >= count - EDGE):
        return "furniture"
    jump = parse_jump(text)
    if jump:
        return "jump_to" if jump[0] == "to" else "jump_from"
    if core in LABELS:
        return "label"
    if len(text) <= 120 and CONTACT.search(text):
        return "credit"
    if len(text) <= 120 and CAPTION.search(text):
        return "caption"  # before bylines: `新华社记者  邓  华摄` credits a picture
    if len(text) <= 160 and (CREDIT.match(text) or ARTIST_CREDIT.match(text)):
        return "credit"  # before bylines: `（本报记者…参与采写）`
    if _is_byline(core, ornamented=text.startswith("□")):
        # `本报记者 某某整理`: who wrote down a section or an interview, never an article's own
        # byline (80 such corpus lines, all paragraphs)
        return "credit" if core.endswith(COMPILED) else "byline"
    if len(text) <= 60 and SUBTITLE_DASH.match(text):
        return "subtitle"
    return FREE


REMOVED_ROLES = ("duplicate", "furniture")


def neighbour_index(blocks: list[Block], i: int, step: int) -> int | None:
    """Index of the nearest block before (step -1) or after (step +1) block ``i``, passing
    over blocks that are not on the page as text (removed duplicates, furniture)."""
    j = i + step
    while 0 <= j < len(blocks) and blocks[j].role in REMOVED_ROLES:
        j += step
    return j if 0 <= j < len(blocks) else None


def assign_fixed_roles(blocks: list[Block]) -> None:
    for i, b in enumerate(blocks):
        b.role = fixed_role(b, i, len(blocks))
    # A dash line of clauses right after running text is a dashed point of the body
    # (`——发挥市场对…的导向作`, cut at a column end), not a subtitle: it may run on.
    for i, b in enumerate(blocks):
        before = neighbour_index(blocks, i, -1)
        if b.role == "subtitle" and _dashed_point(b.text, blocks[before] if before is not None else None):
            b.role = FREE
    # A section name among the furniture at the top or bottom of the page is furniture too.
    for order in (blocks, blocks[::-1]):
        for k, b in enumerate(order):
            if b.text in PAGE_NAMES or (k == 0 and b.text in HEADING_PAGE_NAMES and len(order) > 1
                                        and order[1].role == "furniture"):
                b.role = "furniture"
            elif b.role != "furniture":
                break
    # The front page's table of contents (`导读`) lists sections, titles and the pages they are
    # on (`理论·访谈录` / `推动…治理` / `第九版`): those are its lines, not the page's furniture
    # (46 corpus boxes, all so).
    for i, b in enumerate(blocks):
        if b.text == CONTENTS_BOX:
            for entry in blocks[i + 1:]:
                if len(entry.text) > CONTENTS_LINE_CHARS or (entry.role != FREE and not PAGE_ENTRY.match(entry.text)):
                    break
                if entry.role == "furniture":
                    entry.role = FREE


def _dashed_point(text: str, before: Block | None) -> bool:
    """A dash line with a full sentence inside (no corpus subtitle has one, 68 dashed
    paragraphs do), or with clauses after a block of prose (a subtitle stands under its
    title)."""
    if "。" in text[:-1]:
        return True
    prose_before = before is not None and before.role == FREE and \
        (len(before.text) > PROSE_CHARS or not is_open_end(before.text))
    return prose_before and any(ch in text for ch in CLAUSE_MARKS)


def ornament_prefix(text: str) -> int:
    """How many leading characters of a byline are ornament (`□`) and padding."""
    return len(text) - len(_ornament_free(text))
