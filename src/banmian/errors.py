"""Named exceptions and one catalogue of coded messages (as in spaCy's errors.py)."""


class Errors:
    E001 = "[E001] Span [{start}, {end}) does not fit a text of {length} characters."
    E010 = "[E010] {source}: the file is empty."
    E011 = "[E011] {source}: the file is {size:,} bytes, over the limit of {limit:,} bytes (use --max-bytes to raise it)."
    E012 = "[E012] {source}: this looks like binary data, not page text ({detail})."
    E013 = "[E013] {source}: this looks like HTML or XML, not page text; extract the text first."
    E014 = "[E014] {source}: cannot decode the text as UTF-8, UTF-16 or GB18030 ({detail})."
    E015 = "[E015] {source}: the file holds only whitespace."
    E016 = "[E016] {source}: no such file or folder."
    E017 = "[E017] {source}: the folder holds no .txt pages."
    E020 = "[E020] Unknown date {value!r}: expected YYYY-MM-DD."
    E040 = "[E040] The assembly weights in {path} were fitted on other features: run `make model`."
    # Other stages keep their own catalogues: seam model E301-E303 (restore/seam.py),
    # archive E500-E509 (archive/errors.py), web W4xx/W5xx (web/errors.py), reuse E701-E710
    # (reuse/options.py), facts (facts/io.py: E030).


class BanmianError(Exception):
    """Base class for every error banmian reports to users."""


class InputError(BanmianError):
    """The input is not page text banmian can read (empty, binary, HTML, undecodable, too large)."""


class ModelError(BanmianError):
    """A bundled model is missing or does not match the code that reads it (run `make model`)."""
