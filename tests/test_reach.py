"""A display that cannot reach its counter says why, in words a store owner can act on:
fd1/reach.py diagnoses it as data (kind, host, port, seconds, HTTP status), the screens word
it in their language (ui/widgets/reach_text.py), the log says it in English once per change
plus a summary a minute."""

from __future__ import annotations

import asyncio
import logging

import pytest

from display_app.fd1 import reach
from display_app.fd1.client import CounterClient, CounterSettings, LinkChanged, counter_url
from display_fixtures import qloop  # noqa: F401
from helpers import free_port, running_simulator, wait_until



async def attempt(url: str, open_timeout: float = 5.0) -> reach.Problem:
    from websockets.asyncio.client import connect

    try:
        async with connect(url, open_timeout=open_timeout, proxy=None):
            pass
    except Exception as exc:  # noqa: BLE001 - what the client would see
        return reach.classify(exc, url, timeout=open_timeout)
    raise AssertionError(f"{url} answered")


async def test_nothing_listening_is_refused_with_the_address():
    port = free_port()
    problem = await attempt(f"ws://127.0.0.1:{port}/fd1/open_websocket")
    assert problem.kind == "refused" and problem.address == f"127.0.0.1:{port}"
    assert (problem.host, problem.port, problem.seconds, problem.status) == ("127.0.0.1", port, None, None)
    assert f"127.0.0.1:{port} refused the connection" in problem.text and "Settings" in problem.text  # the log's words
    assert problem.technical.startswith("ConnectionRefusedError")


async def test_an_unknown_name_is_name_not_found():
    problem = await attempt("ws://till-that-does-not-exist.invalid:3490/fd1/open_websocket")
    assert problem.kind == "name" and problem.host == "till-that-does-not-exist.invalid" and problem.port == 3490
    assert "“till-that-does-not-exist.invalid” was not found" in problem.text


async def test_a_counter_that_never_answers_is_timed_out():
    async def accept_and_say_nothing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)
        writer.close()

    server = await asyncio.start_server(accept_and_say_nothing, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        problem = await attempt(f"ws://127.0.0.1:{port}/fd1/open_websocket", open_timeout=0.3)
    finally:
        server.close()
    assert problem.kind == "timeout" and problem.seconds == 0.3 and problem.port == port
    assert problem.text.startswith(f"No answer from the counter at 127.0.0.1:{port} within 0.3 seconds.")


async def test_the_wrong_path_is_not_a_counter():
    async with running_simulator() as sim:
        problem = await attempt(sim.url.replace("/fd1/open_websocket", "/somewhere/else"))
    assert problem.kind == "not-counter" and problem.status == 404 and "(HTTP 404)" in problem.text


def test_no_route_is_unreachable():
    import errno

    problem = reach.classify(OSError(errno.EHOSTUNREACH, "No route to host"), "ws://10.0.0.5:3490/fd1/open_websocket")
    assert problem.kind == "unreachable" and problem.address == "10.0.0.5:3490" and "10.0.0.5:3490" in problem.text


def test_the_log_says_it_once_per_change_and_sums_up_each_minute(caplog):
    now = [0.0]
    log = reach.ReachLog(logging.getLogger("test.reach"), "ws://till1:3490/fd1/open_websocket", clock=lambda: now[0])
    caplog.set_level(logging.INFO, "test.reach")
    for _ in range(150):  # 0.6 s apart for 90 s
        log.down("refused", "The counter at till1:3490 refused the connection.", 0.6)
        now[0] += 0.6
    log.down("timeout", "No answer from the counter at till1:3490.", 0.6)
    now[0] += 5
    log.up()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 4, lines
    assert "down: The counter at till1:3490 refused the connection." in lines[0]
    assert "still down" in lines[1] and "more attempts in the last 60s" in lines[1]
    assert "now down for another reason: No answer" in lines[2]
    assert "is back after 151 failed attempts" in lines[3]


async def test_a_client_that_cannot_connect_logs_once_and_reports_the_problem(caplog):
    caplog.set_level(logging.DEBUG, "display_app.fd1.client")
    port = free_port()
    updates: list[LinkChanged] = []
    settings = CounterSettings(url=counter_url(f"127.0.0.1:{port}"), first_delay=0.05, max_delay=0.1)
    client = CounterClient(settings, on_update=lambda u: updates.append(u) if isinstance(u, LinkChanged) else None)
    task = asyncio.ensure_future(client.run())
    try:
        await wait_until(lambda: len([u for u in updates if u.state == "disconnected"]) >= 10, timeout=10)
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    failed = [u for u in updates if u.state == "disconnected" and u.retry_in is not None]
    assert failed and all(u.problem is not None and (u.problem.kind, u.problem.address) == ("refused", f"127.0.0.1:{port}") for u in failed)
    warnings = [r for r in caplog.records if r.levelno >= logging.INFO and r.name == "display_app.fd1.client"]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]  # ten attempts, one line


async def test_a_link_that_drops_carries_no_problem_and_comes_back_with_one_line(caplog):
    caplog.set_level(logging.INFO, "display_app.fd1.client")
    async with running_simulator(status_interval=None) as sim:
        updates: list[LinkChanged] = []
        settings = CounterSettings(url=sim.url, first_delay=0.05, max_delay=0.1)
        client = CounterClient(settings, on_update=lambda u: updates.append(u) if isinstance(u, LinkChanged) else None)
        task = asyncio.ensure_future(client.run())
        try:
            await wait_until(lambda: client.connected, timeout=5)
            for session in list(sim.sessions):
                session.close(1011, "gone")
            await wait_until(lambda: client.connects >= 2, timeout=5)
        finally:
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
    drops = [u for u in updates if u.state == "disconnected" and u.retry_in is not None]
    assert drops and all(u.problem is None for u in drops)
    assert any("is back after 1 failed attempt" in r.getMessage() for r in caplog.records)


def test_a_display_that_never_reached_its_counter_says_why(qloop, qtbot):
    """Not "Reconnecting" over an empty logo: waiting for the counter, and why it cannot be reached."""
    from display_fixtures import wait_for
    from display_app.config import Config
    from display_app.sale.model import Screen
    from display_app.ui.display.controller import start_display

    port = free_port()
    display = start_display(Config(counter=f"127.0.0.1:{port}"), show=False, size=(1280, 800))
    display.window.set_animations(False)
    display.window.show()
    try:
        wait_for(qtbot, lambda: display.window.visible_screen is Screen.OFFLINE, 8000)
        overlay = display.window.overlay
        wait_for(qtbot, lambda: overlay.problem != "")
        assert overlay.title() == "Waiting for the counter…"
        assert f"The counter at 127.0.0.1:{port} refused the connection" in overlay.problem
        assert not display.window.idle.logo.isVisible()  # no store yet: no empty mark under the card
        assert display.controller.state.connection_problem.kind == "refused"
        assert overlay.reason == display.controller.state.connection_problem
        card = overlay.card_rect()
        assert overlay.rect().contains(card.toAlignedRect())
    finally:
        drive_close(qtbot, display)


def drive_close(qtbot, display) -> None:
    from display_fixtures import drive

    drive(qtbot, display.close())
