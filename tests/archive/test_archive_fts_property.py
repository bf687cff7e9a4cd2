"""Property: a search finds exactly the articles that contain the query as a substring."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banmian.archive import Archive, PageInput
from banmian.archive.fts import fold, tokenize

ALPHABET = "国债鹿泉发行，。Ａa1 "
texts = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=30).filter(lambda t: t.strip()), min_size=1, max_size=6)


def _restored(paragraphs: list[str]) -> tuple[str, dict]:
    text, arts, pos = "", [], 0
    for i, para in enumerate(paragraphs):
        arts.append({"title": f"题{i}", "paragraphs": [{"text": para, "spans": [[pos, pos + len(para)]], "role": "body"}]})
        text += para + "\n"
        pos = len(text)
    return text, {"articles": arts}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=texts, data=st.data())
def test_search_equals_a_substring_scan(paragraphs, data):
    text, restored = _restored(paragraphs)
    with Archive(":memory:", facts=False) as archive:
        archive.ingest_pages([PageInput("p", "2024-01-01", 1, text, restored=restored)], progress=False)
        source = data.draw(st.sampled_from(paragraphs))
        start = data.draw(st.integers(0, len(source) - 1))
        query = source[start:start + data.draw(st.integers(1, 8))].replace(" ", "").replace('"', "")
        if not query:
            return
        got = {h["id"] for h in archive.search(query, limit=100)["hits"]}
        # the index ignores whitespace, so compare with whitespace-free text
        want = {a["id"] for a in archive.iter_articles()
                if fold(query) in fold((a["title"] + "\n" + a["text"]).replace(" ", ""))}
        assert want == got


@given(st.text(max_size=50))
def test_tokens_are_the_characters_and_their_byte_offsets(text):
    utf8 = text.encode("utf-8", errors="surrogatepass")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    for start, end, token in tokenize(utf8):
        assert token == fold(utf8[start:end].decode("utf-8"))
        assert not token.isspace() or token == "\n"
