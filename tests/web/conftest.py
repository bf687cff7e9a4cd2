"""The in-process client every web test module uses over its own archive fixture ``db``."""
from __future__ import annotations

import warnings

import pytest


@pytest.fixture(scope="module")
def client(db):
    """The reader over this module's archive, in process (fastapi is imported only here, so
    a module that skips for want of the web extra never reaches it)."""
    with warnings.catch_warnings():  # starlette's TestClient warns about httpx; the client still works
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from banmian.web.app import create_app

    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c
