"""Real third-party clients against the visit-session simulator over 127.0.0.1:
``curl`` (the shell's HTTP client) and Schemathesis (property-based API testing, run
unmodified as its CLI) against our OpenAPI description, docs/visits-openapi.yaml."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from display_app.simulator.visits.server import VisitSimulator

ROOT = Path(__file__).resolve().parents[1]
OPENAPI = ROOT / "docs" / "visits-openapi.yaml"

needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


async def curl(*args: str) -> tuple[int, dict]:
    """Run curl; returns (HTTP status, JSON body)."""
    proc = await asyncio.create_subprocess_exec(
        "curl", "-sS", "--max-time", "5", "-w", "\n%{http_code}", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    body, _, status = out.decode().rpartition("\n")
    return int(status), json.loads(body)


@needs_curl
async def test_curl_walks_the_three_calls_of_8_5_1():
    async with VisitSimulator(base_path="/gks-server/v1") as sim:
        status, info = await curl(
            "-X", "PUT", f"{sim.url}/sessions/new",
            "-H", "gkc_customerId: C1001", "-H", "gkc_agentId: lane-2",
            "-H", "Content-Type: application/json", "-d", '{"visitId":"v-123","globalVisitId":"g-456"}',
        )
        assert status == 200
        assert (info["customerId"], info["agentId"], info["visitId"], info["globalVisitId"]) == ("C1001", "lane-2", "v-123", "g-456")

        status, error = await curl(f"{sim.url}/sessions/SALE00042")
        assert status == 404 and error["description"] == "Session not found"

        status, info = await curl(
            "-X", "POST", f"{sim.url}/sessions/SALE00042", "-H", "gkc_customerId: C1001",
            "-H", "Content-Type: application/json", "-d", '{"visitId":"v-9"}',
        )
        assert status == 200 and info["sessionId"] == "SALE00042" and info["visitId"] == "v-9"

        status, info = await curl(f"{sim.url}/sessions/SALE00042")
        assert status == 200 and info["customerId"] == "C1001"

        status, info = await curl("-X", "PUT", f"{sim.url}/sessions/new")  # anonymous, no body
        assert status == 200 and "customerId" not in info

        status, error = await curl("-X", "POST", f"{sim.url}/sessions/S1", "-H", "Content-Type: application/json", "-d", "not json")
        assert status == 400 and error["code"] == 400


@needs_curl
async def test_curl_sees_the_current_flavour_wrap_and_tenant():
    async with VisitSimulator(flavour="current") as sim:
        status, error = await curl(f"{sim.url}/sessions/S1")
        assert status == 400 and "tenantId" in error["description"]
        status, body = await curl(f"{sim.url}/sessions/S1?tenantId=t1")
        assert status == 200 and body["response"]["sessionId"] == "S1"


async def test_schemathesis_finds_nothing_against_the_openapi_description(tmp_path):
    exe = Path(sys.executable).with_name("schemathesis")
    if not exe.exists():
        pytest.skip("schemathesis is not installed (pip install -e '.[test]')")
    async with VisitSimulator(base_path="/gks-server/v1") as sim:
        proc = await asyncio.create_subprocess_exec(
            str(exe), "run", str(OPENAPI), "--url", sim.url, "--checks", "all",
            "--max-examples", "15", "--workers", "1", "--seed", "1", "--no-color",
            cwd=tmp_path, env={**os.environ, "SCHEMATHESIS_HOOKS": ""},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=90)
        text = out.decode(errors="replace")
        assert proc.returncode == 0, text[-4000:]
        assert "3/3" in text  # all three operations were tested
        assert sim.stats.requests > 50  # it really talked to the simulator
