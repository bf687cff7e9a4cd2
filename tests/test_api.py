"""The Python API mirrors the CLI: banmian.restore(text) -> Page, however it is imported."""
import banmian
import banmian.restore.pipeline  # noqa: F401  (a submodule import must not shadow the call)
from banmian.model import Page
from banmian.restore import restore, restore_file

PAGE = "小城故事多\n\n这座小城的变化，大家有目共睹。街道变宽了，\n\n绿地变多了，居民的笑容也多了。\n"


def test_banmian_restore_is_callable_every_time():
    first = banmian.restore(PAGE)
    second = banmian.restore(PAGE, source="x.txt")
    assert isinstance(first, Page) and isinstance(second, Page)
    assert first.to_dict()["articles"] == second.to_dict()["articles"]
    assert "x.txt" == second.source


def test_function_and_file_api_agree(tmp_path):
    f = tmp_path / "05.txt"
    f.write_text(PAGE, encoding="utf-8")
    assert restore(PAGE).to_dict()["articles"] == restore_file(f).to_dict()["articles"]
    assert 5 == restore_file(f, page_no=5).page_no
