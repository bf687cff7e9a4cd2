"""Render restored pages for people (text, Markdown) and machines (JSON, JSONL)."""
from __future__ import annotations

import json

from ..model import Page

FORMATS = ("json", "jsonl", "text", "md")


def _jump_note(a) -> list[str]:
    notes = []
    if a.continued_from_page:
        notes.append(f"continued from page {a.continued_from_page}")
    if a.continued_to_page:
        notes.append(f"continued on page {a.continued_to_page}")
    if a.head_missing:
        notes.append("beginning not on this page")
    return notes


def _correction_note(p) -> str:
    """`[typo? 业业 → 业]` for each correction offered beside a paragraph."""
    return "".join(f"  [typo? {c.printed} → {c.suggestion}]" for c in p.corrections)


def as_text(page: Page) -> str:
    out = [f"# {page.source}  ({len(page.articles)} articles, {sum(1 for r in page.removed if r.reason == 'duplicate')} duplicates removed)"]
    for n, a in enumerate(page.articles, 1):
        out.append("")
        out.append(f"[{n}] " + (a.title.text if a.title else "(untitled)"))
        for label, f in (("kicker", a.kicker), ("subtitle", a.subtitle), ("byline", a.byline)):
            if f is not None:
                out.append(f"    {label}: {f.text}")
        notes = _jump_note(a)
        if notes:
            out.append("    (" + "; ".join(notes) + ")")
        for p in a.paragraphs:
            prefix = "  ## " if p.role == "crosshead" else "  "
            out.append(prefix + p.text + _correction_note(p))
    return "\n".join(out) + "\n"


def as_markdown(page: Page) -> str:
    out = []
    for a in page.articles:
        if a.kicker:
            out.append(f"*{a.kicker.text}*\n")
        out.append(f"## {a.title.text if a.title else '(untitled)'}\n")
        if a.subtitle:
            out.append(f"**{a.subtitle.text}**\n")
        if a.byline:
            out.append(f"_{a.byline.text}_\n")
        notes = _jump_note(a)
        if notes:
            out.append("> " + "; ".join(notes) + "\n")
        for p in a.paragraphs:
            out.append(("### " if p.role == "crosshead" else "") + p.text + "\n")
    return "\n".join(out)


def as_json(page: Page, indent: int | None = 2) -> str:
    return json.dumps(page.to_dict(), ensure_ascii=False, indent=indent)


def render(page: Page, fmt: str) -> str:
    if fmt == "json":
        return as_json(page)
    if fmt == "jsonl":
        return as_json(page, indent=None)
    if fmt == "md":
        return as_markdown(page)
    return as_text(page)
