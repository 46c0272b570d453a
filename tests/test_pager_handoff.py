"""The tablet's pager step, Qt-free: a real presell tablet on the counter simulator hands
out a pager from the real base simulator; the lane's recall pages it, once."""

from __future__ import annotations

import asyncio
import contextlib
from decimal import Decimal

import pytest

from display_app.pagers.handoff import PagerHandoff
from display_app.pagers.link import PagerLink
from display_app.pagers.queue import PagerRejected, running_queue
from display_app.presell.model import Product
from display_app.presell.tablet import Tablet, presell_settings
from display_app.simulator.counter import presell as sim_presell
from helpers import running_simulator, wait_until
from helpers.pager import running_base

MILK = Product(pid=1002, description="Anchor Blue Top Milk 2L", price=Decimal("4.79"))


@contextlib.asynccontextmanager
async def parked_basket(customer: str = "Aroha"):
    async with running_simulator(status_interval=None) as sim:
        tablet = Tablet(presell_settings(sim.url, first_delay=0.05, max_delay=0.3, stable_after=0.5, request_timeout=2.0, open_timeout=2.0))
        task = asyncio.create_task(tablet.run())
        try:
            await wait_until(lambda: tablet.state.connected, what="tablet connected")
            tablet.add(MILK)
            tablet.set_customer(customer)
            await wait_until(lambda: tablet.state.pending == 0)
            tablet.send_to_lane()
            await wait_until(lambda: tablet.state.parked is not None, what="a recall code")
            yield sim, tablet
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def sale_state(tablet: Tablet, key: str) -> str:
    return (await tablet.builder.fetch(key)).state


async def test_recall_pages_the_pager_once_saying_which_lane() -> None:
    async with parked_basket("Aroha") as (counter, tablet), running_base() as base:
        parked = tablet.state.parked
        link = PagerLink("127.0.0.1", base.port, timeout=1.0)
        async with running_queue(link, first_delay=0.05, max_delay=0.2) as queue:
            handoff = PagerHandoff(queue, lambda key: sale_state(tablet, key), goal_s=240, lane_label="Lane 2", shows_text=True, poll_s=0.1)
            watch = asyncio.create_task(handoff.run())
            try:
                handoff.hand_out(42, code=parked.code, sale_key=parked.key, label=parked.customer, party_size=1)
                await queue.drained(5)
                assert base.station.sessions[42].label == "Aroha" and base.station.sessions[42].goal == 240
                assert handoff.state.for_code(parked.code).status == "waiting"
                await asyncio.sleep(0.3)
                assert base.station.pages == []  # not recalled yet: nobody is paged
                sim_presell.recall(counter, parked.code)
                await wait_until(lambda: base.station.pages, what="the pager to be paged on recall")
                await queue.drained(5)
                await asyncio.sleep(0.3)  # more recall checks: still one page
                assert [(p.number, p.message) for p in base.station.pages] == [(42, "Go to Lane 2")]
                ticket = handoff.state.for_number(42)
                assert ticket.recalled and ticket.status == "paged"
                handoff.page_again(42)
                await queue.drained(5)
                assert len(base.station.pages_for(42)) == 2
                handoff.collected(42)
                await queue.drained(5)
                assert 42 not in base.station.sessions and handoff.state.for_number(42) is None
                assert handoff.state.for_code(parked.code).status == "collected"
            finally:
                watch.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watch
        await link.close()


async def test_a_pager_still_out_cannot_be_given_to_another_basket() -> None:
    async with running_base() as base:
        link = PagerLink("127.0.0.1", base.port, timeout=1.0)
        async with running_queue(link) as queue:
            async def never(key: str) -> str:
                return "parked"

            handoff = PagerHandoff(queue, never)
            handoff.hand_out(7, code="1111", sale_key="k1")
            with pytest.raises(PagerRejected, match="still out"):
                handoff.hand_out(7, code="2222", sale_key="k2")
            handoff.hand_out(8, code="1111", sale_key="k1")  # the same basket takes another pager instead
            await queue.drained(5)
            handoff.cancelled(8)
            handoff.hand_out(8, code="2222", sale_key="k2")
            await queue.drained(5)
        await link.close()
        assert sorted(base.station.sessions) == [8]
        assert [(s.number, s.clear_type) for s in base.station.history] == [(8, "REMOVED")]
        assert base.station.pages == []


async def test_a_restarted_tablet_still_pages_on_recall(tmp_path) -> None:
    async with parked_basket("Tui") as (counter, tablet), running_base() as base:
        parked = tablet.state.parked
        tickets, actions = tmp_path / "tickets.json", tmp_path / "queue.json"
        link = PagerLink("127.0.0.1", base.port, timeout=1.0)
        async with running_queue(link, journal=actions) as queue:
            handoff = PagerHandoff(queue, lambda key: sale_state(tablet, key), journal=tickets)
            handoff.hand_out(12, code=parked.code, sale_key=parked.key, label="Tui")
            await queue.drained(5)
        # the tablet restarts; the lane recalls the basket meanwhile
        sim_presell.recall(counter, parked.code)
        async with running_queue(link, journal=actions, first_delay=0.05) as queue:
            handoff = PagerHandoff(queue, lambda key: sale_state(tablet, key), lane_label="Lane 3", shows_text=True, poll_s=0.1, journal=tickets)
            watch = asyncio.create_task(handoff.run())
            try:
                await wait_until(lambda: base.station.pages, what="the page after the restart")
                await queue.drained(5)
            finally:
                watch.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watch
        await link.close()
        assert [(p.number, p.message) for p in base.station.pages] == [(12, "Go to Lane 3")]
