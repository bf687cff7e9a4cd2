"""Where a figure or a cue stands in its sentence: the start of its clause, the window of the clauses before it,
inside a document title (《…》) or inside a short quotation.

Every rule of the statements reads the words around a figure through these offsets: the modal cues, the periods
and the figures that are no statement all use them. They sit apart so that none of those modules has to import
another just for where a clause starts.
"""
from __future__ import annotations

import re

from .statement_cues import OWN_TIME_OPENERS


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "，。；：\n") + 1


def _clause_end(text: str, pos: int) -> int:
    """Where the clause at ``pos`` ends: the next comma, full stop or semicolon, else the end of ``text``."""
    return min([i for i in (text.find(c, pos) for c in "，。；") if i >= 0] or [len(text)])


def _in_short_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a short quotation (a name: “最关心的5件事”), not a quoted speech (“…卖了1000多公斤…”)?"""
    a = text.rfind("“", 0, pos)
    if a < 0 or text.rfind("”", 0, pos) > a:
        return False
    b = text.find("”", pos)
    return b < 0 or b - a <= 20 and not re.search(r"[，。；！？]", text[a:b])


def _bracketed(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《…》 (a document title, whose words are no statement)?"""
    a = text.rfind("《", 0, pos)
    return a >= 0 and text.rfind("》", a, pos) < 0


def _window_start(sent: str, rel: int, clauses: int = 2) -> int:
    """Start of the window of ``clauses`` comma-clauses before the quantity (and its own)."""
    k = rel
    for _ in range(clauses + 1):
        j = max(sent.rfind("，", 0, k), sent.rfind(",", 0, k), sent.rfind("：", 0, k))
        if j < 0:
            return 0
        k = j
    return k + 1


def opens_own_time(sent: str) -> bool:
    """Does a sentence piece open with a time word of its own that no date resolves (…2020年底前…给予补助；近期，拟下达N:
    近期 times the second measure; the year's end of the piece before stays with the first)?"""
    return sent.lstrip().startswith(OWN_TIME_OPENERS)


# a sentence opening with a place of its own (在广州生物岛上，…将于11月中旬开业。在某开发区，…将增资N): the next item of a
# round-up by place, another party's plan
_PLACE_OPENING = re.compile(r"\s*在[^，。；、\d]{2,20}?(?:上|里|内|中|区|县|市|镇|村|园)，")


def opens_own_place(sent: str) -> bool:
    """Does a sentence open with a place of its own (在某开发区，…)? It starts another item: the date of the sentence
    before (the opening of another party's centre) is no deadline of its plan."""
    return _PLACE_OPENING.match(sent) is not None
