# Multaqa — the README's two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres
# `make run` is a developer's portal: debug on, SQLite under .data/ unless DATABASE_URL says.
RUN_ENV := DEBUG=1

.PHONY: run test test-sqlite test-postgres serve install lint format coverage lock bench bench-tools browser compose-tools clean-venv

# requirements.lock pins every package (as pip constraints); pyproject.toml keeps the ranges.
$(VENV)/.installed: pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "*** Multaqa needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "*** Run with PYTHON=/path/to/python3.11 (or newer)."; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's python3-venv…"; apt-get update -qq && apt-get install -y -qq python3-venv; \
	  else echo "*** '$(PYTHON)' cannot make virtual environments: install python3-venv."; exit 1; fi; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

run: install
	@mkdir -p .data
	$(RUN_ENV) $(PY) manage.py migrate --noinput -v 0
	$(RUN_ENV) $(PY) manage.py createcachetable
	$(RUN_ENV) $(PY) manage.py load_demo
	$(RUN_ENV) $(PY) manage.py ensure_admin --url http://127.0.0.1:$(PORT)/admin/
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The whole suite on SQLite and on PostgreSQL, the two halves at once (TEST_JOBS=1: one after
# the other); each half's output is printed whole when it ends.
TEST_JOBS ?= 2
test: install lint
	@$(MAKE) --no-print-directory -j$(TEST_JOBS) --output-sync=target test-sqlite test-postgres

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@# A model change without its migration fails here, not on a deploy.
	$(RUN_ENV) DATABASE_URL=sqlite:///:memory: $(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test-sqlite: install
	@echo "==> Test suite on SQLite"
	DATABASE_URL=sqlite:///:memory: $(PY) -m pytest

# Branch coverage of the SQLite suite (events/, portal/, bench/; see [tool.coverage] in
# pyproject.toml).
coverage: install
	DATABASE_URL=sqlite:///:memory: $(PY) -m coverage run -m pytest
	$(PY) -m coverage report

# requirements.lock again, from a fresh environment holding only what pyproject.toml asks for.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet -e ".[dev]"
	{ sed -n '/^#/p' requirements.lock; .lock-venv/bin/pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock
	rm -rf .lock-venv
	@echo "requirements.lock updated: run 'make install' to use it."

test-postgres: install
	@if $(PY) -c "import psycopg, sys; psycopg.connect('$(TEST_DATABASE_URL)', connect_timeout=3).close()" 2>/dev/null; then \
	  echo "==> Test suite on PostgreSQL ($(TEST_DATABASE_URL))"; \
	  DATABASE_URL='$(TEST_DATABASE_URL)' REDIS_TEST_DB=14 $(PY) -m pytest; \
	elif [ "$(REQUIRE_POSTGRES)" = 1 ]; then \
	  echo "*** PostgreSQL at $(TEST_DATABASE_URL) cannot be reached and REQUIRE_POSTGRES=1: failing."; exit 1; \
	else \
	  echo ""; \
	  echo "******************************************************************"; \
	  echo "*** PostgreSQL at $(TEST_DATABASE_URL) cannot be reached:"; \
	  echo "*** SKIPPING the PostgreSQL half of the test suite."; \
	  echo "*** Set TEST_DATABASE_URL, or REQUIRE_POSTGRES=1 to make this fail."; \
	  echo "******************************************************************"; \
	fi

# The production server (gunicorn + whitenoise) against DATABASE_URL, as docker-compose runs it.
# Plain http on loopback, so no redirect to https here.
serve: install
	SECURE_SSL_REDIRECT=0 PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PORT=$(PORT) bin/serve

# Debian's chromium for the browser tests.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core; }

# Docker Compose, to check docker-compose.yml as Compose reads it (Debian's, where Docker's own
# plugin is absent).
compose-tools:
	@docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose; }

# Benchmarks against the PostgreSQL of DATABASE_URL (one database per size on that server);
# BENCH_SIZES=10000,100000,1000000 for the million. Needs wrk: `make bench-tools`.
# BENCH_ONLY=misses: only issue 16's table (misses beside hits, the naive app, the floor).
BENCH_SIZES ?= 10000,100000
BENCH_ONLY ?=
bench: install
	@command -v wrk >/dev/null || echo "*** wrk is missing: run 'make bench-tools' for the throughput figures."
	BENCH_SIZES=$(BENCH_SIZES) BENCH_ONLY=$(BENCH_ONLY) nice -n 10 $(PY) bench/run.py

# Debian's wrk, the load generator of the throughput benchmark.
bench-tools:
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

clean-venv:
	rm -rf $(VENV)
