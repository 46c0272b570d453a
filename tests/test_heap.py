"""The collector settings of a long-running screen (display_app/heap.py)."""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref

import pytest

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


def _resident_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


@pytest.mark.skipif(heap._malloc_trim() is None, reason="the C library cannot give free pages back (not glibc)")
def test_released_memory_leaves_the_process():
    # Blocks over Python's small-object size come from the C allocator; freeing all but
    # one in fifty leaves its pages free but kept, between live blocks, until released.
    kept, freed = [], []
    for i in range(60_000):
        freed.append(bytes(600))
        if i % 50 == 0:
            kept.append(bytes(600))
    del freed
    gc.collect()
    before = _resident_mb()
    assert heap.release_free_memory()
    assert before - _resident_mb() > 15  # ~35 MB were free; the kept blocks stay
    assert len(kept) == 1200 and all(len(block) == 600 for block in kept)


def test_free_memory_goes_back_once_per_quiet_spell_never_while_updates_arrive(caplog, monkeypatch):
    monkeypatch.setattr(heap, "TIDY_SECONDS", 0.05)
    updates = 0

    async def main() -> list[str]:
        nonlocal updates
        heap.settle(asyncio.get_running_loop(), lambda: updates)
        for _ in range(8):  # a run of updates: one every half interval
            updates += 1
            await asyncio.sleep(heap.TIDY_SECONDS / 2)
        busy = [r.message for r in caplog.records if "released" in r.message]
        await asyncio.sleep(heap.TIDY_SECONDS * 5)  # quiet: released once, not every interval
        updates += 1  # the next customer
        await asyncio.sleep(heap.TIDY_SECONDS * 4)  # quiet again: once more
        return busy

    caplog.set_level(logging.DEBUG, logger="display_app.heap")
    try:
        busy = asyncio.run(main())
    finally:
        gc.enable()
        gc.unfreeze()
    released = [r.message for r in caplog.records if "released" in r.message]
    assert busy == []
    if heap._malloc_trim() is not None:
        assert len(released) == 2, released
    else:
        assert released == []
