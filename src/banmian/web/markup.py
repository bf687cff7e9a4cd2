"""Turn untrusted text into safe HTML fragments.

Everything shown comes from page files nobody vetted, so text is escaped first and
only then given the few tags banmian adds itself (``<mark>`` around search hits).
"""
from __future__ import annotations

from markupsafe import Markup, escape

HIT_START, HIT_END = "\ue000", "\ue001"


def snippet_html(snippet: str | None) -> Markup:
    """Escape a search snippet, then turn its hit markers (U+E000/U+E001) into ``<mark>``.

    Markers are balanced here, whatever the snippet holds: a stray end marker is
    dropped and an unclosed hit is closed at the end.
    """
    out: list[str] = []
    inside = False
    for ch in snippet or "":
        if ch == HIT_START:
            if not inside:
                out.append("<mark>")
                inside = True
        elif ch == HIT_END:
            if inside:
                out.append("</mark>")
                inside = False
        else:
            out.append(str(escape(ch)))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))


def plain_snippet(snippet: str | None) -> str:
    """The snippet without hit markers (for titles and JSON consumers that want text)."""
    return (snippet or "").replace(HIT_START, "").replace(HIT_END, "")
