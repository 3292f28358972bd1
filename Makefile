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
        unit port-typescript port-go port-rust ports docs spec-diff examples-check bench sandbox clean unasync \
        fuzz

help:
	@echo "make hello            install and run the hello-world task against the local sandbox"
	@echo "make test             install everything and run every check and test (what CI runs)"
	@echo "make generate         regenerate generated/$(GEN_PKG) from $(SPEC)"
	@echo "make check-generated  fail when a fresh regeneration differs from what is committed"
	@echo "make unasync          derive the sync client code (qarnot_facade/_sync) from its async source"
	@echo "make spec-lint        openapi-spec-validator, redocly lint, spectral"
	@echo "make port-typescript  generate a TypeScript client, compile it and ports/typescript with tsc --strict"
	@echo "make port-go          generate a Go client (build/ports/go), go vet + go build it and ports/go"
	@echo "make port-rust        generate a Rust client (build/ports/rust), cargo build it with ports/rust, -D warnings"
	@echo "make ports            all three, each program run on a sandbox, every real body decoded (tests/ports)"
	@echo "make docs             render the spec's HTML reference into build/docs, the Python API's into build/docs/python"
	@echo "make spec-diff BASE=<git ref>  breaking changes between the spec at BASE and now"
	@echo "make sandbox          run the local sandbox in the foreground"
	@echo "make fuzz             the long schemathesis campaign on the sandbox (FUZZ_EXAMPLES per operation)"
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
	$(BIN)/qarnot sandbox -- $(BIN)/qarnot task run --name hello --profile docker-batch \
	    --constant DOCKER_CMD='echo Hello world from the command line'

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

# tests/ports runs in `make ports` (it builds three clients; not twice per CI run)
unit: install
	$(BIN)/pytest -q --ignore=tests/ports

FUZZ_EXAMPLES ?= 100
fuzz: install
	QARNOT_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QARNOT_FUZZ_TIMEOUT=3600 \
		$(BIN)/pytest -q -p no:randomly tests/sandbox/test_schemathesis.py

port-typescript: install install-node
	$(PY) scripts/port_typescript.py

port-go: install
	$(PY) scripts/port_go.py

port-rust: install
	$(PY) scripts/port_rust.py

# The three ports: generate, build strictly, run each program on a sandbox, decode every real body.
ports: install install-node
	$(BIN)/pytest tests/ports -q -p no:randomly

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
test: install install-node lint typecheck spec-lint check-generated unit ports docs

clean:
	rm -rf build .pytest_cache .mypy_cache .hypothesis
