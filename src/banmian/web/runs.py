"""Cut a page's raw text into runs that each belong to the same articles and removals.

The page view shows the raw text with every character traceable: a run is a maximal
stretch ``[start, end)`` whose owners (article fields and paragraphs, removed spans) do
not change inside it. Boundaries also fall at every duplicate's twin, so a link can
jump to ``#o{start}`` of the kept copy. The browser then highlights an article by
selecting its runs; no offsets are computed in JavaScript. Pure functions, no I/O.
"""
from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from typing import Iterable, Mapping

log = logging.getLogger(__name__)

HEAD_FIELDS = ("kicker", "title", "subtitle", "byline")


@dataclass(slots=True)
class Run:
    """A stretch of raw text with one set of owners.

    ``arts`` are indexes into the page's restored articles, ``fields`` tokens such as
    ``"0.title"`` or ``"1.p2"`` (article 1, paragraph 2), ``removed`` the index into
    ``restored["removed"]`` when the run was removed, ``last_of_removed`` marks where a
    removed span ends (the template puts its twin link there).
    """

    start: int
    end: int
    text: str
    arts: list[int] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    removed: int | None = None
    reason: str | None = None
    twin: tuple[int, int] | None = None
    last_of_removed: bool = False
    marks: list[str] = field(default_factory=list)  # names of extra layers covering the run

    @property
    def css(self) -> str:
        """CSS classes: owned runs are ``own``, removed ones say why (``rm-duplicate``...)."""
        classes = ["r"]
        if self.arts:
            classes.append("own")
        if self.reason:
            classes.append(f"rm rm-{self.reason}")
        return " ".join(classes)


def _valid(span, length: int) -> tuple[int, int] | None:
    """``span`` as a clamped ``(start, end)`` or None if it is not a usable span of the text."""
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    return (s, e) if 0 <= s < e <= length else None


def article_spans(article: dict, index: int) -> list[tuple[tuple, str]]:
    """Every ``(span, field token)`` of one restored article: heading fields, jumps, paragraphs."""
    out = []
    field_spans = article.get("field_spans") or {}
    for name in HEAD_FIELDS:
        for span in field_spans.get(name) or ():
            out.append((span, f"{index}.{name}"))
    for span in field_spans.get("jumps") or ():
        out.append((span, f"{index}.jump"))
    for k, para in enumerate(article.get("paragraphs") or ()):
        for span in para.get("spans") or ():
            out.append((span, f"{index}.p{k}"))
    return out


def page_runs(text: str, restored: dict | None, layers: Mapping[str, Iterable] | None = None) -> list[Run]:
    """The runs of ``text`` given its restore JSON (``{"articles", "removed"}``).

    :param layers: extra named span lists to mark (facts, reused passages...): a run
        covered by layer ``name`` lists it in ``marks``
    Spans that do not fit the text are skipped with a log message, never trusted.
    """
    restored = restored or {}
    n = len(text)
    owned: list[tuple[tuple[int, int], int, str]] = []
    for i, art in enumerate(restored.get("articles") or ()):
        for span, token in article_spans(art, i):
            ok = _valid(span, n)
            if ok is None:
                log.info("span %r of article %d skipped: does not fit a text of %d characters", span, i, n)
                continue
            owned.append((ok, i, token))
    removed: list[tuple[tuple[int, int], int, dict]] = []
    for k, rm in enumerate(restored.get("removed") or ()):
        ok = _valid(rm.get("span"), n)
        if ok is None:
            log.info("removed span %r skipped: does not fit a text of %d characters", rm.get("span"), n)
            continue
        removed.append((ok, k, rm))

    marked: list[tuple[tuple[int, int], str]] = []
    for name, spans in (layers or {}).items():
        for span in spans:
            ok = _valid(span, n)
            if ok is None:
                log.info("span %r of layer %s skipped: does not fit a text of %d characters", span, name, n)
                continue
            marked.append((ok, name))

    cuts = {0, n}
    for (s, e), *_ in owned + removed + marked:
        cuts.update((s, e))
    for _, _, rm in removed:
        twin = _valid(rm.get("duplicate_of"), n) if rm.get("duplicate_of") else None
        if twin:
            cuts.update(twin)
    bounds = sorted(cuts)
    runs = [Run(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:])]

    def covering(s: int, e: int) -> range:
        return range(bisect.bisect_left(bounds, s), bisect.bisect_left(bounds, e))

    for (s, e), i, token in owned:
        for r in covering(s, e):
            run = runs[r]
            if i not in run.arts:
                run.arts.append(i)
            run.fields.append(token)
    for (s, e), k, rm in removed:
        idx = covering(s, e)
        twin = _valid(rm.get("duplicate_of"), n) if rm.get("duplicate_of") else None
        for r in idx:
            run = runs[r]
            if run.removed is None:
                run.removed, run.reason, run.twin = k, str(rm.get("reason") or "removed"), twin
        if len(idx):
            runs[idx[-1]].last_of_removed = True
    for (s, e), name in marked:
        for r in covering(s, e):
            if name not in runs[r].marks:
                runs[r].marks.append(name)
    return runs


def check_runs(text: str, runs: list[Run]) -> None:
    """Raise AssertionError unless the runs tile the text exactly (used by tests)."""
    assert "".join(r.text for r in runs) == text
    pos = 0
    for r in runs:
        assert r.start == pos and r.end > r.start
        pos = r.end
    assert pos == len(text)
