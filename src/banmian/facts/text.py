"""The one text every fact's spans point into: an article's "document text".

``article_text(article)`` is the title, then each paragraph, joined by ``"\\n"``.
Kicker, subtitle and byline are NOT part of it (they are fields of their own);
facts found in them carry ``"field": "subtitle"`` etc. and spans into that field.
Keeping one simple, documented text makes spans reproducible by anyone who has the
article dict, and the mapping back to page offsets is then a table lookup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import spans_of_range

__all__ = ["article_text", "Document", "document_of", "paragraph_view"]


def _para_text(p) -> str:
    return p if isinstance(p, str) else (p.get("text") or "")


def article_text(article: dict | str) -> str:
    """Return the document text of a restored article dict (or the string itself).

    The text is ``title + "\\n" + "\\n".join(paragraph texts)``; an article
    without a title starts with an empty line. Plain strings are used as is.

    :param article: a restored article dict (``title``, ``paragraphs`` as
        strings or ``{"text", "spans", "role"}`` dicts) or plain text
    """
    if isinstance(article, str):
        return article
    parts = [article.get("title") or ""]
    parts.extend(_para_text(p) for p in article.get("paragraphs") or [])
    return "\n".join(parts)


@dataclass(slots=True)
class Document:
    """An article's document text plus what is needed to map spans back to the page.

    ``pieces`` lists ``(doc_start, doc_end, page_spans)`` for every piece of the
    document text whose characters came from known page spans (title and
    paragraphs of a restored article).
    """

    text: str
    article_id: str
    fields: dict = field(default_factory=dict)  # kicker/subtitle/byline texts
    pieces: list = field(default_factory=list)
    field_pieces: dict = field(default_factory=dict)
    roles: list = field(default_factory=list)  # (doc_start, doc_end, role) per paragraph

    def page_spans(self, start: int, end: int, field_name: str | None = None) -> list[list[int]] | None:
        """Map ``[start, end)`` of the document text (or of a field) to page offsets.

        Returns None when the article carries no page spans.
        """
        pieces = self.field_pieces.get(field_name) if field_name else self.pieces
        if not pieces:
            return None
        out: list[list[int]] = []
        for d0, d1, spans in pieces:
            if d1 <= start or d0 >= end:
                continue
            # this piece's page spans concatenate to text[d0:d1]
            for ps, pe in spans_of_range(spans, max(start, d0) - d0, min(end, d1) - d0):
                if out and out[-1][1] == ps:
                    out[-1][1] = pe
                else:
                    out.append([ps, pe])
        return out or None


# two ideographic spaces after a sentence's end inside one paragraph: the indent of the next paragraph, printed in one
# block with it (…新格局。　　关键领域改革…: supplements and reports are set so)
_JOINED_PARAGRAPH = re.compile(r"(?<=[。！？”])　　(?=[^\s　])")


def paragraph_view(text: str) -> str:
    """``text`` with each paragraph indent inside a joined paragraph read as a line break (``"\\n　"``: same length,
    the same offsets), so that periods and deadlines do not run across the paragraphs of a block."""
    return _JOINED_PARAGRAPH.sub("\n　", text) if "　　" in text else text


def _spans_len(spans) -> int:
    return sum(e - s for s, e in spans)


def document_of(article: dict | str, article_id: str | None = None) -> Document:
    """Build the :class:`Document` of an article dict or a plain string."""
    if isinstance(article, str):
        return Document(text=article, article_id=article_id or "", roles=[(0, len(article), "body")])
    text = article_text(article)
    aid = article_id or str(article.get("id") or "")
    doc = Document(text=text, article_id=aid)
    for name in ("kicker", "subtitle", "byline"):
        if article.get(name):
            doc.fields[name] = article[name]
    field_spans = article.get("field_spans") or {}
    title = article.get("title") or ""
    tspans = field_spans.get("title")
    if tspans and _spans_len(tspans) == len(title):
        doc.pieces.append((0, len(title), [tuple(s) for s in tspans]))
    for name in ("kicker", "subtitle", "byline"):
        fs = field_spans.get(name)
        if fs and article.get(name) and _spans_len(fs) == len(article[name]):
            doc.field_pieces[name] = [(0, len(article[name]), [tuple(s) for s in fs])]
    pos = len(title) + 1
    for p in article.get("paragraphs") or []:
        t = _para_text(p)
        role = p.get("role", "body") if isinstance(p, dict) else "body"
        doc.roles.append((pos, pos + len(t), role))
        if isinstance(p, dict) and p.get("spans") and _spans_len(p["spans"]) == len(t):
            doc.pieces.append((pos, pos + len(t), [tuple(s) for s in p["spans"]]))
        pos += len(t) + 1
    return doc
