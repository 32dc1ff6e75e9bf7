# The two commands a user needs: `make run` and `make test`. Everything else is what they depend on.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.orbis-installed

.PHONY: run test install node bench clean-data help web web-deps web-test browser services ml-backend bench-ml

help:
	@echo "make run    install (first time), start the local Ceramic node and Label Studio on http://127.0.0.1:8080"
	@echo "            other ports: make run ORBIS_PORT=8081 ORBIS_CERAMIC_URL=http://127.0.0.1:7008"
	@echo "make test   install (first time) and run every test"
	@echo "make clean-data   delete ./data (database, node state, generated local secrets)"
	@echo "make web    rebuild the browser bundle (web/ → orbis_export/static/orbis_export/) after changing web/src"

# Reinstall when pyproject.toml changes. pip is not --quiet: a first install collects ~200 packages, and its
# "Collecting …" lines and install progress bar show it is moving.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing Label Studio 1.23.2 and orbis-label-studio into $(VENV) (first time: 1-5 minutes, more on a slow network)"
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --progress-bar on -e '.[test]'
	@touch $@

install: $(STAMP)

node:
	$(PYTHON) -m devnode install

# Settings come from the environment, a .env file, or make's command line (make exports command-line variables to
# the recipe), e.g. `make run ORBIS_PORT=8081 ORBIS_CERAMIC_URL=http://127.0.0.1:7008`.
run: install node
	$(PY) manage.py orbis_run

test: install node web-deps browser services
	cd web && npx vitest run
	cd web && node build.mjs --check
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m pytest $(PYTEST_ARGS)

# --- web: the browser side (web/ → orbis_export/static/orbis_export/, committed; see README "Web") -------------
WEB_STAMP := web/node_modules/.orbis-installed

# npm packages exactly as locked (Privy + its React, esbuild, vitest, playwright-core): about 1.5 GB, 1–2 minutes.
$(WEB_STAMP): web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

web-deps: $(WEB_STAMP)

# Rebuild the committed bundle after changing web/src (deterministic: `make test` checks it is up to date).
web: web-deps
	cd web && node build.mjs

web-test: web-deps
	cd web && npx vitest run

# Headless Chromium for the browser tests: Debian's package (never `npx playwright install`).
browser:
	@test -x /usr/bin/chromium || { echo "installing Debian chromium for the browser tests"; \
	  $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y chromium || \
	  { $(if $(filter 0,$(shell id -u)),,sudo) apt-get update && $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y chromium; }; }

# PostgreSQL + Redis for the multi-worker tests (tests/pgrq): Debian's packages. Only the programs are used: the
# tests start their own servers on free loopback ports with data in tmp dirs (the system services stay stopped).
services:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v redis-server >/dev/null; } || { \
	  echo "installing Debian postgresql and redis-server for the PostgreSQL + RQ tests"; \
	  $(if $(filter 0,$(shell id -u)),,sudo) apt-get update && \
	  $(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql redis-server; }

clean-data:
	@if [ -f data/ceramic/devnode.json ]; then $(PYTHON) -m devnode stop --data-dir data/ceramic; fi
	rm -rf data

# The bundled ML backend by hand (`make run` starts it itself unless ORBIS_ML_BACKEND=0), and its benchmark.
ml-backend: install
	$(PY) -m mlbackend serve --port 9090 --data-dir data/mlbackend

bench-ml: install
	$(PY) bench/bench_mlbackend.py
