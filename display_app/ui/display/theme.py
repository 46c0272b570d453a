"""The customer display's look: colours from the store's branding, the bundled font,
and type sizes derived from the window (never fixed pixel sizes).

Every size on the display is a multiple of one *unit* ``u``, computed from the
window's shorter side, so an 800x480 tablet and a 4K monitor show the same
composition, just bigger.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage

from ... import paths
from ...sale.model import StoreInfo

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

#: Product names come in any script (docs/accessibility.md, Fonts). Bundled (small, OFL):
#: Noto Sans for Arabic, Hebrew, Thai and Devanagari, tried in this order after DejaVu Sans.
SCRIPT_FONT_FILES = (
    "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
    "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
)
#: Too big to bundle (20 MB a weight; 11 MB): the system's, tried after the bundled ones when
#: installed (the kiosk image installs fonts-noto-cjk and fonts-noto-color-emoji; Windows and
#: macOS have their own).
SYSTEM_FALLBACK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC",
    "Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji",
)

DEFAULT_PRIMARY = "#1f5f46"
DEFAULT_ACCENT = "#f2b134"

#: WCAG 2.2 AA (success criterion 1.4.3): normal text 4.5:1, large text 3:1; the
#: high-contrast theme meets AAA (1.4.6): 7:1 and 4.5:1.
AA_NORMAL, AA_LARGE, AAA_NORMAL, AAA_LARGE = 4.5, 3.0, 7.0, 4.5

#: The large-text setting: every font on the display this many times larger.
LARGE_TEXT = 1.5
_text_scale = 1.0


def set_text_scale(scale: float) -> None:
    """All display type ``scale`` times its normal size (1.0, or ``LARGE_TEXT``)."""
    global _text_scale
    _text_scale = max(0.5, min(2.0, float(scale)))


def text_scale() -> float:
    return _text_scale


def is_large(px: float, bold: bool) -> bool:
    """WCAG "large scale" text: at least 18 pt (24 px), or 14 pt (18.66 px) bold."""
    return px >= 24.0 or (bold and px >= 18.66)


def unit_for(width: int, height: int) -> float:
    """The display's type unit in pixels for a window of this size.

    About 1/24 of the shorter side (20 px on an 800x480 tablet, 45 px on 1080p); a
    tall portrait screen, which has height to spare, gets 1/22 of its width (49 px on
    1080x1920), still narrow enough for a product name and its price on one row.
    """
    if height > width:
        return max(10.0, min(width / 22.0, height / 24.0))
    return max(10.0, min(height / 24.0, width / 26.0))


def resource_dir() -> Path:
    """``resources/`` from source or inside a frozen bundle (display_app.paths knows where)."""
    return paths.resources_dir()


@lru_cache(maxsize=1)
def font_family() -> str:
    """Load the bundled fonts once; the family to use (the system's when not bundled)."""
    family = ""
    for name in FONT_FILES:
        path = resource_dir() / "fonts" / name
        if not path.is_file():
            log.warning("bundled font %s is missing; using the system font", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = family or families[0]
        else:
            log.warning("could not load bundled font %s", path)
    return family or FALLBACK_FAMILY


@lru_cache(maxsize=1)
def font_families() -> tuple[str, ...]:
    """The display's font chain: DejaVu Sans, the bundled script fonts, then the system's
    CJK and emoji fonts that are installed (Qt tries them in order for each character)."""
    chain = [font_family()]
    for name in SCRIPT_FONT_FILES:
        path = resource_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("bundled font %s is missing or unreadable; that script falls back to the system's fonts", path)
            continue
        chain += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in chain]
    installed = set(QFontDatabase.families())
    chain += [f for f in SYSTEM_FALLBACK_FAMILIES if f in installed and f not in chain]
    return tuple(chain)


def font(px: float, *, bold: bool = False, weight: QFont.Weight | None = None, scaled: bool = True) -> QFont:
    """The display font at ``px`` pixels (times the large-text scale unless ``scaled=False``:
    a mark that must fit a fixed shape, such as the initials in a logo circle). A copy the
    caller may change (QFont copies share their data until one is changed)."""
    return QFont(_font(max(8, round(px * (_text_scale if scaled else 1.0))), bold, weight))


@lru_cache(maxsize=512)
def _font(pixels: int, bold: bool, weight: QFont.Weight | None) -> QFont:
    # Labels ask for a font on every text change (FitLabel shrinks big amounts to fit).
    f = QFont(font_family())
    f.setFamilies(list(font_families()))
    f.setPixelSize(pixels)
    if weight is not None:
        f.setWeight(weight)
    elif bold:
        f.setWeight(QFont.Weight.Bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def _colour(text: str, default: str) -> QColor:
    colour = QColor(text) if text else QColor()
    return colour if colour.isValid() else QColor(default)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black .. 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_on(background: QColor, *others: QColor, need: float = AA_NORMAL) -> QColor:
    """White or near-black, whichever reads better on ``background`` (and on every one of
    ``others``: a gradient's ends); pure black or white when near-black is not enough."""
    backgrounds = (background, *others)

    def worst(ink: QColor) -> float:
        return min(contrast(ink, b) for b in backgrounds)

    white, black = QColor("#ffffff"), QColor("#17201c")
    best = white if worst(white) >= worst(black) else black
    if worst(best) < need:
        pure = QColor("#000000")
        best = pure if worst(pure) >= worst(white) else white
    return best


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` (0..1) of the way to ``b``, opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t, a.blueF() + (b.blueF() - a.blueF()) * t
    )


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` (with its alpha) painted over an opaque ``background``."""
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def readable(ink: QColor, toward: QColor, backgrounds: tuple[QColor, ...], need: float = AA_NORMAL) -> QColor:
    """``ink`` moved toward ``toward`` until it reads at ``need`` on every background:
    the text colour gives way, the brand colour never does. ``toward`` must itself pass
    (the theme passes its main ink)."""
    for step in range(21):
        candidate = mix(ink, toward, step / 20)
        if min(contrast(candidate, b) for b in backgrounds) >= need:
            return candidate
    return QColor(toward)


def softened(ink: QColor, background: QColor, backgrounds: tuple[QColor, ...], amount: float) -> QColor:
    """Secondary text: ``ink`` blended ``amount`` of the way into ``background`` (a calm
    grey-on-brand), but never so far that it stops reading at 4.5:1 on ``backgrounds``."""
    for step in range(int(amount * 100), -1, -2):
        candidate = mix(ink, background, step / 100)
        if min(contrast(candidate, b) for b in backgrounds) >= AA_NORMAL:
            return candidate
    return QColor(ink)


@dataclass(frozen=True)
class TextPair:
    """One kind of text the display draws, on what, at what size (in display units)."""

    name: str
    ink: QColor
    background: QColor
    scale: float  # type size in display units (at the smallest screen, 800x480, a unit is 20 px)
    bold: bool = False


@dataclass(frozen=True)
class Theme:
    """The colours of one store's display."""

    primary: QColor
    accent: QColor
    paper: QColor  # page background
    ink: QColor  # main text
    muted: QColor  # secondary text
    rule: QColor  # separators
    on_primary: QColor  # text on the primary colour
    on_accent: QColor  # text on the accent colour
    saving: QColor  # discounts: good news, calm (the brand colour, darkened if too light)
    # -- derived so every text reads (WCAG 2.2 AA; tests/test_contrast.py computes them) --
    on_primary_soft: QColor = field(default_factory=QColor)  # secondary text on the brand colour (count, payments, date)
    due: QColor = field(default_factory=QColor)  # "To pay": the accent, moved toward on_primary until it reads
    idle_top: QColor = field(default_factory=QColor)  # the idle screen's gradient, light end
    idle_bottom: QColor = field(default_factory=QColor)  # ... and dark end
    highlight: QColor = field(default_factory=QColor)  # the newest line's tinted row (accent over paper)
    card: QColor = field(default_factory=lambda: QColor("#ffffff"))  # the reconnecting card
    qr_ink: QColor = field(default_factory=lambda: QColor("#1b2320"))  # the caption on the QR card (always white: scanners want dark on light)
    high_contrast: bool = False

    @classmethod
    def for_store(cls, store: StoreInfo | None, *, high_contrast: bool = False) -> "Theme":
        """The store's colours; every text colour adjusted until it reads on them (the
        brand colours themselves are never changed). ``high_contrast``: the
        high-contrast theme instead (the brand's only trace is the store's logo)."""
        if high_contrast:
            return cls.high_contrast_theme()
        store = store or StoreInfo()
        primary = _colour(store.primary_colour, DEFAULT_PRIMARY)
        accent = _colour(store.accent_colour, DEFAULT_ACCENT)
        paper = QColor("#f7f5f0")
        ink = QColor("#1b2320")
        highlight = over(faded_colour(accent, 0.16), paper)
        on_primary = ink_on(primary)
        # The idle gradient spreads around the brand colour only as far as its text still reads.
        top, bottom = primary.lighter(112), primary.darker(125)
        for step in range(11):
            top, bottom = mix(primary.lighter(112), primary, step / 10), mix(primary.darker(125), primary, step / 10)
            if min(contrast(on_primary, top), contrast(on_primary, bottom)) >= AA_NORMAL:
                break
        on_brand = (primary, top, bottom)
        return cls(
            primary=primary,
            accent=accent,
            paper=paper,
            ink=ink,
            muted=readable(QColor("#5d6763"), ink, (paper, highlight)),
            rule=QColor("#e2ded5"),
            on_primary=on_primary,
            on_accent=ink_on(accent),
            saving=readable(primary, ink, (paper, highlight)),
            on_primary_soft=softened(on_primary, primary, on_brand, 0.18),
            due=readable(accent, on_primary, (primary,)),
            idle_top=top,
            idle_bottom=bottom,
            highlight=highlight,
        )

    @classmethod
    def high_contrast_theme(cls) -> "Theme":
        """White and yellow on black, every pair at least 7:1 (WCAG AAA)."""
        black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffe14d")
        panel = QColor("#1c1c1c")
        return cls(
            primary=panel,
            accent=yellow,
            paper=black,
            ink=white,
            muted=QColor("#e6e6e6"),
            rule=QColor("#8c8c8c"),
            on_primary=white,
            on_accent=black,
            saving=QColor("#8cf5a8"),
            on_primary_soft=QColor("#f0f0f0"),
            due=yellow,
            idle_top=panel,
            idle_bottom=black,
            highlight=over(faded_colour(yellow, 0.16), black),
            card=black,
            qr_ink=black,
            high_contrast=True,
        )

    def text_pairs(self) -> list[TextPair]:
        """Every kind of text the display draws, on its background, at its size: what the
        contrast test checks (and what the screens use: their ``set_theme`` reads these roles)."""
        pairs = []
        for name, background in (("brand", self.primary), ("idle top", self.idle_top), ("idle bottom", self.idle_bottom)):
            pairs += [
                TextPair(f"store name on {name}", self.on_primary, background, 1.0, True),
                TextPair(f"clock on {name}", self.on_primary, background, 1.0),
                TextPair(f"date and welcome on {name}", self.on_primary_soft, background, 0.7),
            ]
        pairs += [
            TextPair("item count", self.on_primary_soft, self.primary, 0.8),
            TextPair("total caption", self.on_primary, self.primary, 0.95),
            TextPair("you save", self.on_primary_soft, self.primary, 0.85),
            TextPair("payments", self.on_primary_soft, self.primary, 0.85),
            TextPair("to pay caption", self.due, self.primary, 0.95),
            TextPair("to pay amount", self.due, self.primary, 1.9, True),
        ]
        for name, background in (("paper", self.paper), ("newest row", self.highlight)):
            pairs += [
                TextPair(f"line description on {name}", self.ink, background, 1.0),
                TextPair(f"line quantity on {name}", self.muted, background, 0.74),
                TextPair(f"line discount on {name}", self.saving, background, 0.74),
            ]
        pairs += [
            TextPair("empty sale", self.muted, self.paper, 1.0),
            TextPair("thank you", self.saving, self.paper, 2.3, True),
            TextPair("thank-you subtitle", self.muted, self.paper, 0.95),
            TextPair("thank-you amounts", self.ink, self.paper, 1.05),
            TextPair("thank-you captions", self.muted, self.paper, 1.05),
            TextPair("change", self.on_accent, self.accent, 1.0),
            TextPair("receipt QR caption", self.qr_ink, QColor("#ffffff"), 0.8),
            TextPair("reconnecting title", self.ink, self.card, 1.15, True),
            TextPair("reconnecting detail", self.muted, self.card, 0.72),
            TextPair("banner", self.on_accent, self.accent, 0.85, True),
            TextPair("logo initials", self.on_accent, self.accent, 1.0, True),
        ]
        return pairs


def faded_colour(colour: QColor, alpha: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(alpha)
    return out


def initials(name: str) -> str:
    """Up to two initials for a text logo mark ("Harbour Fresh Grocer" -> "HF")."""
    words = [w for w in name.replace("&", " ").split() if w[:1].isalnum()]
    if not words:
        return "•"
    if len(words) == 1:
        return words[0][:2].upper() if len(words[0]) > 1 else words[0].upper()
    return (words[0][0] + words[1][0]).upper()


def load_logo(logo: str) -> QImage | None:
    """The store logo as an image: a ``data:`` URI or a local file path. None when
    empty or unusable (the display then draws an initials mark); http URLs are not
    fetched (the display makes no requests of its own) and are logged once."""
    logo = (logo or "").strip()
    if not logo:
        return None
    image = QImage()
    if logo.startswith("data:"):
        header, _, payload = logo.partition(",")
        try:
            raw = base64.b64decode(payload) if header.endswith(";base64") else payload.encode("utf-8")
        except ValueError:
            log.warning("store logo data: URI is not valid base64; using the initials mark")
            return None
        fmt = None
        if "svg" in header:
            fmt = "SVG"
        elif "png" in header:
            fmt = "PNG"
        elif "jpeg" in header or "jpg" in header:
            fmt = "JPG"
        ok = image.loadFromData(QByteArray(raw), fmt) if fmt else image.loadFromData(QByteArray(raw))
        if not ok:
            ok = image.loadFromData(QByteArray(raw))
    elif "://" in logo and not logo.startswith("file://"):
        _warn_remote_logo(logo)
        return None
    else:
        path = logo[len("file://"):] if logo.startswith("file://") else logo
        ok = image.load(path)
    if not ok or image.isNull():
        log.warning("store logo %.60s could not be read; using the initials mark", logo)
        return None
    return image


@lru_cache(maxsize=8)
def _warn_remote_logo(url: str) -> None:
    log.info("store logo %s is a web address; the display does not fetch it (use a file path or data: URI)", url)
