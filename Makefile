# The two set-up commands: `make demo` and `make test`. Each creates .venv
# when missing and installs the project with everything it needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test check bench install clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsledger ingest src/newsledger/samples
	$(VENV)/bin/newsledger claims --format table

# The slow tests (one real long input) run in .ci/run, after this.
test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"

# The inner loop: unit tests only, without PostgreSQL, the accuracy runs over ../shared, the slow
# tests or the ones that kill and interrupt whole ingest processes (each waits on several runs).
check: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow and not postgres and not accuracy and not processes"

bench: $(STAMP)
	$(PY) benchmarks/accuracy.py --write
	$(PY) benchmarks/speed.py --write

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
