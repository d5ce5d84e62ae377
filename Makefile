# Two commands are the whole set-up: `make run` and `make test`; `make bundle` builds the folder
# application that an office installs without Python (dist/belgi/).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
BUNDLE_STAMP := $(VENV)/.bundle-stamp
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test bundle lint typecheck contract unit bench translations i18n system-deps clean

run: $(STAMP) translations
	QT_QPA_PLATFORM= $(PY) main.py

test: $(STAMP) translations system-deps lint typecheck contract unit

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(QM)

# PyInstaller comes with the `bundle` extra; bundle/build.py also checks the folder's size.
bundle: $(BUNDLE_STAMP) translations
	$(PY) bundle/build.py

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

# Refresh the .ts sources after changing visible strings, then translate the new entries.
i18n: $(STAMP)
	$(PY) -m ui.i18n update

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Debian packages the tests need on a fresh machine (Qt's runtime libraries, a PostgreSQL server,
# Chromium and its driver for the verification page).
system-deps:
	@bash .ci/system-deps

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

contract: $(STAMP)
	$(BIN)/lint-imports

# --capture=sys: native Qt crashes stay visible instead of vanishing into pytest's fd capture.
# The tests run in $(WORKERS) processes, a test file to each (its module fixtures built once):
# 18 minutes instead of 35 on two cores. Coverage is measured on the way (settings in
# pyproject.toml) and held to its floor by tests/coverage_floor.py; `$(PY) -m coverage html`
# then shows what the run left untested.
WORKERS ?= 2
unit: $(STAMP)
	$(PY) -m pytest --capture=sys -q -n $(WORKERS) --dist loadfile --cov --cov-report= $(PYTEST_ARGS)
	$(PY) -m tests.coverage_floor

bench: $(STAMP) translations
	$(PY) -m bench

clean:
	rm -rf $(VENV) resources/i18n/*.qm build dist
