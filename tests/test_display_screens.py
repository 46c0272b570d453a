"""The display's widgets with hand-made ScreenStates: the lines model, the QR code, each
screen's texts, right-to-left, sizing, burn-in drift, the slideshow, the paint hook."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from display_fixtures import shown_window
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QImage

from display_app.sale.model import Connection, Payment, Sale, SaleLine, Screen, ScreenState, StoreInfo
from display_app.ui.display.lines import SaleLinesModel
from display_app.ui.widgets.qr import QUIET_ZONE, QrCode, qr_matrix

D = Decimal
STORE = StoreInfo(name="Harbour Fresh Grocer", message="Kia ora", currency="NZD", locale="en_NZ")


def line(seq: int, name: str = "", total: str = "1.00", **kw) -> SaleLine:
    return SaleLine(seq=seq, description=name or f"Item {seq}", qty=kw.pop("qty", D(1)), unit=kw.pop("unit", ""), total=D(total), **kw)


def sale_state(lines, payments=(), screen=Screen.SALE, **kw) -> ScreenState:
    total = sum((l.total for l in lines), D("0.00"))
    sale = Sale(key=kw.pop("key", "k1"), lines=tuple(lines), total=total, payments=tuple(payments))
    return ScreenState(screen=screen, phase=kw.pop("phase", screen), store=kw.pop("store", STORE), sale=sale, connection=Connection.CONNECTED, **kw)


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot)


# ----------------------------------------------------------------------------- lines model


def test_lines_model_passes_the_model_tester(qtmodeltester, qapp):
    model = SaleLinesModel()
    model.set_lines([line(1), line(2), line(4)])
    qtmodeltester.check(model)
    model.set_lines([line(1), line(3, "New"), line(4, total="2.00"), line(5)])
    qtmodeltester.check(model)
    model.set_lines([])
    qtmodeltester.check(model)


def test_lines_model_updates_by_row_never_by_reset(qapp):
    model = SaleLinesModel()
    model.set_lines([line(i) for i in range(1, 201)])
    inserted, removed, changed, resets = [], [], [], []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda parent, first, last: removed.append((first, last)))
    model.dataChanged.connect(lambda tl, br, roles=(): changed.append((tl.row(), br.row())))
    model.modelReset.connect(lambda: resets.append(1))

    model.set_lines([line(i) for i in range(1, 202)])  # one more scanned
    assert inserted == [(200, 200)] and not removed and not resets
    assert model.newest_seq == 201

    inserted.clear(), changed.clear()
    lines = [line(i) for i in range(1, 202) if i != 50]  # line 50 voided
    model.set_lines(lines)
    assert removed == [(49, 49)] and not inserted and not resets
    assert model.rowCount() == 200

    removed.clear(), changed.clear()
    lines[9] = line(10, total="9.99")  # a quantity edit
    model.set_lines(lines)
    assert (9, 9) in changed and not inserted and not removed
    assert model.newest_seq == 10
    assert model.index(9, 0).data(SaleLinesModel.TotalRole) == "$9.99"
    assert model.resets == 0


def test_line_texts(qapp):
    model = SaleLinesModel()
    model.set_lines(
        [
            line(1, "Milk", "9.58", qty=D(2), unit_price=D("4.79")),
            line(2, "Bananas", "4.31", qty=D("1.235"), unit="kg", unit_price=D("3.49")),
            line(3, "Bread", "4.50", original_total=D("5.00")),
            line(4, "Mince", "8.10", qty=D("0.5"), unit="kg"),
        ]
    )
    data = lambda row, role: model.index(row, 0).data(role)  # noqa: E731
    assert data(0, SaleLinesModel.DetailRole) == "2 × $4.79"
    assert data(1, SaleLinesModel.DetailRole) == "1.235\u00a0kg @ $3.49/kg"
    assert data(2, SaleLinesModel.DetailRole) == ""
    assert data(2, SaleLinesModel.OriginalRole) == "$5.00" and data(2, SaleLinesModel.DiscountRole) == "-$0.50"
    assert data(3, SaleLinesModel.DetailRole) == "0.500\u00a0kg"
    assert model.data(QModelIndex()) is None


# ----------------------------------------------------------------------------- QR


def test_qr_widget_paints_a_sharp_code_with_its_quiet_zone(qtbot):
    widget = QrCode()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.set_text("https://receipts.example.com/r/abc")
    assert widget.has_code()
    matrix = qr_matrix("https://receipts.example.com/r/abc")
    assert widget.matrix == matrix and all(not cell for cell in matrix[0])  # top quiet row
    image = widget.grab().toImage()
    rect, k = widget.code_rect(), widget.module_size()
    assert k >= 3
    # every module is painted exactly: check the centre pixel of each one
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            px = QColor(image.pixel(rect.left() + x * k + k // 2, rect.top() + y * k + k // 2))
            assert (px.lightness() < 128) == dark, (x, y)
    quiet = QColor(image.pixel(rect.left() + (QUIET_ZONE * k) // 2, rect.top() + rect.height() // 2))
    assert quiet.lightness() > 200
    widget.set_text("")
    assert not widget.has_code()


# ----------------------------------------------------------------------------- screens


def test_idle_screen_brands_the_store_and_tells_it_is_connecting(window):
    window.show_state(ScreenState(store=STORE, connection=Connection.CONNECTING))
    assert window.visible_screen is Screen.IDLE
    assert window.idle.name.text() == "Harbour Fresh Grocer"
    assert window.idle.welcome.text() == "Kia ora"
    assert window.idle.logo.initials == "HF" and window.idle.logo.image is None
    assert window.idle.status.text() == "Connecting to the counter…" and window.idle.status.isVisible()
    assert not window.header.isVisible()
    window.show_state(ScreenState(store=STORE, connection=Connection.CONNECTED))
    assert window.idle.status.text() == ""


def test_sale_screen_shows_total_payments_and_what_is_due(window):
    state = sale_state([line(1, "Milk", "4.79"), line(2, "Bread", "5.29")], [Payment("EFTPOS", D("5.00"))])
    window.show_state(state)
    panel = window.sale.panel
    assert window.visible_screen is Screen.SALE
    assert panel.total.text() == "$10.08"
    assert [(k.text(), a.text()) for k, a in panel.payment_rows if k.isVisible()] == [("EFTPOS", "$5.00")]
    assert panel.due.text() == "$5.08" and panel.due.isVisible()
    assert window.header.isVisible() and window.header.name.text() == "Harbour Fresh Grocer"


def test_empty_sale_invites_the_first_item(window):
    window.show_state(sale_state([]))
    assert window.sale.empty.isVisible() and not window.sale.lines.isVisible()


def test_thankyou_without_template_has_no_qr_and_without_change_no_change_box(window):
    lines = [line(1, "Milk", "4.79")]
    window.show_state(sale_state(lines, [Payment("EFTPOS", D("4.79"))], screen=Screen.THANKYOU))
    assert window.visible_screen is Screen.THANKYOU
    assert not window.thankyou.qr_card.isVisible()
    assert not window.thankyou.change_box.isVisible()
    assert "$4.79" in window.thankyou.texts()


def test_offline_overlay_dims_the_last_sale_and_keeps_the_clock(window):
    state = sale_state([line(1, "Milk", "4.79")])
    window.show_state(state)
    window.show_state(dataclasses.replace(state, screen=Screen.OFFLINE, connection=Connection.DISCONNECTED))
    assert window.visible_screen is Screen.OFFLINE
    assert window.overlay.isVisible() and window.sale.isVisible() and window.header.clock.isVisible()
    assert window.overlay.geometry() == window.stack.geometry()
    card = window.overlay.card_rect()
    assert window.overlay.rect().toRectF().contains(card)


def test_right_to_left_store_mirrors_the_layout(window, qtbot):
    store = dataclasses.replace(STORE, locale="ar_EG", currency="EGP")
    window.show_state(sale_state([line(1, "حليب", "79.00")], store=store))
    assert window.layoutDirection().name == "RightToLeft"
    assert "٧٩٫٠٠" in window.sale.panel.total.text()
    # the totals panel is on the left in RTL (once Qt has laid it out), on the right in LTR
    qtbot.waitUntil(lambda: window.sale.panel.geometry().left() == 0, timeout=2000)
    window.show_state(sale_state([line(1, "Milk", "4.79")]))
    assert window.layoutDirection().name == "LeftToRight"
    qtbot.waitUntil(lambda: window.sale.panel.geometry().left() > 0, timeout=2000)


@pytest.mark.parametrize("size", [(800, 480), (1920, 1080), (1080, 1920)])
def test_type_scales_with_the_window_and_nothing_is_cut(window, qtbot, size):
    window.resize(*size)
    big = [line(i, f"Very long product description number {i} that does not fit", "1234.56") for i in range(1, 4)]
    window.show_state(sale_state(big, [Payment("Cash", D("100000.00"))]))
    qtbot.wait(20)
    panel = window.sale.panel
    for label in (panel.total, panel.due):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert window.sale.model.index(0, 0).data() == big[0].description  # elided when painted, kept in the model
    expected = min(size) / 24 if size[0] > size[1] else size[0] / 22
    assert abs(window.unit - expected) < 1
    assert window.portrait == (size[1] > size[0])


def test_idle_content_drifts_against_burn_in(window):
    window.show_state(ScreenState(store=STORE, connection=Connection.CONNECTED))
    before = window.idle.content.geometry().topLeft()
    window.idle.drift()
    after = window.idle.content.geometry().topLeft()
    assert before != after and (before - after).manhattanLength() < window.unit


def test_slideshow_from_a_folder(window, tmp_path, qtbot):
    for i, colour in enumerate(("#c0392b", "#2980b9")):
        image = QImage(64, 48, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(tmp_path / f"slide{i}.png"))
    (tmp_path / "notes.txt").write_text("not an image")
    window.set_slideshow(str(tmp_path), 5)
    window.show_state(ScreenState(store=STORE, connection=Connection.CONNECTED))
    show = window.idle.slideshow
    assert show.has_images() and len(show.paths) == 2 and show.isVisible()
    band = window.idle.band  # the brand on a band over the images, the big centred brand hidden
    assert band.isVisible() and band.name.text() == "Harbour Fresh Grocer" and not window.idle.content.isVisible()
    assert band.geometry().bottom() >= window.idle.height() - 1
    first = show.current.pixel(0, 0)
    show.advance(animated=False)
    assert show.current.pixel(0, 0) != first
    window.set_slideshow(str(tmp_path / "missing"), 5)
    assert not show.has_images() and not show.isVisible() and window.idle.content.isVisible()


def test_painted_is_emitted_after_a_changed_state(window, qtbot):
    with qtbot.waitSignal(window.painted, timeout=2000) as blocker:
        window.show_state(sale_state([line(1)]))
    assert blocker.args[0] == window.last_paint and window.paints >= 1


def test_banner_on_any_screen(window):
    window.show_state(ScreenState(store=STORE, connection=Connection.CONNECTED, banner="Store closes in 15 minutes"))
    assert window.banner.isVisible() and window.banner.text() == "Store closes in 15 minutes"
    window.show_state(ScreenState(store=STORE, connection=Connection.CONNECTED, banner=None))
    assert not window.banner.isVisible()


def test_store_logo_from_a_data_uri_and_a_bad_one(window):
    image = QImage(20, 10, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff0000"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    uri = "data:image/png;base64," + bytes(data.toBase64()).decode()
    window.show_state(ScreenState(store=dataclasses.replace(STORE, logo=uri)))
    assert window.header.logo.image is not None and window.header.logo.image.width() == 20
    window.show_state(ScreenState(store=dataclasses.replace(STORE, logo="data:image/png;base64,!!!")))
    assert window.header.logo.image is None and window.header.logo.initials == "HF"


def test_store_logo_from_a_file_and_a_web_address(window, tmp_path):
    image = QImage(30, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("#00ff00"))
    image.save(str(tmp_path / "logo.png"))
    window.show_state(ScreenState(store=dataclasses.replace(STORE, logo=str(tmp_path / "logo.png"))))
    assert window.idle.logo.image is not None and window.idle.logo.image.width() == 30
    window.show_state(ScreenState(store=dataclasses.replace(STORE, logo="https://example.com/logo.png")))
    assert window.idle.logo.image is None  # the display fetches nothing itself: initials instead


@pytest.mark.parametrize(("size", "stacked"), [((1024, 768), True), ((800, 800), True), ((1280, 800), False), ((800, 480), False)])
def test_totals_go_under_the_lines_on_squarish_screens(window, qtbot, size, stacked):
    window.resize(*size)
    window.show_state(sale_state([line(1, "Whittaker's Creamy Milk Chocolate 250g", "5.99")], [Payment("Cash", D("2.00"))]))
    panel, lines = window.sale.panel, window.sale.list_area
    if stacked:
        qtbot.waitUntil(lambda: panel.geometry().top() >= lines.geometry().bottom(), timeout=2000)
        assert panel.width() == window.width() and panel.wide
        assert panel.due.geometry().top() == panel.total.geometry().top()  # "to pay" beside the total
    else:
        qtbot.waitUntil(lambda: panel.geometry().left() >= lines.geometry().right(), timeout=2000)
        assert not panel.wide


def test_long_product_names_wrap_onto_a_second_line(window, qtbot):
    window.resize(800, 480)
    name = "Ploughmans Wholegrain Goodness Toast Bread 750g"
    window.show_state(sale_state([line(1, "Milk", "4.79"), line(2, name, "4.99")]))
    view = window.sale.lines
    qtbot.waitUntil(lambda: view.viewport().width() > 100, timeout=2000)
    wrapped = view.line_delegate.description_lines(name, "$4.99", view.viewport().width())
    assert len(wrapped) == 2 and " ".join(wrapped) == name  # nothing cut: the whole name, on two lines
    short = view.line_delegate.description_lines("Milk", "$4.79", view.viewport().width())
    assert short == ["Milk"]
    model = window.sale.model
    assert view.visualRect(model.index(1, 0)).height() > view.visualRect(model.index(0, 0)).height()
