"""The demo's window placement (pure: ``demo.arrange``) and its parts list. The story itself
runs in tests/test_display_commands.py (offscreen) and tests/test_x11.py (1366x768 X server)."""

from __future__ import annotations

import argparse

import pytest

from display_app.ui import demo

SCREENS = [(0, 0, 1366, 740), (0, 0, 1920, 1050), (0, 0, 1280, 720), (0, 28, 3840, 2132), (1920, 0, 1366, 768)]


def frames(rects, frame=demo.FRAME_GUESS):
    left, top, right, bottom = frame
    return [(x - left, y - top, w + left + right, h + top + bottom) for x, y, w, h in rects]


def inside(rect, area) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def overlap(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.parametrize("area", SCREENS, ids=lambda a: f"{a[2]}x{a[3]}")
@pytest.mark.parametrize("sizes", [[p.size for p in demo.PARTS if p.size], [p.size for p in demo.PARTS if p.size] + [(720, 1000)]], ids=["parts", "one-more-part"])
def test_windows_and_caption_fit_the_free_area_without_overlapping(area, sizes):
    rects, caption, scale = demo.arrange(area, sizes, caption_height=48)
    boxes = frames(rects) + [caption]
    for box in boxes:
        assert inside(box, area), (box, area)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not overlap(a, b), (a, b)
    assert 0 < scale <= 1.0
    for (w, h), (_, _, rw, rh) in zip(sizes, rects):  # the shape is kept
        assert abs(rw / rh - w / h) < 0.01


def test_a_big_screen_shows_the_natural_sizes():
    sizes = [p.size for p in demo.PARTS if p.size]
    rects, _, scale = demo.arrange((0, 0, 3840, 2160), sizes, caption_height=60)
    assert scale == 1.0 and [(w, h) for _, _, w, h in rects] == sizes


def test_each_part_but_the_display_can_be_left_out():
    parser = argparse.ArgumentParser()
    demo.add_arguments(parser)
    names = [p.name for p in demo.PARTS]
    assert len(set(names)) == len(names) and names[0] == "display"
    args = parser.parse_args([f"--no-{n}" for n in names[1:]])
    assert all(getattr(args, f"part_{n}") is False for n in names[1:])
    assert all(getattr(parser.parse_args([]), f"part_{n}") is True for n in names[1:])
