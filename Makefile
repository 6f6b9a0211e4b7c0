# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make demo   - the guided tour over the embedded sample region
#   make test   - lint, type-check, tests (unit, property, doctests, examples), docs build
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CODE   := $(wildcard src tests examples benchmarks)

.PHONY: demo test lint typecheck pytest docs docs-catalogs bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	@for p in examples/*/pyproject.toml; do \
	  [ -f "$$p" ] && $(PY) -m pip install --quiet -e "$$(dirname $$p)" || true; \
	done
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/perangkat-daerah demo

lint: $(STAMP)
	$(PY) -m ruff check $(CODE)
	$(PY) -m ruff format --check $(CODE)

typecheck: $(STAMP)
	$(PY) -m mypy --strict src

pytest: $(STAMP)
	$(PY) -m pytest -q

# English in docs/_build/html, the Indonesian translation (docs/locale/id) in docs/_build/html/id.
docs: $(STAMP)
	$(PY) -m sphinx -W --keep-going -q -b html docs docs/_build/html
	$(PY) -m sphinx -W --keep-going -q -b html -D language=id docs docs/_build/html/id

# After changing docs: refresh the Indonesian catalogs (new text arrives untranslated, changed
# text fuzzy; removed text and catalogs of removed pages are dropped), then translate the
# entries that tests/test_docs_translation.py lists. The fixed SOURCE_DATE_EPOCH keeps the
# catalogs' POT-Creation-Date constant, so refreshes on two branches do not conflict.
docs-catalogs: $(STAMP)
	rm -rf docs/_build/gettext
	SOURCE_DATE_EPOCH=1767225600 $(PY) -m sphinx -W --keep-going -q -b gettext docs docs/_build/gettext
	$(VENV)/bin/sphinx-intl update -p docs/_build/gettext -d docs/locale -l id --no-obsolete
	@cd docs/locale/id/LC_MESSAGES && for po in $$(find . -name '*.po'); do \
	  [ "$$po" = ./sphinx.po ] || [ -f "../../../_build/gettext/$${po%.po}.pot" ] || { echo "Remove: $$po"; rm "$$po"; }; \
	done

test: lint typecheck pytest docs

bench: $(STAMP)
	@for b in $(wildcard benchmarks/*.py); do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
