"""banmian.reuse: passages and formulations reused across articles (passim for Chinese)."""
from .api import Cluster, Member, ReuseResult, find_reuse, formulation_index, read_archive, read_jsonl
from .options import ReuseError, ReuseOptions

__all__ = ["Cluster", "Member", "ReuseError", "ReuseOptions", "ReuseResult", "find_reuse", "formulation_index",
           "read_archive", "read_jsonl"]
