from banmian.reuse.shingles import normalize, normalized_text, shingle


def test_normalize_drops_punctuation_and_keeps_offsets():
    text = "２０３５年，基本实现 现代化。"
    codes, offsets = normalize(text)
    assert "2035年基本实现现代化" == normalized_text(text)
    for code, off in zip(codes.tolist(), offsets.tolist()):
        ch = text[off]
        assert chr(code) == ch or chr(code) == chr(ord(ch) - 0xFEE0)
    assert len("２０３５年，") == offsets[5]  # 基 sits after the comma


def test_digits_make_different_shingles():
    a, b = shingle("到2035年基本实现"), shingle("到2025年基本实现")
    assert set(a.hashes.tolist()) != set(b.hashes.tolist())


def test_span_maps_back_to_original_text():
    text = "一、坚持 稳中求进，工作总基调"
    s = shingle(text)
    begin, end = s.span(1, 5)  # normalised 一[坚持稳中]
    assert "坚持 稳中" == text[begin:end]


def test_short_text_has_no_shingles():
    assert 0 == len(shingle("你好").hashes)
    assert 0 == len(shingle("").hashes)


from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("两会精神，。、 \n2035ＧＤＰgdp“”（）年月日经济发展"))))
def test_every_kept_character_points_back_into_the_text(text):
    codes, offsets = normalize(text)
    assert len(codes) == len(offsets)
    assert list(offsets) == sorted(set(offsets.tolist()))
    for code, off in zip(codes.tolist(), offsets.tolist()):
        assert chr(code) == text[off].lower() or chr(code) == chr(ord(text[off]) - 0xFEE0).lower()
    dropped = set(range(len(text))) - set(offsets.tolist())
    assert all(not text[i].isalnum() for i in dropped)
