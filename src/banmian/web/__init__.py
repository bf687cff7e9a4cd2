"""banmian.web: the reader, a FastAPI app over one archive (``banmian serve``).

>>> from banmian.web import create_app
>>> app = create_app("banmian.db")      # uvicorn.run(app, host="127.0.0.1", port=8000)
"""


def __getattr__(name):
    # Lazy: importing banmian.web (e.g. for its commands) does not load FastAPI.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)


__all__ = ["create_app"]
