"""Shared fixtures: small pages written for the tests (no corpus text)."""
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"


@pytest.fixture
def example_pages() -> list[Path]:
    return sorted(EXAMPLES.rglob("*.txt"))
