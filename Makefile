# Every target installs what it needs: a fresh clone needs only Python 3.11+, Node 20 and Java 17.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
SPEC := openapi/qarnot.yaml
GEN_PKG := qarnot_api
NODE_BIN := node_modules/.bin
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: help install install-node hello test lint typecheck spec-lint generate check-generated \
        unit port-typescript docs spec-diff examples-check bench sandbox clean unasync

help:
	@echo "make hello            install and run the hello-world task against the local sandbox"
	@echo "make test             install everything and run every check and test (what CI runs)"
	@echo "make generate         regenerate generated/$(GEN_PKG) from $(SPEC)"
	@echo "make check-generated  fail when a fresh regeneration differs from what is committed"
	@echo "make unasync          derive the sync client code (qarnot_facade/_sync) from its async source"
	@echo "make spec-lint        openapi-spec-validator, redocly lint, spectral"
	@echo "make port-typescript  generate a TypeScript client from the spec and compile it with tsc --strict"
	@echo "make docs             render the spec's HTML reference into build/docs, the Python API's into build/docs/python"
	@echo "make spec-diff BASE=<git ref>  breaking changes between the spec at BASE and now"
	@echo "make sandbox          run the local sandbox in the foreground"
	@echo "make bench            run the benchmark scripts"

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -e '.[dev,testing,storage,progress,cli]'
	touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install-node: node_modules/.installed

hello: install
	$(PY) examples/hello_world.py

sandbox: install
	$(PY) -m qarnot_facade.testing

lint: install
	$(BIN)/ruff check qarnot_facade tests examples benchmarks scripts
	$(BIN)/ruff format --check qarnot_facade tests examples benchmarks scripts

typecheck: install
	$(BIN)/mypy qarnot_facade generated/$(GEN_PKG)

spec-lint: install install-node
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/redocly lint $(SPEC) --config .redocly.yaml --format=stylish
	$(NODE_BIN)/spectral lint --fail-severity=warn $(SPEC)

generate: install
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) scripts/generate.py --out generated/$(GEN_PKG)

check-generated: install
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) scripts/generate.py --check generated/$(GEN_PKG)
	$(PY) scripts/unasync.py --check

unasync: install
	$(PY) scripts/unasync.py

unit: install
	$(BIN)/pytest -q

port-typescript: install install-node
	$(PY) scripts/port_typescript.py

docs: install install-node
	$(NODE_BIN)/redocly build-docs $(SPEC) --output build/docs/index.html
	$(PY) scripts/api_reference.py --out build/docs/python

spec-diff: install
	$(PY) scripts/spec_diff.py --base "$(BASE)" $(SPEC)

bench: install
	$(PY) benchmarks/clients.py
	$(PY) benchmarks/import_time.py
	$(PY) benchmarks/transfers.py
	$(PY) benchmarks/watch.py

# What CI runs (.ci/run calls exactly this).
test: install install-node lint typecheck spec-lint check-generated unit port-typescript docs

clean:
	rm -rf build .pytest_cache .mypy_cache .hypothesis
