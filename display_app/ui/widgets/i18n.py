"""The app's captions in the shopper's language, with Qt's own translation system.

Every caption in ``ui/`` is written in English in the code, wrapped in
``QCoreApplication.translate(context, text)`` (``QT_TRANSLATE_NOOP`` where it is a
constant), so ``pyside6-lupdate`` finds it. The translations live in
``resources/translations/display_app_<code>.ts`` (Qt Linguist sources, one per
``sale.language.LANGUAGES`` code) and are compiled by ``pyside6-lrelease`` into the
``.qm`` files beside them, which the app loads and the frozen build ships
(``make translations``; docs/accessibility.md).

``use(code)`` installs one language's translator application-wide (a process shows one
language at a time: the display's; the presell tablet, a process of its own in a store,
keeps the language it started with) and returns the code in use. Widgets then read
their captions again (the display re-applies its state; ``QEvent.LanguageChange`` is
sent to every widget too).

Plural captions are ``QCoreApplication.translate(context, "%n item(s)", None, n)``: Qt
picks the language's plural form; ``with_digits`` then writes the number in the store's
digits ("٣ سلع" in an Arabic store).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from ... import paths
from ...sale.language import ENGLISH, LANGUAGES, supported

log = logging.getLogger(__name__)

CATALOGUE = "display_app"

_installed: QTranslator | None = None
_language = ""
_cache: dict[str, QTranslator] = {}


def translations_dir() -> Path:
    return paths.resource_path("translations")


def qm_path(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.qm"


def _translator(code: str) -> QTranslator | None:
    if code in _cache:
        return _cache[code]
    translator = QTranslator()
    path = qm_path(code)
    if not translator.load(str(path)):
        log.error("translation %s could not be loaded; captions stay in English", path)
        return None
    _cache[code] = translator
    return translator


def use(code: str) -> str:
    """Show captions in ``code`` (any tag ``sale.language.supported`` knows); returns the
    language now in use ("en" when the code is unknown or its ``.qm`` is missing)."""
    global _installed, _language
    wanted = supported(code) or ENGLISH
    if wanted == _language:
        return _language
    app = QCoreApplication.instance()
    translator = _translator(wanted)
    if translator is None and wanted != ENGLISH:
        wanted = ENGLISH
        translator = _translator(ENGLISH)
    if app is not None:
        if _installed is not None:
            app.removeTranslator(_installed)
        if translator is not None:
            app.installTranslator(translator)
    _installed = translator
    _language = wanted
    log.info("captions in %s", wanted)
    return wanted


def current() -> str:
    """The language in use ("" before the first ``use``)."""
    return _language


def direction(code: str) -> Qt.LayoutDirection:
    """Reading direction of a language: right to left for Arabic."""
    return QLocale(supported(code) or ENGLISH).textDirection()


def fill(template: str, *values: str) -> str:
    """``%1``, ``%2``... in a translated caption replaced by ``values`` in one pass (a value
    that itself contains "%2" is left alone, as Qt's ``QString.arg`` would)."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0), template)


def with_digits(caption: str, n: int, locale: QLocale) -> str:
    """A translated plural caption (Qt wrote ``n`` as ASCII digits for ``%n``) with ``n``
    in ``locale``'s digits and grouping: "3 items", "1.234 Artikel", "٣ سلع"."""
    return caption.replace(str(n), locale.toString(n), 1)


__all__ = ["CATALOGUE", "LANGUAGES", "fill", "with_digits", "current", "direction", "qm_path", "translations_dir", "use"]
