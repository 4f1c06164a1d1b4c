# Jembatan: `make run` serves the site on a laptop, `make test` runs the whole suite.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Python 3.12 however it is installed: on PATH, through pyenv (with or without the shim
# selecting it), or the newest pyenv 3.12.x.
PYTHON312 ?= $(shell \
	command -v python3.12 >/dev/null 2>&1 && python3.12 -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null && command -v python3.12 || \
	(command -v pyenv >/dev/null 2>&1 && pyenv which python3.12 2>/dev/null) || \
	ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.12*/bin/python3.12 2>/dev/null | sort -V | tail -n 1)

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -n "$(PYTHON312)" || { echo "Python 3.12 not found: install it (e.g. 'pyenv install 3.12') and try again." >&2; exit 1; }
	test -x $(PY) || $(PYTHON312) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install every dependency

.PHONY: setup
setup: install ## Migrate, load the demo content and build the search index
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py search_index rebuild --quiet

.PHONY: run
run: setup ## Set everything up and serve the site at http://127.0.0.1:8000
	@echo
	@echo "  Site:   http://$(HOST):$(PORT)/id/  (also /en/ and /az/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/  (make superuser creates an account)"
	@echo
	$(PY) manage.py runserver $(HOST):$(PORT)

# Production: settings from the environment (docs/deploy.md lists them), then the same three
# steps every time: static files, migrations, gunicorn (gunicorn.conf.py).
PRODUCTION := DJANGO_SETTINGS_MODULE=cms.settings.production

.PHONY: serve
serve: install ## Serve in production mode: collectstatic, migrate, gunicorn (see docs/deploy.md)
	$(PRODUCTION) $(PY) manage.py check --deploy --fail-level ERROR
	$(PRODUCTION) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(PRODUCTION) $(PY) manage.py migrate --noinput
	$(PRODUCTION) exec $(VENV)/bin/gunicorn --config gunicorn.conf.py

.PHONY: worker
worker: install ## Run the background jobs queued in the database (production settings)
	$(PRODUCTION) exec $(PY) manage.py db_worker

.PHONY: superuser
superuser: install ## Create an admin account (asks for a password)
	$(PY) manage.py createsuperuser

# pytest exits 5 when it collected no test: that is a failure here, not a pass.
PYTEST = $(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$status

.PHONY: test
test: install node_modules/.installed lint ## Lint, then run the whole suite (SQLite, or DATABASE_URL)
	$(PYTEST)

.PHONY: test-postgres
test-postgres: install node_modules/.installed ## Run the suite on the local PostgreSQL (database "test")
	export DATABASE_URL=$${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}; $(PYTEST)

.PHONY: bench-pages
bench-pages: install ## Load-test every page type on gunicorn and print a table (BENCH_ARGS="--seconds 5")
	$(PY) tests/benchmarks/bench_pages.py $(BENCH_ARGS)

.PHONY: lint
lint: install ## Check style, the import contracts (docs/architecture.md) and migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) manage.py makemigrations --check --dry-run

.PHONY: format
format: install ## Format the code
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

.PHONY: messages
messages: install ## Extract and compile the interface translations (needs gettext)
	$(PY) manage.py makemessages -l id -l az -l en --ignore=.venv --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv

.PHONY: clean
clean: ## Remove the virtual environment and installed tools (keeps the database)
	rm -rf $(VENV) node_modules
