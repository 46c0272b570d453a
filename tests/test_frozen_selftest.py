"""The self-test from source (the frozen program runs it in test_frozen.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_self_test_from_source_reports_the_sale_on_screen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it must pick offscreen itself
    env["HOME"] = str(tmp_path)
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "display_app", "--self-test", "--self-test-report", str(report)],
        capture_output=True, text=True, timeout=60, env=env,
    )
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, proc.stdout + proc.stderr
    result = json.loads(lines[0])
    assert proc.returncode == 0, result.get("reason")
    assert result["ok"] is True and result["frozen"] is False and result["platform"] == "offscreen"
    assert result["screen"] == "thankyou" and result["total"] == result["expected_total"]
    assert result["big_sale"]["outlined"] >= 2 and result["big_sale"]["kept"] >= 149, result["big_sale"]
    assert json.loads(report.read_text(encoding="utf-8")) == result


def test_self_test_report_to_an_unwritable_place_fails(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "display_app", "--self-test", "--self-test-report", str(tmp_path / "missing-dir" / "r.json")],
        capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 1
    assert "cannot write the self-test report" in proc.stderr
