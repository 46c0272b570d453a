"""The collector settings of a long-running screen (display_app/heap.py)."""

from __future__ import annotations

import gc

from display_app import heap


def test_settle_freezes_start_up_and_paces_the_collector_for_whole_sale_messages():
    before = gc.get_threshold()
    try:
        heap.settle()
        assert gc.get_freeze_count() > 1000  # the modules, the classes: never scanned again
        assert gc.get_threshold() == (heap.YOUNG, before[1], before[2])
        # A 1,000-line message decodes into ~2,000 containers: no collection per message.
        assert heap.YOUNG > 2_000
        garbage = []
        garbage.append(garbage)  # a cycle made after settling is still collected
        del garbage
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
