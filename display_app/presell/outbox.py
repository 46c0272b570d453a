"""The tablet's outbox: every write to the counter, in order, each with a stable ``rq``.

A write is made once, with its ``rq``, when the staff member acts. It leaves the outbox
only when the counter has answered it (done, or refused). If the link drops first, it
stays and is sent again with the SAME ``rq`` after the reconnect, so a counter that
remembers answers per ``rq`` does it once even if the first copy did arrive. Writes
go one at a time, in the order they were made. No I/O here, no Qt.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..fd1 import values

#: The kinds of write the tablet makes.
OPS = ("create", "add", "edit", "remove", "customer", "park")


@dataclass
class Write:
    rq: str
    op: str  # one of OPS
    args: dict[str, Any] = field(default_factory=dict)
    lid: str | None = None  # the basket line it concerns (add/edit/remove)
    attempts: int = 0  # times sent (a replay has attempts >= 1)

    @property
    def sent(self) -> bool:
        return self.attempts > 0


class Outbox:
    """Writes not yet answered by the counter, oldest first."""

    def __init__(self, prefix: str | None = None, *, start: int = 1, writes: list[Write] | None = None) -> None:
        # rq ids unique across tablets and restarts: a random tablet-run part and a count.
        self.prefix = prefix or f"ps{secrets.token_hex(5)}"
        self.next_number = start
        self._writes: list[Write] = list(writes or ())

    def to_record(self) -> dict[str, Any]:
        """Everything needed to carry on after a restart (JSON-ready)."""
        return {
            "prefix": self.prefix,
            "next": self.next_number,
            "writes": [{"rq": w.rq, "op": w.op, "args": w.args, "lid": w.lid, "attempts": w.attempts} for w in self._writes],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Outbox":
        writes = []
        rows = record.get("writes", [])
        if not isinstance(rows, list):
            raise ValueError("the journal's writes are not a list")
        for row in rows:
            if not isinstance(row, dict) or row.get("op") not in OPS or not isinstance(row.get("rq"), str) or not row["rq"]:
                raise ValueError(f"unusable write in the journal: {values.brief(row)}")
            args, lid = row.get("args") or {}, row.get("lid")
            if not isinstance(args, dict) or not (lid is None or isinstance(lid, str)):
                raise ValueError(f"unusable write in the journal: {values.brief(row)}")
            attempts = values.whole(row.get("attempts", 0), "attempts")
            writes.append(Write(rq=row["rq"], op=row["op"], args=dict(args), lid=lid, attempts=attempts))
        prefix = record["prefix"]
        if not isinstance(prefix, str) or not prefix:
            raise ValueError("the journal's rq prefix is not text")
        return cls(prefix, start=values.whole(record.get("next", 1), "next"), writes=writes)

    def __len__(self) -> int:
        return len(self._writes)

    def __iter__(self) -> Iterator[Write]:
        return iter(list(self._writes))

    def __bool__(self) -> bool:
        return bool(self._writes)

    def new_rq(self) -> str:
        number, self.next_number = self.next_number, self.next_number + 1
        return f"{self.prefix}-{number}"

    def put(self, op: str, args: dict[str, Any] | None = None, lid: str | None = None) -> Write:
        if op not in OPS:
            raise ValueError(f"unknown write {op!r}")
        write = Write(rq=self.new_rq(), op=op, args=dict(args or {}), lid=lid)
        self._writes.append(write)
        return write

    def move_to_front(self, write: Write) -> None:
        if write.sent:
            raise ValueError(f"write {write.rq} was sent; it keeps its place")
        self._writes.remove(write)
        self._writes.insert(0, write)

    def head(self) -> Write | None:
        return self._writes[0] if self._writes else None

    def done(self, write: Write) -> None:
        """The counter answered ``write`` (yes or no): it leaves the outbox."""
        if write in self._writes:
            self._writes.remove(write)

    def drop(self, write: Write) -> None:
        """Forget a write that was never sent (e.g. the line it adds was removed before)."""
        if write.sent:
            raise ValueError(f"write {write.rq} was sent; only its answer may remove it")
        self.done(write)

    def for_line(self, lid: str) -> list[Write]:
        return [w for w in self._writes if w.lid == lid]

    def has(self, op: str) -> bool:
        return any(w.op == op for w in self._writes)

    def visible(self) -> int:
        """Writes a staff member would count as "not yet on the lane" (not the create)."""
        return sum(1 for w in self._writes if w.op != "create")
