"""Fixtures for the tests that need a real X server (see tests/helpers/xserver.py).

    from x11_fixtures import x_server  # noqa: F401

``x_server`` is one X server for the whole session (``.ci/run``'s, a private Xvfb, or
``$DISPLAY``). With none to be had the test skips, saying why, unless
``DISPLAY_APP_REQUIRE_X=1`` (``.ci/run`` sets it): CI must never skip them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers.xserver import XServer, find_x_server, start_xvfb  # noqa: E402

_found: tuple[XServer | None, str] | None = None


def _no_x(reason: str) -> None:
    if os.environ.get("DISPLAY_APP_REQUIRE_X") == "1":
        pytest.fail(f"DISPLAY_APP_REQUIRE_X=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def x_server() -> Iterator[XServer]:
    global _found
    if _found is None:
        _found = find_x_server()
    server, reason = _found
    if server is None:
        _no_x(reason)
    assert server is not None
    yield server
    server.stop()


@pytest.fixture
def small_x_server(x_server: XServer) -> Iterator[XServer]:
    """A 1366x768 X server (the smallest laptop screen the demo must fit): a private Xvfb
    when Xvfb is installed, else the session's server (whatever its size)."""
    try:
        server = start_xvfb((1366, 768))
    except (OSError, RuntimeError, TimeoutError):
        yield x_server
        return
    try:
        yield server
    finally:
        server.stop()
