"""Coded messages of the archive (E3xx), kept in one catalogue as in spaCy's errors.py."""
from __future__ import annotations

from ..errors import BanmianError


class ArchiveErrors:
    E500 = "[E500] Unknown date {value!r}: expected a real calendar date written YYYY-MM-DD."
    E501 = "[E501] Invalid paper name {value!r}: use letters, digits, '_', '.' or '-' (no spaces or slashes)."
    E502 = "[E502] {source}: cannot read the manifest ({detail})."
    E503 = "[E503] Bad search query {query!r}: {detail}."
    E504 = "[E504] Unknown export format {value!r}: expected one of {choices}."
    E505 = "[E505] {path}: not a banmian archive, or it cannot be opened ({detail})."
    E506 = "[E506] The archive at {path} is read-only."
    E507 = "[E507] {detail}: the page number must be a positive integer."
    E508 = "[E508] Export to {path} failed: {detail}."


class ArchiveError(BanmianError):
    """The archive cannot do what was asked (bad argument, bad manifest, unreadable store)."""


class QuerySyntaxError(ArchiveError):
    """A search query that cannot be parsed (unbalanced quotes, a dangling OR, nothing to search)."""
