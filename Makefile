# Every target creates .venv itself, so a fresh clone needs nothing else.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= banmian.db
CORPUS ?= ../shared/corpus/rmrb-articles.jsonl.gz

.PHONY: demo test bench model browser clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "error: $(PY) not found (banmian needs Python 3.11)"; exit 1; }
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,dev]'
	touch $(STAMP)

# Debian's Chromium for the browser tests (no browser download); skipped when present.
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: install Debian's chromium to run the browser tests"; fi; }

# The main job on the bundled example pages: restore them, ingest the issue into the
# embedded store (one SQLite file), search it, then serve the reader (DEMO_SERVE=0 skips it).
demo: $(STAMP)
	$(BIN)/banmian restore examples/pages/ --format text
	$(BIN)/banmian ingest examples/pages --db $(DEMO_DB)
	$(BIN)/banmian search 产业 --db $(DEMO_DB)
	@if [ "$${DEMO_SERVE:-1}" != 0 ]; then \
	  echo "reader on http://127.0.0.1:8000 (Ctrl-C to stop)"; $(BIN)/banmian serve --db $(DEMO_DB); fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Rebuild the bundled statistics from the corpus (deterministic): line classes and
# n-grams, the seam model, the paragraph-end model, then the assembler's weights, which
# depend on all three.
model: $(STAMP)
	$(BIN)/python scripts/train_lines.py --corpus $(CORPUS)
	$(BIN)/python scripts/train_seam.py --corpus $(CORPUS)
	$(BIN)/python scripts/train_paragraph_ends.py --corpus $(CORPUS)
	$(BIN)/python scripts/train_assembly.py --corpus $(CORPUS)

clean:
	rm -rf $(VENV) build *.egg-info
