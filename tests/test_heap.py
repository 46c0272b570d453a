"""The collector settings of a long-running screen (display_app/heap.py)."""

from __future__ import annotations

import asyncio
import gc
import weakref

from display_app import heap


class Node:
    pass


def test_settle_freezes_start_up_and_paces_the_collector_for_whole_sale_messages():
    before = gc.get_threshold()
    try:
        heap.settle()
        assert gc.get_freeze_count() > 1000  # the modules, the classes: never scanned again
        assert gc.get_threshold() == (heap.YOUNG, before[1], before[2])
        assert heap.YOUNG > 2_000  # a 1,000-line message decodes into ~2,000 containers
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert gone() is None  # cycles made after settling are still collected
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_with_a_loop_the_collector_runs_between_messages_on_the_loop():
    async def main() -> bool:
        heap.settle(asyncio.get_running_loop())
        assert not gc.isenabled()  # no collection in the middle of a message
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        await asyncio.sleep(heap.TIDY_SECONDS * 1.5)
        return gone() is None  # collected by the loop's tidy, within a second or so

    try:
        assert asyncio.run(main())
    finally:
        gc.enable()
        gc.unfreeze()
