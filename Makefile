# The two set-up commands: `make demo` and `make test`. Each creates .venv
# when missing and installs the project with everything it needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test check bench install browser clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP) browser

# The browser tests (tests/test_browser.py) drive Debian's chromium through Playwright, never a
# browser Playwright downloads; it is installed here when no chromium is on the PATH (apt-get
# update first only when the lists are too old to find it; sudo only when not root).
BROWSER_PKGS := chromium fonts-liberation
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "no chromium and no apt-get: install chromium by hand, or tests/test_browser.py is skipped"; exit 0; fi; \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y -q --no-install-recommends $(BROWSER_PKGS) \
	  || { $$sudo apt-get update -q && $$sudo apt-get install -y -q --no-install-recommends $(BROWSER_PKGS); }; }

demo: $(STAMP)
	$(VENV)/bin/newsledger ingest src/newsledger/samples
	$(VENV)/bin/newsledger claims --format table

# The slow tests (one real long input) run in .ci/run, after this.
test: $(STAMP) browser
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"

# The inner loop: unit tests only, without PostgreSQL, the accuracy runs over ../shared, the slow
# tests, the ones that kill and interrupt whole ingest processes (each waits on several runs) or the
# real-browser ones.
check: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow and not postgres and not accuracy and not processes and not browser"

bench: $(STAMP)
	$(PY) benchmarks/accuracy.py --write
	$(PY) benchmarks/speed.py --write

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
