"""banmian.archive: whole issues in one SQLite file, jumps stitched, Chinese full-text search.

>>> from banmian.archive import Archive
>>> archive = Archive("banmian.db")
>>> archive.ingest(["papers/"])          # PAPER/YYYY-MM-DD/NN.txt
>>> archive.search("国债")["hits"][0]["id"]
"""
from .db import Archive, IngestSummary
from .errors import ArchiveError, QuerySyntaxError
from .issue import PageInput
from .store import Store

__all__ = ["Archive", "IngestSummary", "ArchiveError", "QuerySyntaxError", "PageInput", "Store"]
