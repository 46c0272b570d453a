"""Shared test configuration (kept small and generic).

``async def`` tests run on a fresh asyncio loop (``asyncio.run``), so Qt-free tests of
the protocol, the simulator and the counter link need no plugin. Qt tests use their
own qasync fixture instead (engineering-notes.md section 5.2) and stay synchronous.
Shared helpers live in tests/helpers (``from helpers import running_simulator``).
"""

from __future__ import annotations

import asyncio
import inspect
import os
import shutil
import tempfile

import pytest

import helpers.fuzz  # noqa: F401  (registers and loads the hypothesis profiles before any test)


def pytest_configure(config: pytest.Config) -> None:
    # What the app keeps in its state folder (the counter's last branding, the PIN lockout)
    # goes to a folder of this run's, never the user's, and no earlier run's is seen.
    folder = tempfile.mkdtemp(prefix="display-app-test-state-")
    os.environ["XDG_STATE_HOME"] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**kwargs))
    return True


@pytest.fixture
def english_afterwards(qapp):
    """Captions back in English after a test that switched the app's language
    (``pytestmark = pytest.mark.usefixtures("english_afterwards")`` in such a module)."""
    yield
    from display_app.ui.widgets import i18n

    i18n.use("en")
