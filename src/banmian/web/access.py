"""Hand each request an archive it may use: apsw connections refuse concurrent use.

FastAPI runs plain ``def`` endpoints in a thread pool, and an apsw connection used by
two threads at once raises ``ThreadingViolationError``. So each worker thread opens
its own read-only :class:`~banmian.archive.Archive` on first use; an archive handed in
ready-made (tests, embedding) is shared behind a lock instead.
"""
from __future__ import annotations

import threading
from pathlib import Path

from ..errors import BanmianError
from .errors import WebError, WebErrors


def open_archive(path: str | Path):
    """Open the archive read-only; :class:`WebError` (a BanmianError) if it cannot be."""
    from ..archive import Archive

    try:
        return Archive(path, readonly=True)
    except BanmianError as exc:
        raise WebError(500, WebErrors.W501.format(path=path, detail=exc)) from None


class _Locked:
    """A shared archive whose calls run one at a time."""

    def __init__(self, archive):
        self._archive = archive
        self._lock = threading.Lock()

    def __getattr__(self, name):
        value = getattr(self._archive, name)
        if not callable(value):
            return value

        def call(*args, **kwargs):
            with self._lock:
                result = value(*args, **kwargs)
                return list(result) if hasattr(result, "__next__") else result

        return call


class ArchiveAccess:
    """One read-only archive per thread for ``path`` (or one shared ``archive`` behind a lock).

    :param path: the archive file; opened once here so a bad path fails at start-up
    :param archive: an already open archive to share instead
    """

    def __init__(self, path: str | Path | None = "banmian.db", archive=None):
        self.path = path
        self._local = threading.local()
        self._opened: list = []
        self._guard = threading.Lock()
        if archive is not None:
            self._shared = _Locked(archive)
        else:
            self._shared = None
            self._remember(open_archive(path))

    def _remember(self, archive):
        self._local.archive = archive
        with self._guard:
            self._opened.append(archive)
        return archive

    def get(self):
        if self._shared is not None:
            return self._shared
        archive = getattr(self._local, "archive", None)
        return archive if archive is not None else self._remember(open_archive(self.path))

    def close(self) -> None:
        with self._guard:
            opened, self._opened = self._opened, []
        for archive in opened:
            try:
                archive.close()
            except Exception:  # closing from another thread may be refused; the process is ending anyway
                pass
