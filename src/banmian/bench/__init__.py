"""Evaluation helpers: the page generator, scorers and baselines behind ``make bench``."""
