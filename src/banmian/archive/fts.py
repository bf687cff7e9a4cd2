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
from operator import itemgetter

import numpy as np

from .errors import ArchiveErrors, QuerySyntaxError

TOKENIZER = "banmian_chars"
BOUNDARY = "\n"

# Full-width ASCII folds to ASCII, and ASCII letters to lower case, so `ＧＤＰ` finds `gdp`.
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)}
_FOLD.update({ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_FOLD.update({0xFF21 + i: ord("a") + i for i in range(26)})
_NEEDS_FOLD = re.compile("[A-Z\uff01-\uff5e]")
# Characters that are no token: whitespace (a newline is the paragraph boundary token).
_SKIP = {"\u3000", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u2029"}


def fold(text: str) -> str:
    """The text as the index sees it (case and width folded, one character for one)."""
    return text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text


def _token_of(ch: str) -> str | None:
    if ch == BOUNDARY:
        return ch
    if ch in _SKIP or ch.isspace() or ord(ch) < 32:
        return None
    return ch.translate(_FOLD)


# character -> its token (None: no token); grows with the characters seen
_TOKENS: dict[str, str | None] = {}
_third = itemgetter(2)


def tokenize(utf8: bytes, flags: int = 0, locale: str | None = None) -> list[tuple[int, int, str]]:
    """FTS5 tokenizer: ``(start_byte, end_byte, token)`` for every character of ``utf8``.

    Written as C-level steps (numpy finds where each UTF-8 character starts; map, zip and
    filter build the tuples) rather than a Python loop per character: tokenizing is most
    of the cost of building the index.
    """
    text = utf8.decode("utf-8", errors="replace")
    data = np.frombuffer(utf8, dtype=np.uint8)
    starts = np.flatnonzero((data & 0xC0) != 0x80)
    if len(starts) != len(text):  # invalid UTF-8 (SQLite hands us valid text; be safe anyway)
        return _tokenize_slow(utf8)
    tokens = _TOKENS
    new = set(text).difference(tokens)
    for ch in new:
        tokens[ch] = _token_of(ch)
    ends = np.append(starts[1:], len(data))
    return list(filter(_third, zip(starts.tolist(), ends.tolist(), map(tokens.__getitem__, text))))


_CHAR = re.compile(rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _tokenize_slow(utf8: bytes) -> list[tuple[int, int, str]]:
    out = []
    for m in _CHAR.finditer(utf8):
        tok = _token_of(m.group().decode("utf-8"))
        if tok:
            out.append((m.start(), m.end(), tok))
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
    """Turn a user query into an FTS5 expression; raise :class:`QuerySyntaxError` if it is malformed."""
    return parse(query)[0]


def parse(query: str) -> tuple[str, list[str]]:
    """``(FTS5 expression, positive terms)`` of a user query; raise :class:`QuerySyntaxError` if malformed.

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
    terms = [t for t, kind in zip([v for k, v in items if k == "term"], _term_kinds(items)) if kind == "pos"]
    expr = " AND ".join("(" + " OR ".join(g) + ")" if len(g) > 1 else g[0] for g in positive)
    if negative:
        expr = f"({expr}) NOT ({' OR '.join(negative)})"
    return expr, terms


def _term_kinds(items: list[tuple[str, str]]) -> list[str]:
    """"pos" or "neg" for every term of the parsed items, in order."""
    kinds, negate = [], False
    for kind, _ in items:
        if kind == "not":
            negate = True
        elif kind == "term":
            kinds.append("neg" if negate else "pos")
            negate = False
    return kinds


# --- snippets ---------------------------------------------------------------------

HIT_START, HIT_END = "\ue000", "\ue001"


def _term_pattern(terms: list[str]) -> re.Pattern | None:
    alts = []
    for term in sorted(set(terms), key=len, reverse=True):
        chars = [c for c in fold(term) if not c.isspace()]
        if chars:
            # the index skips whitespace, so `国债` also matches `国 债`; the snippet does too
            alts.append(r"\s*".join(re.escape(c) for c in chars))
    return re.compile("|".join(alts)) if alts else None


def snippet(texts: list[str], terms: list[str], width: int = 48) -> str:
    """A window of ``width`` characters around the first hit, every hit marked U+E000…U+E001.

    ``texts`` are tried in order (body first, then heading, then title); the first that
    holds a hit gives the window. Computed in Python with one regex (C speed) instead of
    FTS5's snippet(), which would run the Python tokenizer over every shown document.
    """
    pattern = _term_pattern(terms)
    for text in texts:
        if not text:
            continue
        folded = fold(text)  # one character for one character: offsets carry over
        first = pattern.search(folded) if pattern else None
        if first is None:
            continue
        start = max(0, first.start() - width // 4)
        end = min(len(text), start + width)
        start = max(0, min(start, end - width))
        out, pos = [], start
        for m in pattern.finditer(folded, start, end):
            if m.end() > end:
                break
            out.append(text[pos:m.start()])
            out.append(HIT_START + text[m.start():m.end()] + HIT_END)
            pos = m.end()
        out.append(text[pos:end])
        return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")
    first_text = next((t for t in texts if t), "")
    return first_text[:width] + ("…" if len(first_text) > width else "")
