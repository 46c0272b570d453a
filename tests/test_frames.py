"""The link's frame reader (display_app/fd1/frames.py): a frame read by its outline is what
``packets.parse_json`` reads (or refuses, with the same words), and an item whose text did
not change since the last frame is the last frame's own object."""

from __future__ import annotations

import json

import pytest
from helpers.fuzz import EDGE_TEXTS, json_text, json_values, same_json
from hypothesis import given
from hypothesis import strategies as st

from display_app.fd1 import frames, packets
from display_app.sale.snapshot import LineCache, parse_sale
from display_app.simulator.counter.lane import Lane


def reading(reader: frames.FrameReader, data: bytes):
    try:
        return reader.parse(data)
    except packets.PacketError as exc:
        return ("refused", str(exc))


def reference(data: bytes):
    try:
        return packets.parse_json(data)
    except packets.PacketError as exc:
        return ("refused", str(exc))


def same_reading(got, expected) -> bool:
    if isinstance(expected, tuple) or isinstance(got, tuple):
        return got == expected
    return same_json(got, expected)


# Texts that go where a value goes: any JSON value, or one where readers differ.
value_texts = st.one_of(json_values(12).map(json_text), st.sampled_from(EDGE_TEXTS))
keys = st.text(max_size=8).map(lambda k: json.dumps(k))
spaces = st.sampled_from(["", " ", "\n", "\t ", "\r\n  "])


@st.composite
def objects(draw, children, max_size=5) -> str:
    """An object's text from the children's texts, with repeated keys now and then and any
    JSON whitespace between the tokens."""
    names = draw(st.lists(st.one_of(keys, st.just('"lines"')), max_size=max_size))
    gap = draw(spaces)
    members = [f"{gap}{name}{gap}:{gap}{draw(children)}" for name in names]
    return "{" + ",".join(members) + gap + "}"


lists = st.lists(value_texts, max_size=6).map(lambda xs: "[" + ", ".join(xs) + "]")
inner = st.one_of(value_texts, lists, objects(value_texts))  # the values of an object in the frame
frame_texts = st.one_of(
    objects(st.one_of(value_texts, lists, objects(inner))),
    st.sampled_from(["[]", "1", '"x"', "{", '{"v":{"lines":[1,}}', '{"a":1} x', "\ufeff{}", "{}" + " " * 5]),
)
frame_bytes = frame_texts.map(lambda t: t.encode("utf-8", "surrogatepass"))


@given(st.one_of(frame_bytes, frame_bytes.flatmap(lambda b: st.tuples(st.just(b), st.integers(0, max(0, len(b) - 1)), st.binary(min_size=1, max_size=2)).map(lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1 :]))))
def test_any_frame_reads_as_parse_json_reads_it(data):
    """Any frame, with values where JSON readers differ and bytes broken anywhere: the
    outline's reading is parse_json's, or the same refusal."""
    reader = frames.FrameReader(min_bytes=0)
    assert same_reading(reading(reader, data), reference(data)), data


line_texts = st.one_of(
    st.fixed_dictionaries({"seqnce": st.integers(1, 50), "qty": st.integers(-3, 9), "totalprice": st.floats(-100, 100)}).map(json.dumps),
    value_texts,
)


@given(st.lists(st.lists(line_texts, max_size=8), min_size=1, max_size=6), st.sampled_from(["", " "]))
def test_a_stream_of_sales_reads_as_parse_json_and_keeps_unchanged_lines(sales, gap):
    """A link's frames one after another: each reads as parse_json reads it, and a line
    whose text is the text at the same place last time is the very object read then."""
    reader = frames.FrameReader(min_bytes=0)
    last: list[bytes] | None = None
    last_lines = None
    for lines in sales:
        data = ('{"sc":"custdisp.sale.status","v":{"total":1,' + gap + '"lines":[' + ",".join(lines) + "]}}").encode("utf-8", "surrogatepass")
        outlined = reader.outlined
        got = reading(reader, data)
        assert same_reading(got, reference(data)), data
        if reader.outlined == outlined:
            continue  # read whole, or refused: the reader keeps the lists it had
        texts = [t.encode("utf-8", "surrogatepass") for t in lines]
        if last is not None and last_lines is not None:
            for i, text in enumerate(texts[: len(last)]):
                if text == last[i]:
                    assert got["v"]["lines"][i] is last_lines[i]
        last, last_lines = texts, got["v"]["lines"]


def sale_frames(count: int, lines: int, first: int = 0) -> list[bytes]:
    """A ``lines``-line sale from the counter simulator's lane (products from the
    catalogue's ``first`` on), then ``count - 1`` quantity changes on its last line: the
    frames a display receives."""
    lane = Lane()
    sent: list[bytes] = []
    lane.on_change[:] = [lambda sc, snapshot: sent.append(packets.encode(packets.event(sc, snapshot)).encode())]
    lane.load_counted_sale(lines, first)
    del sent[:-1]
    for qty in range(2, count + 1):
        lane.set_qty(lane.last_seq, qty)
    return sent


def test_a_1000_line_sale_decodes_only_the_line_that_changed():
    first, second = sale_frames(2, 1000)
    assert len(second) > 200_000
    reader = frames.FrameReader()
    a, b = reader.parse(first), reader.parse(second)
    assert same_json(a, packets.parse_json(first)) and same_json(b, packets.parse_json(second))
    assert all(x is y for x, y in zip(a["v"]["lines"][:-1], b["v"]["lines"][:-1]))
    assert a["v"]["lines"][-1] is not b["v"]["lines"][-1] and b["v"]["lines"][-1]["qty"] == 2
    assert reader.outlined == 2 and reader.whole == 0
    assert reader.items_kept >= 999 and reader.items_decoded <= 1000 + 10


def test_the_sale_reader_takes_unchanged_lines_by_identity():
    """The line cache's quick pass meets the very same objects: the sale it reads is the
    one a fresh read gives, and only the changed line is read again."""
    reader, cache = frames.FrameReader(), LineCache()
    sales = [parse_sale(packets.read(reader.parse(frame)).v, cache) for frame in sale_frames(5, 300)]
    assert cache.read == 300 + 4 and cache.reused == 4 * 299
    fresh = parse_sale(packets.decode(sale_frames(5, 300)[-1]).v)
    assert sales[-1].lines == fresh.lines and sales[-1].total == fresh.total


def test_what_a_reader_does_to_a_list_does_not_move_the_next_frames_items():
    first, second = sale_frames(2, 50)
    reader = frames.FrameReader(min_bytes=0)
    reader.parse(first)["v"]["lines"].reverse()
    assert same_json(reader.parse(second), packets.parse_json(second))


def test_small_and_text_frames_are_read_whole():
    reader = frames.FrameReader()
    small = sale_frames(1, 5)[0]
    assert len(small) < frames.MIN_BYTES
    assert same_json(reader.parse(small), packets.parse_json(small))
    big = sale_frames(1, 100)[0]
    assert same_json(reader.parse(big.decode()), packets.parse_json(big))
    assert reader.whole == 2 and reader.outlined == 0


@pytest.mark.parametrize(
    "where",
    ['{"sc":"s","v":{"n":%s,"lines":[%s]}}', '{"sc":"s","n":%s,"v":{"lines":[%s]}}', '{"sc":"s","v":{"lines":[{"n":%s},%s]}}'],
)
@pytest.mark.parametrize("number", ["9" * 41, "-" + "9" * 41, "9" * 19, "1e400", "NaN", "-0", "12.50"])
def test_numbers_read_as_parse_json_reads_them_wherever_they_are(where, number):
    data = (where % (number, ",".join(['{"seqnce":%d}' % i for i in range(2000)]))).encode()
    reader = frames.FrameReader()
    assert same_json(reader.parse(data), packets.parse_json(data))


def test_a_broken_item_is_refused_with_parse_json_s_words():
    """msgspec keeps an item's text unchecked; the frame is then parse_json's to refuse."""
    good = sale_frames(1, 100)[0]
    broken = good.replace(b'"description":"', b'"description":"\xff', 1)
    reader = frames.FrameReader()
    with pytest.raises(packets.PacketError) as got:
        reader.parse(broken)
    with pytest.raises(packets.PacketError) as expected:
        packets.parse_json(broken)
    assert str(got.value) == str(expected.value) and "UTF-8" in str(got.value)
    assert same_json(reader.parse(good), packets.parse_json(good))  # and the next frame reads


def test_interleaved_sales_keep_their_lines_stream_by_stream():
    """A store's socket carries every lane's sale, one frame after another: each lane's
    unchanged lines are still the objects its own last frame read, and only the changed
    line of each frame is decoded. (Two lanes with the same lines may share them.)"""
    lanes = [sale_frames(4, 60 + 10 * n, first=n) for n in range(3)] + [sale_frames(4, 60)]
    reader = frames.FrameReader(streams=4)
    last: dict[int, dict] = {}
    for step in range(4):
        for n, lane in enumerate(lanes):
            got = reader.parse(lane[step])
            assert same_json(got, packets.parse_json(lane[step]))
            if n in last and n in (1, 2):  # lanes 0 and 3 ring the same lines
                assert all(a is b for a, b in zip(got["v"]["lines"][:-1], last[n]["v"]["lines"][:-1]))
            last[n] = got
    lines = 60 + 70 + 80 + 60 * 4
    objects = sum(len(got["v"]["source"]) for got in last.values()) * 4  # each frame's small objects
    assert reader.items_decoded <= 60 + 70 + 80 + 4 * 3 + objects
    assert reader.items_kept >= lines - 60 - 70 - 80 - 4 * 3


def test_the_reader_remembers_a_bounded_number_of_frames():
    def frame(n: int, lines: int, pad: int = 0) -> bytes:
        return ('{"v":{"lines":[' + ",".join(f'{{"n":{n},"i":{i},"p":"{"x" * pad}"}}' for i in range(lines)) + "]}}").encode()

    def remembered(reader: frames.FrameReader) -> list:
        return reader._lists[("v", "lines")]  # noqa: SLF001

    display = frames.FrameReader(min_bytes=0)  # follows one sale: another sale replaces it
    for n in range(3):
        display.parse(frame(n, 20))
    assert len(remembered(display)) == 1 and remembered(display)[0][1][0] == {"n": 2, "i": 0, "p": ""}
    store = frames.FrameReader(min_bytes=0, streams=frames.STREAMS)
    for n in range(frames.STREAMS * 3):
        store.parse(frame(n, 20))
    assert len(remembered(store)) == frames.STREAMS and remembered(store)[0][1][0] == {"n": frames.STREAMS * 3 - 1, "i": 0, "p": ""}
    for n in range(4):  # ~400 kB frames: the bytes kept bound how many are remembered
        store.parse(frame(100 + n, 400, pad=1000))
    assert sum(kept[2] for kept in remembered(store)[1:]) <= frames.KEEP_BYTES
    assert len(remembered(store)) == 3


@pytest.mark.parametrize("items, pad", [(frames.MAX_ITEMS + 1, 0), (2_000_000, 0), (40, frames.MAX_BYTES // 40)])
def test_a_frame_of_too_many_items_or_bytes_is_read_whole(items, pad):
    """A hostile frame of millions of tiny items (or one past the outline's size) costs what
    decoding it whole costs, not a Python step per item."""
    data = ('{"sc":"custdisp.sale.status","v":{"lines":[' + ",".join(['"' + "x" * pad + '"'] * items) + "]}}").encode()
    reader = frames.FrameReader()
    assert same_json(reader.parse(data), packets.parse_json(data))
    assert reader.whole == 1 and reader.outlined == 0
