"""The Python API of text reuse: ``find_reuse`` and ``formulation_index``."""
from __future__ import annotations

import gzip
import json
import logging
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import stages
from .options import ReuseError, ReuseErrors, ReuseOptions

log = logging.getLogger(__name__)

ENGINES = ("local", "spark")


@dataclass(slots=True)
class Member:
    """One article's occurrence of a reused passage: spans are ``[begin, end)`` offsets into its text."""

    article: str
    spans: list[tuple[int, int]]
    text: str

    def to_dict(self) -> dict:
        return {"article": self.article, "spans": [list(s) for s in self.spans], "text": self.text}


@dataclass(slots=True)
class Cluster:
    """A passage shared by several articles; ``label`` is ``"reuse"`` or ``"stock"``."""

    id: int
    label: str
    stock: float
    members: list[Member] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"cluster": self.id, "label": self.label, "stock": self.stock, "members": [m.to_dict() for m in self.members]}


@dataclass(slots=True)
class ReuseResult:
    """Clusters of reused passages and the formulation index of one run.

    ``out_dir`` holds the stage tables (None when the run used a temporary folder).
    """

    clusters: list[Cluster]
    formulations: list[dict]
    out_dir: Path | None = None

    def passages(self) -> set[tuple[str, int, int, int]]:
        """Every (article, begin, end, cluster) member span, for comparisons."""
        return {(m.article, b, e, c.id) for c in self.clusters for m in c.members for b, e in m.spans}

    def to_dict(self) -> dict:
        return {"clusters": [c.to_dict() for c in self.clusters], "formulations": self.formulations}


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Articles from a JSONL file, one ``{"id","paper","date","page","text"}`` object a line."""
    path = Path(path)
    if not path.is_file():
        raise ReuseError(ReuseErrors.E704.format(source=path))
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReuseError(ReuseErrors.E703.format(source=path, line=line_no, detail=exc.msg)) from exc


def read_archive(path: str | Path) -> Iterator[dict]:
    """Articles of a banmian archive; the first of an article's pages is its page."""
    from banmian.archive import Archive  # lazily: the archive is optional for reuse

    if not Path(path).is_file():
        raise ReuseError(ReuseErrors.E704.format(source=path))
    for art in Archive(path).iter_articles():
        pages = art.get("pages") or [""]
        yield {"id": art["id"], "paper": art["paper"], "date": art["date"], "page": pages[0], "text": art["text"]}


def _result(out_dir: Path) -> ReuseResult:
    arts = stages.read(out_dir, "articles", ["id", "text"]).to_pydict()
    ids, texts = arts["id"], arts["text"]
    t = stages.read(out_dir, "clusters").to_pydict()
    spans: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    info = {}
    for c, u, b, e, label, stock in zip(t["cluster"], t["uid"], t["begin"], t["end"], t["label"], t["stock"]):
        spans[c][u].append((b, e))
        info[c] = (label, stock)
    clusters = []
    for c in sorted(spans):
        members = [Member(ids[u], sorted(s), "…".join(texts[u][b:e] for b, e in sorted(s))) for u, s in sorted(spans[c].items())]
        clusters.append(Cluster(c, info[c][0], info[c][1], members))
    forms = stages.read(out_dir, "formulations").to_pylist()
    return ReuseResult(clusters, forms, out_dir)


def find_reuse(
    articles: Iterable[dict] | None,
    *,
    engine: str = "local",
    min_chars: int = 15,
    out_dir: str | Path | None = None,
    master: str | None = None,
    spark=None,
    until: str | None = None,
    workers: int | None = None,
    **options,
) -> ReuseResult:
    """Find passages reused between articles and cluster them.

    :param articles: dicts with ``id, paper, date, page, text`` (ignored when ``out_dir``
        already holds the ``articles`` stage: the run resumes)
    :param engine: ``"local"`` (numpy, one machine) or ``"spark"`` (PySpark)
    :param min_chars: shortest passage, in characters other than punctuation and spaces
    :param out_dir: folder for the stage tables; a temporary folder when None
    :param master: Spark master URL (``local[*]`` when None)
    :param spark: an existing SparkSession to use instead of starting one
    :param workers: alignment processes of the local engine (default: cores, at most 4)
    :param until: stop after this stage (``pairs``, ``passages``, ...); the result is then empty
    :param options: any field of :class:`ReuseOptions` (max_df, min_shared, ...)
    :returns: a :class:`ReuseResult`; passages pairs of the same page are never reported
    """
    if engine not in ENGINES:
        raise ReuseError(ReuseErrors.E701.format(engine=engine))
    opts = ReuseOptions.from_kwargs(min_chars=min_chars, **options)
    temporary = out_dir is None
    out = Path(tempfile.mkdtemp(prefix="banmian-reuse-")) if temporary else Path(out_dir)
    try:
        stages.check_options(out, opts)
        if stages.is_done(out, "articles"):
            log.info("stage articles: output exists, skipped (input not read)")
        else:
            stages.write_articles(out, articles if articles is not None else [])
        if engine == "local":
            from . import local

            local.run(out, opts, until=until, workers=workers)
        else:
            from . import spark as spark_engine

            spark_engine.run(out, opts, master=master, spark=spark, until=until)
        if until is not None and until != "formulations":
            return ReuseResult([], [], None if temporary else out)
        result = _result(out)
        if temporary:
            result.out_dir = None
        return result
    finally:
        if temporary:
            shutil.rmtree(out, ignore_errors=True)


def load_reuse(out_dir: str | Path) -> ReuseResult:
    """The result of a finished run from its folder, whatever options made it (nothing is computed).

    :param out_dir: the ``out_dir`` of a finished :func:`find_reuse` (or ``banmian reuse --out``)
    :raises ReuseError: the folder holds no finished run
    """
    out = Path(out_dir)
    if not stages.is_done(out, "formulations"):
        raise ReuseError(ReuseErrors.E710.format(path=out))
    return _result(out)


def formulation_index(articles: Iterable[dict] | None, **kwargs) -> list[dict]:
    """The ranked formulation index (phrase, label, first_seen, papers, articles, months, ...)
    of ``articles``; takes the arguments of :func:`find_reuse`."""
    return find_reuse(articles, **kwargs).formulations
