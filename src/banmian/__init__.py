"""banmian (版面): give back what Chinese newspaper pages really say."""
import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


from . import restore  # noqa: E402  (callable: banmian.restore(text) -> Page)


def __getattr__(name):
    # Lazy exports keep ``import banmian`` cheap for the CLI and for workers.
    if name in {"Page", "Article", "Paragraph", "Block", "Removed", "Field"}:
        from . import model

        return getattr(model, name)
    raise AttributeError(name)


__all__ = ["restore", "Page", "Article", "Paragraph", "Block", "Removed", "Field", "__version__"]
