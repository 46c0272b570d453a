"""The pager adapter (PagerLink) against the base-station simulator over real UDP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json

import aiocoap
import pytest

from display_app.pagers import dialect
from display_app.pagers.link import PagerLink, PagerRefused, PagerUnreachable
from display_app.simulator.pager.server import free_port
from helpers import wait_until
from helpers.pager import base_and_link, running_base


async def test_create_then_create_again_is_200_and_updates() -> None:
    async with base_and_link() as (sim, link):
        first = await link.create(66, label="Sarah", party_size=4, goal_s=60)
        assert first.created is True
        assert first.session is not None and first.session.name == "Sarah" and first.session.goal_s == 60
        again = await link.create(66, label="Sarah J", party_size=2)
        assert again.created is False  # 2.00 "already exists" counts as success
        assert again.session is not None and again.session.label == "Sarah J" and again.session.party_size == 2
        assert list(sim.station.sessions) == [66]
        assert again.reply.global_sequence == 2
        assert again.reply.statistics is not None and again.reply.statistics.num_sessions == 1


async def test_page_clear_remove_and_history() -> None:
    async with base_and_link() as (sim, link):
        await link.create(7)
        await link.create(8, label="Ana")
        reply = await link.page(7, message="Lane 2")
        assert reply.session(7) is not None and reply.session(7).state == "paged"
        assert [(p.number, p.mode, p.message) for p in sim.station.pages] == [(7, "Flash30Sec", "Lane 2")]
        assert (await link.get(7)).notified is not None
        await link.clear(7)
        await link.remove(8)
        assert await link.get(7) is None
        history = await link.history()
        assert [(s.number, s.state) for s in history] == [(7, "cleared"), (8, "cleared")]
        stats = await link.statistics()
        assert stats is not None and stats.guests_served == 1 and stats.num_sessions == 2


async def test_refusals_are_clear() -> None:
    async with base_and_link() as (sim, link):
        with pytest.raises(PagerRefused) as info:
            await link.page(404)
        assert info.value.code == "4.04" and info.value.message == "Session not found"
        with pytest.raises(PagerRefused) as info:
            await link.create(-1)
        assert info.value.code == "4.00"


async def test_list_with_etag_answers_203_until_something_changes() -> None:
    async with base_and_link() as (sim, link):
        await link.create(1)
        reply, etag = await link.list()
        assert reply is not None and [s.number for s in reply.sessions] == [1] and etag
        same, etag2 = await link.list(etag)
        assert same is None and etag2 == etag  # 2.03 Valid: nothing changed
        await link.page(1)
        changed, etag3 = await link.list(etag)
        assert changed is not None and changed.session(1).state == "paged" and etag3 != etag


async def test_long_list_travels_in_blocks() -> None:
    async with base_and_link() as (sim, link):
        for n in range(1, 61):
            sim.station.create({"number": n, "label": f"Guest with a longish name {n}"})
        ctx = await aiocoap.Context.create_client_context(transports=["udp6"])
        try:
            raw = await ctx.request(aiocoap.Message(code=aiocoap.GET, uri=f"{sim.url}/v1/sessions")).response
        finally:
            await ctx.shutdown()
        assert len(raw.payload) > 10_000 and raw.opt.block2 is not None and raw.opt.block2.block_number > 0
        reply, _ = await link.list()
        assert reply is not None and len(reply.sessions) == 60


async def test_observe_notifies_a_change() -> None:
    async with base_and_link() as (sim, link):
        seen: list[int] = []
        task = asyncio.create_task(link.observe(lambda: seen.append(sim.station.sequence)))
        await wait_until(lambda: seen, what="the first observe answer")
        await link.create(12)
        await wait_until(lambda: len(seen) >= 2, what="a notification")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_wrong_content_format_and_bad_json_are_4xx() -> None:
    async with running_base() as sim:
        ctx = await aiocoap.Context.create_client_context(transports=["udp6"])
        try:
            async def post(payload: bytes, fmt: int | None = 50, code=aiocoap.POST) -> aiocoap.Message:
                msg = aiocoap.Message(code=code, uri=f"{sim.url}/v1/sessions", payload=payload)
                if fmt is not None:
                    msg.opt.content_format = fmt
                return await ctx.request(msg).response

            cases = {
                "4.15": await post(b'{"number":1}', fmt=0),
                "4.00 bad json": await post(b'{"number":'),
                "4.00 missing": await post(b'{"label":"x"}'),
                "4.00 not compact": await post(b'{\n"number": 1}'),
                "4.13": await post(b'{"label":"' + b"x" * 5000 + b'","number":1}'),
            }
            put_unknown = await ctx.request(aiocoap.Message(code=aiocoap.PUT, uri=f"{sim.url}/v1/sessions?number=9", payload=b'{"action":"page"}', content_format=50)).response
        finally:
            await ctx.shutdown()
        got = {name: (str(m.code).split()[0], json.loads(m.payload)["error"]["message"]) for name, m in cases.items()}
        assert got["4.15"][0] == "4.15"
        assert got["4.00 bad json"] == ("4.00", "Request body is not valid JSON")
        assert got["4.00 missing"] == ("4.00", "Missing required property 'number'")
        assert got["4.00 not compact"][0] == "4.00" and "compact" in got["4.00 not compact"][1]
        assert got["4.13"][0] == "4.13"
        assert str(put_unknown.code).startswith("4.04")
        assert sim.station.sessions == {}


async def test_unreachable_base_is_one_clear_error_quickly() -> None:
    link = PagerLink("127.0.0.1", free_port(), timeout=1.0)
    try:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        with pytest.raises(PagerUnreachable) as info:
            await link.create(1)
        assert loop.time() - t0 < 1.5
        assert "unreachable" in str(info.value) or "no answer" in str(info.value)
    finally:
        await link.close()


async def test_second_simulator_on_a_held_port_is_refused() -> None:
    async with running_base() as sim:
        with pytest.raises(OSError, match="already in use"):
            async with running_base(port=sim.port):
                pass


async def test_simulator_is_udp_only() -> None:
    import socket

    async with running_base() as sim:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.settimeout(1)
            assert s.connect_ex(("127.0.0.1", sim.port)) != 0  # no CoAP-over-TCP listener


async def test_settings_and_standalone_page() -> None:
    async with base_and_link() as (sim, link):
        ctx = await aiocoap.Context.create_client_context(transports=["udp6"])
        try:
            r = await ctx.request(aiocoap.Message(code=aiocoap.GET, uri=f"{sim.url}/v1/settings")).response
            assert json.loads(r.payload)["settings"]["defaultTargetGoal"] == 300
            r = await ctx.request(aiocoap.Message(code=aiocoap.POST, uri=f"{sim.url}/v1/settings", payload=dialect.compact({"defaultTargetGoal": 120}), content_format=50)).response
            assert r.code.is_successful()
            r = await ctx.request(aiocoap.Message(code=aiocoap.POST, uri=f"{sim.url}/v1/page", payload=dialect.compact({"number": 3, "message": "Hi"}), content_format=50)).response
            assert r.code.is_successful() and sim.station.pages[-1].standalone
        finally:
            await ctx.shutdown()
        created = await link.create(5)
        assert created.session is not None and created.session.goal_s == 120
