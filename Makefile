# Social Desk: `make run` sets everything up and starts the app; `make test` sets
# everything up and runs every check. Both work on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test setup system-deps translations lupdate lint bench dist clean

run: setup
	$(BIN)/socialdesk $(ARGS)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

setup: system-deps $(STAMP) translations

system-deps:
	./scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

# Compiled translations (.qm) are built from the .ts sources, never committed.
translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: refresh the .ts sources, then translate them.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py') -ts $(TS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

dist: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist $(QM)
