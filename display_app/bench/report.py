"""Budgets, and the report as a table (for people) or JSON (for machines). No Qt here."""

from __future__ import annotations

import statistics

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Budget:
    name: str  # what is measured, as printed
    path: tuple[str, ...]  # where the figure is in the report
    limit: float
    unit: str
    at_least: bool = False  # a floor (throughput) rather than a ceiling


#: The published budgets (README.md, Performance). A figure at or above its limit is a miss.
BUDGETS: tuple[Budget, ...] = (
    # Issue 16 (beat a browser kiosk): p99 is the median of the runs' p99.
    Budget("latency p99, 5-line sale", ("latency", "5", "p99_ms"), 8, "ms"),
    Budget("latency p99, 200-line sale", ("latency", "200", "p99_ms"), 8, "ms"),
    Budget("latency p99, 1,000-line sale", ("latency", "1000", "p99_ms"), 8, "ms"),
    Budget("CPU per update, 5-line sale", ("latency", "5", "cpu_per_update_ms"), 3, "ms"),
    Budget("CPU per update, 200-line sale", ("latency", "200", "cpu_per_update_ms"), 5, "ms"),
    Budget("burst: last message to screen", ("burst", "last_to_screen_ms"), 10, "ms"),
    Budget("start-up to live sale, frozen", ("startup", "frozen", "first_live_ms"), 250, "ms"),
    Budget("PSS after the updates", ("memory", "pss_after_updates_mb"), 80, "MB"),
    Budget("RSS growth per 10,000 updates", ("memory", "growth_per_10k_mb"), 2, "MB"),
    Budget("idle CPU, idle screen", ("idle_cpu", "idle_screen_percent"), 0.25, "%"),
    Budget("one-folder build size", ("size", "onefolder_mb"), 100, "MB"),
    Budget("reconnect after the counter is back", ("reconnect", "max_ms"), 1000, "ms"),
    Budget("visits: scan to greeting on screen", ("visits", "scan_to_greeting", "max_ms"), 1000, "ms"),
    Budget("visits: association p99", ("visits", "association", "p99_ms"), 100, "ms"),
    Budget("visits: simulator throughput, 10,000 sessions", ("visits", "throughput", "requests_per_s"), 500, "req/s", at_least=True),
    Budget("visits: associations landed after the outage", ("visits", "replay", "landed_percent"), 100, "%", at_least=True),
    Budget("wall: events/s sustained, 1,600 lanes", ("wall", "sustained", "events_per_s"), 800, "ev/s", at_least=True),
    Budget("wall: events/s in the 10 s burst", ("wall", "burst", "events_per_s"), 4000, "ev/s", at_least=True),
    Budget("wall: tile change to screen p99, sustained", ("wall", "sustained", "tile_to_screen_p99_ms"), 1000, "ms"),
    Budget("wall: tile change to screen p99, burst", ("wall", "burst", "tile_to_screen_p99_ms"), 1000, "ms"),
    Budget("wall: longest frame, sustained", ("wall", "sustained", "frame_max_ms"), 33, "ms"),
    Budget("wall: longest frame, burst", ("wall", "burst", "frame_max_ms"), 33, "ms"),
    Budget("wall: RSS", ("wall", "rss_max_mb"), 400, "MB"),
    Budget("wall: CPU sustained (% of one core)", ("wall", "sustained", "cpu_percent"), 100, "%"),
    Budget("wall: CPU in the burst (% of one core)", ("wall", "burst", "cpu_percent"), 100, "%"),
    Budget("wall: reconnects spread after every store drops", ("wall", "reconnect", "spread_s"), 30, "s", at_least=True),
    Budget("wall: last store back after the drop", ("wall", "reconnect", "last_back_s"), 120, "s"),
    Budget("pager: simulator request p99, sequential", ("pager", "sequential", "p99_ms"), 10, "ms"),
    Budget("pager: simulator throughput, 20 clients", ("pager", "concurrent", "requests_per_s"), 1000, "req/s", at_least=True),
    Budget("pager: page to pixels on the board p99", ("pager", "page_to_pixels", "p99_ms"), 250, "ms"),
    Budget("pager: board frame p99, 200 sessions", ("pager", "board_frame", "p99_ms"), 16, "ms"),
    Budget("pager: actions lost or doubled after the outage", ("pager", "outage", "lost_or_doubled"), 1, ""),
)


def lookup(report: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = report
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node if isinstance(node, (int, float)) and not isinstance(node, bool) else None


def judge(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Each budget with the measured value and ``pass`` (True/False, None when not measured)."""
    out = []
    for budget in BUDGETS:
        value = lookup(report, budget.path)
        out.append({
            "name": budget.name,
            "figure": ".".join(budget.path),
            "value": value,
            "budget": budget.limit,
            "unit": budget.unit,
            "pass": None if value is None else (value >= budget.limit if budget.at_least else value < budget.limit),
            "at_least": budget.at_least,
        })
    return out


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:,.1f}" if abs(value) >= 10 else f"{value:.2f}"
    else:
        text = f"{value:,}"
    return f"{text} {unit}".strip()


def table(report: dict[str, Any]) -> str:
    """The report as an aligned text table; budgets are shown next to their figures."""
    verdicts = {v["figure"]: v for v in report.get("budgets", [])}
    rows: list[tuple[str, str, str, str]] = []

    def row(label: str, path: tuple[str, ...], unit: str) -> None:
        node: Any = report
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        verdict = verdicts.get(".".join(path))
        budget = result = ""
        if verdict is not None:
            budget = f"{'>=' if verdict.get('at_least') else '<'} {_fmt(verdict['budget'], verdict['unit'])}"
            result = {True: "pass", False: "MISS", None: "n/a"}[verdict["pass"]]
        rows.append((label, _fmt(node, unit) if not isinstance(node, str) else node, budget, result))

    for lines in ("5", "200", "1000"):
        lat = report.get("latency", {}).get(lines)
        if lat is None:
            continue
        n, runs = lat.get("updates", "?"), lat.get("runs", 1)
        row(f"latency {lines}-line sale p50 ({runs} x {n} updates)", ("latency", lines, "p50_ms"), "ms")
        row(f"latency {lines}-line sale p99 (median of {runs})", ("latency", lines, "p99_ms"), "ms")
        if "p99_min_ms" in lat:
            rows.append((f"  spread of the runs' p99", f"{_fmt(lat['p99_min_ms'])}-{_fmt(lat['p99_max_ms'], 'ms')}", "", ""))
        row(f"latency {lines}-line sale max", ("latency", lines, "max_ms"), "ms")
        row(f"CPU per update, {lines}-line sale", ("latency", lines, "cpu_per_update_ms"), "ms")
    xdamage = report.get("xdamage", {})
    if "status" in xdamage:
        rows.append(("X damage under Xvfb", xdamage["status"], "", ""))
    for lines in ("5", "200", "1000"):
        if lines in xdamage:
            x = xdamage[lines]
            rows.append((f"X damage per update, {lines}-line sale", f"{_fmt(x.get('update_area_percent'))} %", "", ""))
            rows.append((f"  with its fade (windows' worth)", _fmt(x.get("with_fade_windows")), "", ""))
    for lines, dmg in report.get("damage", {}).items():
        rows.append((f"repainted per update, {lines}-line sale", f"{_fmt(dmg.get('update_area_percent'))} %", "", ""))
        rows.append((f"  fade: frames x area of each", f"{_fmt(dmg.get('fade_frames'))} x {_fmt(dmg.get('fade_area_percent'))} %", "", ""))
    n = report.get("burst", {}).get("messages", "?")
    row(f"burst of {n}: sending took", ("burst", "send_ms"), "ms")
    runs = report.get("burst", {}).get("runs", 1)
    row(f"burst: last message to screen (median of {runs})" if runs > 1 else "burst: last message to screen", ("burst", "last_to_screen_ms"), "ms")
    if runs > 1:
        row("burst: last message to screen (worst)", ("burst", "last_to_screen_max_ms"), "ms")
    row("burst: paints / peak queue depth", ("burst", "paints"), "")
    rows[-1] = (rows[-1][0], f"{rows[-1][1]} / {_fmt(report.get('burst', {}).get('peak_queue_depth'))}", "", "")
    for kind in ("source", "frozen"):
        start = report.get("startup", {}).get(kind, {})
        if "first_paint_ms" in start:
            row(f"start-up {kind}: first frame", ("startup", kind, "first_paint_ms"), "ms")
            row(f"start-up {kind}: live (counter data)" + (f" (median of {start['runs']})" if start.get("runs", 1) > 1 else ""),
                ("startup", kind, "first_live_ms"), "ms")
            if start.get("runs", 1) > 1 and "first_live_min_ms" in start:
                rows.append((f"  spread of the runs", f"{_fmt(start['first_live_min_ms'])}-{_fmt(start['first_live_max_ms'], 'ms')}", "", ""))
        else:
            rows.append((f"start-up {kind}", start.get("status", "-"), "< 250 ms" if kind == "frozen" else "", "n/a" if kind == "frozen" else ""))
    row("RSS after start", ("memory", "rss_after_start_mb"), "MB")
    row("PSS after start", ("memory", "pss_after_start_mb"), "MB")
    row("PSS after the updates", ("memory", "pss_after_updates_mb"), "MB")
    n = report.get("memory", {}).get("updates", "?")
    row(f"RSS after {n:,} updates" if isinstance(n, int) else "RSS after the updates", ("memory", "rss_after_updates_mb"), "MB")
    row("RSS growth per 10,000 updates", ("memory", "growth_per_10k_mb"), "MB")
    if "steady_growth_per_10k_mb" in report.get("memory", {}):
        row("  same, after the first 1,000 (steady)", ("memory", "steady_growth_per_10k_mb"), "MB")
    secs = report.get("idle_cpu", {}).get("seconds", "?")
    row(f"idle CPU, idle screen ({secs} s)", ("idle_cpu", "idle_screen_percent"), "%")
    row("idle CPU, sale screen", ("idle_cpu", "sale_screen_percent"), "%")
    size = report.get("size", {})
    if size.get("onefolder_mb") is None and size.get("onefile_mb") is None:
        rows.append(("frozen build size", size.get("status", "not built"), "< 100 MB", "n/a"))
    else:
        row("one-folder build size", ("size", "onefolder_mb"), "MB")
        row("one-file program size", ("size", "onefile_mb"), "MB")
    row("reconnect: counter back -> live (median)", ("reconnect", "median_ms"), "ms")
    row("reconnect: counter back -> live (max)", ("reconnect", "max_ms"), "ms")
    if "visits" in report:
        visits = report["visits"]
        row("visits: scan to greeting on screen (max)", ("visits", "scan_to_greeting", "max_ms"), "ms")
        row("visits: association p50", ("visits", "association", "p50_ms"), "ms")
        row("visits: association p99", ("visits", "association", "p99_ms"), "ms")
        row("visits: simulator throughput", ("visits", "throughput", "requests_per_s"), "req/s")
        outage = visits.get("replay", {}).get("outage_seconds", "?")
        row(f"visits: landed after a {outage} s outage", ("visits", "replay", "landed_percent"), "%")
        row("visits: outage over -> all landed", ("visits", "replay", "back_to_all_landed_ms"), "ms")
        rows.append(("visits: exactly once per sale and customer", str(visits.get("replay", {}).get("exactly_once", "-")), "", ""))
    if "pager" in report:
        pager = report["pager"]
        row("pager: simulator request p50, sequential", ("pager", "sequential", "p50_ms"), "ms")
        row("pager: simulator request p99, sequential", ("pager", "sequential", "p99_ms"), "ms")
        row("pager: simulator throughput, 20 clients", ("pager", "concurrent", "requests_per_s"), "req/s")
        row("pager: simulator CPU per request", ("pager", "concurrent", "server_cpu_ms_per_request"), "ms")
        row("pager: page to pixels on the board p50", ("pager", "page_to_pixels", "p50_ms"), "ms")
        row("pager: page to pixels on the board p99", ("pager", "page_to_pixels", "p99_ms"), "ms")
        row("pager: board frame p99, 200 sessions", ("pager", "board_frame", "p99_ms"), "ms")
        row("pager: board frame CPU p99, 200 sessions", ("pager", "board_frame", "cpu_p99_ms"), "ms")
        outage = pager.get("outage", {}).get("outage_seconds", "?")
        row(f"pager: lost or doubled after a {outage} s outage", ("pager", "outage", "lost_or_doubled"), "")
        row("pager: base back -> queue drained", ("pager", "outage", "back_to_drained_ms"), "ms")

    head = ("measurement", "value", "budget", "result")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    lines_out = [
        "  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for r in rows:
        lines_out.append("  ".join([r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].ljust(widths[2]), r[3]]).rstrip())
    machine = report.get("machine", {})
    misses = [v["name"] for v in report.get("budgets", []) if v["pass"] is False]
    lines_out.append("")
    lines_out.append(
        f"{machine.get('cpus', '?')} CPUs, {machine.get('platform', '?')}, Python {machine.get('python', '?')}, "
        f"Qt platform {machine.get('qt_platform', '?')}; {len(misses)} budget(s) missed" + (f": {', '.join(misses)}" if misses else "")
    )
    load = machine.get("load")
    if load:
        lines_out.append(
            f"machine load over the run: {load.get('machine_busy_cores')} cores busy, {load.get('others_cores')} of them "
            f"not the benchmark's; 1-minute load average {load.get('loadavg_1m')}"
        )
    probes = machine.get("speed_probe_ms")
    if probes:
        lines_out.append(
            "machine speed: a fixed piece of Python (measure.speed_probe) took "
            + ", ".join(f"{_fmt(p)}" for p in probes) + " ms through the run (start, before and after the latency runs, end)"
            + (f"; median {_fmt(statistics.median(probes))} ms, {_fmt(machine['speed_fastest_seen_ms'])} ms in this machine's fastest run before" if machine.get("speed_fastest_seen_ms") else "")
        )
    pinned = machine.get("pinned")
    if pinned:
        lines_out.append(
            f"pinned (--pin): the display on cores {pinned['display']}, the counter and the bench on {pinned['counter_and_bench']}"
            if "display" in pinned else pinned.get("status", "")
        )
    busy = machine.get("too_busy")
    if busy and busy.get("verdict"):
        lines_out.append("TOO BUSY: the machine was shared while measuring; treat these figures as rough (" + "; ".join(busy["reasons"]) + ")")
    return "\n".join(lines_out)
