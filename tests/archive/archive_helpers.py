"""Helpers for the archive tests: a tiny deterministic restorer and page writers.

The archive stores whatever the restorer returns; these tests check the archive, so
they use a small restorer whose output is known instead of the evolving real one.
Its rule: blocks are separated by blank lines; a one-line block of at most 24
characters without sentence punctuation starts a new article as its title; a jump
marker line sets continued_to_page / continued_from_page.
"""
from __future__ import annotations

import re
from pathlib import Path

from banmian.model import Article, Field, Page, Paragraph
from banmian.restore.cues import SENTENCE_END, parse_jump


def simple_restore(text: str, source: str = "<text>", page_no: int | None = None) -> Page:
    page = Page(text=text, source=source, page_no=page_no)
    art = None
    for m in re.finditer(r"[^\n]+", text):
        line, s, e = m.group(), m.start(), m.end()
        if not line.strip():
            continue
        jump = parse_jump(line.strip())
        if jump and art is not None:
            if jump[0] == "to":
                art.continued_to_page = jump[1]
            else:
                art.continued_from_page = jump[1]
            art.jumps.append((s, e))
            continue
        is_title = len(line) <= 24 and line.rstrip()[-1] not in SENTENCE_END + "”）"
        if is_title and (art is None or art.paragraphs or art.continued_from_page):
            art = Article(title=Field(line, [(s, e)]))
            page.articles.append(art)
            continue
        if art is None:
            art = Article(head_missing=True)
            page.articles.append(art)
        art.paragraphs.append(Paragraph(line, [(s, e)]))
    return page


def write_page(root: Path, paper: str, date: str, page: int, text: str, encoding: str = "utf-8") -> Path:
    path = root / paper / date / f"{page:02d}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
