"""The benchmark cannot rot: a short run produces a complete report.

Figures are not judged here (a slow CI box is not a bug); only that every section is
measured, through the real processes, with sane numbers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from display_app.bench import report as bench_report
from display_app.bench.counter import marker, seq_of
from display_app.bench import measure
from display_app.bench.measure import percentile


def test_marker_round_trips_the_sequence_number() -> None:
    assert seq_of(marker(1234)) == 1234
    assert seq_of("2026-11-23 01:30:46") is None
    assert seq_of("") is None


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([7.0], 99) == 7.0


def test_budgets_judge_a_miss_and_ignore_missing_figures() -> None:
    verdicts = {v["figure"]: v for v in bench_report.judge({"latency": {"5": {"p99_ms": 20.0}}, "size": {"onefolder_mb": None}})}
    assert verdicts["latency.5.p99_ms"]["pass"] is False
    assert verdicts["size.onefolder_mb"]["pass"] is None
    assert verdicts["latency.200.p99_ms"]["value"] is None


@pytest.mark.timeout(240)
def test_quick_bench_run_reports_every_section(tmp_path) -> None:
    out = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "display_app", "bench", "--updates", "20", "--idle-seconds", "1", "--quick", "--pin", "--json", "--out", str(out),
         "--frozen", str(tmp_path / "no-such-build" / "display-app")],
        capture_output=True, text=True, env=env, timeout=220,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert json.loads(out.read_text()) == report

    for lines in ("5", "200", "1000"):
        lat = report["latency"][lines]
        assert lat["updates"] == 20 and lat["lines"] == int(lines) and lat["runs"] == 1
        assert 0 < lat["p50_ms"] <= lat["p99_ms"] <= lat["max_ms"]
        assert lat["p99_min_ms"] <= lat["p99_ms"] <= lat["p99_max_ms"]
        assert lat["painted_each"] > 0 and lat["cpu_per_update_ms"] > 0
        assert "others_cores" in lat["all"][0]["load"]
        damage = report["damage"][lines]
        assert 0 < damage["update_area_percent"] < 100  # a quantity change repaints part of the window
    load = report["machine"]["load"]
    assert load["machine_busy_cores"] >= 0 and "loadavg_1m" in load
    assert isinstance(report["machine"]["too_busy"]["verdict"], bool)
    probes = report["machine"]["speed_probe_ms"]  # start, before and after the latency runs, end
    assert len(probes) == 4 and all(probe > 0 for probe in probes)
    pinned = report["machine"]["pinned"]  # --pin: the display on a core of its own
    if len(os.sched_getaffinity(0)) >= 2:
        assert pinned["display"] == [min(os.sched_getaffinity(0))] and pinned["display"][0] not in pinned["counter_and_bench"]
    else:
        assert pinned["status"].startswith("not pinned")
    burst = report["burst"]
    assert burst["messages"] > 0 and burst["send_ms"] > 0 and burst["last_to_screen_ms"] > 0
    assert burst["paints"] >= 1 and burst["peak_queue_depth"] >= 1
    source = report["startup"]["source"]
    assert 0 < source["first_paint_ms"] <= source["first_live_ms"]
    assert source["first_live_min_ms"] <= source["first_live_ms"] <= source["first_live_max_ms"]
    assert report["startup"]["frozen"]["status"].startswith("not built")
    memory = report["memory"]
    assert memory["rss_after_start_mb"] > 10 and memory["rss_after_updates_mb"] > 10
    assert 10 < memory["pss_after_updates_mb"] <= memory["rss_after_updates_mb"]
    assert "growth_mb" in memory and "growth_per_10k_mb" in memory
    cpu = report["idle_cpu"]
    assert cpu["idle_screen_percent"] >= 0 and cpu["sale_screen_percent"] >= 0
    assert report["size"]["onefolder_mb"] is None and report["size"]["status"].startswith("not built")
    assert 0 < report["reconnect"]["median_ms"] <= report["reconnect"]["max_ms"]
    assert report["reconnect"]["offline_shown_ms"] > 0

    names = {v["name"] for v in report["budgets"]}
    assert names == {b.name for b in bench_report.BUDGETS}
    measured = {v["figure"]: v for v in report["budgets"]}
    assert measured["latency.5.p99_ms"]["pass"] in (True, False)
    assert measured["size.onefolder_mb"]["pass"] is None  # not built: no verdict, not a failure


def test_a_run_whose_machine_changed_speed_is_called_too_busy() -> None:
    steady = {"machine": {"speed_probe_ms": [30.0, 31.5, 29.8, 33.0]}}
    assert measure.too_busy(steady) == {"verdict": False, "reasons": []}
    drifting = {"machine": {"speed_probe_ms": [30.0, 31.5, 45.2, 33.0]}}
    busy = measure.too_busy(drifting)
    assert busy["verdict"] and "speed moved" in busy["reasons"][0] and "30.0-45.2 ms" in busy["reasons"][0]
    text = bench_report.table({**drifting, "machine": {**drifting["machine"], "too_busy": busy}})
    assert "TOO BUSY" in text and "took 30.0, 31.5, 45.2, 33.0 ms" in text


def test_a_run_on_a_machine_slower_than_its_best_is_called_too_busy() -> None:
    """A shared host can slow the whole run down evenly: the probes agree with each other
    but not with the fastest this machine has shown."""
    probes = [33.3, 33.1, 30.6, 35.5]
    assert measure.too_busy({"machine": {"speed_probe_ms": probes}}) == {"verdict": False, "reasons": []}  # no reference yet
    assert not measure.too_busy({"machine": {"speed_probe_ms": probes, "speed_fastest_seen_ms": 30.0}})["verdict"]  # within 12 %
    slow = {"machine": {"speed_probe_ms": probes, "speed_fastest_seen_ms": 27.2}}  # a quiet run's median
    busy = measure.too_busy(slow)
    assert busy["verdict"] and busy["reasons"] == [
        "the machine ran 22% slower than its best (the fixed probe's median 33.2 ms, against 27.2 ms in this machine's fastest run): every figure reads high"
    ]
    text = bench_report.table({"machine": {**slow["machine"], "too_busy": busy}})
    assert "TOO BUSY" in text and "median 33.2 ms, 27.2 ms in this machine's fastest run before" in text


def test_the_fastest_probe_is_kept_per_machine(tmp_path) -> None:
    path = tmp_path / "state" / "bench-speeds.json"
    assert measure.fastest_seen([30.5, 29.0, 28.0], path) is None  # the first run has no reference
    assert measure.fastest_seen([33.0, 31.0, 25.0], path) == 29.0  # a slower run (median 31) keeps the best median
    assert measure.fastest_seen([28.1], path) == 29.0
    assert measure.fastest_seen([], path) == 28.1  # a faster one lowered it
    assert json.loads(path.read_text(encoding="utf-8")) == {measure.machine_key(): 28.1}
    path.write_text("not json", encoding="utf-8")
    assert measure.fastest_seen([40.0], path) is None  # a damaged file starts again
    assert measure.fastest_seen([], path) == 40.0


def test_speed_probe_times_the_fixed_work() -> None:
    assert 0 < measure.speed_probe(repeats=1) < 10_000


def test_table_shows_figures_next_to_budgets() -> None:
    report = {
        "latency": {"5": {"updates": 10, "p50_ms": 3.0, "p99_ms": 20.0, "max_ms": 21.0}},
        "startup": {"frozen": {"status": "not built"}},
        "size": {"onefolder_mb": None, "onefile_mb": None, "status": "not built"},
    }
    report["budgets"] = bench_report.judge(report)
    text = bench_report.table(report)
    line = next(line for line in text.splitlines() if line.startswith("latency 5-line sale p99"))
    assert "20.0 ms" in line and "< 8 ms" in line and "MISS" in line
    assert any(line.startswith("frozen build size") and "not built" in line for line in text.splitlines())


def test_x_damage_counts_overlapping_rectangles_once() -> None:
    from display_app.bench.xdamage import union_area

    assert union_area([]) == 0
    assert union_area([(0, 0, 10, 10)]) == 100
    assert union_area([(0, 0, 10, 10), (5, 5, 10, 10)]) == 175
    assert union_area([(0, 0, 10, 10), (0, 0, 10, 10), (2, 2, 3, 3)]) == 100
    assert union_area([(0, 0, 4, 4), (10, 10, 2, 2)]) == 20
