"""The association replay queue against the real simulator: never in the sale's way,
bounded, replayed with backoff through a real outage (the simulator's socket closed
and reopened on the same port), and exactly one association per sale and customer."""

from __future__ import annotations

import asyncio
import logging
import random

import pytest

from display_app.simulator.visits.server import VisitSimulator
from display_app.visits.client import VisitClient
from display_app.visits.code import Identification
from display_app.visits.replay import AssociationQueue

from helpers import wait_until


def queue_for(url: str, **kw) -> AssociationQueue:
    kw.setdefault("base_delay", 0.05)
    kw.setdefault("max_delay", 0.2)
    return AssociationQueue(VisitClient(url, agent_id="lane-2", timeout=1.0), rng=random.Random(7), **kw)


async def test_an_association_lands_at_once_and_a_second_scan_sends_nothing():
    async with VisitSimulator() as sim:
        q = queue_for(sim.url)
        results = []
        q.listeners.append(results.append)
        q.start()
        try:
            assert q.submit("SALE1", Identification("C1", "v-1", "g-1"))
            assert not q.submit("SALE1", Identification("C1", "v-1", "g-1"))  # queued already
            await wait_until(lambda: results, what="the association result")
            assert results[0].ok and results[0].session.session_id == "SALE1" and results[0].attempts == 1
            assert not q.submit("SALE1", Identification("C1"))  # landed already
            assert q.submit("SALE2", Identification("C1"))  # the next sale is a new association
            await q.drained()
            assert sim.sessions["SALE1"].visit_id == "v-1" and sim.sessions["SALE1"].global_visit_id == "g-1"
            assert dict(sim.stats.posts) == {("SALE1", "C1"): 1, ("SALE2", "C1"): 1}
        finally:
            await q.close()
            await q.client.close()


async def test_after_an_outage_every_queued_association_lands_exactly_once(caplog):
    caplog.set_level(logging.DEBUG)
    sim = VisitSimulator()
    await sim.start()
    q = queue_for(sim.url)
    landed = []
    q.listeners.append(lambda r: landed.append(r) if r.ok else None)
    q.start()
    try:
        await sim.stop()  # a real outage: nothing listens on the port
        keys = [(f"SALE{n:03d}", f"CUST{n % 37:03d}") for n in range(120)]
        assert not asyncio.iscoroutinefunction(q.submit)  # submitting never waits on the API
        for sale, cust in keys:
            q.submit(sale, Identification(cust))
            q.submit(sale, Identification(cust))  # a shopper who scans twice
        await asyncio.sleep(1.0)
        assert landed == [] and q.pending == 120
        await sim.start()  # same port, state kept
        await asyncio.wait_for(q.drained(), timeout=10)
        assert len(landed) == 120 and {(r.association.sale_key, r.association.ident.customer_id) for r in landed} == set(keys)
        assert all(n == 1 for n in sim.stats.posts.values()) and len(sim.stats.posts) == 120
        assert all(n == 1 for n in sim.stats.effective.values())
        assert q.attempts > 120  # it did retry during the outage
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1 and "unavailable" in warnings[0].getMessage()  # one line per outage, not one per try
        assert any("is back after" in r.getMessage() for r in caplog.records)
        assert all(cust not in r.getMessage() for r in caplog.records for _, cust in keys)
    finally:
        await q.close()
        await q.client.close()
        await sim.stop()


async def test_a_flaky_api_is_retried_and_a_refusal_is_given_up_once(caplog):
    async with VisitSimulator() as sim:
        q = queue_for(sim.url)
        results = []
        q.listeners.append(results.append)
        q.start()
        try:
            sim.inject("503", "drop", "500")
            q.submit("S1", Identification("C1"))
            await q.drained()
            assert results[-1].ok and results[-1].attempts == 4
            sim.inject("400")
            q.submit("S2", Identification("C2"))
            await q.drained()
            assert not results[-1].ok and "refused with 400" in results[-1].error
            errors = [r for r in caplog.records if r.levelno == logging.ERROR]
            assert len(errors) == 1 and "given up" in errors[0].getMessage() and "C2" not in errors[0].getMessage()
            q.submit("S3", Identification("C3"))  # the queue goes on
            await q.drained()
            assert results[-1].ok
        finally:
            await q.close()
            await q.client.close()


async def test_the_queue_is_bounded_and_drops_the_oldest_with_one_warning(caplog):
    async with VisitSimulator() as sim:
        url = sim.url
    q = queue_for(url, max_pending=10)  # nothing listens: everything waits
    q.start()
    try:
        for n in range(50):
            q.submit(f"S{n}", Identification("C"))
        assert q.pending == 10 and q.dropped == 40
        overflow = [r for r in caplog.records if "dropping the oldest" in r.getMessage()]
        assert len(overflow) == 1
    finally:
        await q.close()
        await q.client.close()


async def test_new_session_mode_creates_one_session_per_sale_and_reuses_it():
    async with VisitSimulator() as sim:
        q = queue_for(sim.url, session_mode="new")
        results = []
        q.listeners.append(results.append)
        q.start()
        try:
            q.submit("SALE1", Identification("C1"))
            q.submit("SALE1", Identification("C2"))  # a second shopper on the same sale
            await q.drained()
            made = q.session_id_for("SALE1")
            assert made and made != "SALE1" and [r.session.session_id for r in results] == [made, made]
            assert len(sim.sessions) == 1 and sim.sessions[made].customer_id == "C2"
        finally:
            await q.close()
            await q.client.close()
