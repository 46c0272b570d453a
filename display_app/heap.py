"""The garbage collector's settings for a screen that runs for weeks.

Python's cyclic collector runs after every 700 new container objects. A counter message
of a 1,000-line sale decodes into about 2,000 of them, so every message set off a
collection, which scanned that message's tree while it was still in use (promoting it
to the older generations, scanned again later), and now and then a full collection
scanned every object of the process: Qt's wrappers, the modules, the caches, none of
which is ever garbage. The app's data are trees (decoded JSON, frozen dataclasses) that
reference counting frees; cycles are rare.

``settle()``, called once the screen is up:

* collects what start-up left behind, then ``gc.freeze()``: everything alive now lives as
  long as the process, and is never scanned again;
* raises the first generation's threshold to ``YOUNG`` objects: a collection then runs
  every few messages and finds only what is still alive at that moment (a message or
  two), not every message's whole tree.

No Qt here.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)

#: New container objects between two collections of the youngest generation (Python: 700).
YOUNG = 10_000


def settle() -> None:
    start = time.perf_counter()
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG, older, oldest)
    log.debug("heap settled: %d objects frozen in %.1f ms", gc.get_freeze_count(), (time.perf_counter() - start) * 1000)
