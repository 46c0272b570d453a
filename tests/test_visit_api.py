"""The visit-session adapter against the real simulator over HTTP on 127.0.0.1:
the three calls, the three flavours, every error class, and no customer id in any log."""

from __future__ import annotations

import asyncio
import logging

import pytest

from display_app.simulator.visits.server import VisitSimulator
from display_app.visits.client import VisitClient
from display_app.visits.model import VisitMalformed, VisitNotFound, VisitRefused, VisitUnreachable

CID = "LOYAL-77341902"


def client_for(sim: VisitSimulator, **kw) -> VisitClient:
    kw.setdefault("agent_id", "lane-2")
    kw.setdefault("tenant_id", "t1" if sim.flavour == "current" else "")
    return VisitClient(sim.url, flavour=sim.flavour, **kw)


@pytest.mark.parametrize("flavour", ["8.5.0", "8.5.1", "current"])
async def test_three_calls_carry_headers_and_body_in_every_flavour(flavour):
    async with VisitSimulator(flavour=flavour, base_path="/gks-server/v1") as sim, client_for(sim) as c:
        assert sim.url.endswith("/gks-server/v1")
        anon = await c.create()
        assert anon.session_id and anon.customer_id == "" and anon.agent_id == "lane-2"
        named = await c.create(customer_id=CID, visit_id="v-1", global_visit_id="g-1")
        assert (named.customer_id, named.visit_id, named.global_visit_id) == (CID, "v-1", "g-1")
        assert named.session_id != anon.session_id
        joined = await c.associate("SALEKEY0001", customer_id=CID, visit_id="v-9")
        assert (joined.session_id, joined.customer_id, joined.visit_id) == ("SALEKEY0001", CID, "v-9")
        assert sim.sessions["SALEKEY0001"].customer_id == CID
        assert sim.sessions["SALEKEY0001"].agent_id == "lane-2"
        again = await c.get("SALEKEY0001")
        assert again.customer_id == CID and again.visit_id == "v-9"
        # replaying the association changes nothing more
        await c.associate("SALEKEY0001", customer_id=CID, visit_id="v-9")
        assert sim.dump()["effective"] == 1 and sim.dump()["replayed_posts"] == 1


async def test_get_of_an_unknown_id_differs_by_flavour():
    async with VisitSimulator(flavour="8.5.1") as sim, client_for(sim) as c:
        with pytest.raises(VisitNotFound, match="session not found"):
            await c.get("NOPE")
        assert "NOPE" not in sim.sessions
    for flavour in ("8.5.0", "current"):
        async with VisitSimulator(flavour=flavour) as sim, client_for(sim) as c:
            assert (await c.get("NOPE")).session_id == "NOPE"  # created on demand, as documented
            assert "NOPE" in sim.sessions


async def test_8_5_0_put_of_an_existing_dataset_is_refused_and_not_retryable():
    async with VisitSimulator(flavour="8.5.0") as sim, client_for(sim) as c:
        await c.create(customer_id=CID, visit_id="v-1")
        with pytest.raises(VisitRefused) as info:
            await c.create(customer_id=CID, visit_id="v-1")
        assert info.value.status == 400 and not info.value.retryable
        assert "already exists" in str(info.value)


async def test_current_flavour_needs_a_tenant_and_unwraps_response():
    with pytest.raises(ValueError, match="tenant"):
        VisitClient("http://127.0.0.1:1", flavour="current")
    async with VisitSimulator(flavour="current") as sim:
        async with VisitClient(sim.url, flavour="8.5.1") as wrong:  # no tenantId sent
            with pytest.raises(VisitRefused, match="tenantId is required"):
                await wrong.get("X1")
        async with VisitClient(sim.url, flavour="8.5.1", tenant_id="t1") as unwrapped:  # reads a bare SessionInfo
            with pytest.raises(VisitMalformed, match="no usable sessionId"):
                await unwrapped.get("X1")
        async with client_for(sim) as right:
            assert (await right.get("X1")).session_id == "X1"


@pytest.mark.parametrize(
    ("fault", "error", "retryable"),
    [
        ("503", VisitRefused, True),
        ("500", VisitRefused, True),
        ("400", VisitRefused, False),
        ("garbage", VisitMalformed, False),
        ("huge", VisitMalformed, False),
        ("no-session-id", VisitMalformed, False),
        ("drop", VisitUnreachable, True),
    ],
)
async def test_each_broken_reply_is_one_clear_error(fault, error, retryable):
    async with VisitSimulator() as sim, client_for(sim) as c:
        sim.inject(fault)
        with pytest.raises(error) as info:
            await c.associate("K1", customer_id=CID)
        assert info.value.retryable is retryable
        # and the next call works: one bad reply costs one call
        assert (await c.associate("K1", customer_id=CID)).customer_id == CID


async def test_unreachable_and_hanging_apis_cost_at_most_the_timeout():
    async with VisitSimulator() as sim:
        url = sim.url
    async with VisitClient(url, timeout=1.0) as c:  # nothing listens there now
        with pytest.raises(VisitUnreachable):
            await c.get("K1")
    async with VisitSimulator() as sim, VisitClient(sim.url, timeout=0.3) as c:
        sim.inject("hang")
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(VisitUnreachable, match="no reply within"):
            await c.get("K1")
        assert loop.time() - started < 2.0


async def test_bad_ids_are_refused_before_anything_is_sent():
    async with VisitSimulator() as sim, client_for(sim) as c:
        for bad in ("", "new", "a/b", "x" * 129, "sp ace"):
            with pytest.raises(ValueError):
                await c.get(bad)
        with pytest.raises(ValueError):
            await c.associate("K1", customer_id="has space")
        with pytest.raises(ValueError):
            await c.associate("K1", customer_id="line\r\nX-Evil: 1")
        assert sim.stats.requests == 0


async def test_the_simulator_refuses_bad_requests_with_a_json_error(caplog):
    import aiohttp

    async with VisitSimulator() as sim, aiohttp.ClientSession() as http:
        cases = [
            ("POST", "/sessions/K1", {"data": b"[1,2]", "headers": {"Content-Type": "application/json"}}, 400),
            ("POST", "/sessions/K1", {"data": b"{nope", "headers": {"Content-Type": "application/json"}}, 400),
            ("POST", "/sessions/K1", {"json": {"visitId": 5}}, 400),
            ("POST", "/sessions/K1", {"data": b"x" * 20_000}, 413),
            ("DELETE", "/sessions/K1", {}, 405),
            ("GET", "/sessions/new", {}, 405),
        ]
        for method, path, kw, status in cases:
            async with http.request(method, sim.url + path, **kw) as reply:
                assert reply.status == status, (method, path, kw)
                body = await reply.json()
                assert body["code"] == status and body["description"]
        assert sim.sessions == {}


async def test_sessions_are_capped_oldest_first():
    async with VisitSimulator(max_sessions=50) as sim, client_for(sim) as c:
        for n in range(60):
            await c.associate(f"K{n}", customer_id=CID)
        assert len(sim.sessions) == 50 and "K0" not in sim.sessions and "K59" in sim.sessions


async def test_no_customer_id_in_any_log_line(caplog):
    caplog.set_level(logging.DEBUG)
    async with VisitSimulator() as sim, client_for(sim) as c:
        await c.create(customer_id=CID)
        await c.associate("K1", customer_id=CID)
        sim.inject("503")
        with pytest.raises(VisitRefused) as info:
            await c.associate("K1", customer_id=CID)
        assert CID not in str(info.value) and CID not in repr(await c.get("K1"))
    assert caplog.records, "the simulator and client log at DEBUG"
    assert all(CID not in record.getMessage() for record in caplog.records)
