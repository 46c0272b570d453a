"""Which language the customer display speaks: the store's, or this shopper's.

Qt-free. The display has translations for ``LANGUAGES`` (``resources/translations/``
holds one ``display_app_<code>.ts`` per code; ``tests/test_translations.py`` checks the
two lists agree). A language is named by a code from that list ("de", "zh_CN"); any
locale or language tag a counter, a setting or a shopper gives ("de_AT", "de-DE",
"zh-Hans-CN", "mi_NZ", "MI") is reduced to one of them by ``supported``, or to ""
when there is no translation for it (the display then falls back to the store's
language, and finally to English).

The decision (``ScreenState.language``, see ``sale.model``):

1. while a sale is on screen (the sale or its thank-you), the language that sale
   names for its customer (``dialect.SALE_LANGUAGE_FIELDS``), else the one the shopper
   picked on a touch display for that same sale (a pick on the idle screen is for the
   sale that starts next: ``sale.reducer``);
2. otherwise the store's: the ``store_language`` setting, else the language of the
   store's locale (from the counter or ``store_locale``), else English.

The next sale (a new sale identity) starts again from the store's language.
"""

from __future__ import annotations

import re

ENGLISH = "en"

#: Languages the display is translated into, in the order a language button offers them.
LANGUAGES: tuple[str, ...] = ("en", "de", "es", "fr", "ar", "zh_CN", "mi")

#: Each language's own name, for a language button (never translated: a shopper looks for their own).
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
    "zh_CN": "简体中文",
    "mi": "Te Reo Māori",
}

#: Chinese written in Traditional characters: no translation yet, so these fall back.
_TRADITIONAL = {"tw", "hk", "mo", "hant"}

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


def supported(tag: str | None) -> str:
    """The ``LANGUAGES`` code for a locale or language tag, or "" when we have no
    translation for it (or it is not a tag at all)."""
    if not isinstance(tag, str):
        return ""
    text = tag.strip()
    if not text or len(text) > 35 or not _TAG.match(text):
        return ""
    parts = [p.lower() for p in re.split(r"[_-]", text)]
    primary = parts[0]
    if primary in ("zh", "zho", "chi"):
        return "" if _TRADITIONAL.intersection(parts[1:]) else "zh_CN"
    primary = {"eng": "en", "deu": "de", "ger": "de", "spa": "es", "fra": "fr", "fre": "fr", "ara": "ar", "mri": "mi", "mao": "mi"}.get(
        primary, primary
    )
    return primary if primary in LANGUAGES else ""


def store_language(setting: str, locale: str) -> str:
    """The store's language: the setting when we have it, else its locale's, else English."""
    return supported(setting) or supported(locale) or ENGLISH


def sale_language(named: str, picked: str, picked_for: str, sale_identity: str) -> str:
    """This sale's shopper language, or "": the one the sale names, else the one the shopper
    picked for this very sale (``picked_for`` is the sale identity it was picked during)."""
    return supported(named) or (supported(picked) if picked and picked_for == sale_identity else "")
