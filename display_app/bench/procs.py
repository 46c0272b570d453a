"""The benchmark's child processes: the counter (bench/counter.py) and the display
(``python -m display_app display`` or the frozen program), plus the display's paint
stamps (ui/display/bench_hook.py) read back from their file. No Qt here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import psutil

from .counter import seq_of

STAMPS_ENV = "DISPLAY_APP_BENCH_STAMPS"  # read by display_app/ui/display/bench_hook.py
MODULES_ENV = "DISPLAY_APP_BENCH_MODULES"  # the same: also list the modules imported by the first live frame


class BenchError(RuntimeError):
    """A child process did not do what the benchmark needs (the message says what)."""


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(text[-lines:])


class CounterProcess:
    """``python -m display_app.bench.counter`` with a line protocol on stdin/stdout."""

    def __init__(self, workdir: Path, port: int = 0, status_interval: float = 5.0) -> None:
        self.log_path = workdir / "counter.log"
        self.log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "display_app.bench.counter", "--port", str(port), "--status-interval", str(status_interval)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        ready = self._read(timeout_hint="start")
        if not ready.get("ready"):
            raise BenchError(f"the bench counter did not start: {ready}")
        self.port: int = int(ready["port"])
        self.ready_ns: int = int(ready["t"])

    def _read(self, timeout_hint: str) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=5)
            raise BenchError(f"the bench counter exited ({self.proc.returncode}) during {timeout_hint}:\n{_tail(self.log_path)}")
        return json.loads(line)

    def call(self, op: str, **fields: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self.proc.stdin.flush()
        reply = self._read(op)
        if not reply.get("ok"):
            raise BenchError(f"bench counter {op}: {reply.get('error')}")
        return reply

    def kill(self) -> None:
        """Gone at once, as a counter that crashes or loses power."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        self._close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write('{"op": "quit"}\n')
                self.proc.stdin.flush()
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._close()

    def _close(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        self.log.close()


class Stamps:
    """The display's paint stamps (one JSON object per line), read as they are written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.records: list[dict[str, Any]] = []
        self._offset = 0
        self._partial = ""

    def poll(self) -> list[dict[str, Any]]:
        """Read what was appended since the last call; returns the new records."""
        try:
            with open(self.path, encoding="utf-8") as f:
                f.seek(self._offset)
                chunk = f.read()
                self._offset = f.tell()
        except FileNotFoundError:
            return []
        text = self._partial + chunk
        lines = text.split("\n")
        self._partial = lines.pop()
        new = [json.loads(line) for line in lines if line.strip()]
        self.records.extend(new)
        return new

    @property
    def paints(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("event") == "paint"]

    def wait_for(self, match: Callable[[dict[str, Any]], bool], timeout: float, what: str, *, since: int = 0, interval: float = 0.005, event: str = "paint") -> dict[str, Any]:
        """The first ``event`` record (a paint stamp unless asked; from record index ``since``)
        that ``match``es; waits up to ``timeout`` s."""
        deadline = time.monotonic() + timeout
        checked = since
        while True:
            self.poll()
            for record in self.records[checked:]:
                if record.get("event") == event and match(record):
                    return record
            checked = len(self.records)
            if time.monotonic() > deadline:
                raise BenchError(f"the display never showed {what} within {timeout:g} s")
            time.sleep(interval)

    def wait_seq(self, seq: int, timeout: float, *, since: int = 0) -> dict[str, Any]:
        """The first paint showing message ``seq`` or a later one."""
        return self.wait_for(lambda r: (seq_of(r.get("when", "")) or -1) >= seq, timeout, f"message {seq}", since=since)


def frozen_program(root: Path) -> Path:
    return root / "dist" / "display-app" / ("display-app.exe" if sys.platform == "win32" else "display-app")


def pin(pid: int, cpus: set[int]) -> bool:
    """Keep process ``pid`` (every thread it has; threads it starts later inherit it) on
    ``cpus``. False where the system has no CPU affinity (not Linux) or refuses."""
    if not hasattr(os, "sched_setaffinity"):
        return False
    try:
        threads = [int(tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        threads = [pid]
    try:
        for tid in threads:
            os.sched_setaffinity(tid, cpus)
    except OSError:
        return False
    return True


class DisplayProcess:
    """A customer display in its own process, stamping its paints into ``stamps``."""

    def __init__(self, workdir: Path, name: str, port: int, frozen: Path | None = None, extra_env: dict[str, str] | None = None) -> None:
        self.workdir = workdir
        self.stamps = Stamps(workdir / f"{name}.stamps")
        self.log_path = workdir / f"{name}.log"
        settings = workdir / "settings.toml"
        if not settings.exists():
            settings.write_text("# display-app bench: defaults only\n", encoding="utf-8")
        program = [str(frozen)] if frozen else [sys.executable, "-m", "display_app"]
        command = [*program, "display", "--config", str(settings), "--counter", f"127.0.0.1:{port}", "--log-level", "WARNING"]
        env = dict(os.environ)
        env[STAMPS_ENV] = str(self.stamps.path)
        # Keep the user's real log folder out of it (platformdirs honours these on Linux).
        for var in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            env[var] = str(workdir / "xdg")
        env.update(extra_env or {})
        self.log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115
        self.started_ns = time.monotonic_ns()
        self.proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self.ps = psutil.Process(self.proc.pid)

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            raise BenchError(f"the display exited ({self.proc.returncode}):\n{_tail(self.log_path)}")

    def wait_for(self, match: Callable[[dict[str, Any]], bool], timeout: float, what: str, *, since: int = 0, event: str = "paint") -> dict[str, Any]:
        try:
            return self.stamps.wait_for(match, timeout, what, since=since, event=event)
        except BenchError:
            self.check_alive()
            raise

    def wait_seq(self, seq: int, timeout: float, *, since: int = 0) -> dict[str, Any]:
        try:
            return self.stamps.wait_seq(seq, timeout, since=since)
        except BenchError:
            self.check_alive()
            raise

    def rss(self) -> int:
        """Resident set of the display (bytes); a frozen one-file build counts its unpacker too."""
        total = self.ps.memory_info().rss
        for child in self.ps.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def pss(self) -> int | None:
        """Proportional set size (bytes; shared pages split between their users), with
        children like ``rss``; None where the system does not say (not Linux)."""
        total = 0
        for proc in (self.ps, *self.ps.children(recursive=True)):
            try:
                total += proc.memory_full_info().pss
            except (psutil.Error, AttributeError):
                return None
        return total

    def cpu_seconds(self) -> float:
        times = self.ps.cpu_times()
        return times.user + times.system

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log.close()
