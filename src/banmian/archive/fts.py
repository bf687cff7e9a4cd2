"""Chinese full-text search on SQLite FTS5: one token per character, every query a phrase.

Why one token per character: FTS5's ``trigram`` tokenizer cannot find queries shorter
than three characters (``国债``, ``鹿泉``), and a word segmenter (jieba) misses sub-word
queries (``生物`` inside ``生物医药``). Indexing every non-space character as its own
token and turning each query term into a phrase makes a hit exactly "these characters,
adjacent", which is a substring match at any length, and keeps bm25, ``highlight()``
and ``snippet()`` working. A newline becomes a boundary token so a phrase never
matches across two paragraphs.

The tokenizer runs in Python through apsw (the bundled SQLite is current; Python's own
sqlite3 here is 3.40), so every connection that reads the index must register it:
:func:`register` does that.
"""
from __future__ import annotations

import re

from .errors import ArchiveErrors, QuerySyntaxError

TOKENIZER = "banmian_chars"
BOUNDARY = "\n"

# One UTF-8 encoded character that is not ASCII whitespace or control; a newline is
# matched too and becomes the paragraph boundary token.
_CHAR = re.compile(rb"[\x21-\x7e]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}|\n")
# Full-width ASCII folds to ASCII, and ASCII letters to lower case, so `ＧＤＰ` finds `gdp`.
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)}
_FOLD.update({ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_FOLD.update({0xFF21 + i: ord("a") + i for i in range(26)})
_SKIP = {"\u3000", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u2029"}


def fold(text: str) -> str:
    """The text as the index sees it (case and width folded); used by brute-force checks."""
    return text.translate(_FOLD)


def _token_cache() -> dict[bytes, str | None]:
    return {}


_CACHE: dict[bytes, str | None] = _token_cache()


def _token(raw: bytes) -> str | None:
    tok = _CACHE.get(raw, False)
    if tok is False:
        ch = raw.decode("utf-8")
        tok = None if ch in _SKIP or ch.isspace() and ch != "\n" else ch.translate(_FOLD)
        if len(_CACHE) < 200_000:
            _CACHE[raw] = tok
    return tok


def tokenize(utf8: bytes, flags: int = 0, locale: str | None = None) -> list[tuple[int, int, str]]:
    """FTS5 tokenizer: ``(start_byte, end_byte, token)`` for every character of ``utf8``."""
    out = []
    append = out.append
    for m in _CHAR.finditer(utf8):
        tok = _token(m.group())
        if tok is not None:
            append((m.start(), m.end(), tok))
    return out


def _factory(con, args):  # apsw calls factory(connection, args) -> tokenize callable
    return tokenize


def register(connection) -> None:
    """Register the per-character tokenizer on an apsw connection."""
    connection.register_fts5_tokenizer(TOKENIZER, _factory)


# --- queries ----------------------------------------------------------------------

_QUERY_TOKEN = re.compile(r'\s*(?:(?P<neg>-)?"(?P<phrase>[^"]*)"|(?P<open>")|(?P<word>\S+))')


def _phrase(text: str) -> str | None:
    """Quote one term as an FTS5 phrase (its characters, adjacent); None if it has no characters."""
    if not any(t != BOUNDARY for _, _, t in tokenize(text.encode("utf-8"))):
        return None
    return '"' + text.replace('"', '""') + '"'


def to_fts(query: str) -> str:
    """Turn a user query into an FTS5 expression; raise :class:`QuerySyntaxError` if it is malformed.

    Syntax: terms separated by spaces must all occur (AND); ``"a phrase"`` keeps its
    characters together; ``A OR B`` either; ``-term`` or ``NOT term`` excludes.
    Every term is a phrase of characters, so FTS5 operators inside a term are plain text.
    """
    if query is None or not query.strip():
        raise QuerySyntaxError(ArchiveErrors.E503.format(query=query or "", detail="the query is empty"))
    items: list[tuple[str, str]] = []  # (kind, value): term | or | not
    pos = 0
    while pos < len(query):
        m = _QUERY_TOKEN.match(query, pos)
        if m is None:  # only trailing whitespace left
            break
        pos = m.end()
        if m.group("open"):
            raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="a double quote is not closed"))
        if m.group("phrase") is not None:
            if m.group("neg"):
                items.append(("not", ""))
            items.append(("term", m.group("phrase")))
            continue
        word = m.group("word")
        if word == "OR":
            items.append(("or", ""))
        elif word == "NOT":
            items.append(("not", ""))
        elif word.startswith("-") and len(word) > 1:
            items.append(("not", ""))
            items.append(("term", word[1:]))
        else:
            if '"' in word:
                raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="a double quote is not closed"))
            items.append(("term", word))
    positive: list[list[str]] = []  # groups joined by OR, groups ANDed
    negative: list[str] = []
    pending_or = pending_not = False
    for kind, value in items:
        if kind == "or":
            if pending_or or pending_not or not positive:
                raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="OR needs a term on each side"))
            pending_or = True
            continue
        if kind == "not":
            if pending_not or pending_or:
                raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="NOT/- must be followed by a term"))
            pending_not = True
            continue
        phrase = _phrase(value)
        if phrase is None:
            raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail=f"the term {value!r} has no searchable characters"))
        if pending_not:
            negative.append(phrase)
        elif pending_or:
            positive[-1].append(phrase)
        else:
            positive.append([phrase])
        pending_or = pending_not = False
    if pending_or:
        raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="OR needs a term on each side"))
    if pending_not:
        raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="NOT/- must be followed by a term"))
    if not positive:
        raise QuerySyntaxError(ArchiveErrors.E503.format(query=query, detail="there is nothing to search for, only exclusions"))
    expr = " AND ".join("(" + " OR ".join(g) + ")" if len(g) > 1 else g[0] for g in positive)
    if negative:
        expr = f"({expr}) NOT ({' OR '.join(negative)})"
    return expr
