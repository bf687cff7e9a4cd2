import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from banmian.restore.lines import LineModel, _line_buckets, features, hash_features, refine, save, train


@given(st.text(alphabet="社区食堂老年人，。！“”ab1\u3000 ", max_size=90))
def test_line_buckets_are_the_hashes_of_the_training_features(text):
    # training hashes features(text); restoring reads _line_buckets(text): one order, one hash
    assert _line_buckets(text).tolist() == hash_features(features(text)).tolist()


def test_long_lines_read_their_first_sixty_characters():
    text = "社区" * 50
    assert len(features(text)) == len(_line_buckets(text)) == 7 + 60 + 60


# a few lines of each class, written for this test: headlines, crossheads, prose pieces
_HEADS = ["稳住增长势头 加快转型升级", "社区食堂办到家门口", "老街新韵", "春耕备耕有序推进", "青川启动老旧小区改造三年行动",
          "春季植树月活动展开"]
_CROSSHEADS = ["产业链条越拉越长", "建章立制", "服务送到心坎上", "让老人吃得放心", "一、坚持稳中求进", "（二）优化营商环境"]
_PIECES = ["记者从青川海关获悉，今年前两个月", "比去年同期提高2.1个百分点。", "为老年人提供助餐服务，日均就餐人数超过",
           "工人们正忙着播种育秧。", "市农业农村局有关负责人表示，今年将进一步", "改什么、怎么改由居民共同商量。"]


def _samples() -> list[tuple[str, int]]:
    return [(t, 0) for t in _HEADS] + [(t, 1) for t in _CROSSHEADS] + [(t, 2) for t in _PIECES]


def _loss(model, samples) -> float:
    proba = model.proba([text for text, _ in samples])
    return float(-np.mean(np.log(proba[np.arange(len(samples)), [label for _, label in samples]])))


def test_refining_lowers_the_loss_naive_bayes_leaves():
    samples = _samples()
    naive = train(samples, epochs=0)
    refined = refine(naive, samples, epochs=30)
    assert _loss(refined, samples) < 0.5 * _loss(naive, samples)
    assert refined.proba(["社区食堂办到家门口"])[0].argmax() == 0
    np.testing.assert_allclose(refined.proba([t for t, _ in samples]).sum(axis=1), 1.0)


def test_refining_is_seeded_and_the_artifact_keeps_it(tmp_path):
    samples = _samples()
    model, again = train(samples, epochs=3, seed=5), train(samples, epochs=3, seed=5)
    np.testing.assert_array_equal(model.log_probs, again.log_probs)
    save(model, tmp_path / "lines.npz")
    loaded = LineModel.load(tmp_path / "lines.npz")
    texts = [t for t, _ in samples] + ["这是一行没有见过的文字，"]
    np.testing.assert_allclose(loaded.proba(texts), model.proba(texts), atol=0.02)  # (weights stored as float16)
