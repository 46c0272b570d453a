# Two commands on a fresh machine:  make demo   and   make test
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test setup bench screenshots frozen clean fuzz

$(STAMP): pyproject.toml
	@test -x $(PY) || $$(sh packaging/find-python.sh) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,build]'
	@touch $(STAMP)

setup: $(STAMP)

## Customer display against the embedded counter simulator (with a presell tablet story running on it).
demo: $(STAMP)
	$(VENV)/bin/display-app demo

## The whole test suite, offscreen (includes building the frozen program and running its self-test).
test: $(STAMP)
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

frozen: $(STAMP) qm
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/display-app.spec

clean:
	rm -rf build dist $(VENV) .pytest_cache
