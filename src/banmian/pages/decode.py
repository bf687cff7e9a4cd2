"""Turn the bytes of a page file into text, detecting the encoding instead of guessing.

The decoded text is never normalised: every offset banmian reports refers to it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, InputError

MAX_BYTES = 20_000_000  # a printed page is tens of kilobytes; far larger is not a page

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_MARKUP_START = re.compile(r"\s*(?:<!doctype|<html|<\?xml|<head|<body|<div|<p[\s>])", re.I)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _cjk_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    return cjk / len(sample)


def _plain_share(text: str) -> float:
    """Share of characters that page text is made of: CJK, ASCII, CJK and full-width
    punctuation, whitespace. Text decoded with the wrong codec scatters into rarer blocks."""
    sample = text[:20000]
    if not sample:
        return 0.0
    ok = sum(
        1 for ch in sample
        if ("\u4e00" <= ch <= "\u9fff") or (" " <= ch <= "~") or ch in "\n\r\t"
        or ("\u3000" <= ch <= "\u303f") or ("\uff01" <= ch <= "\uff5e") or ("\u2010" <= ch <= "\u2027")
        or ch in "·…—“”‘’□■●○◆▲★"
    )
    return ok / len(sample)


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in _ALLOWED_CONTROLS) or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position for ASCII-heavy text,
    and decodes to plausible CJK for Chinese text; try both byte orders."""
    if len(data) % 2:
        return None
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_share(text) < 0.001 and _plain_share(text) > 0.95:
            score = _cjk_share(text)
            if best is None or score > best[0]:
                best = (score, enc, text)
    return best[2] if best else None


def decode_bytes(data: bytes, source: str = "<bytes>", max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode page bytes: BOM first, then strict UTF-8, UTF-16 without BOM, then GB18030.

    Raises :class:`InputError` with a coded message for empty, oversized, binary,
    HTML or undecodable input.
    """
    if not data:
        raise InputError(Errors.E010.format(source=source))
    if len(data) > max_bytes:
        raise InputError(Errors.E011.format(source=source, size=len(data), limit=max_bytes))
    text = encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(Errors.E014.format(source=source, detail=f"BOM says {enc}: {exc.reason}")) from None
            break
    if text is None:
        if b"\x00" in data[:65536]:
            # Text never holds NUL bytes, except as the zero half of UTF-16 code units.
            text = _utf16_without_bom(data)
            if text is None:
                raise InputError(Errors.E012.format(source=source, detail="NUL bytes"))
            encoding = "utf-16"
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                try:
                    text, encoding = data.decode("gb18030"), "gb18030"
                except UnicodeDecodeError as exc:
                    raise InputError(
                        Errors.E014.format(source=source, detail=f"byte {exc.start}: {exc.reason}")
                    ) from None
                # GB18030 decodes almost any byte soup; accept it only if it reads as Chinese.
                if _cjk_share(text) < 0.2 or _plain_share(text) < 0.9:
                    raise InputError(Errors.E014.format(source=source, detail="not UTF-8, and as GB18030 it is not Chinese text"))
    if _control_share(text) > 0.01:
        raise InputError(Errors.E012.format(source=source, detail="control characters"))
    if _MARKUP_START.match(text) or len(_TAG.findall(text[:50000])) >= 5:
        raise InputError(Errors.E013.format(source=source))
    if not text.strip():
        raise InputError(Errors.E015.format(source=source))
    return Decoded(text, encoding)


def read_page_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read and decode one page file; see :func:`decode_bytes`."""
    p = Path(path)
    if not p.is_file():
        raise InputError(Errors.E016.format(source=str(path)))
    size = p.stat().st_size
    if size > max_bytes:  # refuse before reading an enormous file into memory
        raise InputError(Errors.E011.format(source=str(path), size=size, limit=max_bytes))
    return decode_bytes(p.read_bytes(), source=str(path), max_bytes=max_bytes)
