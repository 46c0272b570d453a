"""``display-app simulate --pager-port N`` serves the base station beside the counter."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

from display_app.pagers.link import PagerLink
from display_app.simulator.pager.server import free_port


async def test_simulate_with_a_pager_port() -> None:
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "display_app", "simulate", "--port", "0", "--status-interval", "0", "--pager-port", str(port),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        lines = []
        while not any("guest-pager base station" in line for line in lines):
            line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
            assert line, f"simulate ended early: {(await proc.stderr.read()).decode()[-1500:]}"
            lines.append(line)
        assert f"coap://127.0.0.1:{port}" in lines[-1]
        link = PagerLink("127.0.0.1", port, timeout=2.0)
        try:
            created = await link.create(3, label="Cli")
            assert created.created and created.session.name == "Cli"
            reply, _ = await link.list()
            assert [s.number for s in reply.sessions] == [3]
        finally:
            await link.close()
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 10)


def test_bad_pager_port_is_one_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "display_app", "simulate", "--pager-port", "70000"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--pager-port must be 0..65535" in proc.stderr
