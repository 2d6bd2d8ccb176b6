# querycast: the two commands are `make run` and `make test` (see README.md).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint install specs docs bench eval clean-node vendor

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@

tests/js/node_modules/.installed: tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.installed

run: install
	@$(BIN)/python -m scripts.run_local

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

test: install tests/js/node_modules/.installed lint
	$(BIN)/python -m scripts.run_tests

specs: install
	$(BIN)/python -m contracts.generate
	$(BIN)/python -m broker.topology

docs: install
	$(BIN)/python -m scripts.settings_table

bench: install
	$(BIN)/python -m bench

eval: install
	$(BIN)/python -m bench.nl_to_sql $(EVAL_ARGS)

clean-node:
	-$(BIN)/python -m broker.local_node stop --name test --offset 20
	-$(BIN)/python -m broker.local_node stop --name run --offset 10
	-$(BIN)/python -m broker.local_cluster stop --nodes $${QUERYCAST_TEST_CLUSTER_NODES:-clusa:110,clusb:120,clusc:130}
