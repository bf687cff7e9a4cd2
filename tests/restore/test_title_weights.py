"""The assembler's title decision: a linear score plus a small ReLU layer (the seam scores may take one too),
stored in the weights file and read back the same; a file whose layer was fitted on other features is refused."""
import json

import numpy as np
import pytest

from banmian.errors import ModelError
from banmian.restore.features import DEFAULT_PATH, TITLE_FEATURES, Weights
from banmian.restore.seam import Hidden


def _weights(hidden: Hidden | None) -> Weights:
    stored = Weights.load()
    return Weights(stored.seam, stored.seam_bias, stored.title, stored.title_bias, stored.pair, stored.pair_bias,
                   hidden)


def test_the_hidden_layer_adds_its_units_to_the_linear_title_score():
    n = len(TITLE_FEATURES)
    x = np.full(n, 0.1)
    x[0], x[1] = -1.0, 0.7
    linear = _weights(None)
    weights = np.zeros((n, 2))
    weights[0, 0], weights[1, 1] = 1.0, 1.0  # unit 0 reads x[0] (-1: off), unit 1 reads x[1] (on)
    layered = _weights(Hidden(weights, np.array([0.0, 0.5]), np.array([3.0, 2.0])))
    assert layered.title_score(x) == pytest.approx(linear.title_score(x) + 2.0 * (0.7 + 0.5))
    assert linear.title_score(x) == pytest.approx(float(x @ linear.title + linear.title_bias))


def test_weights_with_a_hidden_layer_are_stored_and_read_back(tmp_path):
    n = len(TITLE_FEATURES)
    rng = np.random.default_rng(3)
    hidden = Hidden(rng.normal(size=(n, 4)).round(5), rng.normal(size=4).round(5), rng.normal(size=4).round(5))
    path = tmp_path / "assembly.json"
    path.write_text(_weights(hidden).to_json(), encoding="utf-8")
    back = Weights.load(path)
    x = rng.normal(size=n)
    assert back.title_score(x) == pytest.approx(_weights(hidden).title_score(x), abs=1e-4)
    # a layer over another number of features is refused, as the linear weights are
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title_hidden"]["weights"] = data["title_hidden"]["weights"][:-1]
    other = tmp_path / "other.json"  # (Weights.load caches by path)
    other.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError):
        Weights.load(other)


def test_the_shipped_weights_carry_a_title_layer():
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert "title_hidden" in data and len(data["title_hidden"]["weights"]) == len(TITLE_FEATURES)


def test_a_seam_layer_adds_to_the_row_of_its_pair_kind():
    from banmian.restore.features import ADJACENT, SEAM_FEATURES
    n = len(SEAM_FEATURES)
    stored = Weights.load()
    on = Hidden(np.zeros((n, 1)), np.array([1.5]), np.array([2.0]))  # a constant unit: adds 3.0
    off = Hidden(np.zeros((n, 1)), np.array([-1.0]), np.array([2.0]))  # never on: adds 0
    X = np.zeros((1, 2, n))
    X[0, 1, ADJACENT] = 1.0  # the second pair is adjacent, the first far
    def with_layers(layers):
        return Weights(stored.seam, stored.seam_bias, stored.title, stored.title_bias, stored.pair, stored.pair_bias,
                       stored.title_hidden, layers)
    linear, layered = with_layers(None).seam_scores(X), with_layers((on, off)).seam_scores(X)
    assert layered[0, 0] == pytest.approx(linear[0, 0] + 3.0) and layered[0, 1] == pytest.approx(linear[0, 1])
