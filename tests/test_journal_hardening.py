"""The presell journal and the atomic-write helper: no damaged file can crash the tablet
or lose what staff entered, and a write the counter never takes does not block the rest."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import AsyncIterator

import pytest
from display_app.atomic import sweep_temps, write_atomic
from display_app.presell.model import LineStatus, Product
from display_app.presell.tablet import MAX_ATTEMPTS, Tablet, presell_settings
from helpers import running_simulator, wait_until
from helpers.fuzz import deep

MILK = Product(pid=1002, description="Anchor Blue Top Milk 2L", price=Decimal("4.79"))


def quick(url: str, **overrides):
    values = dict(first_delay=0.05, max_delay=0.2, stable_after=0.2, request_timeout=0.5, open_timeout=2.0)
    values.update(overrides)
    return presell_settings(url, **values)


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


def kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("presell-basket.unreadable-*.json"))


# ----------------------------------------------------------------------------- atomic writes


def test_write_atomic_replaces_the_file_owner_only_and_leaves_no_temp(tmp_path):
    target = tmp_path / "sub" / "presell.json"
    write_atomic(target, '{"a": 1}')
    write_atomic(target, '{"a": 2}')
    assert json.loads(target.read_text()) == {"a": 2}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["presell.json"]


def test_sweep_removes_only_our_leftover_temp_files(tmp_path):
    target = tmp_path / "presell-basket.json"
    (tmp_path / ".presell-basket.json.abc123.tmp").write_text("half")
    (tmp_path / ".other.json.x.tmp").write_text("not ours")
    assert sweep_temps(target) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.json.x.tmp"]


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "presell.json"
    write_atomic(target, "old")
    with pytest.raises(TypeError):
        write_atomic(target, 42)  # type: ignore[arg-type]
    assert target.read_text() == "old" and len(list(tmp_path.iterdir())) == 1


# ----------------------------------------------------------------------------- the journal


DAMAGED = {
    "empty": b"",
    "truncated": b'{"version": 1, "outbox": {"prefix": "ps1", "next": 3, "wri',
    "garbage": b"\x00\xff\xfe garbage \x80",
    "not utf-8": b'{"version": 1, "x": "\xc3\x28"}',
    "deeply nested": ('{"version":1,"outbox":' + deep(100_000) + "}").encode(),
    "a list": b"[1, 2, 3]",
    "wrong types": b'{"version": 1, "outbox": {"prefix": 5, "writes": "nonsense"}}',
    "huge numbers": b'{"version": 1, "outbox": {"prefix": "p", "next": 1e10000000, "writes": []}}',
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_journal_is_kept_aside_and_the_tablet_starts_empty_and_says_so(tmp_path, content):
    journal = tmp_path / "presell-basket.json"
    journal.write_bytes(content)
    (tmp_path / ".presell-basket.json.x1.tmp").write_text("interrupted")  # a save cut short

    async def start() -> Tablet:
        return Tablet(quick("127.0.0.1:1"), journal=journal)

    tablet = asyncio.run(start())
    assert tablet.state.lines == () and len(tablet.outbox) == 0
    assert "could not be read" in tablet.state.message and "empty basket" in tablet.state.message
    [kept] = kept_aside(tmp_path)
    assert kept.read_bytes() == content  # nothing thrown away
    assert not journal.exists() and not list(tmp_path.glob(".*.tmp"))
    assert tablet.journal_unreadable == str(kept)


async def test_a_write_the_counter_never_takes_is_marked_failed_and_the_rest_go_through(tmp_path):
    async with running_simulator(status_interval=None) as sim:
        name = next(n for n in sim.endpoints if n.endswith("add_product") and "salesbuilder_" in n)
        real = sim.endpoints[name]

        async def choke(session, request):
            if (request.v or {}).get("barcode") == "0000000000000":
                await asyncio.sleep(60)  # hangs on this one, for ever
            return await real(session, request)

        for endpoint in [n for n in sim.endpoints if n.endswith("add_product")]:
            sim.endpoints[endpoint] = choke
        async with running_tablet(sim.url, journal=tmp_path / "presell-basket.json") as tablet:
            await wait_until(lambda: tablet.state.connected)
            bad = tablet.scan("0000000000000")
            good = tablet.add(MILK)
            lines = await wait_until(
                lambda: [line for line in tablet.state.lines if line.lid == good and line.status is LineStatus.ON_LANE],
                timeout=MAX_ATTEMPTS * 2 + 10, what="the write behind the stuck one",
            )
            assert lines[0].total == Decimal("4.79")
            failed = [line for line in tablet.state.lines if line.lid == bad]
            assert failed[0].status is LineStatus.FAILED
            assert "Not on the lane" in tablet.state.message
            assert tablet.state.pending == 0
            tablet.remove(bad)  # staff can take the failed line off
            assert [line.lid for line in tablet.state.lines] == [good]
            saved = json.loads((tmp_path / "presell-basket.json").read_text())
            assert saved["outbox"]["writes"] == []
            assert stat.S_IMODE(os.stat(tmp_path / "presell-basket.json").st_mode) == 0o600
