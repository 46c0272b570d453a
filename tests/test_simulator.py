"""The PosGreen counter simulator over real sockets on 127.0.0.1: what a client sees."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import logging
import re
import sys
from decimal import Decimal

import pytest
from helpers import RawClient, running_simulator, wait_until
from websockets.exceptions import ConnectionClosed, ConnectionClosedError, InvalidStatus

from display_app import cli
from display_app.fd1 import dialect
from display_app.simulator.counter import scenarios
from display_app.simulator.counter.catalogue import Catalogue
from display_app.simulator.counter.client import Client, EndpointError
from display_app.simulator.counter.lane import Lane, LaneError
from display_app.simulator.counter.server import CounterSimulator

DATETIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")


def visible(snapshot: dict) -> list[dict]:
    return [line for line in snapshot["lines"] if line["pidflag"] not in dialect.VOID_PIDFLAGS]


# ----------------------------------------------------------------------------- session


async def test_login_reply_echoes_rq_as_string_and_shape():
    async with running_simulator() as sim, RawClient.connect(sim.url) as c:
        reply = await c.request("fd1.session.login", 1, {"purpose": "debugscope"})
        assert reply["r"] == "fd1.session.login"
        assert reply["rp"] == "1"
        assert "data" in reply and "error" not in reply
        assert sim.sessions[0].logged_in and sim.sessions[0].purpose == "debugscope"


async def test_every_endpoint_refused_before_login_and_the_socket_stays_open():
    async with running_simulator() as sim, RawClient.connect(sim.url) as c:
        for a in (dialect.GET_INFO, dialect.OPEN_FIREHOSE, "no.such.endpoint"):
            reply = await c.request(a, f"early-{a}", {"event": "custdisp.sale"})
            assert reply["error"]["code"] == 401, reply
            assert "log in first" in reply["error"]["message"]
        assert sim.sessions[0].firehoses == {}
        await c.login(purpose=None)  # a login with no purpose is fine on a local counter
        info = await c.request(dialect.GET_INFO, 2)
        assert info["data"]["rows"][0]["storename"]


async def test_apikey_is_checked_when_the_simulator_has_one():
    async with running_simulator(apikey="s3cret") as sim:
        async with RawClient.connect(sim.url) as c:
            assert (await c.login())["error"]["code"] == 401  # missing
            assert (await c.login(apikey="wrong"))["error"]["code"] == 401
            assert (await c.request(dialect.GET_INFO, 1))["error"]["code"] == 401  # still not in
            assert "data" in await c.login(apikey="s3cret")
            assert "data" in await c.request(dialect.GET_INFO, 2)


async def test_get_info_gives_what_a_display_needs():
    async with running_simulator(store={"storename": "Corner Dairy", "lane": "Till 1"}) as sim, RawClient.connect(sim.url) as c:
        await c.login()
        row = (await c.request(dialect.GET_INFO, "info"))["data"]["rows"][0]
    assert row["storename"] == "Corner Dairy" and row["lane"] == "Till 1"
    assert row["currency"] == "NZD" and row["locale"] == "en_NZ"
    assert re.fullmatch(r"#[0-9A-F]{6}", row["primarycolour"]) and re.fullmatch(r"#[0-9A-F]{6}", row["accentcolour"])
    assert row["address"]
    prefix = "data:image/svg+xml;base64,"
    assert row["logo"].startswith(prefix)
    assert base64.b64decode(row["logo"][len(prefix):]).startswith(b"<svg ")


async def test_alternate_path_presell_query_and_unknown_path_404():
    async with running_simulator() as sim:
        base = f"ws://127.0.0.1:{sim.port}"
        async with RawClient.connect(base + "/ws/open_websocket") as c:
            assert (await c.login(purpose="debugscope"))["rp"] == "login"
        async with RawClient.connect(sim.url + "?purpose=presell") as c:
            await c.login(purpose=None)
            assert sim.sessions[-1].presell and sim.sessions[-1].purpose == "presell"
        with pytest.raises(InvalidStatus) as info:
            async with RawClient.connect(base + "/fd1/other"):
                pass
        assert info.value.response.status_code == 404


# ----------------------------------------------------------------------------- firehose


async def test_firehose_streams_whole_sale_snapshots_with_stable_seqnce():
    async with running_simulator(status_interval=None) as sim, RawClient.connect(sim.url) as c:
        await c.login()
        opened = await c.request(dialect.OPEN_FIREHOSE, "fh1", {"event": dialect.DEFAULT_CUSTDISP_EVENT})
        assert "data" in opened
        first = await c.event("custdisp.sale.status", rp="fh1")  # the current (idle) sale at once
        assert first["v"]["salephyskey"] == "" and first["v"]["lines"] == [] and first["v"]["payments"] == []

        lane = sim.lane
        key = lane.start_sale()
        milk = lane.add_item("DAI0002")
        bread = lane.add_item("BAK0003", 2)
        chips = lane.add_item("SNK0001")
        lane.void(bread)
        eggs = lane.add_item("CHL0007")
        assert (milk, bread, chips, eggs) == (1, 2, 3, 4)

        seen = [await c.event("custdisp.sale", rp="fh1") for _ in range(6)]
        assert [e["sc"] for e in seen] == [
            "custdisp.sale.add",
            "custdisp.sale.lines.add",
            "custdisp.sale.lines.add",
            "custdisp.sale.lines.add",
            "custdisp.sale.lines.delete",
            "custdisp.sale.lines.add",
        ]
        last = seen[-1]["v"]
        assert last["salephyskey"] == key
        assert last["source"] == {"faid": 3283, "plevel": 2502}
        assert DATETIME.match(last["datetimelocal"])
        assert [line["seqnce"] for line in last["lines"]] == [1, 2, 3, 4]  # never renumbered
        voided = last["lines"][1]
        assert voided["pidflag"] == 10000 and voided["product"]["sku"] == "BAK0003"  # kept, flagged
        assert [line["product"]["description"] for line in visible(last)] == [
            "Anchor Blue Top Milk 2L",
            "Bluebird Original Chips 150g",
            "Farmland Fresh Eggs Size 7 12pk",
        ]
        assert isinstance(last["saletotal"], float)
        assert Decimal(str(last["saletotal"])) == Decimal("4.79") + Decimal("3.29") + Decimal("8.99")
        line = last["lines"][0]
        assert line == {
            "seqnce": 1,
            "pid": 1002,
            "qty": 1,
            "unitprice": 4.79,
            "totalprice": 4.79,
            "pricecause": 0,
            "pidflag": 0,
            "linesource": 1,
            "product": {"description": "Anchor Blue Top Milk 2L", "sku": "DAI0002", "measurement": "unit"},
        }


async def test_discounts_weighed_lines_and_payments_on_the_wire():
    async with running_simulator(status_interval=None) as sim, RawClient.connect(sim.url) as c:
        await c.login()
        await c.request(dialect.OPEN_FIREHOSE, "fh", {"event": "custdisp.sale"})
        lane = sim.lane
        lane.start_sale()
        cheese = lane.add_item("DAI0014")  # Mainland Tasty Cheese 1kg, 14.99
        bananas = lane.add_item("PRO0001", grams=1235)  # 3.49 per kg
        lane.discount(cheese, percent=10)
        lane.pay("EFTPOS", 20)
        lane.pay("Cash", 20)
        while True:
            frame = await c.event("custdisp.sale", rp="fh")
            if len(frame["v"]["payments"]) == 2:
                break
        v = frame["v"]
        cheese_line, banana_line = v["lines"]
        assert cheese_line["prediscountprice"] == 14.99 and cheese_line["totalprice"] == 13.49
        assert cheese_line["pricecause"] == 6
        assert banana_line["seqnce"] == bananas
        assert banana_line["qty"] == 1235 and isinstance(banana_line["qty"], int)
        assert banana_line["product"]["measurement"] == "kg"
        assert banana_line["unitprice"] == 3.49 and banana_line["totalprice"] == 4.31  # 3.49 x 1.235 kg
        assert "prediscountprice" not in banana_line
        assert v["saletotal"] == 17.80
        assert v["payments"] == [
            {"sequence": 1, "type": 2, "originalname": "EFTPOS", "amount": 20.0},
            {"sequence": 2, "type": 1, "originalname": "Cash", "amount": 20.0},
        ]


async def test_datetimelocal_freezes_when_the_sale_completes_and_status_repeats_it():
    now = [dt.datetime(2026, 3, 1, 14, 45, 23)]
    async with running_simulator(status_interval=0.05) as sim, RawClient.connect(sim.url) as c:
        sim.lane.clock = lambda: now[0]
        await c.login()
        await c.request(dialect.OPEN_FIREHOSE, "fh", {"event": "custdisp.sale"})
        sim.lane.add_item("DAI0002")
        sim.lane.pay("Cash", 5)
        sim.lane.complete()
        done = await c.event("custdisp.sale.edit")
        assert done["v"]["datetimelocal"] == "2026-03-01 14:45:23"
        now[0] += dt.timedelta(minutes=3)
        c.backlog.clear()
        status = await c.event("custdisp.sale.status")
        assert status["v"]["datetimelocal"] == "2026-03-01 14:45:23"  # stopped advancing
        assert status["v"]["salephyskey"] == done["v"]["salephyskey"]
        sim.lane.clear()
        await c.event("custdisp.sale.delete")
        c.backlog.clear()
        idle = await c.event("custdisp.sale.status")
        assert idle["v"]["salephyskey"] == "" and idle["v"]["lines"] == [] and idle["v"]["saletotal"] == 0
        assert idle["v"]["datetimelocal"] == "2026-03-01 14:48:23"  # idle: the clock runs again


async def test_firehose_close_option_filter_and_purpose_variants():
    async with running_simulator(status_interval=None) as sim:
        async with RawClient.connect(sim.url) as hose, RawClient.connect(sim.url) as bare, RawClient.connect(sim.url) as scope:
            await hose.login(purpose="debugscope")
            await bare.login(purpose="customerdisplay")  # no firehose: still gets sale messages, without rp
            await scope.login(purpose="debugscope")  # no firehose, not a display: gets none
            await hose.request(dialect.OPEN_FIREHOSE, "lines-only", {"event": "custdisp.sale"}, q={"_sc": "custdisp.sale.lines"})
            ack = await hose.request(dialect.SET_FIREHOSE_OPTION, "opt", {"buffer": 10}, k="lines-only")
            assert "data" in ack
            assert sim.sessions[0].firehoses["lines-only"].options == {"buffer": 10}

            sim.lane.start_sale()
            sim.lane.add_item("DAI0002")
            got = await hose.event("custdisp.sale")
            assert got["sc"] == "custdisp.sale.lines.add" and got["rp"] == "lines-only"  # .add filtered out
            unsolicited = await bare.event("custdisp.sale.lines.add")
            assert "rp" not in unsolicited
            with pytest.raises((AssertionError, TimeoutError)):
                await scope.event("custdisp.sale", timeout=0.3)

            closed = await hose.request(dialect.CLOSE_FIREHOSE, "close", k="lines-only")
            assert "data" in closed
            unknown = await hose.request(dialect.CLOSE_FIREHOSE, "close2", k="lines-only")
            assert unknown["error"]["code"] == 404
            sim.lane.add_item("BAK0001")
            await bare.event("custdisp.sale.lines.add")  # it happened...
            with pytest.raises((AssertionError, TimeoutError)):
                await hose.event("custdisp.sale", timeout=0.3)  # ...but the closed firehose is silent


async def test_cust_sale_spelling_and_link_status():
    async with running_simulator(status_interval=None) as sim, RawClient.connect(sim.url) as c:
        await c.login()
        await c.request(dialect.OPEN_FIREHOSE, "fh", {"event": "custdisp.sale"})
        await c.event("custdisp.sale.status")
        await sim.play({"name": "spell", "pace": 0, "steps": [
            {"do": "spelling", "prefix": "cust.sale"},
            {"do": "add", "sku": "DAI0002"},
            {"do": "link_status", "message": "Store closes in 15 minutes"},
            {"do": "link_status", "message": ""},
        ]})
        assert (await c.event("cust.sale.add"))["rp"] == "fh"
        await c.event("cust.sale.lines.add")
        notice = await c.wait_for(lambda f: f.get("a") == dialect.LINK_STATUS)
        assert notice == {"a": "fn1.link.link_status", "v": {"message": "Store closes in 15 minutes"}}
        cleared = await c.wait_for(lambda f: f.get("a") == dialect.LINK_STATUS)
        assert cleared["v"]["message"] == ""


# ----------------------------------------------------------------------------- scenarios


def play_quickly(name: str) -> list[dict]:
    """Play a packaged scenario on a lane with no pauses; the sale messages it produced."""
    catalogue = Catalogue.load()
    lane = Lane(catalogue)
    out: list[dict] = []
    lane.on_change.append(lambda sc, v: out.append({"sc": sc, "v": v}))
    loaded = scenarios.load(name, catalogue)
    once = scenarios.Scenario(loaded.name, loaded.description, loaded.steps, loop=False, pace=0)
    asyncio.run(scenarios.play(once, lane, speed=1e9))
    return out


def completed(messages: list[dict]) -> dict:
    edits = [m["v"] for m in messages if m["sc"].endswith("sale.edit")]
    assert edits, "the scenario never completed a sale"
    return edits[-1]


def test_every_packaged_scenario_loads():
    catalogue = Catalogue.load()
    names = scenarios.names()
    for required in ("quick-grocery", "long-sale", "voided-line", "weighed-item", "split-payment", "idle-gap", "demo"):
        assert required in names
    for name in names:
        loaded = scenarios.load(name, catalogue)
        assert loaded.description, name
    assert scenarios.load("demo", catalogue).loop


def test_quick_grocery_is_a_card_sale_of_five_to_eight_lines():
    sale = completed(play_quickly("quick-grocery"))
    assert 5 <= len(visible(sale)) <= 8
    assert [p["originalname"] for p in sale["payments"]] == ["EFTPOS"]
    assert sale["payments"][0]["amount"] == sale["saletotal"]


def test_long_sale_has_over_a_hundred_lines_and_stable_seqnce():
    sale = completed(play_quickly("long-sale"))
    assert len(visible(sale)) >= 100
    assert [line["seqnce"] for line in sale["lines"]] == list(range(1, len(sale["lines"]) + 1))
    total = sum(Decimal(str(line["totalprice"])) for line in visible(sale))
    assert Decimal(str(sale["saletotal"])) == total


def test_voided_line_scenario_uses_every_void_flag():
    sale = completed(play_quickly("voided-line"))
    assert sorted(line["pidflag"] for line in sale["lines"] if line["pidflag"]) == [10000, 10002, 10005]


def test_weighed_item_scenario_sells_grams():
    sale = completed(play_quickly("weighed-item"))
    weighed = [line for line in sale["lines"] if line["product"]["measurement"] == "kg"]
    assert len(weighed) >= 3
    apples = weighed[1]
    assert apples["qty"] == 1045  # re-weighed with set_qty
    assert Decimal(str(apples["totalprice"])) == (Decimal(str(apples["unitprice"])) * Decimal("1.045")).quantize(Decimal("0.01"))


def test_split_payment_scenario_needs_change():
    sale = completed(play_quickly("split-payment"))
    kinds = [p["originalname"] for p in sale["payments"]]
    assert kinds == ["EFTPOS", "Cash"]
    paid = sum(Decimal(str(p["amount"])) for p in sale["payments"])
    assert paid > Decimal(str(sale["saletotal"])) > Decimal(str(sale["payments"][0]["amount"]))


def test_idle_gap_scenario_ends_idle():
    messages = play_quickly("idle-gap")
    assert messages[-1]["sc"] == "custdisp.sale.delete" and messages[-1]["v"]["salephyskey"] == ""


async def test_simulator_plays_the_looping_demo_with_both_spellings():
    async with running_simulator(scenario="demo", speed=200, status_interval=None) as sim, RawClient.connect(sim.url) as c:
        await c.login()
        await c.request(dialect.OPEN_FIREHOSE, "fh", {"event": "custdisp.sale"})
        await c.event("cust.sale.edit", timeout=10)  # the third sale, in the other spelling
        await c.event("custdisp.sale.lines.add", timeout=10)  # and it loops back to the first
        assert any(f.get("a") == dialect.LINK_STATUS for f in c.backlog)


@pytest.mark.parametrize(
    ("steps", "problem"),
    [
        ([{"do": "dance"}], "step 1: unknown step 'dance'"),
        ([{"do": "start_sale"}, {"do": "add", "sku": "NOPE123"}], "step 2: unknown sku 'NOPE123'"),
        ([{"do": "add", "sku": "DAI0002"}, {"do": "void", "seq": 2}], "step 2: seq 2 does not name a line"),
        ([{"do": "add"}], "step 1: add needs sku"),
        ([{"do": "add", "sku": "DAI0002", "grams": 100}], "is not sold by weight"),
        ([{"do": "add", "sku": "DAI0002"}, {"do": "pay", "kind": "Bitcoin", "amount": 5}], "unknown payment kind 'Bitcoin'"),
        ([{"do": "wait", "seconds": "soon"}], "seconds must be a number"),
        ([{"do": "add", "sku": "DAI0002"}, {"do": "complete"}, {"do": "void", "seq": 1}], "void after complete"),
        ([], "'steps' must be a non-empty list"),
        ([{"do": "add", "sku": "DAI0002", "qty": 1.5}], "qty must be whole"),
        ([{"do": "add", "sku": "DAI0002", "qty": 0}], "qty must be more than 0"),
        ([{"do": "add", "sku": "PRO0001", "grams": 900}, {"do": "set_qty", "seq": 1, "qty": 2, "grams": 5}], "exactly one of qty or grams"),
        ([{"do": "add", "sku": "DAI0002"}, {"do": "discount", "seq": 1, "percent": 150}], "percent must be at most 100"),
    ],
)
def test_bad_scenarios_are_refused_with_a_clear_message(steps, problem):
    with pytest.raises(scenarios.ScenarioError) as info:
        scenarios.load({"name": "broken", "steps": steps}, Catalogue.load())
    assert "'broken'" in str(info.value) and problem in str(info.value)


def test_unknown_scenario_name_lists_the_known_ones():
    with pytest.raises(scenarios.ScenarioError, match="no scenario named 'nope'.*quick-grocery"):
        CounterSimulator(scenario="nope")


# ----------------------------------------------------------------------------- bad input


async def test_bad_frames_are_logged_answered_and_the_socket_keeps_serving(caplog):
    caplog.set_level(logging.INFO, logger="display_app.simulator")
    async with running_simulator() as sim, RawClient.connect(sim.url) as c:
        await c.login()
        await c.send("{not json")
        await c.send('{"a":"fd1.customerdisplay.get_info","rq":"broken","v":{,}}')  # the docs' own typo
        await c.send(json.dumps({"rq": "no-a", "v": {}}))
        await c.send(json.dumps({"a": dialect.GET_INFO, "rq": "bad-v", "v": [1, 2]}))
        await c.send(json.dumps({"a": "fd1.nothing.here", "rq": "unknown"}))
        await c.send(json.dumps({"a": dialect.OPEN_FIREHOSE, "rq": "missing", "v": {}}))
        errors = {}
        for rq in ("broken", "no-a", "bad-v", "unknown", "missing"):
            errors[rq] = (await c.wait_for(lambda f, rq=rq: f.get("rp") == rq))["error"]
        assert "not JSON" in errors["broken"]["message"] and errors["broken"]["code"] == 400
        assert "no 'a'" in errors["no-a"]["message"]
        assert "'v' must be an object" in errors["bad-v"]["message"]
        assert errors["unknown"]["code"] == 404 and "fd1.nothing.here" in errors["unknown"]["message"]
        assert "v.event" in errors["missing"]["message"]
        assert "data" in await c.request(dialect.GET_INFO, "still-fine")
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("not JSON" in m for m in logged)
    assert any("no 'a'" in m for m in logged)
    assert any("unknown endpoint fd1.nothing.here" in m for m in logged)


async def test_oversized_frame_closes_only_that_client_with_1009(caplog):
    caplog.set_level(logging.INFO, logger="display_app.simulator")
    async with running_simulator(max_size=4096) as sim:
        async with RawClient.connect(sim.url, max_size=None) as big, RawClient.connect(sim.url) as other:
            await big.login()
            await other.login()
            await big.send(json.dumps({"a": dialect.GET_INFO, "rq": 9, "v": {"pad": "x" * 10_000}}))
            with pytest.raises(ConnectionClosedError) as info:
                await big.recv(timeout=5)
            assert info.value.rcvd is not None and info.value.rcvd.code == 1009
            assert "data" in await other.request(dialect.GET_INFO, "other")
        async with RawClient.connect(sim.url) as late:  # and the server still accepts newcomers
            assert "data" in await late.login()
    assert any("larger than max_size" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)


async def test_custom_endpoints_errors_and_internal_failures():
    async def echo(session: Client, request):
        if (request.v or {}).get("fail"):
            raise EndpointError("refused on purpose", 409)
        if (request.v or {}).get("crash"):
            raise RuntimeError("bug")
        return {"echo": dict(request.v or {}), "presell": session.presell}

    async with running_simulator() as sim, RawClient.connect(sim.url) as c:
        sim.endpoints["test.echo"] = echo
        await c.login()
        assert (await c.request("test.echo", 1, {"x": 1}))["data"] == {"echo": {"x": 1}, "presell": False}
        assert (await c.request("test.echo", 2, {"fail": True}))["error"] == {"code": 409, "message": "refused on purpose"}
        assert (await c.request("test.echo", 3, {"crash": True}))["error"]["code"] == 500
        assert [r.rq for r in sim.received if r.a == "test.echo"] == ["1", "2", "3"]


# ----------------------------------------------------------------------------- control hooks


async def test_stop_frees_the_port_and_start_again_on_the_same_port_works():
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    await sim.start()
    port = sim.port
    async with RawClient.connect(sim.url) as c:
        await c.login()
        await sim.stop()
        with pytest.raises(ConnectionClosed):
            await c.recv(timeout=5)
    assert not sim.running and sim.sessions == []
    await sim.start()
    try:
        assert sim.port == port
        async with RawClient.connect(sim.url) as c:
            assert "data" in await c.login()
    finally:
        await sim.stop()


async def test_drop_clients_accept_then_drop_and_silent():
    async with running_simulator() as sim:
        async with RawClient.connect(sim.url) as c:
            await c.login()
            await sim.drop_clients(code=1012)
            with pytest.raises(ConnectionClosed) as info:
                await c.recv(timeout=5)
            assert info.value.rcvd.code == 1012

        sim.accept_then_drop = True
        before = sim.connection_count
        async with RawClient.connect(sim.url) as c:
            with pytest.raises(ConnectionClosed):
                await c.recv(timeout=5)
        assert sim.connection_count == before + 1
        sim.accept_then_drop = False

        sim.silent = True
        async with RawClient.connect(sim.url) as c:
            await c.send({"a": dialect.LOGIN, "rq": "quiet", "v": {"purpose": "customerdisplay"}})
            await wait_until(lambda: any(r.rq == "quiet" for r in sim.received))
            with pytest.raises(TimeoutError):
                await c.recv(timeout=0.3)


# ----------------------------------------------------------------------------- other clients


async def test_a_third_party_websocket_client_can_log_in():
    """websockets' own interactive client (``python -m websockets URL``), a separate process."""
    async with running_simulator() as sim:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "websockets", sim.url,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        out = b""
        try:
            proc.stdin.write(b'{"a":"fd1.session.login","rq":1,"v":{"purpose":"debugscope"}}\n')
            await proc.stdin.drain()
            while b'"rp":"1"' not in out:
                chunk = await asyncio.wait_for(proc.stdout.read(4096), 10)
                assert chunk, f"client exited early: {out!r} {await proc.stderr.read()!r}"
                out += chunk
        finally:
            proc.stdin.close()
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        reply = json.loads(re.search(rb'\{"r":"fd1\.session\.login".*\}', out).group(0))
        assert reply["rp"] == "1" and "data" in reply
        assert [r.a for r in sim.received] == [dialect.LOGIN]


def test_simulate_command_lists_scenarios_without_qt(capsys):
    assert cli.main(["simulate", "--list-scenarios"]) == 0
    out = capsys.readouterr().out
    assert "quick-grocery" in out and "demo" in out
    assert cli.main(["simulate", "--scenario", "nope"]) == 2
    assert "no scenario named 'nope'" in capsys.readouterr().err


# ----------------------------------------------------------------------------- catalogue and lane


def test_catalogue_is_realistic_and_consistent():
    catalogue = Catalogue.load()
    products = catalogue.all()
    assert len(products) >= 200
    weighed = [p for p in products if p.measurement == "kg"]
    assert len(weighed) >= 15
    assert len({p.sku for p in products}) == len(products)
    assert len({p.pid for p in products}) == len(products)
    for p in products:
        assert p.price == p.price.quantize(Decimal("0.01")) and p.price > 0
        for code in p.barcodes:
            digits = [int(d) for d in code]
            assert len(digits) == 13
            assert (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10 == digits[12], code
    milk = catalogue.find("dai0002")
    assert milk is not None and milk.description == "Anchor Blue Top Milk 2L"
    assert catalogue.find(milk.barcodes[0]) is milk and catalogue.find(milk.pid) is milk and catalogue.find(str(milk.pid)) is milk
    assert catalogue.find("nothing") is None
    found = catalogue.search("blue top milk", limit=2)
    assert len(found) == 2 and all("Blue Top Milk" in p.description for p in found)


def test_lane_load_sale_and_refusals():
    lane = Lane(Catalogue.load())
    sent: list[tuple[str, dict]] = []
    lane.on_change.append(lambda sc, v: sent.append((sc, v)))
    key = lane.load_sale([{"sku": "DAI0002", "qty": 2}, {"pid": 1260, "qty": 850}, {"sku": "BAK0001", "qty": 1, "price": "3.00"}])
    assert [sc for sc, _ in sent] == ["custdisp.sale.add"]
    v = sent[-1][1]
    assert v["salephyskey"] == key
    assert [(line["seqnce"], line["qty"], line["totalprice"]) for line in v["lines"]] == [(1, 2, 9.58), (2, 850, 2.97), (3, 1, 3.0)]
    with pytest.raises(LaneError, match="line 1 has no sku or pid"):
        lane.load_sale([{"sku": "DAI0002"}, {"qty": 1}])
    assert lane.sale_key == key and len(lane.snapshot()["lines"]) == 3  # unchanged
    with pytest.raises(LaneError, match="line 0 qty must be a whole number of items"):
        lane.load_sale([{"sku": "DAI0002", "qty": 1.5}])
    with pytest.raises(LaneError, match="no product"):
        lane.add_item("NOPE")
    with pytest.raises(LaneError, match="sold by the unit"):
        lane.add_item("DAI0002", grams=500)
    with pytest.raises(LaneError, match="not a void pidflag"):
        lane.void(1, flag=5)


def test_payment_type_numbers_agree_with_the_dialect_table():
    from display_app.simulator.counter.lane import PAYMENT_TYPES

    for name, number in PAYMENT_TYPES.items():
        assert dialect.PAYMENT_TYPE_NAMES[number].casefold() == name.casefold()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM stop is POSIX")
async def test_simulate_command_serves_a_scenario_and_stops_on_sigterm():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "display_app", "simulate", "--port", "0", "--scenario", "quick-grocery",
        "--speed", "50", "--status-interval", "0.2",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        banner = (await asyncio.wait_for(proc.stdout.readline(), 15)).decode()
        url = re.search(r"ws://\S+/fd1/open_websocket", banner).group(0)
        async with RawClient.connect(url) as c:
            await c.login()
            await c.request(dialect.OPEN_FIREHOSE, "fh", {"event": "custdisp.sale"})
            status = await c.event("custdisp.sale.status", timeout=5)
            assert status["rp"] == "fh"
        proc.terminate()
        assert await asyncio.wait_for(proc.wait(), 10) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM stop is POSIX")
async def test_simulate_command_speaks_the_chosen_salesbuilder_variant():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "display_app", "simulate", "--port", "0", "--salesbuilder", "A", "--status-interval", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        banner = (await asyncio.wait_for(proc.stdout.readline(), 15)).decode()
        url = re.search(r"ws://\S+/fd1/open_websocket", banner).group(0)
        async with RawClient.connect(url + "?purpose=presell") as c:
            await c.login(purpose=None)
            created = await c.request("fd1.salesbuilder.sale_create", "a1", None)
            assert created["data"]["rows"][0]["physkey"]  # variant A wraps the sale in data.rows
            refused = await c.request("fd1.salesbuilder.salesbuilder_create", "b1", None)
            assert "unknown endpoint" in refused["error"]["message"]
        proc.terminate()
        assert await asyncio.wait_for(proc.wait(), 10) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
