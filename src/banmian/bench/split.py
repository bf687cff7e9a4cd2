"""Which corpus dates train models and which are held out for evaluation.

The split is by date, so no page of an evaluation date was ever seen in training.

Training pages are split once more. The statistics read from text (character n-grams, the
line model, the seam model's counts) are counted on most of them; the decisions that weigh
those statistics (the seam model's classifiers, the assembler's weights) are fitted on the
rest, one page in ``FIT_SHARE``. A fit on pages whose text the statistics had counted
learns to trust them more than they deserve on text they never saw, which is all text a
user restores.
"""
import zlib

EVAL_SHARE = 10  # one date in ten is held out
FIT_SHARE = 5  # one training page in five fits the decisions, the rest are counted


def split_of(date: str) -> str:
    """Return ``"eval"`` for held-out dates and ``"train"`` for the rest (stable across runs)."""
    return "eval" if zlib.crc32(date.encode("utf-8")) % EVAL_SHARE == 0 else "train"


def page_key(date: str, page: int | str) -> str:
    """``2020-02-15/07``: one printed page of the corpus."""
    return f"{date}/{int(page):02d}"


def is_fit_page(key: str) -> bool:
    """True for the training pages that fit decisions; the others are counted (see above)."""
    return zlib.crc32(key.encode("utf-8")) % FIT_SHARE == 0


def on_fit_page(article: dict) -> bool:
    """Is this corpus article (fields date, page) printed on a page that fits decisions?"""
    return is_fit_page(page_key(article["date"], article["page"]))
