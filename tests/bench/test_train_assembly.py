"""The title layer shipped is the average of several fits (scripts/train_assembly.py)."""
import numpy as np

from banmian.restore.seam_train import fit_hidden, fit_logistic
from banmian.restore.features import _layer
from script_loader import load_script


def test_averaged_fits_score_as_the_mean_of_the_fits_they_average():
    train = load_script("scripts/train_assembly.py")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 5))
    y = ((X[:, 0] * X[:, 1] > 0) ^ (rng.random(400) < 0.1)).astype(float)  # an interaction a line cannot fit
    w = np.ones(len(y))
    linear = fit_logistic(X, y, w)
    avg_linear, layer = train.averaged_fits(X, y, w, linear, units=4, seed=3, fits=3)
    assert layer.weights.shape == (5, 12) and layer.out.shape == (12,)
    scores = X @ avg_linear.coef + avg_linear.bias + _layer(layer, X)
    singles = []
    for k in range(3):
        lin, hidden = fit_hidden(X, y, w, linear, units=4, epochs=train.TITLE_EPOCHS, batch=256, seed=3 + k)
        singles.append(X @ lin.coef + lin.bias + _layer(hidden, X))
    assert np.allclose(scores, np.mean(singles, axis=0))
    assert not np.allclose(singles[0], singles[1])  # the starts differ
