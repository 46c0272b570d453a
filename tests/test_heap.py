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


def _collections_off_the_main_thread(work) -> tuple[int, bool]:
    """Run ``work(loop)`` on a fresh loop; how many collections ran on another thread than
    the main one, and whether a cycle made on a worker thread was collected on the loop."""
    import threading

    elsewhere = 0

    def watch(phase: str, _info: dict) -> None:
        nonlocal elsewhere
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            elsewhere += 1

    gc.callbacks.append(watch)
    try:
        return asyncio.run(work()), elsewhere  # type: ignore[return-value]
    finally:
        gc.callbacks.remove(watch)
        gc.enable()


def _garbage_on_worker_threads() -> weakref.ref:
    # Enough new containers to set off the automatic collector many times over.
    last = None
    for _ in range(20_000):
        last = Node()
        last.me = last
    return weakref.ref(last)


def test_collect_on_the_loop_keeps_the_collector_off_worker_threads_and_still_collects():
    """qasync runs blocking work (getaddrinfo) on worker threads; a collection there could
    free a Qt object away from Qt's thread (a segfault in the board's tests). With
    collect_on_the_loop no collection runs off the loop's thread, and the cycles made on
    the workers are collected on the loop within a tidy interval."""

    async def work() -> bool:
        loop = asyncio.get_running_loop()
        heap.collect_on_the_loop(loop)
        refs = await asyncio.gather(*(loop.run_in_executor(None, _garbage_on_worker_threads) for _ in range(8)))
        await asyncio.sleep(heap.TIDY_SECONDS * 1.5)
        return all(ref() is None for ref in refs)

    collected, elsewhere = _collections_off_the_main_thread(work)
    assert elsewhere == 0
    assert collected


def test_without_it_the_workers_do_collect():
    """The counter-test: the same work with the automatic collector on collects on the
    worker threads (so the test above can fail)."""

    async def work() -> bool:
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(None, _garbage_on_worker_threads) for _ in range(8)))
        return True

    _, elsewhere = _collections_off_the_main_thread(work)
    assert elsewhere > 0


def test_every_screen_collects_on_its_loop_from_the_start():
    """ui/shell/runtime.run (every surface's loop) switches the automatic collector off
    before the main coroutine runs, and the loop collects."""
    from display_app.ui.shell import runtime

    seen = {}

    async def main(_app) -> int:
        seen["enabled"] = gc.isenabled()
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        await asyncio.sleep(heap.TIDY_SECONDS * 1.5)
        seen["collected"] = gone() is None
        return 0

    try:
        assert runtime.run(main) == 0
    finally:
        gc.enable()
    assert seen == {"enabled": False, "collected": True}
