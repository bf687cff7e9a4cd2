"""The bundled hard-wrapped page (examples/pages/minsheng-daily/2024-03-16/03.txt) comes
back as its articles: every paragraph whole, the running head and section name removed."""
from pathlib import Path

from banmian.restore import restore_file

PAGE = Path(__file__).resolve().parents[2] / "examples" / "pages" / "minsheng-daily" / "2024-03-16" / "03.txt"


def test_the_hard_wrapped_example_page_is_restored():
    page = restore_file(PAGE, page_no=3)
    text = page.text
    assert ["青川启动老旧小区改造三年行动", "春季植树月活动展开"] == [a.title.text for a in page.articles]
    assert ["本报记者 何  静", "通讯员 林  夏"] == [a.byline.text for a in page.articles]
    assert [3, 2] == [len(a.paragraphs) for a in page.articles]
    for art in page.articles:
        for para in art.paragraphs:
            assert para.text.endswith("。") and "\n" not in para.text
            assert len(para.spans) > 1  # printed over several lines, each its own span
            # every line of the paragraph is a whole printed line of the page
            assert all(text[e] == "\n" and text[s - 1] in "\n\u3000" for s, e in para.spans)
    removed = {text[s:e] for r in page.removed if r.reason == "furniture" for s, e in [r.span]}
    assert {"民生日报  2024年3月16日  第3版", "社会"} == removed
