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

clean:
	rm -rf $(VENV) dyads.duckdb .pytest_cache .mypy_cache .ruff_cache
