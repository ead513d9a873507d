# Two commands do all set-up: `make demo` and `make test`. Each creates/updates .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := antiword fonts-dejavu-core chromium

.PHONY: demo test models bench system-deps bytecode clean

$(STAMP): pyproject.toml setup.cfg
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# Debian tools some formats need (antiword for Word 97-2003 .doc); skipped when present.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  ($(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null \
	  || echo "warning: could not install$$missing"; fi

# Byte-compiled modules, written even where PYTHONDONTWRITEBYTECODE is set (container images
# often set it): without them every run, and every worker process, compiles doclint again.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q doclint

# The examples include a scanned PDF on purpose, so the demo's exit status is 2 (a file error).
demo: $(STAMP) system-deps bytecode
	@$(BIN)/doclint check examples/; status=$$?; \
	echo "exit status: $$status (0 clean, 1 findings, 2 a file could not be checked)"; [ $$status -le 2 ]

test: $(STAMP) system-deps bytecode
	$(BIN)/python -m pytest

models: $(STAMP)
	$(BIN)/python -m doclint.training.train_personnel

bench: $(STAMP) bytecode
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
