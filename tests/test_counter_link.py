"""The FD1 counter link (display_app/fd1/client.py) against the real simulator over real sockets."""

from __future__ import annotations

import asyncio
import gc
import logging
import random
import time

import pytest
from helpers import quick_settings, running_client, running_simulator, wait_until

from display_app.fd1 import dialect, packets
from display_app.fd1.client import Backoff, CounterClient, CounterError, LinkChanged, NotConnected, StoreInfoReply, counter_url
from display_app.simulator.counter.server import CounterSimulator, EndpointError


def requests_to(sim: CounterSimulator, a: str) -> list[packets.Request]:
    return [r for r in sim.received if r.a == a]


async def test_login_is_first_with_purpose_then_store_info_and_firehose():
    async with running_simulator(status_interval=None) as sim:
        async with running_client(quick_settings(sim.url)) as run:
            await run.client.wait_connected(5)
            first = sim.received[0]
            assert first.a == dialect.LOGIN
            assert first.v["purpose"] == "customerdisplay"
            assert "apikey" not in first.v
            assert {r.a for r in sim.received[1:]} == {dialect.GET_INFO, dialect.OPEN_FIREHOSE}
            opened = requests_to(sim, dialect.OPEN_FIREHOSE)[0]
            assert opened.v == {"event": dialect.DEFAULT_CUSTDISP_EVENT}

            info = await wait_until(lambda: run.of_type(StoreInfoReply))
            assert info[0].rows[0]["storename"] == "Harbourside Fresh Market"
            assert info[0].rows[0]["currency"] == "NZD"
            states = [u.state for u in run.of_type(LinkChanged)]
            assert states[:2] == ["connecting", "connected"]

            sim.lane.start_sale()
            sim.lane.add_item("DAI0002", 2)
            event = (await wait_until(lambda: run.events("custdisp.sale.lines.add")))[0]
            assert event.rp == opened.rq  # routed by the firehose's rq
            assert event.v["lines"][0]["qty"] == 2
            assert event.v["lines"][0]["product"]["description"] == "Anchor Blue Top Milk 2L"
            # connected comes before anything the session streams
            order = [type(u).__name__ for u in run.updates]
            assert order.index("LinkChanged", 1) < order.index("Event")


async def test_apikey_is_sent_in_the_login_and_a_wrong_one_is_refused():
    async with running_simulator(apikey="lane-key", status_interval=None) as sim:
        async with running_client(quick_settings(sim.url, apikey="lane-key")) as run:
            await run.client.wait_connected(5)
            assert sim.received[0].a == dialect.LOGIN and sim.received[0].v["apikey"] == "lane-key"
            assert run.of_type(StoreInfoReply)
        sim.received.clear()
        async with running_client(quick_settings(sim.url, apikey="wrong")) as run:
            changes = await wait_until(
                lambda: [u for u in run.of_type(LinkChanged) if "login refused" in u.detail], timeout=5
            )
            assert not run.client.connected
            assert changes[0].state == "disconnected"
            assert not run.of_type(StoreInfoReply)


async def test_concurrent_requests_each_get_their_own_reply():
    async def slow_echo(session, request):
        await asyncio.sleep(float(request.v["delay"]))
        if request.v.get("refuse"):
            raise EndpointError("no such sale", 404)
        return {"rows": [{"n": request.v["n"]}]}

    async with running_simulator(status_interval=None) as sim:
        sim.endpoints["test.slow_echo"] = slow_echo
        async with running_client(quick_settings(sim.url)) as run:
            await run.client.wait_connected(5)
            delays = [0.25, 0.2, 0.15, 0.1, 0.05, 0.0]  # replies come back in reverse order
            replies = await asyncio.gather(
                *(run.client.request("test.slow_echo", v={"n": n, "delay": d}) for n, d in enumerate(delays)),
                run.client.request("test.slow_echo", v={"n": 99, "delay": 0}, rq="12345"),
            )
            assert [r.rows()[0]["n"] for r in replies] == [0, 1, 2, 3, 4, 5, 99]
            assert replies[-1].rp == "12345"
            assert all(isinstance(r.rp, str) for r in replies)
            with pytest.raises(CounterError, match="no such sale"):
                await run.client.request("test.slow_echo", v={"n": 1, "delay": 0, "refuse": True})
            with pytest.raises(CounterError, match="unknown endpoint"):
                await run.client.request("fd1.not.there")
            assert run.client._pending == {}


async def test_request_times_out_against_a_counter_that_stops_answering():
    async with running_simulator(status_interval=None) as sim:
        settings = quick_settings(sim.url, request_timeout=0.3)
        async with running_client(settings) as run:
            await run.client.wait_connected(5)
            sim.silent = True
            started = time.monotonic()
            with pytest.raises(TimeoutError, match="no reply to fd1.customerdisplay.get_info"):
                await run.client.request(dialect.GET_INFO, timeout=0.2)
            assert time.monotonic() - started < 2
            # the abandoned request is forgotten
            assert dialect.GET_INFO not in [a for a, _ in run.client._pending.values()]
            assert len(requests_to(sim, dialect.GET_INFO)) == 2  # it did reach the counter


async def test_a_counter_that_answers_nothing_is_never_connected():
    """Connected means the counter has spoken: a socket that accepts and then says nothing
    (not even to get_info) is a hung counter, not a working one (hardening, issue 10)."""
    async with running_simulator(status_interval=None) as sim:
        sim.silent = True
        async with running_client(quick_settings(sim.url, request_timeout=0.3)) as run:
            with pytest.raises(NotConnected):
                await run.client.request(dialect.GET_INFO)
            await wait_until(lambda: requests_to(sim, dialect.GET_INFO), timeout=5)
            await asyncio.sleep(0.5)
            assert not run.client.connected
            assert "connected" not in [u.state for u in run.of_type(LinkChanged)]
            assert not run.of_type(StoreInfoReply)


async def test_reconnects_after_the_counter_restarts_on_the_same_port():
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    await sim.start()
    try:
        async with running_client(quick_settings(sim.url)) as run:
            await run.client.wait_connected(5)
            sim.lane.start_sale()
            await wait_until(lambda: run.events("custdisp.sale.add"))
            await sim.stop()
            await wait_until(lambda: not run.client.connected)
            await wait_until(lambda: any(u.state == "disconnected" for u in run.of_type(LinkChanged)))
            mark = len(sim.received)
            await sim.start()  # same port
            await wait_until(lambda: run.client.connects == 2, timeout=5)
            after = sim.received[mark:]
            assert after[0].a == dialect.LOGIN and after[0].v["purpose"] == "customerdisplay"
            assert dialect.OPEN_FIREHOSE in [r.a for r in after]
            assert dialect.GET_INFO in [r.a for r in after]
            # and the re-opened firehose streams again
            before = len(run.events("custdisp.sale.lines.add"))
            sim.lane.add_item("BAK0001")
            await wait_until(lambda: len(run.events("custdisp.sale.lines.add")) > before)
            assert len(run.of_type(StoreInfoReply)) == 2
    finally:
        await sim.stop()


async def test_a_counter_that_accepts_and_drops_is_not_hammered_and_the_link_recovers(caplog):
    caplog.set_level(logging.ERROR, logger="asyncio")
    async with running_simulator(status_interval=None) as sim:
        sim.accept_then_drop = True
        async with running_client(quick_settings(sim.url)) as run:
            run.client.backoff = Backoff(0.05, 0.5, random.Random(20261123))  # repeatable jitter
            await asyncio.sleep(2.0)  # the window we count attempts in
            attempts = sim.connection_count
            assert 1 <= attempts < 10, f"{attempts} connection attempts in 2 s"
            delays = [u.retry_in for u in run.of_type(LinkChanged) if u.retry_in is not None]
            assert delays[0] < delays[3] and all(d <= 0.5 for d in delays)  # backing off, capped
            assert not run.client.connected
            gc.collect()  # abandoned handshake futures must not log "exception was never retrieved"
            assert not [r.getMessage() for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.ERROR]
            sim.accept_then_drop = False
            await run.client.wait_connected(5)
            assert sim.sessions and sim.sessions[0].logged_in


async def test_bad_frames_from_the_counter_are_logged_and_the_link_keeps_working(caplog):
    caplog.set_level(logging.DEBUG, logger="display_app.fd1")
    async with running_simulator(status_interval=None) as sim:
        async with running_client(quick_settings(sim.url)) as run:
            await run.client.wait_connected(5)
            await wait_until(lambda: sim.sessions and sim.sessions[0].firehoses)
            sim.send_raw("{this is not json")
            sim.send_raw('{"hello": "world"}')
            sim.send_raw('["a", "list"]')
            sim.send_raw('{"sc": 42, "v": {}}')
            sim.send_raw('{"a":"fn1.something.new","v":{"x":1}}')  # unknown server message: passed on
            reply = await run.client.request(dialect.GET_INFO)
            assert reply.rows()[0]["storename"]
            assert run.client.connects == 1  # no reconnect was needed
            errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and r.name == "display_app.fd1.client"]
            assert any("not JSON" in m for m in errors)
            assert any("none of r, rp, sc" in m for m in errors)
            assert any("not an object" in m for m in errors)
            assert any("unusable sc" in m for m in errors)
            assert [u.a for u in run.of_type(packets.ServerMessage)] == ["fn1.something.new"]
            sim.link_status("Store closes in 15 minutes")
            notice = await wait_until(lambda: [u for u in run.of_type(packets.ServerMessage) if u.a == dialect.LINK_STATUS])
            assert notice[0].v == {"message": "Store closes in 15 minutes"}


async def test_an_oversized_frame_from_the_counter_is_logged_and_the_link_reconnects(caplog):
    caplog.set_level(logging.INFO, logger="display_app.fd1")
    async with running_simulator(status_interval=None) as sim:
        async with running_client(quick_settings(sim.url, max_size=64 * 1024)) as run:
            await run.client.wait_connected(5)
            sim.send_raw('{"sc":"custdisp.sale.status","v":{"pad":"' + "x" * 100_000 + '"}}')
            await wait_until(lambda: run.client.connects == 2, timeout=5)
            assert run.client.connected
            logged = [r for r in caplog.records if r.name == "display_app.fd1.client" and "1009" in r.getMessage()]
            assert any(r.levelno >= logging.ERROR and "max_size" in r.getMessage() for r in logged), [r.getMessage() for r in logged]
            sim.lane.add_item("DAI0002")  # and the new session streams
            await wait_until(lambda: run.events("custdisp.sale.lines.add"))


async def test_presell_purpose_on_the_url_reaches_the_counter():
    async with running_simulator(status_interval=None) as sim:
        url = counter_url(f"127.0.0.1:{sim.port}", presell=True)
        assert url.endswith("/fd1/open_websocket?purpose=presell")
        settings = quick_settings(url, purpose=None, fetch_info=False, firehoses=())
        async with running_client(settings) as run:
            await run.client.wait_connected(5)
            session = await wait_until(lambda: sim.sessions and sim.sessions[0])
            assert session.presell and session.purpose == "presell" and session.logged_in
            assert sim.received[0].a == dialect.LOGIN and "purpose" not in sim.received[0].v
            sim.lane.add_item("DAI0002")  # a presell socket is not a customer display
            await asyncio.sleep(0.2)
            assert run.events() == []


async def test_client_survives_a_handler_that_raises(caplog):
    exploded: list[packets.Event] = []

    def explode(update):
        if isinstance(update, packets.Event):
            exploded.append(update)
            raise RuntimeError("display bug")

    async with running_simulator(status_interval=None) as sim:
        client = CounterClient(quick_settings(sim.url), explode)
        task = asyncio.create_task(client.run())
        try:
            await client.wait_connected(5)
            sim.lane.add_item("DAI0002")
            await wait_until(lambda: any(e.sc == "custdisp.sale.lines.add" for e in exploded))
            assert (await client.request(dialect.GET_INFO)).ok
            assert client.connects == 1
            assert any("handler failed" in r.getMessage() and r.exc_info for r in caplog.records)
        finally:
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task


async def test_request_carries_q_k_and_an_output_template_as_fd1_fields():
    seen = []

    async def capture(session, request):
        seen.append(request)
        return {"rows": []}

    async with running_simulator(status_interval=None) as sim:
        sim.endpoints["test.capture"] = capture
        async with running_client(quick_settings(sim.url)) as run:
            await run.client.wait_connected(5)
            await run.client.request(
                "test.capture", k="PHYSKEY1", q={"pid(>=)": 1200}, qo={"pid": True, "description": True}
            )
    assert seen[0].k == "PHYSKEY1"
    assert seen[0].q == {"pid(>=)": 1200}
    assert seen[0].extra == {"qo": {"pid": True, "description": True}}


async def test_a_login_refused_after_the_session_started_ends_it_and_waits_the_refusal_delay():
    async def refuse_late(session, request):
        await asyncio.sleep(0.3)  # the display is already up on the get_info/firehose replies
        raise EndpointError("this display is not allowed on lane 2", 401)

    async with running_simulator(status_interval=None) as sim:
        sim.endpoints["fd1.session.login"] = refuse_late
        async with running_client(quick_settings(sim.url, refused_delay=3.0)) as run:
            drops = await wait_until(
                lambda: [u for u in run.of_type(LinkChanged) if u.state == "disconnected"], timeout=5, what="the drop"
            )
            assert "login refused: this display is not allowed on lane 2" in drops[0].detail
            assert drops[0].retry_in >= 3.0  # not the ordinary 0.5 s reconnect
            assert any(u.state == "connected" for u in run.of_type(LinkChanged))


async def test_many_drops_leave_no_tasks_or_pending_requests_behind():
    """Weeks of network drops, compressed: the link must not accumulate anything."""
    async with running_simulator(status_interval=0.05) as sim:
        async with running_client(quick_settings(sim.url, first_delay=0.01, max_delay=0.02, stable_after=0.0)) as run:
            counts = []
            for cycle in range(60):
                await wait_until(lambda: run.client.connected, timeout=5, what=f"reconnect {cycle}")
                await sim.drop_clients()
                await asyncio.sleep(0)
                if cycle in (10, 59):
                    await wait_until(lambda: run.client.connected, timeout=5)
                    counts.append(len(asyncio.all_tasks()))
            assert counts[1] <= counts[0]  # no task left behind per reconnect
            assert run.client.connects >= 60
            assert len(run.client._pending) <= 3  # at most this session's login, get_info and open


async def test_the_counters_repeat_of_an_unchanged_big_sale_is_not_decoded_again():
    """The counter repeats the sale every few seconds; a 1,000-line one is a 227 kB frame.
    An identical frame gives the very same event (not decoded again); a changed one is
    decoded. (The simulator's repeat carries the time, so a repeat across a second's turn
    is a changed frame.)"""
    async with running_simulator(status_interval=0.05, presell=False) as sim:
        sim.lane.load_counted_sale(60)
        async with running_client(quick_settings(sim.url)) as run:
            await wait_until(lambda: len(run.events("custdisp.sale.status")) >= 8, what="status repeats")
            repeats = run.events("custdisp.sale.status")
            assert len(packets.encode(repeats[0].raw)) >= 4096
            pairs = list(zip(repeats, repeats[1:]))
            same = [(a, b) for a, b in pairs if a.raw == b.raw]
            assert len(same) >= len(pairs) // 2  # most repeats are the same frame
            assert all(a is b for a, b in same)  # each decoded once
            before = len(run.events())
            sim.lane.set_qty(sim.lane.last_seq, 3)
            await wait_until(lambda: any(e.v.get("lines", [{}])[-1].get("qty") == 3 for e in run.events()[before:]), what="the change")
            changed = [e for e in run.events()[before:] if e.v.get("lines", [{}])[-1].get("qty") == 3]
            assert changed[0] is not repeats[-1] and changed[0].v != repeats[-1].v


async def test_a_big_sales_unchanged_lines_arrive_as_the_objects_the_last_frame_read():
    """Over a real link: a 300-line sale (~60 kB frames) is read by its outline, and a
    quantity change on the last line leaves the other 299 lines the very same objects."""
    async with running_simulator(status_interval=None, presell=False) as sim:
        async with running_client(quick_settings(sim.url)) as run:
            await run.client.wait_connected(5)
            await wait_until(lambda: sim.sessions and sim.sessions[0].firehoses)
            sim.lane.load_counted_sale(300)
            first = (await wait_until(lambda: [e for e in run.events() if len(e.v.get("lines", ())) == 300]))[-1]
            sim.lane.set_qty(sim.lane.last_seq, 4)
            changed = (await wait_until(lambda: [e for e in run.events() if (e.v.get("lines") or [{}])[-1].get("qty") == 4]))[0]
            assert all(a is b for a, b in zip(first.v["lines"][:-1], changed.v["lines"][:-1]))
            assert changed.v["lines"][-1] is not first.v["lines"][-1]
            assert changed.v == packets.decode(packets.encode(changed.raw)).v
            assert run.client.frames.outlined >= 2 and run.client.frames.items_kept >= 299
