"""Options of a reuse run, and the errors it reports (coded as in banmian.errors)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from ..errors import BanmianError
from .align import AlignOptions


class ReuseErrors:
    E701 = "[E701] Unknown engine {engine!r}: expected 'local' or 'spark'."
    E702 = "[E702] {path} holds a run made with other options ({diff}); use another output folder or the same options."
    E703 = "[E703] {source}: line {line} is not a JSON article ({detail})."
    E704 = "[E704] {source}: no such file."
    E705 = "[E705] Article {index} has no {field!r}: every article needs id, paper, date, page and text."
    E706 = "[E706] The Spark engine needs pyspark (pip install 'banmian[spark]'): {detail}"
    E707 = "[E707] Give exactly one input: --db FILE or --input articles.jsonl."
    E708 = "[E708] {source}: no such folder."
    E709 = "[E709] No articles to compare."
    E710 = "[E710] {path} holds no finished reuse run (run `banmian reuse --out {path}` first)."


class ReuseError(BanmianError):
    """A reuse run cannot start (bad options, input or output folder)."""


# The alignment knobs keep their defaults in one place, AlignOptions.
_ALIGN = AlignOptions()


@dataclass(frozen=True, slots=True)
class ReuseOptions:
    """Every knob of a reuse run (defaults tuned on the People's Daily benchmark).

    n: shingle length; min_chars: shortest passage (characters, punctuation not counted);
    max_df: n-grams in more articles are stock, not join keys; min_shared: fewest shared
    rare n-grams for a candidate pair; max_gap, gap_cost, min_match, max_repeat: alignment
    (see :class:`AlignOptions`); stock_share: clusters made at least this much of stock
    n-grams are labelled stock; stock_days: a phrase one paper prints on this many days is
    stock; min_phrase_chars: shortest stock phrase in the formulation index; partitions:
    hash partitions of the local self-join (memory).
    """

    n: int = _ALIGN.n
    min_chars: int = _ALIGN.min_chars
    max_df: int = 20
    min_shared: int = 5
    max_gap: int = _ALIGN.max_gap
    gap_cost: float = _ALIGN.gap_cost
    indel_cost: float = _ALIGN.indel_cost
    min_match: float = _ALIGN.min_match
    max_repeat: int = _ALIGN.max_repeat
    stock_share: float = 0.5
    stock_days: int = 10
    min_phrase_chars: int = 8
    partitions: int = 16

    def align_options(self) -> AlignOptions:
        return AlignOptions(**{f.name: getattr(self, f.name) for f in fields(AlignOptions)})

    def fingerprint(self) -> dict:
        """The options that change results (partitions only change memory use)."""
        d = asdict(self)
        d.pop("partitions")
        return d

    @classmethod
    def from_kwargs(cls, **kwargs) -> "ReuseOptions":
        names = {f.name for f in fields(cls)}
        unknown = set(kwargs) - names
        if unknown:
            raise TypeError(f"unknown reuse options: {sorted(unknown)}")
        return cls(**kwargs)


def dumps(options: ReuseOptions) -> str:
    return json.dumps(options.fingerprint(), sort_keys=True, indent=1)
