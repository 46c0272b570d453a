"""Shopper identification end to end, Qt-free: the counter simulator and the visit-session
simulator (linked as ``display-app simulate --visits-port`` links them), the real counter
link, the sale snapshot parser and ``VisitJoin``. The greeting's name comes from the
counter, only after the association landed, only when the store turned it on."""

from __future__ import annotations

import asyncio
import json
import random
import sys

from display_app.fd1 import packets
from display_app.sale.snapshot import parse_sale
from display_app.simulator.visits.customers import link_lane
from display_app.simulator.visits.server import VisitSimulator
from display_app.visits.client import VisitClient
from display_app.visits.code import Identification, make_code
from display_app.visits.join import FAILED, HELD, JOINED, PENDING, VisitJoin
from display_app.visits.replay import AssociationQueue

from helpers import quick_settings, running_client, running_simulator, wait_until


def make_join(url: str, *, greeting: bool = True) -> VisitJoin:
    queue = AssociationQueue(VisitClient(url, agent_id="lane-1", timeout=1.0), base_delay=0.05, max_delay=0.2, rng=random.Random(1))
    queue.start()
    return VisitJoin(queue, greeting=greeting)


async def close_join(join: VisitJoin) -> None:
    await join.queue.close()
    await join.queue.client.close()


async def test_scan_joins_the_live_sale_and_greets_with_the_counters_first_name():
    async with running_simulator() as counter, VisitSimulator() as visits:
        link_lane(visits, counter.lane)
        join = make_join(visits.url)
        async with running_client(quick_settings(counter.url)) as run:
            try:

                def feed() -> None:  # what the display controller does with every snapshot
                    for update in run.updates[feed.seen:]:
                        if isinstance(update, packets.Event) and update.sc.startswith("custdisp.sale"):
                            sale = parse_sale(update.v)
                            join.on_sale(sale.key, sale.customer)
                    feed.seen = len(run.updates)

                feed.seen = 0
                key = counter.lane.start_sale()
                counter.lane.add_item("DAI0002")
                await wait_until(lambda: (feed(), join._sale_key == key)[1], what="the sale on the link")
                assert join.view.greeting == ""
                view = join.identify(make_code(Identification("C1001", "v-123", "g-456")))
                assert view.status == PENDING and view.greeting == ""  # not before the API said yes
                await wait_until(lambda: (feed(), join.view.greeting)[1], what="the greeting")
                assert join.view.greeting == "Welcome back, Aroha" and join.view.status == JOINED
                assert visits.sessions[key].customer_id == "C1001" and visits.sessions[key].visit_id == "v-123"
                assert "C1001" not in repr(join.view)
                # the next sale starts without a greeting
                counter.lane.clear()
                key2 = counter.lane.start_sale()
                counter.lane.add_item("DAI0002")
                await wait_until(lambda: (feed(), join._sale_key == key2)[1], what="the next sale")
                assert join.view.greeting == "" and join.view.status == "idle"
            finally:
                await close_join(join)


async def test_no_greeting_when_the_store_turns_it_off_or_the_api_refuses():
    async with VisitSimulator() as visits:
        off = make_join(visits.url, greeting=False)
        on = make_join(visits.url)
        try:
            off.on_sale("S1", "Aroha Ngata")
            off.identify("C1001")
            await off.queue.drained()
            assert off.view.status == JOINED and off.view.greeting == ""
            visits.inject("400")
            on.on_sale("S2", "Aroha Ngata")
            on.identify("C1001")
            await on.queue.drained()
            assert on.view.status == FAILED and on.view.greeting == "" and "Could not join" in on.view.message
        finally:
            await close_join(off)
            await close_join(on)


async def test_a_code_scanned_before_the_sale_is_held_for_the_next_sale():
    async with VisitSimulator() as visits:
        join = make_join(visits.url)
        try:
            join.on_sale("", "")
            assert join.identify("4000123456789").status == HELD
            assert visits.stats.requests == 0
            join.on_sale("SALE9", "")
            await join.queue.drained()
            assert visits.sessions["SALE9"].customer_id == "4000123456789"
            assert join.view.status == JOINED and join.view.greeting == ""  # no name from the counter yet
            join.on_sale("SALE9", "Sione Taufa")
            assert join.view.greeting == "Welcome back, Sione"
        finally:
            await close_join(join)


async def test_bad_codes_and_an_unset_api_are_messages_not_errors():
    join = VisitJoin(None, greeting=True)
    join.on_sale("S1", "Aroha Ngata")
    assert "Not a customer code" in join.identify("hello world").message
    assert "not set up" in join.identify("C1001").message
    assert join.view.greeting == ""


async def test_thankyou_link_carries_the_visit_session_id():
    async with VisitSimulator() as visits:
        join = make_join(visits.url)
        try:
            url = "https://shop.example/r/{sale}?s={session}"
            assert join.thankyou_link(url, "KEY/1") == "https://shop.example/r/{sale}?s=KEY%2F1"
            assert join.thankyou_link("https://x/{sale}", "K") == "https://x/{sale}"
        finally:
            await close_join(join)


async def test_simulate_serves_the_visits_api_beside_the_counter():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "display_app", "simulate", "--port", "0", "--visits-port", "0",
        "--visits-base-path", "/gks-server/v1", "--status-interval", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    try:
        url = ""
        while not url:
            line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
            assert line, "simulate ended early"
            if line.startswith("visit-session API simulator"):
                url = line.rsplit(" on ", 1)[1].strip()
        assert url.endswith("/gks-server/v1")
        async with VisitClient(url) as client:
            assert (await client.associate("S1", customer_id="C1")).session_id == "S1"
            assert (await client.get("S1")).customer_id == "C1"
    finally:
        proc.terminate()
        await proc.wait()


def test_visit_settings_are_validated_with_clear_messages():
    import pytest

    from display_app import config

    ok = config.validate(config.Config(visits_url="http://127.0.0.1:8480/gks-server/v1", thankyou_url="https://x/{sale}?s={session}", greeting=True))
    assert ok.visits_session_id == "sale" and ok.visits_flavour == "8.5.1" and ok.greeting
    for bad, key in [
        (dict(visits_url="ftp://x"), "visits_url"),
        (dict(visits_flavour="8.6"), "visits_flavour"),
        (dict(visits_url="http://kc", visits_flavour="current"), "visits_tenant"),
        (dict(visits_agent="lane 2"), "visits_agent"),
        (dict(visits_session_id="order"), "visits_session_id"),
        (dict(thankyou_url="https://x/{visit}"), "thankyou_url"),
    ]:
        with pytest.raises(config.ConfigError, match=key):
            config.validate(config.Config(**bad))


def test_the_screens_do_not_load_the_http_library_until_visits_are_on():
    import subprocess

    code = "import sys, display_app.ui.display.greeting, display_app.ui.presell.identify; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False"
