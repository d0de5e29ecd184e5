# Two commands: `make run` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup setup-dev lint types unit clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

run: setup
	$(BIN)/dyads run samples/ --db dyads.duckdb

lint: setup-dev
	$(BIN)/ruff check src tests

types: setup-dev
	$(BIN)/mypy src/dyads

unit: setup-dev
	$(BIN)/python -m pytest

test: lint types unit

# ---- dashboard and HTTP server ---------------------------------------------------------------
.PHONY: web web-check serve bench-api
$(VENV)/.installed-server: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[server]'
	touch $@

web:        ## rebuild the dashboard into src/dyads/api/static (Node 20 + npm)
	cd web && npm ci --no-audit --no-fund && npm run check && npm run build

web-check:  ## fail if the committed dashboard is not what web/ builds
	cd web && npm ci --no-audit --no-fund && npm run check && npm run verify

serve: run $(VENV)/.installed-server
	$(BIN)/dyads serve --db dyads.duckdb

bench-api: setup-dev
	$(BIN)/dyads bench-store --events 1000000 --db bench.duckdb --no-exports --json
	$(BIN)/dyads bench-api --db bench.duckdb --requests 500 --json

clean:
	rm -rf $(VENV) dyads.duckdb .pytest_cache .mypy_cache .ruff_cache
