"""The guest-pager part of ``display-app demo`` (issue 13), for ``ui/demo.py`` to call.

``await start_pager_demo(tablet_run)`` starts an embedded base-station simulator
(127.0.0.1, a free UDP port), adds the pager step to the presell tablet and opens an
order-ready board beside the windows. With ``auto_hand_out`` (the default) every basket
sent to the lane gets the next pager number by itself, so the demo tells the whole
story unattended: basket sent -> pager handed out -> the lane recalls it (the
simulator's cashier) -> the pager is paged -> the board shows the guest under "Ready".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

BOARD_SIZE = (960, 540)


@dataclass
class PagerDemo:
    simulator: Any  # simulator.pager.server.PagerSimulator
    step: Any  # ui.presell.pagers.PagerStep
    board: Any | None  # ui.board.main.BoardRun

    async def close(self) -> None:
        if self.board is not None:
            await self.board.close()
        await self.step.close()
        await self.simulator.stop()


async def start_pager_demo(tablet_run: Any, *, board: bool = True, auto_hand_out: bool = True, lane_label: str = "Lane 1", goal_s: int = 120, first_number: int = 1) -> PagerDemo:
    """Base simulator + the tablet's pager step + (optionally) a board window, not yet shown. Needs a running loop."""
    from ..pagers.queue import PagerRejected
    from ..simulator.pager.server import PagerSimulator
    from .board.main import start_board
    from .presell.pagers import install_pagers

    simulator = PagerSimulator(host="127.0.0.1")
    await simulator.start()
    log.info("demo: guest-pager base station on %s", simulator.url)
    step = install_pagers(tablet_run, host="127.0.0.1", port=simulator.port, goal_s=goal_s, lane_label=lane_label, shows_text=True, poll_s=0.5)
    if auto_hand_out:
        numbers = iter(range(first_number, first_number + 10_000))

        def hand_out(state: Any) -> None:
            parked = state.parked
            if parked is None or step.handoff.state.for_code(parked.code) is not None:
                return
            try:
                step.handoff.hand_out(next(numbers), code=parked.code, sale_key=parked.key, label=parked.customer or None, party_size=1)
            except PagerRejected as exc:
                log.warning("demo: no pager handed out: %s", exc)

        tablet_run.tablet.listeners.append(hand_out)
        tablet_run.cleanups.append(lambda: hand_out in tablet_run.tablet.listeners and tablet_run.tablet.listeners.remove(hand_out))
    board_run = None
    if board:
        board_run = start_board("127.0.0.1", simulator.port, size=BOARD_SIZE, title="Orders (demo)", show=False)
        board_run.window.setWindowTitle(f"Order-ready board demo – {simulator.url}")
    return PagerDemo(simulator, step, board_run)
