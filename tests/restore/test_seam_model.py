"""The seam model: does block B continue block A inside one paragraph?

All sentences here are invented for the tests (no corpus text). The packaged artifact is
committed, so these tests need no corpus; the last ones run the training code on a few
synthetic articles.
"""
from __future__ import annotations

import numpy as np
import pytest

from banmian.restore.seam import SeamModel, SeamModelError
from banmian.restore.seam_train import auc, cut_points, evaluate, fit_logistic, fit_side, simulate_page, train

# (left piece cut mid-sentence, its true continuation)
CUT_SENTENCES = [
    ("今年以来，市工信", "局将重点推进产业链条延伸，带动更多就业岗位。"),
    ("据介绍，这个项目总投资约十二亿元，预计明年六月建成投", "产，年产值可达三十亿元。"),
    ("他说：“我们要把邻居家的难处当成自家的大", "事来办，把好事办实。”"),
    ("为加快推进乡村振兴，当地政府出台了一系列支持政", "策，鼓励年轻人返乡创业。"),
    ("会议强调，要坚持以人民为中心的发展思", "想，切实保障和改善民生。"),
]
# paragraph starts that continue none of the lefts above
PARAGRAPH_STARTS = [
    "本报北京5月3日电（记者张三）记者从国家统计局获悉，一季度经济运行总体平稳。",
    "新华社北京6月1日电 国务院日前印发通知，部署下一阶段重点工作。",
    "近年来，某县大力发展特色农业，农民收入稳步增长。",
]


@pytest.fixture(scope="module")
def model() -> SeamModel:
    return SeamModel.load()


def test_load_is_cached_per_path(model):
    assert model is SeamModel.load()


def test_missing_artifact_is_a_named_error(tmp_path):
    with pytest.raises(SeamModelError, match=r"\[E301\]"):
        SeamModel.load(tmp_path / "nothing.npz")


def test_shapes_dtypes_and_ranges(model):
    lefts = [left for left, _ in CUT_SENTENCES]
    rights = [right for _, right in CUT_SENTENCES] + PARAGRAPH_STARTS
    matrix = model.continuation_matrix(lefts, rights)
    assert (len(lefts), len(rights)) == matrix.shape
    assert np.float64 == matrix.dtype
    assert np.all((matrix >= 0) & (matrix <= 1))
    for probs, n in ((model.start_prob(rights), len(rights)), (model.end_prob(lefts), len(lefts))):
        assert (n,) == probs.shape
        assert np.float64 == probs.dtype
        assert np.all((probs >= 0) & (probs <= 1))


def test_empty_inputs(model):
    assert (0, 3) == model.continuation_matrix([], ["甲", "乙", "丙"]).shape
    assert (2, 0) == model.continuation_matrix(["甲", "乙"], []).shape
    assert (0,) == model.start_prob([]).shape
    assert (0,) == model.end_prob([]).shape


def test_odd_strings_do_not_break_scoring(model):
    odd = ["", "   ", "\n", "a", "１２３", "《", "”", "……", "Hello world", "年"]
    matrix = model.continuation_matrix(odd, odd)
    assert np.all(np.isfinite(matrix))
    assert np.all(np.isfinite(model.start_prob(odd)))
    assert np.all(np.isfinite(model.end_prob(odd)))


@pytest.mark.parametrize("left, right", CUT_SENTENCES)
def test_true_continuation_beats_unrelated_paragraph_starts(model, left, right):
    scores = model.continuation_matrix([left], [right] + PARAGRAPH_STARTS)[0]
    assert scores[0] > scores[1:].max()


def test_true_continuations_form_the_diagonal(model):
    lefts = [left for left, _ in CUT_SENTENCES]
    rights = [right for _, right in CUT_SENTENCES]
    matrix = model.continuation_matrix(lefts, rights)
    # most lefts rank their own continuation first among all the rights
    assert sum(int(np.argmax(matrix[i]) == i) for i in range(len(lefts))) >= len(lefts) - 1


def test_right_starting_with_comma_is_a_continuation(model):
    left = "近年来，这座城市大力发展数字经济"
    comma = "，培育了一批创新型企业。"
    scores = model.continuation_matrix([left], [comma] + PARAGRAPH_STARTS)[0]
    assert scores[0] > scores[1:].max()
    # and it cannot begin a paragraph
    assert model.start_prob([comma])[0] < 0.1
    assert model.start_prob([comma])[0] < model.start_prob(PARAGRAPH_STARTS).min()


def test_closed_left_is_not_continued(model):
    closed = "全市经济运行稳中有进，全年目标任务圆满完成。"
    open_ = "全市经济运行稳中有进，全年目标任务圆满完"
    right = "成，群众满意度持续提升。"
    matrix = model.continuation_matrix([closed, open_], [right])
    assert matrix[1, 0] > matrix[0, 0]


def test_start_and_end_probabilities(model):
    starts = model.start_prob(PARAGRAPH_STARTS + [right for _, right in CUT_SENTENCES])
    n = len(PARAGRAPH_STARTS)
    assert starts[:n].min() > 0.5
    assert np.median(starts[n:]) < 0.5
    ends = model.end_prob(["全年目标任务圆满完成。", "他表示：“我们有信心完成任务。”"] + [left for left, _ in CUT_SENTENCES])
    assert ends[:2].min() > 0.5
    assert ends[2:].max() < 0.5


def test_quote_balance_counts(model):
    open_quote = "他说：“这件事我们一定要办好"
    no_quote = "他说这件事我们一定要办好"
    right = "，让群众放心。”"
    matrix = model.continuation_matrix([open_quote, no_quote], [right])
    assert matrix[0, 0] > matrix[1, 0]


# ---- the training path, on synthetic articles ----

_ARTICLES = [
    [
        "今年以来，某市工信局围绕产业链条延伸，推动一批重点项目落地投产，全市规模以上工业增加值同比增长百分之八。",
        "在高新区的一家电子企业，生产线上机械臂来回穿梭。企业负责人介绍，新上的智能产线让产能提高了三成。",
        "市工信局的一位科长说，接下来还会上门帮企业解决用工、融资等难题，让新上的项目早一天投产见效。",
    ],
    [
        "清晨六点，山脚下的茶园里已经有了采茶人忙碌的身影。今年春茶长势良好，茶农们脸上洋溢着笑容。",
        "村党支部书记告诉记者，村里成立了茶叶合作社，统一品牌、统一销售，去年户均增收两万多元。",
        "为了让茶叶卖得更远，合作社还开通了网店，年轻人回乡做起了直播，把家乡的好茶推向全国各地。",
    ],
    [
        "记者从市交通运输局获悉，新建的跨江大桥主体工程已经完工，预计年底前正式通车，两岸通行时间将缩短半小时。",
        "大桥全长三千二百米，采用双塔斜拉结构。建设者们克服了汛期施工等困难，确保了工程质量和进度。",
        "通车后，大桥将与城市快速路网连成一体，进一步方便沿线群众出行，带动两岸经济协同发展。",
    ],
    [
        "走进社区养老服务中心，老人们有的在下棋，有的在练书法，工作人员正在为大家准备午餐。",
        "中心负责人介绍，这里不仅提供助餐、助浴等服务，还定期邀请医生上门义诊，满足老人多样化需求。",
        "“在家门口就能享受这么好的服务，我们很满意。”七十多岁的王大爷笑着说。",
    ],
]


def _synthetic_pages() -> dict[str, list[dict]]:
    pages: dict[str, list[dict]] = {}
    for d in range(6):
        articles = []
        for k in range(3):
            paras = _ARTICLES[(d + k) % len(_ARTICLES)]
            articles.append({"title": f"标题{d}{k}", "kicker": "", "subtitle": "", "paragraphs": paras})
        pages[f"2026-01-0{d + 1}/0{d % 2 + 1}"] = articles
    return pages


@pytest.fixture(scope="module")
def tiny_model() -> SeamModel:
    return train(_synthetic_pages(), bits=16, max_order=4, negatives=6, hidden_units=0, progress=False)


@pytest.fixture(scope="module")
def tiny_hidden_model() -> SeamModel:
    return train(_synthetic_pages(), bits=16, max_order=4, negatives=6, hidden_units=4, progress=False)


def test_tiny_training_run_gives_a_working_model(tiny_model, tmp_path):
    metrics = evaluate(tiny_model, _synthetic_pages(), progress=False)
    assert metrics["open_lefts"] > 0
    assert metrics["continuation_auc"] > 0.8
    assert metrics["top1_accuracy"] > 0.3
    # it saves and loads back to the same scores
    path = tmp_path / "seam_tiny.npz"
    tiny_model.save(path)
    loaded = SeamModel.load(path)
    texts = [p for paras in _ARTICLES for p in paras]
    lefts = [t[:17] for t in texts]
    rights = [t[17:] for t in texts]
    np.testing.assert_allclose(tiny_model.continuation_matrix(lefts, rights), loaded.continuation_matrix(lefts, rights))
    np.testing.assert_allclose(tiny_model.start_prob(texts), loaded.start_prob(texts))


def test_training_is_deterministic(tiny_model):
    again = train(_synthetic_pages(), bits=16, max_order=4, negatives=6, hidden_units=0, progress=False)
    np.testing.assert_array_equal(tiny_model.counts.table, again.counts.table)
    np.testing.assert_array_equal(tiny_model.pair.coef, again.pair.coef)


def test_artifact_holds_no_text(tiny_model):
    arrays = tiny_model.to_arrays()
    for name, arr in arrays.items():
        if arr.dtype.kind == "U" and name not in ("feature_names", "meta"):
            pytest.fail(f"text array {name} in the artifact")
    assert "某市工信局" not in str(arrays["meta"])


def test_cuts_respect_typesetting_rules():
    rng = np.random.default_rng(0)
    text = "今年以来，某市工信局推动一批重点项目落地投产，“产业链条”越拉越长。" * 5
    for _ in range(50):
        for k in cut_points(text, rng):
            assert text[k] not in "，。、；：？！）》」』”…"
            assert text[k - 1] not in "“（《"


def test_simulated_page_keeps_every_character():
    pages = _synthetic_pages()
    key = next(iter(pages))
    page = simulate_page(key, pages[key], seed=1)
    rebuilt = {}
    for piece in page.pieces:
        rebuilt.setdefault((piece.article, piece.paragraph), []).append(piece.text)
    originals = {(a, p): text for a, art in enumerate(pages[key]) for p, text in enumerate(art["paragraphs"])}
    assert originals == {k: "".join(v) for k, v in rebuilt.items()}


def test_auc_and_logistic_fit():
    assert 1.0 == auc(np.array([0.1, 0.2, 0.8, 0.9]), np.array([0, 0, 1, 1]))
    assert 0.5 == auc(np.array([0.5, 0.5]), np.array([0, 1]))
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 2))
    y = (X[:, 0] - X[:, 1] + 0.3 * rng.normal(size=400) > 0).astype(float)
    lin = fit_logistic(X, y, np.ones(400))
    assert lin.coef[0] > 0 > lin.coef[1]


@pytest.mark.parametrize("which", ["tiny_model", "tiny_hidden_model"])
def test_scoring_matches_the_training_features(which, request):
    """The fast scoring path (no feature tensor) equals the features training saw."""
    from banmian.restore.seam_features import end_side, pair_features, start_side

    tiny_model = request.getfixturevalue(which)
    assert (which == "tiny_hidden_model") == (tiny_model.hidden is not None)
    texts = [p for paras in _ARTICLES for p in paras]
    lefts, rights = [t[:23] for t in texts], [t[23:] for t in texts] + ["，让群众放心。”"]
    counts, words = tiny_model.counts, tiny_model.words
    left, right = end_side(lefts, counts, words), start_side(rights, counts, words)
    pf = pair_features(left, right, counts, words)
    nl, nr = len(lefts), len(rights)
    X = np.concatenate(
        [pf, np.broadcast_to(left.features[:, None, :], (nl, nr, left.features.shape[1])),
         np.broadcast_to(right.features[None, :, :], (nl, nr, right.features.shape[1]))], axis=-1)
    logit = X @ tiny_model.pair.coef + tiny_model.pair.bias
    if tiny_model.hidden is not None:
        h = tiny_model.hidden
        logit = logit + np.maximum(X @ h.weights + h.bias, 0.0) @ h.out
    expected = 1.0 / (1.0 + np.exp(-logit))
    np.testing.assert_allclose(expected, tiny_model.continuation_matrix(lefts, rights), rtol=1e-9, atol=1e-12)


def test_hidden_layer_survives_save_and_load(tiny_hidden_model, tmp_path):
    path = tmp_path / "seam_hidden.npz"
    tiny_hidden_model.save(path)
    loaded = SeamModel.load(path)
    assert loaded.hidden is not None
    texts = [p for paras in _ARTICLES for p in paras]
    lefts, rights = [t[:11] for t in texts], [t[11:] for t in texts]
    np.testing.assert_allclose(
        tiny_hidden_model.continuation_matrix(lefts, rights), loaded.continuation_matrix(lefts, rights)
    )


def test_start_and_end_layers_survive_save_and_load(tiny_hidden_model, tmp_path):
    assert tiny_hidden_model.start_hidden is not None and tiny_hidden_model.end_hidden is not None
    path = tmp_path / "seam_sides.npz"
    tiny_hidden_model.save(path)
    loaded = SeamModel.load(path)
    texts = [p for paras in _ARTICLES for p in paras]
    pieces = [t[9:] for t in texts] + [t[:9] for t in texts]
    np.testing.assert_allclose(tiny_hidden_model.start_prob(pieces), loaded.start_prob(pieces))
    np.testing.assert_allclose(tiny_hidden_model.end_prob(pieces), loaded.end_prob(pieces))
    # the page-wide pass gives the same one-sided scores as the single calls
    seams = loaded.assess(pieces, pieces)
    np.testing.assert_allclose(seams.right_start, loaded.start_prob(pieces))
    np.testing.assert_allclose(seams.left_end, loaded.end_prob(pieces))


def test_a_model_without_start_and_end_layers_scores_them_linearly(tmp_path):
    from banmian.restore.seam_features import end_side, start_side

    model = train(_synthetic_pages(), bits=16, max_order=4, negatives=6, hidden_units=0, side_units=0, progress=False)
    assert model.start_hidden is None and model.end_hidden is None
    path = tmp_path / "seam_linear.npz"
    model.save(path)
    loaded = SeamModel.load(path)  # an artifact without the layers' arrays loads as it was
    assert loaded.start_hidden is None and loaded.end_hidden is None
    texts = [p for paras in _ARTICLES for p in paras]
    start = start_side(texts, model.counts, model.words).features @ model.start.coef + model.start.bias
    end = end_side(texts, model.counts, model.words).features @ model.end.coef + model.end.bias
    np.testing.assert_allclose(loaded.start_prob(texts), 1.0 / (1.0 + np.exp(-start)))
    np.testing.assert_allclose(loaded.end_prob(texts), 1.0 / (1.0 + np.exp(-end)))


def test_a_start_layer_learns_what_a_linear_start_model_cannot():
    """Two cues that mean a start only together (an exclusive or): no line separates them."""
    rng = np.random.default_rng(3)
    X = rng.normal(size=(2000, 2))
    y = ((X[:, 0] > 0) != (X[:, 1] > 0)).astype(float)
    linear, none = fit_side(X, y, units=0, seed=1)
    assert none is None
    assert auc(X @ linear.coef + linear.bias, y) < 0.6
    linear, hidden = fit_side(X, y, units=16, seed=0)
    logit = X @ linear.coef + linear.bias + np.maximum(X @ hidden.weights + hidden.bias, 0.0) @ hidden.out
    assert auc(logit, y) > 0.85  # 0.88-0.97 over the first six seeds
