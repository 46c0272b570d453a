"""Where a counter message's time goes in the customer display (docs/profile.md).

Runs the display's own pipeline in one process, without the socket: the simulator's FD1
frame's bytes -> the link's frame reader (``fd1.frames``) -> ``from_counter`` -> ``SaleReducer`` ->
``DisplayWindow.show_state`` -> ``processEvents`` (paint, and the flush to the backing
store), one quantity change of the last line per message, each phase in a function of
its own so a sampling profiler's stacks say which phase a sample is in::

    QT_QPA_PLATFORM=offscreen python tests/helpers/profile_display.py cpu            # CPU ms per message, 5/200/1000 lines
    QT_QPA_PLATFORM=offscreen py-spy record -r 200 -f raw -o spy.txt -- \\
        python tests/helpers/profile_display.py run --lines 1000 --updates 150
    python tests/helpers/profile_display.py phases spy.txt                          # the samples by phase

A developer tool, not a test (pytest does not collect it).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from typing import Any

PHASES = (
    "decode (JSON)",
    "parse (snapshot)",
    "reduce (lifecycle)",
    "layout (model, row heights, labels)",
    "paint (Python: delegates, widgets)",
    "paint + flush (Qt, native)",
)


def frames_for(lines: int, updates: int) -> list[bytes]:
    from display_app.fd1 import packets
    from display_app.simulator.counter.server import CounterSimulator

    sim = CounterSimulator(port=0, status_interval=None, presell=False)
    lane = sim.lane
    out: list[Any] = []
    lane.on_change[:] = [lambda sc, snap: out.append(packets.event(sc, snap))]
    lane.load_counted_sale(lines)
    for q in range(updates):
        lane.set_qty(lane.last_seq, 1 + q % 9)
    return [json.dumps(f).encode() for f in out]  # the UTF-8 bytes a link hands over


class Pipeline:
    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from display_app.sale.model import Connection
        from display_app.sale.reducer import LinkUpdate, SaleReducer
        from display_app.ui.display.window import DisplayWindow

        from display_app.ui.shell import runtime  # the app's own QApplication (and its Qt settings)

        self.app = QApplication.instance() or runtime.application(sys.argv[:1])
        self.window = DisplayWindow()
        self.window.resize(1280, 800)
        self.window.set_animations(False)
        self.window.show()
        self.reducer = SaleReducer()
        self.reducer.handle(LinkUpdate(Connection.CONNECTED, "ws://bench"), time.monotonic())
        try:  # as the counter link reads its frames
            from display_app.fd1 import frames

            self.frames: Any = frames.FrameReader()
        except ImportError:  # an older tree (before/after comparisons)
            self.frames = None

    def decode(self, text: bytes) -> Any:
        from display_app.fd1 import packets

        return packets.decode(text) if self.frames is None else packets.read(self.frames.parse(text))

    def reduce(self, packet: Any) -> None:
        from display_app.sale.reducer import from_counter

        event = from_counter(packet)
        if event is not None:
            self.reducer.handle(event, time.monotonic())

    def show(self) -> None:
        self.window.show_state(self.reducer.state)

    def paint_and_flush(self) -> None:
        self.app.processEvents()

    def message(self, text: bytes) -> None:
        self.reduce(self.decode(text))
        self.show()
        self.paint_and_flush()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.app.processEvents()


def settle() -> None:
    """What the running display does once it is up (display_app/heap.py), where the tree has it."""
    try:
        from display_app import heap
    except ImportError:  # an older tree (before/after comparisons)
        return
    heap.settle()


def run(lines: int, updates: int, warmup: int = 20) -> float:
    """CPU ms per message after ``warmup`` messages."""
    texts = frames_for(lines, updates + warmup)
    pipe = Pipeline()
    for text in texts[:warmup]:
        pipe.message(text)
    settle()
    start = time.process_time()
    for text in texts[warmup:]:
        pipe.message(text)
    spent = time.process_time() - start
    pipe.close()
    return 1000 * spent / max(1, len(texts) - warmup)


def phases(path: str) -> dict[str, int]:
    """py-spy ``-f raw`` samples of ``run`` by phase (the innermost phase function wins)."""
    totals: collections.Counter[str] = collections.Counter()
    for row in open(path, encoding="utf-8"):
        stack, _, count = row.rstrip("\n").rpartition(" ")
        names = [frame.split(" (")[0].rsplit(".", 1)[-1] for frame in stack.split(";")]
        if "message" not in names:
            continue  # building the frames, start-up
        if "decode" in names:
            phase = PHASES[0]
        elif "reduce" in names:
            phase = PHASES[1] if any(n in ("parse_sale", "_read_lines", "_line") for n in names) else PHASES[2]
        elif "show" in names:
            phase = PHASES[3]
        else:
            phase = PHASES[4] if any(n in ("paintEvent", "paint") for n in names) else PHASES[5]
        totals[phase] += int(count)
    return {phase: totals[phase] for phase in PHASES}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="profile_display.py")
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--lines", type=int, default=5)
    r.add_argument("--updates", type=int, default=300)
    sub.add_parser("cpu")
    p = sub.add_parser("phases")
    p.add_argument("raw")
    args = parser.parse_args(argv)
    if args.cmd == "run":
        print(f"{args.lines} lines: {run(args.lines, args.updates):.2f} ms CPU per message")
    elif args.cmd == "cpu":
        print(json.dumps({n: round(run(n, 200), 2) for n in (5, 200, 1000)}))
    else:
        counts = phases(args.raw)
        total = sum(counts.values()) or 1
        for phase, n in counts.items():
            print(f"| {phase} | {n} | {100 * n / total:.0f} % |")
        print(f"| all | {total} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
