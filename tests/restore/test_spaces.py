"""Pages spaced with tabs or no-break spaces (`&nbsp;` of web pages) restore as pages
spaced with ideographic or ASCII spaces do."""
from pathlib import Path

import pytest

from banmian.restore import restore

from restore_pages import ROUNDUP

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples" / "pages").rglob("*.txt"))
# Same-length substitutions, so that offsets stay comparable.
SPACINGS = {
    "no-break indents": ("\u3000\u3000", "\u00a0\u00a0"),
    "tab indents": ("\u3000\u3000", "\t\t"),
    "no-break padding": ("  ", "\u00a0\u00a0"),
}


def structure(text: str) -> list[tuple]:
    """What a reader sees of each article, with every kind of space read as one."""
    def plain(s):
        return None if s is None else "".join(" " if ch in " \t\u3000\u00a0" else ch for ch in s)
    return [(plain(a.title and a.title.text), plain(a.byline and a.byline.text),
             [(plain(p.text), p.role) for p in a.paragraphs]) for a in restore(text).articles]


# The bundled example pages, and a roundup whose indents alone make its items crossheads.
PAGES = {**{"/".join(p.parts[-2:]): p.read_text(encoding="utf-8") for p in EXAMPLES}, "roundup": ROUNDUP}


@pytest.mark.parametrize("spacing", SPACINGS)
@pytest.mark.parametrize("page", PAGES)
def test_the_kind_of_space_does_not_change_the_articles(page, spacing):
    old, new = SPACINGS[spacing]
    assert structure(PAGES[page].replace(old, new)) == structure(PAGES[page])


PADDED = ("稳住增长势头  加快转型升级\n\n刘新吾  王  嫚\n\n"
          "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。\n\n"
          "市工信局将重点推进产业链延链补链强链，力争明年突破1000亿元。\n\n"
          "春耕备耕有序推进\n\n杨  果\n\n"
          "眼下正值春耕备耕的关键时节，田间地头一派繁忙景象。\n\n"
          "全镇计划种植水稻3.2万亩，比去年增加1500亩。\n")


def test_a_byline_of_names_padded_with_no_break_spaces_is_a_byline():
    assert [a.byline.text for a in restore(PADDED).articles] == ["刘新吾  王  嫚", "杨  果"]
    assert structure(PADDED.replace("  ", "\u00a0\u00a0")) == structure(PADDED)
