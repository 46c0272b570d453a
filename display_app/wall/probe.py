"""The Lane Wall's state as JSON, for ``display-app wall --state-file``, tests and support::

    {"title": str,
     "estate": {"stores", "stores_online", "lanes", "lanes_online", "lanes_in_sale",
                "in_sale_total", "today_count", "today_total", "alerts"},
     "lanes": [{"store": id, "store_name": str, "lane": id,
                "link": "online|connecting|offline", "state": "idle|in_sale|tendering",
                "last_seen_s": float | null, "sessions": int,
                "sale": null | {"total": "12.50", "items": int, "last_item": str, "open_s": int | null},
                "today": {"sales": int, "total": "1234.50"},
                "alerts": [str, ...]}, ...]}

Money is a decimal string with cents. Written atomically (the display's probe helper's way).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from .model import EstateTotals, TileView


def lane_json(v: TileView, wall: float) -> dict[str, Any]:
    return {
        "store": v.store,
        "store_name": v.store_name,
        "lane": v.lane,
        "link": str(v.link),
        "state": str(v.state),
        "last_seen_s": None if v.last_seen_age is None else round(v.last_seen_age, 1),
        "sessions": v.sessions,
        "sale": None if v.total is None else {
            "total": str(v.total),
            "items": v.items,
            "last_item": v.last_item,
            "open_s": None if v.sale_started is None else max(0, int(wall - v.sale_started)),
        },
        "today": {"sales": v.today_count, "total": str(v.today_total)},
        "alerts": [str(a) for a in v.alerts],
    }


def wall_state_json(title: str, views: list[TileView], totals: EstateTotals, wall: float | None = None) -> dict[str, Any]:
    wall = time.time() if wall is None else wall
    return {
        "title": title,
        "estate": {
            "stores": totals.stores,
            "stores_online": totals.stores_online,
            "lanes": totals.lanes,
            "lanes_online": totals.lanes_online,
            "lanes_in_sale": totals.lanes_in_sale,
            "in_sale_total": str(totals.in_sale_total),
            "today_count": totals.today_count,
            "today_total": str(totals.today_total),
            "alerts": totals.alerts,
        },
        "lanes": [lane_json(v, wall) for v in views],
    }


def write_json(path: str | os.PathLike[str], doc: dict[str, Any]) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle, indent=1, ensure_ascii=False)
            handle.write("\n")
        os.replace(temp, target)
    except BaseException:
        with __import__("contextlib").suppress(FileNotFoundError):
            os.unlink(temp)
        raise
