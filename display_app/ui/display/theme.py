"""The customer display's look: colours from the store's branding, the bundled font,
and type sizes derived from the window (never fixed pixel sizes).

Every size on the display is a multiple of one *unit* ``u``, computed from the
window's shorter side, so an 800x480 tablet and a 4K monitor show the same
composition, just bigger.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage

from ... import paths
from ...sale.model import StoreInfo

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

DEFAULT_PRIMARY = "#1f5f46"
DEFAULT_ACCENT = "#f2b134"


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


def font(px: float, *, bold: bool = False, weight: QFont.Weight | None = None) -> QFont:
    """The display font at ``px`` pixels."""
    f = QFont(font_family())
    f.setPixelSize(max(8, round(px)))
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


def ink_on(background: QColor) -> QColor:
    """White or near-black, whichever reads better on ``background``."""
    white, black = QColor("#ffffff"), QColor("#17201c")
    return white if contrast(white, background) >= contrast(black, background) else black


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

    @classmethod
    def for_store(cls, store: StoreInfo | None) -> "Theme":
        store = store or StoreInfo()
        primary = _colour(store.primary_colour, DEFAULT_PRIMARY)
        accent = _colour(store.accent_colour, DEFAULT_ACCENT)
        paper = QColor("#f7f5f0")
        ink = QColor("#1b2320")
        saving = QColor(primary)
        while contrast(saving, paper) < 4.5 and saving.lightness() > 20:
            saving = saving.darker(115)
        return cls(
            primary=primary,
            accent=accent,
            paper=paper,
            ink=ink,
            muted=QColor("#5d6763"),
            rule=QColor("#e2ded5"),
            on_primary=ink_on(primary),
            on_accent=ink_on(accent),
            saving=saving,
        )


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
