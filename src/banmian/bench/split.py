"""Which corpus dates train models and which are held out for evaluation.

The split is by date, so no page of an evaluation date was ever seen in training.
"""
import zlib

EVAL_SHARE = 10  # one date in ten is held out


def split_of(date: str) -> str:
    """Return ``"eval"`` for held-out dates and ``"train"`` for the rest (stable across runs)."""
    return "eval" if zlib.crc32(date.encode("utf-8")) % EVAL_SHARE == 0 else "train"
