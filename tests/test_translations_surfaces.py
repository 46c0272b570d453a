"""The surfaces that used to be English-only, on screen in another language (real widgets
offscreen, real simulators over real sockets where the surface needs one): the setup
screen in German, the Lane Wall in Arabic and mirrored, the tablet's pager step in French,
the display's "+N more" payments row in German, and why the counter cannot be reached,
in German, on the display and on the setup screen."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest
from display_fixtures import drive, qloop, running_wall, shown_window, tablet_with_pagers, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout

from display_app.config import Config
from display_app.fd1 import reach
from display_app.sale.model import Connection, Payment, Sale, SaleLine, Screen, ScreenState, StoreInfo
from display_app.ui.widgets import i18n
from display_app.ui.widgets.format import MoneyFormat
from helpers import free_port

D = Decimal
MILK = "DAI0002"


pytestmark = pytest.mark.usefixtures("english_afterwards")



# ----------------------------------------------------------------------------- setup screen


def test_the_setup_screen_in_german(qtbot, qloop):  # noqa: F811
    from display_app.ui.shell.setup import SetupScreen

    assert i18n.use("de") == "de"
    screen = SetupScreen(Config())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    title = screen.findChild(type(screen.status_label), "setup-title")
    assert title.text() == "Diesen Bildschirm einrichten"
    assert (screen.test_button.text(), screen.save_button.text(), screen.sessions_button.text()) == ("Verbindung testen", "Speichern", "Sitzungen suchen")
    assert (screen.mode_display.text(), screen.mode_presell.text()) == ("Kundenanzeige", "Vorverkaufs-Tablet")
    assert screen.kiosk_check.text() == "Kioskmodus (Vollbild, Verlassen nur mit PIN)"
    assert screen.apikey_edit.placeholderText() == "nur wenn die Kasse einen verlangt"
    assert screen.session_combo.itemText(0) == "Jeder Verkauf an dieser Kasse"
    form = screen.findChild(QFormLayout)
    assert form.labelForField(screen.host_edit).text() == "Kasse"
    assert form.labelForField(screen.pin_edit).text() == "PIN zum Beenden"
    assert screen.host_edit.accessibleName() == "Adresse der Kasse"
    assert screen.save_button.accessibleDescription() == "Prüft und speichert diese Einstellungen"
    # the Follow list's sessions
    from display_app.sale.sessions import SessionInfo
    from display_app.ui.shell.setup import session_label

    assert session_label(SessionInfo("REG1", lane="2", sale_key="k", total=D("12.50"), lines=3)) == "Kasse 2 · REG1 · 3 Artikel, 12.50"
    assert session_label(SessionInfo("TAB1")) == "Sitzung · TAB1 · kein Verkauf"
    # an error the installer causes, in German
    assert screen.save() is None
    assert screen.status_label.text().startswith("zuerst die Adresse der Kasse eingeben")
    # and why the counter cannot be reached, worded by the screen from fd1.reach's diagnosis
    port = free_port()
    screen.host_edit.setText(f"127.0.0.1:{port}")
    screen.test_connection()
    wait_for(qtbot, lambda: screen.status_label.text().startswith("Keine Verbindung möglich."), 6000)
    text = screen.status_label.text()
    assert f"Die Kasse unter 127.0.0.1:{port} hat die Verbindung abgelehnt" in text and "Einstellungen" in text
    assert "refused" not in text


def test_the_setup_screen_in_arabic_reads_right_to_left(qtbot):
    from display_app.ui.shell.setup import SetupScreen

    i18n.use("ar")
    screen = SetupScreen(Config())
    qtbot.addWidget(screen)
    screen.resize(760, 640)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = screen.findChild(QFormLayout).labelForField(screen.host_edit)
    assert label.text() == "الصندوق" and screen.test_button.text() == "اختبار الاتصال"
    assert label.geometry().left() > screen.host_edit.geometry().right()  # the caption at the right of its field
    assert screen.save_button.geometry().right() < screen.test_button.geometry().left()  # Save at the reading end: the left


# ----------------------------------------------------------------------------- reach on the display


def test_the_display_says_why_it_cannot_reach_its_counter_in_german(qtbot):

    try:
        raise ConnectionRefusedError(111, "Connect call failed")
    except ConnectionRefusedError as exc:
        problem = reach.classify(exc, "ws://till1:3490/fd1/open_websocket")
    assert problem.kind == "refused" and (problem.host, problem.port) == ("till1", 3490)
    window = shown_window(qtbot, (800, 480))
    store = StoreInfo(name="Hafenmarkt", locale="de_DE", currency="EUR")
    window.show_state(ScreenState(screen=Screen.OFFLINE, store=store, connection=Connection.DISCONNECTED, connection_problem=problem))
    qtbot.wait(20)
    overlay = window.overlay
    assert overlay.isVisible()
    assert overlay.title() == "Warten auf die Kasse…"
    assert overlay.problem.startswith("Die Kasse unter till1:3490 hat die Verbindung abgelehnt: PosGreen läuft dort nicht")
    assert overlay.texts()[1] == overlay.problem
    assert overlay.rect().toRectF().contains(overlay.card_rect())  # the longer German sentence still fits at 800x480
    # a timeout says how long it waited (an int from the settings, in the screen's number format)
    slow = reach.classify(TimeoutError(), "ws://till1:3490/fd1/open_websocket", timeout=5)
    window.show_state(ScreenState(screen=Screen.OFFLINE, store=store, connection=Connection.DISCONNECTED, connection_problem=slow))
    qtbot.wait(20)
    assert overlay.problem.startswith("Keine Antwort von der Kasse unter till1:3490 innerhalb von 5 Sekunden.")
    window.show_state(ScreenState(screen=Screen.OFFLINE, store=store, connection=Connection.DISCONNECTED, connection_problem=problem))
    # the same diagnosis, the shopper's language changes: the card follows
    window.show_state(ScreenState(screen=Screen.OFFLINE, store=dataclasses.replace(store, language="fr"),
                                  connection=Connection.DISCONNECTED, connection_problem=problem))
    qtbot.wait(20)
    assert overlay.problem.startswith("La caisse à till1:3490 a refusé la connexion")


# ----------------------------------------------------------------------------- "+N more"


def test_the_more_payments_row_is_a_german_plural_on_screen(qtbot):
    from display_app.ui.display import screens

    i18n.use("de")
    money = MoneyFormat.for_store("de_DE", "EUR")
    pays = [Payment(f"Gutschein {i}", D("1.00")) for i in range(1, 6)]
    assert screens.payment_rows(pays, 4, money)[-1] == ("+2 weitere", "2,00\u00a0€")
    assert screens.payment_rows(pays, 5, money)[-1][0] == "Gutschein 5"
    i18n.use("fr")
    assert screens.payment_rows(pays, 4, money)[-1][0] == "+2 autres"
    assert screens.payment_rows(pays[:2], 1, money)[-1][0] == "+2 autres"
    assert screens.payment_rows(pays[:1] + pays[:1], 2, money)[-1][0] == "Gutschein 1"
    i18n.use("ar")
    assert screens.payment_rows(pays, 4, MoneyFormat.for_store("ar_EG", "EGP"))[-1][0] == "+ دفعتان أخريان"

    window = shown_window(qtbot, (800, 480))
    sale = Sale(key="k-9", lines=(SaleLine(1, "Milch 2L", D(1), "", D("100.00")),), total=D("100.00"),
                payments=tuple(Payment(f"Gutschein {i}", D("1.00")) for i in range(1, 13)))
    store = StoreInfo(name="Hafenmarkt", locale="de_DE", currency="EUR")
    window.show_state(ScreenState(screen=Screen.SALE, phase=Screen.SALE, store=store, sale=sale, connection=Connection.CONNECTED))
    qtbot.wait(20)
    shown = [(k.text(), a.text()) for k, a in window.sale.panel.payment_rows if k.isVisible()]
    assert 1 < len(shown) < 12, shown  # 800x480 has no room for twelve rows
    hidden = 12 - (len(shown) - 1)
    assert shown[-1][0] == f"+{hidden} weitere"
    assert shown[-1][1] == f"{hidden},00\u00a0€"
    assert window.sale.panel.total_caption.text() == "Summe"


# ----------------------------------------------------------------------------- the pager step


def test_the_pager_step_in_french(qloop, qtbot):  # noqa: F811
    from display_app.presell.model import Product
    from PySide6.QtTest import QTest

    assert i18n.use("fr") == "fr"  # the tablet keeps the language it starts with
    with tablet_with_pagers(qtbot, locale="fr_FR", currency="EUR", lane_label="Caisse 1") as (sim, base, run, step):
        # the tablet core's messages are words the tablet chooses: French here
        run.tablet.add(Product(pid=4011, description="Bananes", price=D("3.49"), measurement="kg"))
        wait_for(qtbot, lambda: run.window.message_label.isVisible())
        assert run.window.message_label.text() == "Bananes se vend au poids : saisissez d’abord le poids"
        assert run.tablet.state.message == "Bananes is sold by weight: enter the weight first"  # the log's words
        item = sim.lane.catalogue.find(1002)
        run.tablet.add(Product(pid=item.pid, description=item.description, price=D(str(item.price))))
        wait_for(qtbot, lambda: run.tablet.state.pending == 0 and run.tablet.state.lines, 8000)
        run.tablet.send_to_lane()
        wait_for(qtbot, lambda: run.tablet.state.parked is not None, 8000)
        panel = step.panel
        code = run.tablet.state.parked.code
        assert panel.number_field.placeholderText() == "Numéro du bipeur (saisir ou scanner)"
        assert panel.hand_button.text() == "Remettre le bipeur" and panel.party_label.text() == "Personnes"
        assert panel.party.accessibleName() == "Nombre de personnes"
        assert (panel.page_button.text(), panel.collected_button.text(), panel.cancel_button.text()) == ("Rappeler", "Rendu", "Annuler")
        panel.entered("12x4", from_button=True)
        assert panel.status_label.text() == "« 12x4 » n’est pas un numéro de bipeur (1 à 5 chiffres)"
        QTest.keyClicks(panel.number_field, "42")
        QTest.keyClick(panel.number_field, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: "en attente d’une caisse" in panel.ticket_label.text(), 8000)
        assert panel.ticket_label.text() == f"Bipeur 42 · code {code} · en attente d’une caisse"
        # another basket may not take pager 42 while it is out: the refusal in French
        from display_app.pagers.queue import PagerRejected
        from display_app.ui.presell.pagers import rejected_text

        with pytest.raises(PagerRejected) as refused:
            step.handoff.hand_out(42, code="9999", sale_key="another-basket")
        assert rejected_text(refused.value) == f"Le bipeur 42 est encore sorti avec le code {code} : marquez-le d’abord rendu ou annulé"
        # the base goes away: a French plural says how many actions wait
        drive(qtbot, base.stop())
        panel._act("page_again")
        wait_for(qtbot, lambda: "Base des bipeurs injoignable" in panel.status_label.text(), 8000)
        assert re.search(r"Base des bipeurs injoignable : \d+ actions? en attente, envoyées? à son retour", panel.status_label.text())
        waiting = step.handoff.state.waiting_actions
        expected = QCoreApplication.translate("Presell", "Pager base unreachable: %n pager action(s) waiting, sent when it is back", None, waiting)
        assert panel.status_label.text().endswith(expected)
        assert (" actions " in expected) == (waiting > 1)


# ----------------------------------------------------------------------------- the Lane Wall


@pytest.fixture
def arabic_wall(qloop, qtbot, tmp_path):  # noqa: F811
    with running_wall(qtbot, 2, 4, seed=5, arabic=True, language="") as running:  # "": the stores file's
        assert (running[1].config.locale, running[1].config.language) == ("ar_EG", "ar")
        yield running


def test_the_lane_wall_in_arabic_reads_right_to_left(arabic_wall, qtbot):
    estate, feed, window = arabic_wall
    assert window.language == "ar" and i18n.current() == "ar"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    view = window.view
    # the layout is mirrored: the first store's block at the right, its lane 1 right of lane 2
    wait_for(qtbot, lambda: view.store_rects and len(view.rects) == 8)
    first_block = view.store_rects[0][0]
    assert first_block.right() > view.width() // 2 and all(first_block.left() >= block.left() for block, _ in view.store_rects)
    store = view.store_rects[0][1][0]
    assert view.rects[(store, "1")].left() > view.rects[(store, "2")].left() > view.rects[(store, "3")].left()
    # the header's captions in Arabic
    assert window.header.captions() == ["المتاجر المتصلة", "الصناديق", "قيد البيع الآن", "مبيعات اليوم", "تنبيهات"]
    # a sale on a tile: Arabic words, Arabic digits, the amount an isolate
    lane = estate.stores[1].checkout(2).lane
    lane.start_sale()
    lane.add_item(MILK, 2)
    key = ("S002", "2")
    wait_for(qtbot, lambda: view._signature.get(key, ("",) * 4)[3] == "سلعة واحدة")
    sig = view._signature[key]
    assert sig[0] == "in_sale" and sig[2].startswith("\u2068") and sig[2].endswith("\u2069")
    money = MoneyFormat.for_store("ar_EG", "NZD")
    assert sig[2] == "\u2068" + money.money(D("9.58")) + "\u2069"
    assert view.words.items(3) == "\u0663 سلع" and view.words.opened(5) == "مفتوح منذ \u0665 دقائق"
    assert QLocale("ar_EG").toString(3) == "\u0663"
    assert view.words.lane("2") == "صندوق \u2068\u0662\u2069"
    # and it is painted right to left: the big total sits at the tile's right, not its left
    assert view.tile_size.height() >= 60
    image = view._cache[key].toImage()
    w, h = image.width(), image.height()

    def ink(x0: int, x1: int) -> int:
        count = 0
        for y in range(int(h * 0.25), int(h * 0.55)):
            for x in range(x0, x1):
                c = image.pixelColor(x, y)
                count += c.red() > 200 and c.green() > 200 and c.blue() > 200
        return count

    right, left = ink(int(w * 0.7), w - 2), ink(2, int(w * 0.3))
    assert right > 20 and right > 3 * left, (left, right)
