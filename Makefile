# presspad: `make run` opens the app on the sample release, `make test` runs
# every test. Both set up everything first (system packages, .venv, package).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.presspad-installed
SAMPLE := resources/sample.presspad
TS     := $(wildcard translations/*.ts)
QM     := $(TS:.ts=.qm)
XVFB   := xvfb-run -a -s "-screen 0 1600x1000x24 -noreset"

.PHONY: setup sysdeps run test lint translations ts bench bench-compare soak clean package package-test screenshots

setup: sysdeps $(STAMP) translations

sysdeps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

translations: $(QM)

# Update the Qt Linguist sources from the files listed in pyproject.toml's
# [tool.pyside6-project] table (translators then edit translations/*.ts).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete \
		$$($(BIN)/python -c 'import tomllib; print(" ".join(f for f in tomllib.load(open("pyproject.toml", "rb"))["tool"]["pyside6-project"]["files"] if f.endswith(".py")))') \
		-ts translations/presspad_ru.ts

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# With a screen, open the app; without one, run the same app under Xvfb,
# save a screenshot to build/presspad.png and exit.
run: setup
	@mkdir -p build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/presspad-gui $(SAMPLE); \
	else \
		$(XVFB) $(BIN)/presspad-gui $(SAMPLE) --screenshot build/presspad.png; \
	fi

# The layering contracts (import-linter, [tool.importlinter] in pyproject.toml)
# first: a broken layer is a design error, cheaper to see before the suite.
test: setup
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The slow reliability variants: 1,000 kill -9 during saves, long fuzzing of
# every importer (hypothesis profile "soak"), XSS mixes, directory races.
# Prints the totals ("0 corrupt files, 0 crashes ...") at the end.
soak: setup
	PRESSPAD_FUZZ_PROFILE=soak QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -m "" tests/reliability

lint: setup
	$(BIN)/ruff check src tests bench

bench: setup
	$(BIN)/python bench/run_all.py

# This run's figures (build/bench.json) against the run before; exit 1 if any is 20 % worse.
bench-compare:
	$(BIN)/python bench/compare.py

# The README's screenshots, taken under Xvfb from the real app.
screenshots: setup
	bash packaging/screenshots.sh

# A one-folder PyInstaller build wrapped in a .deb (app in /usr/lib/presspad).
package: setup
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/presspad.spec
	bash packaging/build-deb.sh

# Install the .deb on this machine and start its launcher under Xvfb.
package-test: package
	bash packaging/test-deb.sh

clean:
	rm -rf build dist $(VENV) translations/*.qm
