"""``display-app bench --visits-only``: the visit-session section reports every figure
(figures are not judged here: a slow CI box is not a bug)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from display_app.bench import report as bench_report


def test_throughput_is_a_floor_and_latency_a_ceiling():
    verdicts = {v["figure"]: v for v in bench_report.judge({"visits": {
        "throughput": {"requests_per_s": 499.0}, "association": {"p99_ms": 5.0}, "replay": {"landed_percent": 100.0}}})}
    assert verdicts["visits.throughput.requests_per_s"]["pass"] is False
    assert verdicts["visits.association.p99_ms"]["pass"] is True
    assert verdicts["visits.replay.landed_percent"]["pass"] is True
    assert verdicts["visits.scan_to_greeting.max_ms"]["pass"] is None


@pytest.mark.timeout(120)
def test_quick_visits_bench_reports_every_figure(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "display_app", "bench", "--visits-only", "--quick", "--visits-outage", "1", "--json"],
        capture_output=True, text=True, env=env, timeout=110, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    visits = json.loads(result.stdout)["visits"]
    assert 0 < visits["association"]["p50_ms"] <= visits["association"]["p99_ms"] <= visits["association"]["max_ms"]
    assert visits["throughput"]["sessions"] >= 10_000 and visits["throughput"]["errors"] == 0
    assert visits["throughput"]["requests_per_s"] > 0
    replay = visits["replay"]
    assert replay["outage_seconds"] == 1 and replay["landed"] == replay["queued"] == 200 and replay["exactly_once"] is True
    assert visits["scan_to_greeting"]["runs"] == 5 and visits["scan_to_greeting"]["max_ms"] > 0
    text = subprocess.run(
        [sys.executable, "-c", "import json,sys; from display_app.bench.report import judge, table; r=json.load(sys.stdin); r['budgets']=judge(r); print(table(r))"],
        input=result.stdout, capture_output=True, text=True, check=True,
    ).stdout
    assert "visits: association p99" in text and ">= 500 req/s" in text
