import codecs

import pytest

from banmian.errors import InputError
from banmian.pages.decode import decode_bytes, read_page_file

PAGE = "稳住增长势头 加快转型升级\n\n本报北京5月3日电  （记者张三）今年以来，全市工业经济稳中有进。\n"


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16"),
        ("utf-16-be", "utf-16"),
    ],
)
def test_detects_encoding_and_keeps_text_exact(encoding, expected):
    decoded = decode_bytes(PAGE.encode(encoding))
    assert expected == decoded.encoding
    assert PAGE == decoded.text  # no BOM, no normalisation: offsets refer to this text


def test_bom_is_not_part_of_the_text():
    decoded = decode_bytes(codecs.BOM_UTF8 + PAGE.encode("utf-8"))
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "E010"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "E012"),
        ("<!DOCTYPE html><html><body><p>今年以来</p></body></html>".encode(), "E013"),
        ("<div>今年以来</div><p>全市</p><p>工业</p><span>经济</span><b>稳</b>".encode(), "E013"),
        (b"\xff\xfe\xfa" * 50 + b"\x81", "E014"),
        ("   \n\u3000\n".encode(), "E015"),
    ],
)
def test_bad_input_gets_a_coded_error(data, code):
    with pytest.raises(InputError, match=code):
        decode_bytes(data, source="x.txt")


def test_latin1_bytes_are_not_taken_for_chinese():
    with pytest.raises(InputError, match="E014"):
        decode_bytes("Großer Fußball-Bericht über Köln und Düsseldorf".encode("latin-1") * 20)


def test_oversized_file_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.seek(50_000_000)
        fh.write(b"\n")
    with pytest.raises(InputError, match="E011"):
        read_page_file(big)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="E016"):
        read_page_file(tmp_path / "nope.txt")
