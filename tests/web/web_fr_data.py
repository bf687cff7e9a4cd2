"""A tiny archive for the facts and reuse pages: page texts we wrote ourselves.

Two issues of one paper and one issue of another: an official with his posts and a
target (``力争2025年突破1000亿元``), a later issue reporting a figure for the same
metric, and one long sentence printed by both papers (text reuse across articles of
different pages). Ingested with the real restorer when it works, else with the
fixture restorer of :mod:`web_helpers`; expected values are read back from the archive.
"""
from __future__ import annotations

from pathlib import Path

PAPER_A, PAPER_B = "东山日报", "西岭晚报"
DATE_1, DATE_2 = "2024-01-10", "2024-12-20"

REUSED = "坚持以高质量发展为主题，加快构建现代化产业体系，推动经济实现质的有效提升和量的合理增长"

A_1 = f"""2024年1月10日 星期三

第1版 要闻

全市工业经济稳中有进

本报讯  市发改委党组书记、主任赵建林说，今年全市规上工业增加值力争2025年突破1000亿元。{REUSED}。

全市各级各部门要狠抓落实，确保各项任务按期完成。
"""

A_2 = """2024年12月20日 星期五

第2版 经济

工业增加值保持较快增长

本报讯  记者从市统计局获悉，1至11月，全市规上工业增加值达到766.02亿元，同比增长35.47%。

市发改委党组书记、主任赵建林表示，将继续推动重点项目建设。
"""

B_1 = f"""2024年1月10日 星期三

第3版 评论

奋力谱写发展新篇章

本报评论员  新的一年，{REUSED}。各地要结合实际，把中央的部署落到实处。

只要我们坚定信心、真抓实干，就一定能够完成全年目标任务。
"""

PAGES = {(PAPER_A, DATE_1, 1): A_1, (PAPER_A, DATE_2, 2): A_2, (PAPER_B, DATE_1, 3): B_1}


def write_pages(root: Path) -> Path:
    for (paper, date, page), text in PAGES.items():
        f = root / paper / date / f"{page:02d}.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text, encoding="utf-8")
    return root


def _restored_well(db: Path) -> bool:
    """True when every page gave its articles and the reused sentence survived restoring."""
    from banmian.archive import Archive

    with Archive(db, readonly=True) as a:
        arts = list(a.iter_articles())
    return len(arts) >= 3 and sum(REUSED in art["text"] for art in arts) == 2


def build_fr_archive(tmp: Path) -> Path:
    """Ingest the pages into ``tmp/fr.db`` (real restorer, else the fixture one); return its path."""
    from banmian.archive import Archive

    pages = write_pages(tmp / "pages")
    for name, restorer in (("fr.db", None), ("fr-fixture.db", "fixture")):
        db = tmp / name
        if restorer == "fixture":
            from web_helpers import fixture_restorer as restorer
        try:
            with Archive(db, restorer=restorer) as archive:
                summary = archive.ingest([pages], progress=False)
            if not summary.skipped and _restored_well(db):
                return db
        except Exception:  # the restore engine is someone else's work in progress: fall back
            if restorer is not None:
                raise
    raise AssertionError("could not build the facts/reuse archive")
