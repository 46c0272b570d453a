"""The board side of ``display-app bench`` (pager section), run as a child process:

    python -m display_app.ui.board.bench_child --port N [--size 1920x1080]

A live board on the base at 127.0.0.1:N. Every paint whose "Ready" numbers differ from
the last one prints ``{"t": <time.monotonic()>, "ready": [...], "waiting": n}`` (the
parent compares with when it sent the page: both clocks are CLOCK_MONOTONIC). A line
``frames N`` on stdin repaints N times and prints ``{"frames": [ms, ...], "cpu": [ms, ...]}``
(wall time of each paint, and the CPU time this thread spent on it: on a busy machine
the first includes waiting for a core, the second does not).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from ..shell import runtime
    from .main import start_board

    async def body(app: Any) -> int:
        board = start_board("127.0.0.1", args.port, size=(width, height))
        last: list[Any] = [None]

        def painted(state: Any, _t: float) -> None:
            ready = sorted(e.number for e in state.ready)
            key = (tuple(ready), len(state.waiting))
            if key != last[0]:
                last[0] = key
                print(json.dumps({"t": time.monotonic(), "ready": ready, "waiting": len(state.waiting)}), flush=True)

        board.window.painted.connect(painted)
        loop = asyncio.get_running_loop()
        try:
            while True:
                line = await loop.run_in_executor(None, sys.stdin.readline)
                if not line:
                    return 0
                parts = line.split()
                if parts[:1] == ["frames"]:
                    frames, cpu = [], []
                    for _ in range(int(parts[1])):
                        c0 = time.thread_time()
                        board.window.repaint()
                        cpu.append(round((time.thread_time() - c0) * 1000, 3))
                        frames.append(round(board.window.last_frame_ms, 3))
                    print(json.dumps({"frames": frames, "cpu": cpu, "entries": len(board.window.state.ready) + len(board.window.state.waiting)}), flush=True)
        finally:
            await board.close()

    return runtime.run(body)


if __name__ == "__main__":
    sys.exit(main())
