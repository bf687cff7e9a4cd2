"""Restore the articles of one raw newspaper page (see docs in README).

``restore(text) -> Page`` runs the stages in order:
blocks (pages.blocks) -> roles -> layout duplicates -> seams -> assembly.
"""
from __future__ import annotations

import functools
import hashlib
import sys
import types
from pathlib import Path

from ..model import Page
from ..pages.decode import MAX_BYTES, read_page_file

__all__ = ["restore", "restore_file", "engine_version"]


def restore(text: str, source: str = "<text>", page_no: int | None = None, method: str = "global") -> Page:
    """Restore the articles of one page of raw text.

    :param text: the decoded page text; every offset in the result refers to it
    :param source: where the text came from (kept in ``Page.source``)
    :param page_no: the printed page number, if known (used for jump links)
    :param method: ``"global"`` (seam model + global matching) or ``"naive"``
        (join a block to the next when it does not end in sentence punctuation: the baseline)
    """
    from .pipeline import restore_text

    return restore_text(text, source=source, page_no=page_no, method=method)


def restore_file(path: str | Path, page_no: int | None = None, method: str = "global", max_bytes: int = MAX_BYTES) -> Page:
    """Read, decode and restore one page file; raises InputError on bad input."""
    from .pipeline import restore_text

    decoded = read_page_file(path, max_bytes=max_bytes)
    page = restore_text(decoded.text, source=str(path), page_no=page_no, method=method)
    page.encoding = decoded.encoding
    return page


@functools.lru_cache(maxsize=1)
def engine_version() -> str:
    """What the restorer is: the package version and a digest of its trained artifacts.

    The archive stores it with every page it restores, so a page restored by an older
    engine is restored again at the next ingest even though its text did not change.
    """
    from .. import __version__

    digest = hashlib.sha256()
    for path in sorted((Path(__file__).resolve().parent.parent / "data").iterdir()):
        if path.is_file():
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


class _CallableModule(types.ModuleType):
    """Lets ``banmian.restore(text)`` work although ``banmian.restore`` is also this package
    (importing a submodule makes the package attribute the module, not the function)."""

    def __call__(self, text: str, source: str = "<text>", page_no: int | None = None, method: str = "global") -> Page:
        return restore(text, source=source, page_no=page_no, method=method)


sys.modules[__name__].__class__ = _CallableModule
