"""Product names in any script render with real glyphs, never boxes (docs/accessibility.md, Fonts).

Each sample is laid out with the display's font and every glyph Qt picked (over the whole
fallback chain: DejaVu Sans, the bundled Noto fonts, the system's CJK and emoji fonts) is
checked to be a real one: glyph 0 is the font's "missing" box. CJK and emoji need the
system packages fonts-noto-cjk and fonts-noto-color-emoji (.ci/run installs them; so does
the kiosk image), the other scripts only what ships in resources/fonts/."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout

from display_app.ui.display import theme

SAMPLES = {
    "latin": "Crème brûlée, Ñandú, Kūmara",
    "maori": "Kūmara ā ē ī ō ū Ā Ē Ī Ō Ū",
    "cjk-simplified": "鲜牛奶 2升 豆腐 酱油",
    "cjk-traditional": "鮮牛奶 醬油 麵包",
    "japanese": "おにぎり カレーパン",
    "korean": "김치 라면",
    "arabic": "حليب طازج ٢ لتر",
    "hebrew": "חלב טרי 3%",
    "thai": "นมสด ข้าวหอมมะลิ",
    "devanagari": "दूध ताज़ा बासमती चावल",
    "emoji": "Bananas 🍌 Milk 🥛 Bread 🍞 🎉",
}


def missing_glyphs(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    out = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            out.append(f"{run.rawFont().familyName()}: {list(run.glyphIndexes()).count(0)} missing")
    return out


@pytest.mark.parametrize("script", sorted(SAMPLES))
@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_every_script_renders_real_glyphs_on_the_display(qapp, script, bold):
    assert missing_glyphs(SAMPLES[script], theme.font(24, bold=bold)) == []


def test_the_chain_is_the_bundled_fonts_then_the_system_cjk_and_emoji(qapp):
    chain = theme.font_families()
    assert chain[:5] == ("DejaVu Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Thai", "Noto Sans Devanagari")
    assert any("CJK" in family or family in ("Microsoft YaHei", "PingFang SC") for family in chain), chain
    assert any("Emoji" in family for family in chain), chain


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_the_tablet_s_default_font_falls_back_too(qapp, script):
    """The presell tablet uses the platform's default font and its fallback."""
    assert missing_glyphs(SAMPLES[script], QFont()) == []
