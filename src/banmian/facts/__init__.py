"""banmian.facts: officials and posts, quantities, time references, targets and observations.

Public API::

    extract_facts(article, issue_date, article_id=None) -> dict
    track(facts) -> dict
    article_text(article) -> str

Every item carries ``article`` and ``spans`` into :func:`article_text` (or, with
``field``, into that heading field), plus ``page_spans`` when the article came
from a restored page.
"""
from __future__ import annotations

import logging

from .extract import FACT_TYPES, IssueDateError, extract_facts
from .text import article_text
from .track import track

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["extract_facts", "track", "article_text", "FACT_TYPES", "IssueDateError"]
