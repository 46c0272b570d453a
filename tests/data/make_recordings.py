"""Regenerate the recorded counter sessions in tests/data/*.jsonl.

    .venv/bin/python tests/data/make_recordings.py

Each recording is what a customer display received from a counter, one JSON object
per line, in order, with ``t`` = seconds since the display started:

* ``{"t", "frame": {...}}``: an FD1 frame exactly as the counter sent it (firehose
  events ``{"rp","sc","v"}``, the get_info reply, ``fn1.link.link_status``);
* ``{"t", "link": "connecting|connected|disconnected", "counter", "detail"}``: what the
  counter link reported;
* ``{"t", "tick": true}``: time passing with nothing received;
* ``{"t", "expect": {...}}``: what the screen shows then, as a part of the
  ``screen_state_json`` document (objects match on the keys given, lists in full);
* ``{"note": "..."}``: a comment for the reader.

The frames come from the simulator's own ``Lane`` (the same code that feeds the
simulator's sockets), driven by a fixed clock and fixed sale keys; the link events,
timing and expectations are written here by hand. The .jsonl files are the checked-in
test data: rerun this only when the snapshot shape changes, and review the diff.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from display_app.simulator.counter.catalogue import Catalogue
from display_app.simulator.counter.lane import Lane

HERE = Path(__file__).parent
COUNTER = "ws://127.0.0.1:3490/fd1/open_websocket"
FIREHOSE_RQ = "3"
START = dt.datetime(2026, 11, 20, 10, 15, 0)

STORE_ROW = {
    "storename": "Kowhai Street Grocer",
    "address": "12 Kowhai Street, Ponsonby, Auckland 1011",
    "logourl": "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=",
    "primarycolour": "#1f5f46",
    "accentcolour": "#f2b134",
    "currency": "NZD",
    "locale": "en_NZ",
    "welcome": "Kia ora, welcome!",
    "lane": 2,
}


class Recording:
    def __init__(self, name: str, title: str, *, catalogue: Catalogue) -> None:
        self.name = name
        self.rows: list[dict[str, Any]] = [{"note": title}]
        self.t = 0.0
        self.lane = Lane(catalogue)
        self.lane.clock = lambda: START + dt.timedelta(seconds=self.t)
        self.lane.on_change.append(self._event)

    rp: str | None = FIREHOSE_RQ  # None: unsolicited messages (no firehose open), a tolerated variant

    def _event(self, sc: str, v: dict[str, Any]) -> None:
        frame = {"sc": sc, "v": v} if self.rp is None else {"rp": self.rp, "sc": sc, "v": v}
        self.rows.append({"t": self.t, "frame": frame})

    def at(self, t: float) -> "Recording":
        self.t = float(t)
        return self

    def note(self, text: str) -> None:
        self.rows.append({"note": text})

    def link(self, state: str, detail: str = "") -> None:
        self.rows.append({"t": self.t, "link": state, "counter": COUNTER, "detail": detail})

    def connect(self) -> None:
        """Start-up: connecting, connected, the get_info reply, the first (idle) status."""
        self.link("connecting")
        self.expect(screen="idle", connection={"state": "connecting"}, sale=None)
        self.link("connected")
        self.frame({"r": "fd1.customerdisplay.get_info", "rp": "2", "data": {"rows": [STORE_ROW]}})
        self.lane.broadcast_status()
        self.expect(screen="idle", connection={"state": "connected", "counter": COUNTER}, store={"name": STORE_ROW["storename"]}, sale=None)

    def frame(self, frame: dict[str, Any]) -> None:
        self.rows.append({"t": self.t, "frame": frame})

    def raw_event(self, sc: str, v: Any) -> None:
        self.frame({"rp": FIREHOSE_RQ, "sc": sc, "v": v})

    def tick(self) -> None:
        self.rows.append({"t": self.t, "tick": True})

    def expect(self, **doc: Any) -> None:
        self.rows.append({"t": self.t, "expect": doc})

    def write(self) -> None:
        path = HERE / f"{self.name}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in self.rows:
                out.write(json.dumps(row, separators=(",", ":")) + "\n")
        print(f"wrote {path} ({len(self.rows)} rows)")


def line(seq: int, description: str, qty: str, total: str) -> dict[str, Any]:
    return {"seq": seq, "description": description, "qty": qty, "total": total}


def quick_sale(cat: Catalogue) -> Recording:
    r = Recording("quick_sale", "A quick grocery sale paid by EFTPOS: lines, a weighed item, a banner, thank-you, then idle.", catalogue=cat)
    r.connect()
    r.at(5)
    r.lane.start_sale("QS7d0c1f2a9b8e4c3d2a1f0e9d8c7b6")
    r.note("a new sale key with no lines yet is the idle lane (dialect.NEW_EMPTY_SALE_IS_IDLE)")
    r.expect(screen="idle", sale=None)
    r.at(6)
    r.lane.add_item("DAI0002")  # Anchor Blue Top Milk 2L 4.79
    r.expect(screen="sale", sale={"lines": [line(1, "Anchor Blue Top Milk 2L", "1", "4.79")], "total": "4.79", "due": "4.79"})
    r.at(8)
    r.lane.add_item("PRO0001", grams=1235)  # Bananas 3.49/kg -> 4.31
    r.expect(screen="sale", sale={"lines": [line(1, "Anchor Blue Top Milk 2L", "1", "4.79"), line(2, "Bananas Cavendish", "1.235", "4.31")], "total": "9.10"})
    r.at(10)
    r.lane.add_item("DAI0011", qty=2)  # Anchor Butter 500g 2 x 7.49
    r.at(11)
    r.frame({"a": "fn1.link.link_status", "v": {"message": "Store closes in 15 minutes"}})
    r.expect(screen="sale", banner="Store closes in 15 minutes")
    r.at(12)
    r.lane.add_item("DAI0009")  # Lewis Road Chocolate Milk 5.99
    r.lane.broadcast_status()
    r.expect(
        screen="sale",
        sale={
            "lines": [
                line(1, "Anchor Blue Top Milk 2L", "1", "4.79"),
                line(2, "Bananas Cavendish", "1.235", "4.31"),
                line(3, "Anchor Butter 500g", "2", "14.98"),
                line(4, "Lewis Road Creamery Chocolate Milk 750ml", "1", "5.99"),
            ],
            "total": "30.07",
            "paid": "0.00",
            "due": "30.07",
        },
    )
    r.at(20)
    r.lane.pay("EFTPOS", "30.07")
    r.expect(screen="thankyou", sale={"total": "30.07", "paid": "30.07", "due": "0.00", "change": "0.00"})
    r.at(21)
    r.lane.complete()
    r.at(22)
    r.lane.clear()
    r.frame({"a": "fn1.link.link_status", "v": {"message": ""}})
    r.note("the lane went idle 2 s into the thank-you: the thank-you stays for its 8 s")
    r.expect(screen="thankyou", banner=None, sale={"key": "QS7d0c1f2a9b8e4c3d2a1f0e9d8c7b6", "total": "30.07"})
    r.at(27)
    r.lane.broadcast_status()
    r.expect(screen="thankyou")
    r.at(28)
    r.tick()
    r.expect(screen="idle", sale=None)
    r.at(32)
    r.lane.broadcast_status()
    r.expect(screen="idle", sale=None, connection={"state": "connected"})
    return r


def void_mid_sale(cat: Catalogue) -> Recording:
    r = Recording("void_mid_sale", "Lines voided mid-sale stay in the message with a void pidflag and vanish from the screen; seqnce never renumbers.", catalogue=cat)
    r.connect()
    r.at(3)
    r.lane.start_sale("VD0a1b2c3d4e5f60718293a4b5c6d7e")
    r.lane.add_item("DAI0001")  # 3.19
    r.lane.add_item("DAI0010")  # a2 6.29
    r.lane.add_item("DAI0012")  # 6.99
    r.expect(screen="sale", sale={"total": "16.47", "lines": [line(1, "Anchor Blue Top Milk 1L", "1", "3.19"), line(2, "a2 Milk Full Cream 2L", "1", "6.29"), line(3, "Lewis Road Creamery Butter 250g", "1", "6.99")]})
    r.at(5)
    r.lane.void(2)
    r.note("seqnce 2 is voided (pidflag 10000): hidden, seqnce 3 keeps its number")
    r.expect(screen="sale", sale={"total": "10.18", "lines": [line(1, "Anchor Blue Top Milk 1L", "1", "3.19"), line(3, "Lewis Road Creamery Butter 250g", "1", "6.99")]})
    r.at(6)
    r.lane.add_item("DAI0004")  # Anchor Lite 4.89 -> seq 4
    r.lane.discount(4, percent=10)  # 4.40
    r.at(7)
    r.lane.void(1, flag=10005)
    r.expect(screen="sale", sale={"total": "11.39", "lines": [line(3, "Lewis Road Creamery Butter 250g", "1", "6.99"), line(4, "Anchor Lite Milk 2L", "1", "4.40")]})
    r.at(9)
    r.lane.pay("Cash", 20)
    r.expect(screen="thankyou", sale={"total": "11.39", "paid": "20.00", "change": "8.61", "due": "0.00"})
    r.at(10)
    r.lane.complete()
    r.lane.clear()
    r.at(16.5)
    r.tick()
    r.expect(screen="thankyou")
    r.at(17)
    r.tick()
    r.expect(screen="idle", sale=None)
    return r


def split_payment(cat: Catalogue) -> Recording:
    r = Recording("split_payment", "EFTPOS for part, cash for the rest with change; the due amount shows between the payments.", catalogue=cat)
    r.connect()
    r.at(4)
    r.lane.start_sale("SP9f8e7d6c5b4a39281706f5e4d3c2b")
    r.lane.add_item("DAI0003", qty=3)  # 3 x 6.49 = 19.47
    r.lane.add_item("PRO0002", grams=850)  # Royal Gala 4.99/kg -> 4.24
    r.lane.add_item("DAI0011")  # 7.49
    r.lane.add_item("DAI0009")  # 5.99
    r.lane.add_item("DAI0007")  # 4.69
    r.expect(screen="sale", sale={"total": "41.88", "due": "41.88", "paid": "0.00"})
    r.at(15)
    r.lane.pay("EFTPOS", 30)
    r.expect(screen="sale", sale={"total": "41.88", "paid": "30.00", "due": "11.88", "change": "0.00"})
    r.at(20)
    r.lane.broadcast_status()
    r.expect(screen="sale", sale={"due": "11.88"})
    r.at(22)
    r.lane.pay("Cash", 20)
    r.expect(screen="thankyou", sale={"total": "41.88", "paid": "50.00", "due": "0.00", "change": "8.12"})
    r.at(23)
    r.lane.complete()
    r.at(25)
    r.lane.broadcast_status()
    r.note("the counter still shows the completed sale; the thank-you times out anyway")
    r.at(30)
    r.lane.broadcast_status()
    r.expect(screen="idle", sale=None)
    r.at(35)
    r.lane.broadcast_status()
    r.expect(screen="idle", sale=None)
    return r


def disconnect_mid_sale(cat: Catalogue) -> Recording:
    r = Recording("disconnect_mid_sale", "The link drops mid-sale: after the grace period OFFLINE with the last sale kept, reconnecting, then the next snapshot.", catalogue=cat)
    r.connect()
    r.at(3)
    r.lane.start_sale("DC1122334455667788990011223344a")
    r.lane.add_item("DAI0001")  # 3.19
    r.lane.add_item("DAI0002")  # 4.79
    r.expect(screen="sale", sale={"total": "7.98"})
    r.at(6)
    r.link("disconnected", "connection closed (1006)")
    r.note("a drop may be a blip: the sale stays on screen for the grace period")
    r.expect(screen="sale", connection={"state": "disconnected"}, sale={"total": "7.98"})
    r.at(7)
    r.link("connecting")
    r.expect(screen="sale", connection={"state": "connecting"}, sale={"total": "7.98"})
    r.at(7.5)
    r.link("disconnected", "connection refused")
    r.tick()
    r.note("down 1.5 s: the reconnecting overlay over the last sale")
    r.expect(screen="offline", connection={"state": "disconnected"}, sale={"key": "DC1122334455667788990011223344a", "total": "7.98", "lines": [line(1, "Anchor Blue Top Milk 1L", "1", "3.19"), line(2, "Anchor Blue Top Milk 2L", "1", "4.79")]})
    r.at(9)
    r.link("connecting")
    r.expect(screen="offline", connection={"state": "connecting"})
    r.lane.on_change.remove(r._event)  # the link is down: this change never reaches us
    r.lane.add_item("DAI0012", qty=2)  # rung up while we were away: 13.98
    r.lane.on_change.append(r._event)
    r.at(10)
    r.link("connected")
    r.note("back: the last sale shows until the next snapshot")
    r.expect(screen="sale", connection={"state": "connected"}, sale={"total": "7.98"})
    r.frame({"r": "fd1.customerdisplay.get_info", "rp": "2", "data": {"rows": [STORE_ROW]}})
    r.at(11)
    r.lane.broadcast_status()
    r.expect(screen="sale", sale={"total": "21.96", "lines": [line(1, "Anchor Blue Top Milk 1L", "1", "3.19"), line(2, "Anchor Blue Top Milk 2L", "1", "4.79"), line(3, "Lewis Road Creamery Butter 250g", "2", "13.98")]})
    r.at(14)
    r.lane.pay("EFTPOS", "21.96")
    r.expect(screen="thankyou", sale={"change": "0.00", "paid": "21.96"})
    return r


def back_to_back(cat: Catalogue) -> Recording:
    r = Recording("back_to_back", "Two sales with no idle gap: the next customer's first line ends the thank-you at once.", catalogue=cat)
    r.connect()
    r.at(2)
    r.lane.start_sale("BBaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")
    r.lane.add_item("DAI0005")  # 4.89
    r.lane.add_item("DAI0006")  # 3.39
    r.at(8)
    r.lane.pay("Cash", 10)
    r.expect(screen="thankyou", sale={"key": "BBaaaaaaaaaaaaaaaaaaaaaaaaaaaa1", "total": "8.28", "change": "1.72"})
    r.at(9)
    r.lane.complete()
    r.at(10)
    r.lane.start_sale("BBbbbbbbbbbbbbbbbbbbbbbbbbbbbb2")
    r.note("a new sale with no lines yet does not cut the thank-you short")
    r.expect(screen="thankyou", sale={"key": "BBaaaaaaaaaaaaaaaaaaaaaaaaaaaa1", "change": "1.72"})
    r.at(11)
    r.lane.add_item("DAI0008")  # 4.69
    r.expect(screen="sale", sale={"key": "BBbbbbbbbbbbbbbbbbbbbbbbbbbbbb2", "lines": [line(1, "Meadow Fresh Lite Milk 2L", "1", "4.69")], "total": "4.69", "paid": "0.00", "change": "0.00"})
    r.at(20)
    r.tick()
    r.expect(screen="sale", sale={"key": "BBbbbbbbbbbbbbbbbbbbbbbbbbbbbb2"})
    r.at(25)
    r.lane.pay("EFTPOS", "4.69")
    r.expect(screen="thankyou", sale={"key": "BBbbbbbbbbbbbbbbbbbbbbbbbbbbbb2", "paid": "4.69"})
    r.at(26)
    r.lane.start_sale("BBccccccccccccccccccccccccccccc3")
    r.at(33)
    r.tick()
    r.note("the thank-you ended with the third sale open but empty: the welcome screen shows (dialect.NEW_EMPTY_SALE_IS_IDLE)")
    r.expect(screen="idle", sale=None)
    return r


def late_duplicate(cat: Catalogue) -> Recording:
    r = Recording("late_duplicate", "A late copy of the completed sale after the screen went idle does not bring the thank-you back.", catalogue=cat)
    r.connect()
    r.at(2)
    r.lane.start_sale("LDdeadbeefdeadbeefdeadbeefdead0")
    r.lane.add_item("DAI0010")  # 6.29
    r.at(5)
    r.lane.pay("EFTPOS", "6.29")
    r.lane.complete()
    completed = r.lane.snapshot()
    r.expect(screen="thankyou", sale={"total": "6.29"})
    r.at(6)
    r.lane.clear()
    r.at(13)
    r.tick()
    r.expect(screen="idle", sale=None)
    r.at(14)
    r.raw_event("custdisp.sale.status", completed)
    r.note("a late status of the completed sale: ignored")
    r.expect(screen="idle", sale=None)
    r.raw_event("custdisp.sale.edit", completed)
    r.expect(screen="idle", sale=None)
    r.at(15)
    r.lane.start_sale("LDfeedfacefeedfacefeedfacefeed1")
    r.lane.add_item("DAI0001")  # a new sale (new key) is shown as usual
    r.expect(screen="sale", sale={"total": "3.19", "lines": [line(1, "Anchor Blue Top Milk 1L", "1", "3.19")]})
    return r


def cust_spelling(cat: Catalogue) -> Recording:
    r = Recording(
        "cust_spelling",
        "The same life cycle in the cust.sale.* spelling the docs' list uses, pushed without a firehose (no rp).",
        catalogue=cat,
    )
    r.lane.prefix = "cust.sale"
    r.rp = None
    r.connect()
    r.at(3)
    r.lane.start_sale("CS0f1e2d3c4b5a69788796a5b4c3d2e")
    r.lane.add_item("PRO0003", grams=2004)  # Braeburn 4.49/kg -> 9.00
    r.lane.add_item("DAI0002")  # 4.79
    r.expect(screen="sale", sale={"total": "13.79", "lines": [line(1, "Apples Braeburn", "2.004", "9.00"), line(2, "Anchor Blue Top Milk 2L", "1", "4.79")]})
    r.at(4)
    r.lane.void(2, flag=10002)
    r.expect(screen="sale", sale={"total": "9.00", "lines": [line(1, "Apples Braeburn", "2.004", "9.00")]})
    r.at(6)
    r.lane.pay("Gift Card", 5)
    r.lane.pay("Cash", 5)
    r.expect(screen="thankyou", sale={"paid": "10.00", "change": "1.00"})
    r.at(7)
    r.lane.complete()
    r.lane.clear()
    r.at(15)
    r.lane.broadcast_status()
    r.expect(screen="idle", sale=None)
    return r


def main() -> None:
    cat = Catalogue.load()
    for make in (quick_sale, void_mid_sale, split_payment, disconnect_mid_sale, back_to_back, late_duplicate, cust_spelling):
        make(cat).write()


if __name__ == "__main__":
    main()
