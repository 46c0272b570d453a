"""Logging: a file in the log dir; unhandled exceptions of every kind land in it."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import textwrap
import threading

import pytest

from display_app import logs
from display_app.config import Config


@pytest.fixture
def logfile(tmp_path):
    saved_hooks = (sys.excepthook, threading.excepthook)
    root = logging.getLogger()
    saved_level = root.level
    path = logs.setup_logging(Config(log_level="DEBUG"), console=False, log_dir=tmp_path)
    yield path
    for handler in [h for h in root.handlers if getattr(h, logs._OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(saved_level)
    sys.excepthook, threading.excepthook = saved_hooks


def flushed(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_log_file_is_written(logfile):
    logging.getLogger("display_app.test").info("hello from the counter link")
    assert logfile.name == "display-app.log"
    assert "hello from the counter link" in flushed(logfile)


def test_setup_twice_does_not_duplicate_lines(logfile, tmp_path):
    logs.setup_logging(Config(), console=False, log_dir=tmp_path)
    logging.getLogger("display_app.test").warning("once only")
    assert flushed(logfile).count("once only") == 1


def test_unhandled_exception_in_main_thread_is_logged(logfile):
    try:
        raise RuntimeError("slot exploded")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    text = flushed(logfile)
    assert "unhandled exception: slot exploded" in text and "Traceback" in text


def test_unhandled_exception_in_a_thread_is_logged(logfile):
    def boom() -> None:
        raise ValueError("worker thread died")

    thread = threading.Thread(target=boom, name="scanner")
    thread.start()
    thread.join()
    assert "unhandled exception in thread scanner: worker thread died" in flushed(logfile)


def test_failed_task_nobody_awaited_is_logged(logfile):
    async def main() -> None:
        logs.install_loop_exception_handler(asyncio.get_running_loop())

        async def fail() -> None:
            raise KeyError("lost task")

        task = asyncio.ensure_future(fail())
        await asyncio.sleep(0.01)
        assert task.done()
        del task
        import gc

        gc.collect()

    asyncio.run(main())
    assert "lost task" in flushed(logfile)


def test_no_console_streams_are_replaced_with_devnull(tmp_path):
    # As a windowed (console=False) Windows build starts: stdout/stderr are None.
    script = textwrap.dedent(
        f"""
        import sys
        sys.stdout = None
        sys.stderr = None
        from display_app import logs
        from display_app.config import Config
        path = logs.setup_logging(Config(), log_dir={str(tmp_path)!r})
        print("no console, no crash")
        import logging
        logging.getLogger("display_app").error("still logged")
        logging.shutdown()
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "still logged" in (tmp_path / "display-app.log").read_text(encoding="utf-8")
