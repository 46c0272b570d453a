"""The screen state as a small JSON document, for probes, tests and support.

``screen_state_json(state)`` is exactly::

    {"screen": "idle|sale|thankyou|offline",
     "connection": {"state": "connected|connecting|disconnected", "counter": URL},
     "store": {"name": ...},
     "language": "en|de|es|fr|ar|zh_CN|mi",
     "banner": str | null,
     "sale": null | {"key": ..., "lines": [{"seq": int, "description": str, "qty": str,
                                             "total": str}],
                     "total": str, "paid": str, "due": str, "change": str}}

Money is a decimal string with cents ("12.50"); qty a plain decimal string ("1",
"1.235"). ``write_state_file`` replaces the file atomically, and only when the document
changed, so a watcher sees every change and never a half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from .model import Sale, ScreenState
from .snapshot import CENT, plain


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT))


def _sale(sale: Sale) -> dict[str, Any]:
    return {
        "key": sale.key,
        "lines": [
            {"seq": line.seq, "description": line.description, "qty": str(plain(line.qty)), "total": _money(line.total)}
            for line in sale.lines
        ],
        "total": _money(sale.total),
        "paid": _money(sale.paid),
        "due": _money(sale.due),
        "change": _money(sale.change),
    }


def screen_state_json(state: ScreenState) -> dict[str, Any]:
    doc = {
        "screen": str(state.screen),
        "connection": {"state": str(state.connection), "counter": state.counter},
        "store": {"name": state.store.name},
        "language": state.language,
        "banner": state.banner,
        "sale": _sale(state.sale) if state.sale is not None else None,
    }
    if state.session:  # follow mode only: the checkout session followed
        doc["follow"] = {"session": state.session}
    return doc


def write_state_file(path: str | os.PathLike[str], state: ScreenState) -> bool:
    """Write the document to ``path`` if it differs from what is there. True when written."""
    target = Path(path)
    text = json.dumps(screen_state_json(state), indent=2, ensure_ascii=False) + "\n"
    try:
        if target.read_text(encoding="utf-8") == text:
            return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    return True
