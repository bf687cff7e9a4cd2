"""Fixtures of the reuse tests: small articles and one shared SparkSession."""
from __future__ import annotations

import pytest
from reuse_texts import CLAUSE_DROP, FILLERS, PASSAGE, WORD_EDIT, article


@pytest.fixture
def reuse_articles():
    """Four articles share the passage (one exact, two edited); one is on the same page as
    another copy; two articles are unrelated."""
    return [
        article("p1-2024-03-01-a1", "省报", "2024-03-01", "1", FILLERS[0], PASSAGE, FILLERS[1]),
        article("p1-2024-03-01-a2", "省报", "2024-03-01", "1", FILLERS[2], PASSAGE, FILLERS[3]),  # same page as a1
        article("p2-2024-03-05-a1", "市报", "2024-03-05", "2", FILLERS[4], WORD_EDIT, FILLERS[5]),
        article("p3-2024-04-02-a1", "县报", "2024-04-02", "3", FILLERS[6], "\n", CLAUSE_DROP, FILLERS[7]),
        article("p3-2024-04-03-a1", "县报", "2024-04-03", "1", FILLERS[8], FILLERS[9]),
        article("p2-2024-04-09-a1", "市报", "2024-04-09", "4", FILLERS[10], FILLERS[11]),
    ]


@pytest.fixture(scope="session")
def spark_session():
    """One local Spark for every Spark test: two cores, few shuffle partitions, no UI."""
    pytest.importorskip("pyspark")
    from banmian.reuse.spark import session

    spark = session("local[2]", shuffle_partitions=4)
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
