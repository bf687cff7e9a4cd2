"""banmian.reuse: passages and formulations reused across articles (passim for Chinese).

>>> from banmian.reuse import find_reuse
>>> result = find_reuse(articles, engine="local", min_chars=15, out_dir="reuse-run")
>>> result.clusters[0].members[0].spans        # [(begin, end)] into that article's text
>>> result.formulations[0]["phrase"], result.formulations[0]["label"]   # "reuse" or "stock"

Stages (each a Parquet table under ``out_dir``, skipped when present, see :mod:`.stages`):
articles -> pairs (+ frequent) -> passages -> clusters -> formulations. The local engine
(:mod:`.local`) and the Spark engine (:mod:`.spark`) run the same pure functions
(:mod:`.shingles`, :mod:`.candidates`, :mod:`.align`, :mod:`.clusters`, :mod:`.formulations`).
"""
from .api import Cluster, Member, ReuseResult, find_reuse, formulation_index, load_reuse, read_archive, read_jsonl
from .options import ReuseError, ReuseOptions

__all__ = ["Cluster", "Member", "ReuseError", "ReuseOptions", "ReuseResult", "find_reuse", "formulation_index",
           "load_reuse", "read_archive", "read_jsonl"]
