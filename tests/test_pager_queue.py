"""No page lost or doubled: PagerQueue against the simulator over loopback UDP, including
a base that goes away and comes back, and a page whose answer is lost."""

from __future__ import annotations

import asyncio

import pytest

from display_app.pagers.link import PagerLink
from display_app.pagers.queue import PagerDeskState, PagerRejected, running_queue
from display_app.simulator.pager.server import PagerSimulator
from display_app.simulator.pager.station import BaseStation
from helpers import wait_until
from helpers.pager import running_base

FAST = dict(first_delay=0.05, max_delay=0.2)


async def test_assign_page_clear_in_order() -> None:
    async with running_base() as sim:
        link = PagerLink("127.0.0.1", sim.port, timeout=1.0)
        states: list[PagerDeskState] = []
        async with running_queue(link, states.append, **FAST) as queue:
            queue.assign(21, label="Mia", party_size=2, goal_s=300)
            queue.page(21, message="Lane 3")
            await queue.drained(5)
            assert queue.state.assignment(21).status == "paged"
            assert queue.state.assignment(21).pages == 1
            queue.clear(21)
            await queue.drained(5)
        await link.close()
        assert [(p.number, p.message) for p in sim.station.pages] == [(21, "Lane 3")]
        assert [(s.number, s.clear_type) for s in sim.station.history] == [(21, "STOP")]
        assert states[-1].assignment(21).status == "collected" and states[-1].reachable is True


async def test_never_pages_a_number_that_was_not_assigned() -> None:
    async with running_base() as sim:
        link = PagerLink("127.0.0.1", sim.port, timeout=1.0)
        async with running_queue(link, **FAST) as queue:
            with pytest.raises(PagerRejected, match="not assigned"):
                queue.page(5)
            queue.assign(5)
            queue.remove(5)  # cancelled before the base heard of it
            with pytest.raises(PagerRejected):
                queue.page(5)
            await queue.drained(5)
        await link.close()
        assert sim.station.pages == [] and sim.station.sessions == {} and sim.station.history == []


async def test_outage_loses_nothing_and_doubles_nothing() -> None:
    station = BaseStation()
    sim = PagerSimulator(station, host="127.0.0.1")
    await sim.start()
    port = sim.port
    link = PagerLink("127.0.0.1", port, timeout=0.5)
    states: list[PagerDeskState] = []
    try:
        async with running_queue(link, states.append, **FAST) as queue:
            queue.assign(1, label="Before")
            await queue.drained(5)
            await sim.stop()  # the base goes away
            queue.assign(2, label="Ana")
            queue.assign(3, label="Ben")
            queue.page(1, message="Lane 1")
            queue.page(1, message="Lane 1")  # pressed twice while the base is away: one page
            queue.page(2)
            queue.clear(3)
            queue.assign(4)
            queue.remove(4)  # never sent at all
            await wait_until(lambda: queue.state.reachable is False, what="the desk to show the base unreachable")
            await asyncio.sleep(1.0)  # the outage (the bench runs a 30 s one)
            assert queue.state.waiting_actions == 5
            sim = PagerSimulator(station, host="127.0.0.1", port=port)  # the same base comes back
            await sim.start()
            await queue.drained(10)
            assert queue.state.reachable is True
        assert [p.number for p in station.pages] == [1, 2]
        assert sorted(station.sessions) == [1, 2]
        assert [(s.number, s.clear_type) for s in station.history] == [(3, "STOP")]
        assert station.sessions[1].message == "Lane 1"
        assert station.sessions[2].label == "Ana" and station.sessions[2].state == "paged"
        assert any(s.reachable is False for s in states)
    finally:
        await link.close()
        await sim.stop()


async def test_a_page_whose_answer_was_lost_is_not_sent_again() -> None:
    async with running_base() as sim:
        link = PagerLink("127.0.0.1", sim.port, timeout=0.3)
        async with running_queue(link, **FAST) as queue:
            queue.assign(9)
            await queue.drained(5)
            sim.swallow = 1  # the base pages, but its answer never comes back
            queue.page(9)
            await queue.drained(5)
            assert queue.state.assignment(9).status == "paged"
            # a deliberate page again is a second page, and it too survives a lost answer
            sim.swallow = 1
            queue.page(9)
            await queue.drained(5)
        await link.close()
        assert len(sim.station.pages_for(9)) == 2


async def test_page_for_a_number_the_base_forgot_is_reported_not_retried() -> None:
    async with running_base() as sim:
        link = PagerLink("127.0.0.1", sim.port, timeout=1.0)
        async with running_queue(link, **FAST) as queue:
            queue.assign(11)
            await queue.drained(5)
            sim.station.sessions.clear()  # e.g. the base was power-cycled
            queue.page(11)
            await queue.drained(5)
            assert "11" in (queue.state.last_error or "") and "4.04" in queue.state.last_error
        await link.close()
        assert sim.station.pages == []


async def test_a_restart_while_the_base_is_away_loses_nothing(tmp_path) -> None:
    journal = tmp_path / "pagers.json"
    station = BaseStation()
    sim = PagerSimulator(station, host="127.0.0.1")
    await sim.start()
    port = sim.port
    await sim.stop()  # the base is away
    link = PagerLink("127.0.0.1", port, timeout=0.3)
    async with running_queue(link, journal=journal, **FAST) as queue:
        queue.assign(31, label="Kept")
        queue.page(31, message="Lane 4")
        await wait_until(lambda: queue.state.reachable is False)
    await link.close()  # the tablet is closed (or crashes) with two actions unsent
    assert journal.is_file()
    sim = PagerSimulator(station, host="127.0.0.1", port=port)
    await sim.start()
    link = PagerLink("127.0.0.1", port, timeout=1.0)
    try:
        async with running_queue(link, journal=journal, **FAST) as queue:  # the tablet starts again
            assert queue.state.waiting_actions == 2 and queue.state.assignment(31).label == "Kept"
            await queue.drained(5)
            with pytest.raises(PagerRejected):
                queue.page(99)  # still only assigned numbers
        assert [(p.number, p.message) for p in station.pages] == [(31, "Lane 4")]
        assert station.sessions[31].label == "Kept"
    finally:
        await link.close()
        await sim.stop()


async def test_an_unreadable_journal_is_kept_aside(tmp_path) -> None:
    journal = tmp_path / "pagers.json"
    journal.write_text("{not json")
    link = PagerLink("127.0.0.1", 9, timeout=0.3)
    async with running_queue(link, journal=journal) as queue:
        assert queue.state.pending == ()
    await link.close()
    assert (tmp_path / "pagers.json.unreadable").read_text() == "{not json"
