# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make demo   - the guided tour over the embedded sample region
#   make test   - lint, type-check, tests (unit, property, doctests, examples), docs build
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CODE   := $(wildcard src tests examples benchmarks)

.PHONY: demo test lint typecheck pytest docs bench fuzz clean

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

docs: $(STAMP)
	$(PY) -m sphinx -W --keep-going -q -b html docs docs/_build/html

test: lint typecheck pytest docs

# the fuzz suite at full strength: 5,000 examples per target, a table of the outcomes
FUZZ_EXAMPLES ?= 5000
fuzz: $(STAMP)
	$(PY) tests/fuzz/run.py $(FUZZ_EXAMPLES)

bench: $(STAMP)
	@for b in $(wildcard benchmarks/*.py); do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
