# The two commands a user needs: `make run` and `make test`. Everything else is what they depend on.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.orbis-installed

.PHONY: run test install node bench clean-data help

help:
	@echo "make run    install (first time), start the local Ceramic node and Label Studio on http://127.0.0.1:8080"
	@echo "make test   install (first time) and run every test"
	@echo "make clean-data   delete ./data (database, node state, generated local secrets)"

# Reinstall when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

install: $(STAMP)

node:
	$(PYTHON) -m devnode install

run: install node
	$(PY) manage.py orbis_run

test: install node
	$(PY) -m pytest $(PYTEST_ARGS)

clean-data:
	@if [ -f data/ceramic/devnode.json ]; then $(PYTHON) -m devnode stop --data-dir data/ceramic; fi
	rm -rf data
