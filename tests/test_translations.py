"""Translations: the .ts sources match the code, every text is translated with its
placeholders, the shipped .qm files are what lrelease makes of the .ts, plural forms are
right, and the display shows its captions in the store's language (fitting at 800x480)."""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from display_fixtures import shown_window
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from display_app.sale.language import LANGUAGES
from display_app.sale.model import Connection, Payment, Sale, SaleLine, Screen, ScreenState, StoreInfo
from display_app.ui.display import theme
from display_app.ui.display.window import DisplayWindow
from display_app.ui.widgets import i18n

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
D = Decimal

spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def messages(code: str):
    tree = ET.parse(FOLDER / f"display_app_{code}.ts")
    for context in tree.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_one_ts_and_one_qm_per_language_and_no_others():
    assert sorted(p.stem for p in FOLDER.glob("*.ts")) == sorted(f"display_app_{c}" for c in LANGUAGES)
    assert sorted(p.stem for p in FOLDER.glob("*.qm")) == sorted(f"display_app_{c}" for c in LANGUAGES)


def test_ts_sources_are_current_with_the_code(tmp_path):
    """lupdate over the code changes nothing: no caption is missing from the .ts, none is stale."""
    for path in FOLDER.glob("*.ts"):
        shutil.copy(path, tmp_path / path.name)
    tool.update(tmp_path)
    for path in FOLDER.glob("*.ts"):
        assert (tmp_path / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{path.name} is out of date: run `make translations` and translate what it adds"
        )


def test_qm_files_are_what_lrelease_makes_of_the_ts(tmp_path):
    for path in tool.compile_all(tmp_path):
        assert path.read_bytes() == (FOLDER / path.name).read_bytes(), f"{path.name} is stale: run `make translations`"


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_text_is_translated_keeping_its_placeholders(code):
    count = 0
    for context, message in messages(code):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (code, source)
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for i, text in enumerate(forms):
            assert text.strip(), (code, source, i)
            for mark in ("%1", "%2"):
                assert (mark in text) == (mark in source), (code, source, text)
            if "%n" in source and not (code == "ar" and i in (1, 2)):  # Arabic says "one item", "two items" in words
                assert "%n" in text, (code, source, text)
        count += 1
    assert count >= 20


@pytest.mark.parametrize(
    ("code", "locale", "expected"),
    [
        ("en", "en_NZ", {1: "1 item", 2: "2 items", 0: "0 items", 1234: "1,234 items"}),
        ("de", "de_DE", {1: "1 Artikel", 2: "2 Artikel", 1234: "1.234 Artikel"}),
        ("fr", "fr_FR", {0: "0 article", 1: "1 article", 2: "2 articles"}),
        ("es", "es_ES", {1: "1 artículo", 2: "2 artículos"}),
        ("ar", "ar_EG", {1: "سلعة واحدة", 2: "سلعتان", 3: "٣ سلع", 11: "١١ سلعة", 100: "١٠٠ سلعة"}),
        ("zh_CN", "zh_CN", {1: "1 件商品", 5: "5 件商品"}),
        ("mi", "mi_NZ", {1: "1 taonga", 7: "7 taonga"}),
    ],
)
def test_plural_forms(qapp, code, locale, expected):
    assert i18n.use(code) == code
    try:
        for n, text in expected.items():
            assert i18n.with_digits(QCoreApplication.translate("Display", "%n item(s)", None, n), n, QLocale(locale)) == text
    finally:
        i18n.use("en")


def test_unknown_or_missing_language_falls_back_to_english(qapp):
    assert i18n.use("ja_JP") == "en"
    assert i18n.use("not a tag!") == "en"
    assert QCoreApplication.translate("Display", "To pay") == "To pay"


# ----------------------------------------------------------------------------- on screen

SALE = Sale(
    key="k-1",
    lines=(
        SaleLine(1, "Milk 2L", D(2), "", D("9.58"), unit_price=D("4.79")),
        SaleLine(2, "Bananas", D("1.235"), "kg", D("4.31"), unit_price=D("3.49")),
        SaleLine(3, "Bread", D(1), "", D("3.50"), original_total=D("4.50")),
    ),
    total=D("17.39"),
    payments=(Payment("EFTPOS", D("10.00")),),
)

CAPTIONS = {
    "en": ("Total", "To pay", "4 items"),
    "de": ("Summe", "Zu zahlen", "4 Artikel"),
    "es": ("Total", "A pagar", "4 artículos"),
    "fr": ("Total", "À payer", "4 articles"),
    "ar": ("المجموع", "المتبقي للدفع", "٤ سلع"),
    "zh_CN": ("合计", "待付", "4 件商品"),
    "mi": ("Tapeke", "Hei utu", "4 taonga"),
}
LOCALES = {"en": "en_NZ", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "ar": "ar_EG", "zh_CN": "zh_CN", "mi": "mi_NZ"}


def state_for(locale: str, **changes) -> ScreenState:
    store = StoreInfo(name="Harbour Fresh Grocer", locale=locale, currency="NZD")
    base = ScreenState(screen=Screen.SALE, phase=Screen.SALE, store=store, sale=SALE, connection=Connection.CONNECTED)
    return dataclasses.replace(base, **changes)


@pytest.fixture
def window(qtbot):
    w = shown_window(qtbot, (800, 480))
    yield w
    w.set_accessibility(high_contrast=False, large_text=False)
    i18n.use("en")


def clipped_labels(window: DisplayWindow) -> list[str]:
    """Visible one-line labels whose text is wider than the label (what a shopper would see cut)."""
    out = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.wordWrap():
            continue
        if QFontMetrics(label.font()).horizontalAdvance(label.text()) > label.contentsRect().width() + 1:
            out.append(f"{label.text()!r} ({QFontMetrics(label.font()).horizontalAdvance(label.text())} > {label.contentsRect().width()})")
    return out


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_store_locale_sets_the_captions_and_they_fit_at_800x480(qtbot, window, code, large):
    window.set_accessibility(high_contrast=False, large_text=large)
    state = state_for(LOCALES[code])
    assert state.language == code
    window.show_state(state)
    qtbot.wait(20)
    panel = window.sale.panel
    total, due, count = CAPTIONS[code]
    assert (panel.total_caption.text(), panel.due_caption.text(), panel.count.text()) == (total, due, count)
    assert window.layoutDirection() == (Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight)
    assert clipped_labels(window) == []
    paid = dataclasses.replace(SALE, payments=(Payment("Cash", D("20.00")),))
    window.show_state(state_for(LOCALES[code], screen=Screen.THANKYOU, phase=Screen.THANKYOU, sale=paid, thankyou_url="https://r.example/1"))
    qtbot.wait(20)
    assert window.thankyou.title.text() == QCoreApplication.translate("Display", "Thank you!")
    assert clipped_labels(window) == []
    window.show_state(state_for(LOCALES[code], screen=Screen.OFFLINE, connection=Connection.DISCONNECTED))
    qtbot.wait(20)
    card = window.overlay.card_rect()
    assert window.overlay.rect().toRectF().contains(card), "the reconnecting card fits the screen"


def test_store_language_setting_wins_over_the_locale_and_money_keeps_the_store_format(qtbot, window):
    state = state_for("en_NZ", store=StoreInfo(name="Te Toa", locale="en_NZ", currency="NZD", language="mi"))
    assert state.language == "mi"
    window.show_state(state)
    assert window.sale.panel.total_caption.text() == "Tapeke"
    assert window.sale.panel.total.text() == "$17.39"


def test_rtl_numbers_and_units_are_isolated(qtbot, window):
    window.show_state(state_for("ar_EG"))
    detail = window.sale.model.data(window.sale.model.index(1), window.sale.model.DetailRole)
    # "١٫٢٣٥ kg بسعر ج.م. ..." : the quantity with its unit and the price with "/kg" are each one isolate
    assert detail.startswith("\u2068١٫٢٣٥\u00a0kg\u2069")
    assert detail.count("\u2068") == 2 and detail.count("\u2069") == 2 and detail.endswith("/kg\u2069")
    assert "بسعر" in detail


def test_labels_align_with_the_screen_s_reading_direction_not_their_text_s(qtbot, window):
    """An English store name in an Arabic layout sits at the reading start (right), by the
    logo, like the Arabic captions; an Arabic name in an English layout sits on the left."""
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    window.show_state(state_for("ar_EG"))
    assert window.header.name.alignment() & right == right
    assert window.sale.panel.payment_rows[0][0].alignment() & right == right  # "EFTPOS"
    assert window.sale.panel.payment_rows[0][1].alignment() & left == left  # its amount, at the far end
    window.show_state(state_for("en_NZ", store=StoreInfo(name="سوق الميناء", locale="en_NZ", currency="NZD")))
    assert window.header.name.alignment() & left == left
