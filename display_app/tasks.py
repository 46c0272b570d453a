"""``TaskSet``: background asyncio tasks held, named, logged when they fail, and cancelled
together. Qt-free, so the simulators and the screens share it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, Awaitable, Iterator

log = logging.getLogger(__name__)


class TaskSet:
    """Keeps strong references to background tasks and logs their failures.

    asyncio only keeps weak references to tasks; one that nobody holds can vanish
    mid-flight. ``spawn(coro)`` starts fire-and-forget work; ``cancel_all()`` cancels every
    task still running and waits for them to end.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def __iter__(self) -> Iterator[asyncio.Task[Any]]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Awaitable[Any], name: str | None = None) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task %s failed", task.get_name(), exc_info=task.exception())

    async def cancel_all(self) -> None:
        tasks = list(self._tasks)
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
