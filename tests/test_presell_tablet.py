"""The presell tablet's core (Qt-free) against the simulator over real sockets: the
whole story, and a dropped link mid-basket with nothing lost and nothing doubled."""

from __future__ import annotations

import asyncio
import contextlib
from decimal import Decimal
from typing import AsyncIterator

from helpers import quick_settings, running_client, running_simulator, wait_until

from display_app.presell.model import LineStatus, Product
from display_app.presell.tablet import Tablet, presell_settings, weight_grams
from display_app.sale.snapshot import parse_sale
from display_app.simulator.counter import presell as sim_presell

MILK = Product(pid=1002, description="Anchor Blue Top Milk 2L", price=Decimal("4.79"))
BANANAS = Product(pid=1260, description="Bananas Cavendish", price=Decimal("3.49"), measurement="kg")


def quick(url: str):
    return presell_settings(url, first_delay=0.05, max_delay=0.3, stable_after=0.5, request_timeout=2.0, open_timeout=2.0)


@contextlib.asynccontextmanager
async def running_tablet(url: str, **kwargs) -> AsyncIterator[Tablet]:
    tablet = Tablet(quick(url), **kwargs)
    task = asyncio.create_task(tablet.run())
    try:
        yield tablet
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def parked_lines(sim, tablet: Tablet) -> list[tuple[int, int]]:
    """(pid, qty) of every line of the tablet's sale as the COUNTER has it."""
    sale = sim.presell.sales[tablet._sale.key] if tablet._sale else None
    assert sale is not None, "the counter has no sale for this basket"
    return [(line.product.pid, line.qty) for line in sale.lines]


async def test_login_is_presell_on_the_url_without_a_purpose_in_the_login() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected, what="connected")
            assert sim.sessions[0].presell
            login = sim.received[0]
            assert login.a == "fd1.session.login" and "purpose" not in (login.v or {})
            assert not any(r.a in ("fd1.customerdisplay.get_info", "fd1.firehose.open_firehose") for r in sim.received)


async def test_build_a_basket_from_the_counters_answers() -> None:
    async with running_simulator(status_interval=None) as sim:
        barcode = sim.lane.catalogue.find(1101).barcodes[0]
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            milk = tablet.add(MILK)
            assert tablet.state.lines[0].status is LineStatus.ADDING and tablet.state.lines[0].total is None
            bananas = tablet.add(BANANAS, 1250)
            tablet.scan(barcode)
            await wait_until(lambda: tablet.state.pending == 0 and len(tablet.state.lines) == 3, what="all on the lane")
            tablet.set_qty(milk, 3)
            tablet.set_qty(bananas, 500)
            tablet.set_customer("Aroha")
            await wait_until(lambda: tablet.state.pending == 0)
            state = tablet.state
            scanned = sim.lane.catalogue.find(1101)
            assert [(line.description, line.qty, line.total, line.status) for line in state.lines] == [
                ("Anchor Blue Top Milk 2L", 3, Decimal("14.37"), LineStatus.ON_LANE),
                ("Bananas Cavendish", 500, Decimal("1.75"), LineStatus.ON_LANE),  # 0.5 kg x 3.49 = 1.745 -> 1.75
                (scanned.description, 1, scanned.price, LineStatus.ON_LANE),
            ]
            assert state.total == Decimal("14.37") + Decimal("1.75") + scanned.price
            assert state.customer == "Aroha"
            tablet.remove(milk)
            await wait_until(lambda: tablet.state.pending == 0 and len(tablet.state.lines) == 2)
            assert [pid for pid, _ in parked_lines(sim, tablet)] == [1260, 1101]


async def test_a_refused_write_is_explained_and_the_basket_stays_consistent() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK)
            tablet.scan("0000000000000")
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.message)
            assert "0000000000000" in tablet.state.message and "unknown barcode" in tablet.state.message
            assert [line.description for line in tablet.state.lines] == ["Anchor Blue Top Milk 2L"]
            assert tablet.state.total == Decimal("4.79")
            assert tablet.add(BANANAS) is None and "weight" in tablet.state.message  # weighed needs a weight


async def test_counter_gone_mid_basket_then_back_each_line_exactly_once() -> None:
    async with running_simulator(status_interval=None) as sim:
        port = sim.port
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            milk = tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
            await sim.stop()
            await wait_until(lambda: not tablet.state.connected, what="link down")
            # staff carry on while the counter is away
            tablet.add(BANANAS, 800)
            bread = sim.lane.catalogue.find(1101)
            tablet.scan(bread.barcodes[0])
            tablet.set_qty(milk, 2)
            tablet.set_customer("Mere")
            state = tablet.state
            assert state.pending == 4
            assert [line.status for line in state.lines] == [LineStatus.CHANGING, LineStatus.ADDING, LineStatus.ADDING]
            assert state.total == Decimal("4.79")  # only what the counter priced
            # the counter comes back on the same port
            sim.port = port
            await sim.start()
            await wait_until(lambda: tablet.state.connected and tablet.state.pending == 0, timeout=8, what="replayed")
            assert parked_lines(sim, tablet) == [(1002, 2), (1260, 800), (1101, 1)]
            assert all(line.status is LineStatus.ON_LANE for line in tablet.state.lines)
            assert tablet.state.customer == "Mere"
            # handed over and recalled: the lane's sale has each line exactly once
            tablet.send_to_lane()
            await wait_until(lambda: tablet.state.parked is not None)
            sim_presell.recall(sim, tablet.state.parked.code)
            assert [(line["pid"], line["qty"]) for line in sim.lane.snapshot()["lines"]] == [(1002, 2), (1260, 800), (1101, 1)]


async def test_reply_lost_after_the_write_is_replayed_once_and_not_doubled() -> None:
    async with running_simulator(status_interval=None) as sim:
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
            sim.presell.lose_replies = 1  # the next write takes effect, then the link drops
            tablet.add(BANANAS, 600)
            tablet.add(MILK, 2)
            await wait_until(lambda: tablet.client.connects >= 2 and tablet.state.pending == 0, timeout=8, what="replay")
            assert parked_lines(sim, tablet) == [(1002, 1), (1260, 600), (1002, 2)]
            assert [line.qty for line in tablet.state.lines] == [1, 600, 2]
            adds = [r for r in sim.received if r.a.endswith("add_product")]
            rqs = [r.rq for r in adds]
            # the tablet re-read the sale after the reconnect, saw the add had arrived, and
            # did not send it again: no rq twice
            assert len(rqs) == 3 and len(set(rqs)) == 3
            assert any(r.a.endswith("sale_fetch") for r in sim.received)


async def test_a_lost_answer_is_not_done_twice_even_by_a_counter_that_forgets_rq_ids() -> None:
    async with running_simulator(status_interval=None) as sim:
        sim.presell.remember_rq = False  # a replayed rq would be done again
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
            for action in (lambda: tablet.add(BANANAS, 600), lambda: tablet.set_customer("Aroha")):
                sim.presell.lose_replies = 1  # the write takes effect, then the link drops
                connects = tablet.client.connects
                action()
                await wait_until(
                    lambda: tablet.client.connects > connects and tablet.state.pending == 0, timeout=8, what="reconciled"
                )
            assert parked_lines(sim, tablet) == [(1002, 1), (1260, 600)]
            assert tablet.state.customer == "Aroha"
            sim.presell.lose_replies = 1
            connects = tablet.client.connects
            tablet.send_to_lane()
            await wait_until(lambda: tablet.client.connects > connects and tablet.state.parked is not None, timeout=8)
            assert len(sim.presell.parked) == 1  # parked once: one recall code, not two
            assert tablet.state.parked.code in sim.presell.parked
            sim_presell.recall(sim, tablet.state.parked.code)
            assert [(line["pid"], line["qty"]) for line in sim.lane.snapshot()["lines"]] == [(1002, 1), (1260, 600)]


async def test_the_whole_story_tablet_to_lane_to_customer_display() -> None:
    async with running_simulator(status_interval=None) as sim:
        display = quick_settings(sim.url)  # a customer display: purpose customerdisplay + custdisp firehose
        async with running_client(display) as screen, running_tablet(sim.url) as tablet:
            await screen.client.wait_connected(3)
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK, 2)
            tablet.add(BANANAS, 1000)
            tablet.set_customer("Hemi")
            assert tablet.send_to_lane()
            assert tablet.add(MILK) is None  # the basket is locked while it is being sent
            await wait_until(lambda: tablet.state.parked is not None, what="code")
            parked = tablet.state.parked
            assert parked.total == Decimal("9.58") + Decimal("3.49") and parked.items == 3 and parked.customer == "Hemi"  # 2 milks + 1 kg of bananas: 3 items, as the display counts
            assert tablet.state.lines == () and not tablet.state.sending  # a fresh basket
            # the cashier types the code at the lane
            sim_presell.recall(sim, parked.code)

            def shown():
                for event in reversed(screen.events("custdisp.sale")):
                    sale = parse_sale(event.v)
                    if sale.lines:
                        return sale
                return None

            sale = await wait_until(shown, what="the recalled sale on the customer display")
            assert [(line.description, line.total) for line in sale.lines] == [
                ("Anchor Blue Top Milk 2L", Decimal("9.58")),
                ("Bananas Cavendish", Decimal("3.49")),
            ]
            assert sale.total == parked.total
            # the next customer's basket is a new sale
            tablet.next_customer()
            tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
            assert tablet._sale.key != parked.key
            tablet.show_code(parked.code)
            assert tablet.state.parked == parked


async def test_tablet_configured_for_a_finds_b_and_the_reverse() -> None:
    for served, configured in (("A", "B"), ("B", "A")):
        async with running_simulator(status_interval=None) as sim:
            sim.presell.use_variant(served)
            async with running_tablet(sim.url, variant=configured) as tablet:
                await wait_until(lambda: tablet.state.connected)
                tablet.add(MILK)
                await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
                assert tablet.state.variant == served
                assert tablet.state.lines[0].total == Decimal("4.79")


def test_weights_typed_by_staff() -> None:
    assert weight_grams("0.75") == 750
    assert weight_grams("0,75 kg") == 750
    assert weight_grams("750g") == 750
    assert weight_grams("1.2345") == 1234 or weight_grams("1.2345") == 1235
    assert weight_grams("") is None and weight_grams("-1") is None and weight_grams("abc") is None
    assert weight_grams("3", "unit") == 3


async def test_the_basket_survives_a_tablet_restart_while_the_counter_is_away(tmp_path) -> None:
    journal = tmp_path / "presell-basket.json"
    async with running_simulator(status_interval=None) as sim:
        port = sim.port
        async with running_tablet(sim.url, journal=journal) as tablet:
            await wait_until(lambda: tablet.state.connected)
            milk = tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
            await sim.stop()
            await wait_until(lambda: not tablet.state.connected)
            tablet.add(BANANAS, 400)
            tablet.set_qty(milk, 4)
            tablet.set_customer("Tama")
            before = tablet.state
        # the tablet app is restarted (or crashed) before the counter came back
        sim.port = port
        await sim.start()
        async with running_tablet(sim.url, journal=journal) as again:
            restored = again.state
            assert [(line.description, line.qty, line.status) for line in restored.lines] == [
                (line.description, line.qty, line.status) for line in before.lines
            ]
            assert restored.pending == 3 and restored.customer == "Tama"
            await wait_until(lambda: again.state.connected and again.state.pending == 0, timeout=8, what="replayed after restart")
            assert parked_lines(sim, again) == [(1002, 4), (1260, 400)]
            assert again.state.customer == "Tama" and again.state.total == Decimal("4.79") * 4 + Decimal("1.40")


async def test_an_unreadable_journal_is_kept_aside_and_a_new_basket_starts(tmp_path) -> None:
    journal = tmp_path / "presell-basket.json"
    journal.write_text('{"version": 1, "outbox": {"writes": "nonsense"}}', encoding="utf-8")
    async with running_simulator(status_interval=None) as sim:
        async with running_tablet(sim.url, journal=journal) as tablet:
            assert tablet.state.lines == ()
            assert list(tmp_path.glob("presell-basket.unreadable-*.json"))  # kept aside under a dated name
            assert "could not be read" in tablet.state.message
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)


async def test_a_counter_without_salesbuilder_keeps_the_basket_queued() -> None:
    async with running_simulator(status_interval=None) as sim:
        served = [name for name in sim.endpoints if name.startswith("fd1.salesbuilder.")]
        for name in served:
            del sim.endpoints[name]
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK)
            await wait_until(lambda: "does not offer presell" in tablet.state.message)
            assert tablet.state.pending == 1 and tablet.state.lines[0].status is LineStatus.ADDING
            sim.presell.use_variant("A")  # the counter is fixed
            await sim.drop_clients()
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines[0].total == Decimal("4.79"), timeout=8)
            assert tablet.state.message == "" and tablet.state.variant == "A"


def test_presell_command_needs_a_counter(tmp_path, capsys) -> None:
    from display_app import cli

    empty = tmp_path / "config.toml"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["presell", "--config", str(empty)]) == 2
    assert "no counter set" in capsys.readouterr().err
    args = cli.build_parser().parse_args(["presell", "--counter", "till1", "--salesbuilder", "A"])
    assert args.salesbuilder == "A" and args.counter == "till1"


async def test_presell_command_runs_against_a_counter_and_saves_a_screenshot(tmp_path) -> None:
    import os
    import sys

    async with running_simulator(status_interval=None) as sim:
        shot = tmp_path / "presell.png"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "display_app", "presell", "--counter", sim.url, "--quit-after", "1.5", "--screenshot", str(shot),
            env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(proc.communicate(), 60)
        assert proc.returncode == 0, output.decode(errors="replace")[-2000:]
        assert shot.stat().st_size > 1000
        assert any(s.a == "fd1.salesbuilder.salesbuilder_cancel" for s in sim.received)  # it probed SalesBuilder
        assert (tmp_path / "state" / "display-app" / "presell-basket.json").exists()  # the basket journal


async def test_a_counter_that_stops_answering_keeps_the_writes_until_it_answers_again() -> None:
    async with running_simulator(status_interval=None) as sim:
        tablet = Tablet(presell_settings(sim.url, first_delay=0.05, max_delay=0.3, request_timeout=0.4, ping_interval=None))
        task = asyncio.create_task(tablet.run())
        try:
            await wait_until(lambda: tablet.state.connected)
            tablet.add(MILK)
            await wait_until(lambda: tablet.state.pending == 0 and tablet.state.lines)
            sim.silent = True  # accepts everything, answers nothing
            tablet.add(MILK, 2)
            last_add = lambda: [r.rq for r in sim.received if r.a.endswith("add_product")][1:]  # noqa: E731
            await wait_until(lambda: len(last_add()) >= 2, what="the unanswered add sent again")  # it timed out once
            assert len(set(last_add())) == 1  # the same rq each time
            assert tablet.state.pending == 1 and tablet.state.lines[1].status is LineStatus.ADDING
            sim.silent = False
            await wait_until(lambda: tablet.state.pending == 0, timeout=5, what="the write retried")
            assert parked_lines(sim, tablet) == [(1002, 1), (1002, 2)]
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def test_an_offline_scan_keeps_its_quantity_until_the_counter_says_what_it_is() -> None:
    async with running_simulator(status_interval=None) as sim:
        port = sim.port
        mince = next(p for p in sim.lane.catalogue.all() if p.weighed and p.barcodes)
        async with running_tablet(sim.url) as tablet:
            await wait_until(lambda: tablet.state.connected)
            await sim.stop()
            await wait_until(lambda: not tablet.state.connected, what="link down")
            scanned = tablet.scan(mince.barcodes[0])
            tablet.set_qty(scanned, 2)  # +1 on an unknown scan: 2 items, or 2 grams?
            assert "not identified this scan yet" in tablet.state.message
            sim.port = port
            await sim.start()
            await wait_until(lambda: tablet.state.connected and tablet.state.pending == 0, timeout=8, what="replayed")
            # the counter got the scan as it was (no guessed quantity) and said what it needs
            adds = [r.v for r in sim.received if r.a.endswith("add_product")]
            assert adds == [{"barcode": mince.barcodes[0]}]
            assert "sold by weight" in tablet.state.message
