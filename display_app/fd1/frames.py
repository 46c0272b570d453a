"""One link's frames, each decoded with what the link's earlier frames already decoded.

Every ``custdisp.sale.*`` message carries the whole sale, so a 1,000-line sale is a 204 KB
frame in which usually one line changed. Decoded whole (``packets.parse_json``) it costs
~0.9 ms of orjson and 1,000 new dicts, which the sale reader then compares with the last
snapshot's one by one (~0.4 ms) and which replace, and free, the last snapshot's.

A ``FrameReader`` reads a big frame's outline instead, in one pass of msgspec: the frame's
object and the objects in it are decoded, but each item of a list in them (a sale's
lines, its payments) and each value of an object in them is kept as its JSON text
(``msgspec.Raw``). An item is decoded only when its text differs from the item at the
same place in the same list of the last frame (of the same stream, when a link
interleaves several: ``STREAMS``); otherwise it is the very same object as last time, so the
sale reader sees it unchanged with an ``is`` test (``sale.snapshot.LineCache``).
Measured on a 1,000-line sale: ~0.3 ms instead of ~1.4 ms (with the digit check and the
sale reader's comparison of the lines).

The contract: ``parse`` returns what ``packets.parse_json`` returns for the same frame
(equal, keys in the same order), or raises the same ``PacketError``. Whatever the outline
cannot vouch for is ``parse_json``'s to read, whole:

* a frame under ``MIN_BYTES`` (nothing much to keep) or over ``MAX_BYTES``, a list of
  more than ``MAX_ITEMS`` items, or text rather than bytes;
* an integer of more than ``packets.LONG_INTEGER_DIGITS`` digits in the outline (``parse_json``
  reads it as a Decimal); items are read by ``packets.loads``, as ``parse_json`` reads values;
* anything msgspec refuses (not JSON, NaN, a lone surrogate, nesting it will not follow,
  not an object at the top);
* items ``packets.loads`` refuses (msgspec keeps an item's text without checking all of
  it: bad UTF-8, for one). The items to decode are read in one call, as one array.

Decoded frames share their unchanged items with the last frame: treat them as read-only
(the packets they become are frozen, and nothing edits what a counter sent). Items are
matched by place, so a line inserted or removed in the middle of a sale makes the lines
after it decoded again, once. The reader remembers a few frames' lists (``STREAMS``,
``KEEP_BYTES``), no more.
"""

from __future__ import annotations

from typing import Any

from . import packets

#: Frames shorter than this are decoded whole: a 5-line sale (~1.2 KB) has little to keep,
#: a 200-line one (~40 KB) does.
MIN_BYTES = 8 * 1024

#: Frames longer than this, and frames with a list of more than ``MAX_ITEMS`` items, are
#: decoded whole too. The outline is for sales (a 1,000-line one is ~200 KB); these bound
#: what a hostile frame of tiny items costs (4 MiB of ``1,1,1,...`` is 2 million items):
#: at worst four to five times what decoding it whole costs (~18 ms for 510 KB of one-digit
#: items, against ~4 ms).
MAX_BYTES = 512 * 1024
MAX_ITEMS = 8192

#: msgspec reads any integer as an int; parse_json reads one of more than
#: ``packets.LONG_INTEGER_DIGITS`` digits as a Decimal: such a frame is parse_json's.
BIG = 10**packets.LONG_INTEGER_DIGITS

_Path = tuple[str, ...]


class _Unreadable(Exception):
    """Items the outline will not vouch for: ``parse_json`` reads the frame (and says why)."""


#: Most streams a reader follows. A link may interleave several streams of frames (a
#: store's socket carries every lane's sale): a reader made with ``streams=N`` remembers
#: the lists of each place for up to N of them, the most recent first, and matches a new
#: list to the remembered one it most likely follows (``_match``). Matching decides only
#: how much is decoded, never what is read. A customer display follows one sale: 1.
STREAMS = 8

#: The remembered lists keep their frames alive: beyond the most recent, no more than this
#: many bytes of frames are kept (per place).
KEEP_BYTES = 1024 * 1024

# A remembered list: its items' texts, the items, the size of the frame it came in.
_Kept = tuple[list[Any], tuple[Any, ...], int]


class FrameReader:
    """Decodes the frames of one link (make a new one for a new link). See the module."""

    def __init__(self, min_bytes: int = MIN_BYTES, streams: int = 1) -> None:
        self.min_bytes = min_bytes
        self.streams = max(1, min(streams, STREAMS))
        self._lists: dict[_Path, list[_Kept]] = {}  # remembered lists by place, the most recent first
        self.outlined = 0  # frames read by outline
        self.whole = 0  # frames read whole by parse_json
        self.items_decoded = 0  # items of outlined frames decoded
        self.items_kept = 0  # items of outlined frames taken from an earlier frame

    def parse(self, frame: str | bytes) -> dict[str, Any]:
        """The frame's JSON object, as ``packets.parse_json`` reads it (see the module)."""
        if isinstance(frame, bytes) and self.min_bytes <= len(frame) <= MAX_BYTES:
            with packets.collector_paused():  # as parse_json decodes
                obj = self._outline(frame)
            if obj is not None:
                self.outlined += 1
                return obj
        self.whole += 1
        return packets.parse_json(frame)

    def _outline(self, frame: bytes) -> dict[str, Any] | None:
        try:
            top = _decoder().decode(frame)
        except Exception:  # whatever msgspec refuses, parse_json reads or refuses (and says why)
            return None
        read: list[tuple[_Path, _Kept | None, _Kept, int]] = []  # what to remember, once the frame is read
        decoded = 0
        try:
            for key, value in top.items():
                if type(value) is dict:
                    for inner, held in value.items():
                        if type(held) is int and not -BIG < held < BIG:
                            return None
                        if type(held) is list:
                            value[inner] = self._items((key, inner), held, len(frame), read)
                        elif type(held) is dict:
                            value[inner] = dict(zip(held, _values(list(held.values()))))
                            decoded += len(held)
                elif type(value) is list:
                    top[key] = self._items((key,), value, len(frame), read)
                elif type(value) is int and not -BIG < value < BIG:
                    return None
        except _Unreadable:
            return None
        for path, matched, kept, fresh in read:
            self._remember(path, matched, kept)
            decoded += fresh
            self.items_kept += len(kept[1]) - fresh
        self.items_decoded += decoded
        return top

    def _items(self, path: _Path, texts: list[Any], size: int, read: list[tuple[_Path, _Kept | None, _Kept, int]]) -> list[Any]:
        if len(texts) > MAX_ITEMS:
            raise _Unreadable
        last = _match(self._lists.get(path, ()), texts)
        if last is None:
            items = _values(texts)
            decoded = len(items)
        else:
            last_texts, last_items, _ = last
            kept = min(len(texts), len(last_texts))
            changed = [i for i, (text, was) in enumerate(zip(texts, last_texts)) if text != was]
            items = list(last_items[:kept])
            fresh = _values([texts[i] for i in changed] + texts[kept:])
            for i, value in zip(changed, fresh):
                items[i] = value
            items += fresh[len(changed):]
            decoded = len(fresh)
        # The list follows ``last`` (replaces it) if they share an item, else it starts a
        # stream. A copy of the list: what a reader does to the one it gets moves no items.
        read.append((path, last if decoded < len(items) else None, (texts, tuple(items), size), decoded))
        return items

    def _remember(self, path: _Path, matched: _Kept | None, kept: _Kept) -> None:
        streams = [kept]
        total = 0
        for other in self._lists.get(path, ()):
            if other is matched:
                continue  # the same stream, one frame on
            total += other[2]
            if len(streams) == self.streams or total > KEEP_BYTES:
                break
            streams.append(other)
        self._lists[path] = streams


def _match(streams: Any, texts: list[Any]) -> _Kept | None:
    """The remembered list that ``texts`` most likely follows (see ``STREAMS``): the one
    with the most equal texts at the first, middle and last two places, and of the same
    length; the most recent of equals."""
    if len(streams) <= 1 or not texts:
        return streams[0] if streams else None
    best, best_score = None, -1
    for kept in streams:
        was = kept[0]
        n = min(len(texts), len(was))
        score = (len(was) == len(texts)) + sum(was[i] == texts[i] for i in {0, n // 2, n - 2, n - 1} if 0 <= i < n)
        if score > best_score:
            best, best_score = kept, score
    return best


def _values(texts: list[Any]) -> list[Any]:
    """The items' values, read in one go as ``packets.parse_json`` reads values (big
    integers, NaN...): the texts are JSON values, so joined by commas they are an array."""
    if not texts:
        return []
    try:
        values = packets.loads(b"[" + b",".join(texts) + b"]")
    except Exception:  # whatever it is, parse_json says it about the frame
        raise _Unreadable from None
    if type(values) is not list or len(values) != len(texts):  # not one value each: never trust it
        raise _Unreadable
    return values


_DECODER: Any = None

#: Seconds after a link first goes live that the client calls ``prepare``: after the
#: launch's frames (the first live one is painted within ~20 ms), before a shopper's first
#: big sale, and as part of the launch rather than of the display's time at rest.
PREPARE_AFTER = 0.5


def prepare() -> None:
    """Import msgspec and make the outline's decoder now (idempotent)."""
    _decoder()


def _decoder() -> Any:
    """The outline's decoder (a ``msgspec.json.Decoder``), made by ``prepare`` or at the first big frame.
    Importing msgspec costs ~5 ms in the display (~20 ms in a bare interpreter), which the
    launch does not need to pay."""
    global _DECODER
    if _DECODER is None:
        import msgspec

        scalar = str | int | float | bool | None
        raw = msgspec.Raw
        inner = dict[str, list[raw] | dict[str, raw] | scalar]  # type: ignore[valid-type]
        _DECODER = msgspec.json.Decoder(dict[str, inner | list[raw] | scalar])  # type: ignore[valid-type]
    return _DECODER
