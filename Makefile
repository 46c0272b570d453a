# Two commands on a fresh machine:  make demo   and   make test
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
RELEASE_VENV := .venv-release

.PHONY: demo test setup bench screenshots frozen release clean fuzz startup-modules

$(STAMP): pyproject.toml
	@test -x $(PY) || $$(sh packaging/find-python.sh) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,build]'
	@touch $(STAMP)

setup: $(STAMP)

## The whole story against the embedded counter simulator: a presell tablet builds a basket, the
## lane recalls it, the customer display rings it through. First checks (with the system Python,
## before anything is installed) that Qt's window system libraries are there, else says which
## packages to install, in one message and one command.
demo:
	@python=$$(sh packaging/find-python.sh) && $$python -m display_app.syslibs demo
	@$(MAKE) --no-print-directory $(STAMP)
	$(VENV)/bin/display-app demo

## The whole test suite: offscreen, but the tests that need a real X server (tests/test_x11.py)
## run on one: .ci/run's Xvfb, else a private Xvfb they start (apt-get install xvfb), else $$DISPLAY.
## Includes building the frozen program and running its self-test. First installs what the tests
## need outside Python (packaging/test-setup.sh: system packages when root, node-coap).
test: $(STAMP)
	@bash packaging/test-setup.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

## The decoder property tests at 100,000 examples each (the suite runs them at a modest count).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --timeout=0 \
		--hypothesis-show-statistics tests/test_fuzz_*.py $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/display-app bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/display-app screenshots --out screenshots

## Translations (docs/accessibility.md): `translations` refreshes the .ts sources from the code
## (pyside6-lupdate) and compiles them; `qm` only compiles (pyside6-lrelease), as every build does.
.PHONY: translations qm
translations: $(STAMP)
	$(PY) packaging/translations.py update
	$(PY) packaging/translations.py compile

qm: $(STAMP)
	$(PY) packaging/translations.py compile

# The modules a display imports before its first frame, which the build stores uncompressed
# (packaging/startup_modules.py); run after changing what the display imports at start-up.
# With a release venv (make release), its interpreter's modules are added to the list.
startup-modules: $(STAMP)
	$(PY) packaging/startup_modules.py
	@if test -x $(RELEASE_VENV)/bin/python; then $(RELEASE_VENV)/bin/python packaging/startup_modules.py --add; fi

frozen: $(STAMP) qm
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/display-app.spec

## The program to ship: the same build as `frozen`, made with an optimised interpreter (PGO and
## LTO, as python.org's own installers are; packaging/release-python.sh builds it the first
## time, ~20 minutes) in a venv of its own, then its self-test. docs/shipping.md.
release:
	@# A release venv made by another interpreter (an older build, another cache folder) is made again.
	@python=$$(sh packaging/release-python.sh) && \
	  { grep -qxF "home = $$(dirname "$$python")" $(RELEASE_VENV)/pyvenv.cfg 2>/dev/null || { rm -rf $(RELEASE_VENV) && $$python -m venv $(RELEASE_VENV); }; }
	$(RELEASE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[build]'
	$(RELEASE_VENV)/bin/python packaging/translations.py compile
	$(RELEASE_VENV)/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/release packaging/display-app.spec
	dist/display-app/display-app --self-test

clean:
	rm -rf build dist $(VENV) $(RELEASE_VENV) .pytest_cache
