"""The sale's lines on the customer display: a list model keyed by line ``seq``, a
delegate that paints one line, and the view that keeps the newest line in sight.

The model is updated with the smallest set of row removals, insertions and changes
(never a reset), so a 200-line sale costs one row per scanned item, and the view
keeps its scroll position and selection-free calm.
"""

from __future__ import annotations

from decimal import Decimal
from bisect import bisect_right
from itertools import accumulate
from typing import Any, NamedTuple, Sequence

import shiboken6
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QAbstractListModel, QEasingCurve, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QRegion
from PySide6.QtWidgets import QAbstractItemView, QFrame, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...sale.model import SaleLine
from ..widgets import i18n
from ..widgets.format import MoneyFormat, isolate, quantity_text
from . import theme

_Index = QModelIndex | QPersistentModelIndex
# Alignments built once (each | of Qt flags is a Python enum operation).
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class RowTexts(NamedTuple):
    """One row's texts as shown, formatted once per changed line (paint and row height read them)."""

    detail: str
    total: str
    original: str
    discount: str
    two_rows: bool


class SaleLinesModel(QAbstractListModel):
    """The visible lines of the sale on screen, one row per line, in ``seq`` order."""

    LineRole = Qt.ItemDataRole.UserRole + 1  # the SaleLine
    DetailRole = Qt.ItemDataRole.UserRole + 2  # "2 × $3.49", "1.235 kg @ $3.99/kg", or ""
    TotalRole = Qt.ItemDataRole.UserRole + 3  # "$6.98"
    OriginalRole = Qt.ItemDataRole.UserRole + 4  # "$7.50" before the discount, or ""
    DiscountRole = Qt.ItemDataRole.UserRole + 5  # "-$0.52", or ""
    NewestRole = Qt.ItemDataRole.UserRole + 6  # True for the most recently added/changed line
    TwoRowsRole = Qt.ItemDataRole.UserRole + 7  # True when the line has a detail/discount row

    def __init__(self, money: MoneyFormat | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[SaleLine] = []
        self._money = money or MoneyFormat.for_store("en_NZ", "NZD")
        self._texts: list[RowTexts | None] = []  # beside _lines: None until the row is first read
        self.newest_seq: int | None = None
        self.resets = 0  # full resets (only when lines arrive out of seq order): for tests
        self.formatted = 0  # rows formatted (a changed line once, an unchanged one never): for tests and bench

    # -- Qt model API --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._lines):
            return None
        row = index.row()
        line = self._lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.description
        if role == self.LineRole:
            return line
        if role == self.NewestRole:
            return line.seq == self.newest_seq
        texts = self.row_texts(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{line.description}, {texts.detail or ''} {texts.total}".strip()
        if role == self.DetailRole:
            return texts.detail
        if role == self.TotalRole:
            return texts.total
        if role == self.OriginalRole:
            return texts.original
        if role == self.DiscountRole:
            return texts.discount
        if role == self.TwoRowsRole:
            return texts.two_rows
        return None

    def row_texts(self, row: int) -> RowTexts:
        """The texts of ``row``, formatted once when its line changed (``set_money_format``,
        which a change of language goes through too, formats every row again)."""
        texts = self._texts[row]
        if texts is None:
            line = self._lines[row]
            discounted = line.discount > 0
            texts = self._texts[row] = RowTexts(
                self.detail_text(line),
                self.total_text(line),
                self._money.money(line.original_total) if discounted and line.original_total is not None else "",
                self._money.money(-line.discount) if discounted else "",
                self.two_rows(line),
            )
            self.formatted += 1
        return texts

    @staticmethod
    def two_rows(line: SaleLine) -> bool:
        """Whether the line shows a second row (cheap: no formatting, for row heights)."""
        return bool(line.unit) or line.qty != 1 or line.discount > 0

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update(
            {
                self.LineRole: b"line",
                self.DetailRole: b"detail",
                self.TotalRole: b"total",
                self.OriginalRole: b"original",
                self.DiscountRole: b"discount",
                self.NewestRole: b"newest",
                self.TwoRowsRole: b"tworows",
            }
        )
        return names

    # -- texts the customer reads --------------------------------------------------------

    def total_text(self, line: SaleLine) -> str:
        return self._money.money(line.total)

    def detail_text(self, line: SaleLine) -> str:
        """The quantity line under the description ("" for a single counted item)."""
        locale = self._money.locale
        # Right to left (the store's numbers or the captions' language): each number with its
        # unit is isolated, so "1.235 kg @ $3.49/kg" never comes out jumbled.
        rtl = self._money.right_to_left or i18n.direction(i18n.current()) == Qt.LayoutDirection.RightToLeft
        iso = isolate if rtl else str
        if line.unit:
            qty = iso(quantity_text(locale, line.qty, line.unit))
            if line.unit_price is not None:
                each = iso(f"{self._money.money(line.unit_price)}/{line.unit}")
                return QCoreApplication.translate("Display", "%1 @ %2").replace("%1", qty, 1).replace("%2", each, 1)
            return qty
        if line.qty == 1:
            return ""
        qty = quantity_text(locale, line.qty, "")
        price = line.unit_price
        if price is None and line.qty:
            base = line.original_total if line.original_total is not None else line.total
            each = base / line.qty
            price = each if each == each.quantize(Decimal("0.01")) else None
        qty = iso(qty)
        if price is None:
            return f"{qty} ×"
        return QCoreApplication.translate("Display", "%1 × %2").replace("%1", qty, 1).replace("%2", iso(self._money.money(price)), 1)

    # -- updates ---------------------------------------------------------------------------

    @property
    def lines(self) -> tuple[SaleLine, ...]:
        return tuple(self._lines)

    def set_money_format(self, money: MoneyFormat) -> None:
        self._money = money
        self._texts = [None] * len(self._lines)
        if self._lines:
            self.dataChanged.emit(self.index(0), self.index(len(self._lines) - 1))

    def set_lines(self, lines: Sequence[SaleLine]) -> None:
        """Show ``lines``: rows removed, inserted and changed by ``seq``, never a reset
        (unless the counter sends lines out of ``seq`` order, which it should not)."""
        new = list(lines)
        if self._same_rows(new):
            return
        new_seqs = [line.seq for line in new]
        if new_seqs != sorted(set(new_seqs)):
            self._reset(new)
            return
        newest = self._newest(new)

        keep = set(new_seqs)
        row = len(self._lines) - 1
        while row >= 0:  # removals, in contiguous runs from the bottom
            if self._lines[row].seq in keep:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._lines[row - 1].seq not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._lines[row : last + 1]
            del self._texts[row : last + 1]
            self.endRemoveRows()
            row -= 1

        # The newest line is known before rows arrive: the view reveals it as they do.
        old_newest, self.newest_seq = self.newest_seq, newest
        row = 0
        while row < len(new):  # insertions, in contiguous runs
            if row < len(self._lines) and self._lines[row].seq == new[row].seq:
                row += 1
                continue
            first = row
            present = {line.seq for line in self._lines}
            while row < len(new) and new[row].seq not in present:
                row += 1
            self.beginInsertRows(QModelIndex(), first, row - 1)
            self._lines[first:first] = new[first:row]
            self._texts[first:first] = [None] * (row - first)
            self.endInsertRows()

        # An unchanged line is usually the very same object (sale.snapshot's line cache): "is" first.
        lines = self._lines
        changed = [i for i, line in enumerate(new) if lines[i] is not line and lines[i] != line]
        for i in changed:
            self._lines[i] = new[i]
            self._texts[i] = None
        marked = []  # rows whose only change is the highlight: their size stays
        if old_newest != newest:
            marked = [i for i, line in enumerate(self._lines) if line.seq in (old_newest, newest) and i not in changed]
        for i in sorted(set(changed)):
            self.dataChanged.emit(self.index(i), self.index(i))
        for i in marked:
            self.dataChanged.emit(self.index(i), self.index(i), [self.NewestRole])

    def _same_rows(self, new: list[SaleLine]) -> bool:
        """The usual update (the same lines, some of them changed: a quantity, a price):
        handled in two passes over the rows, without the general diff. False when rows
        come or go (then ``set_lines`` does the rest)."""
        old = self._lines
        if len(new) != len(old):
            return False
        edited = [i for i, (a, b) in enumerate(zip(old, new)) if a is not b]
        if any(old[i].seq != new[i].seq for i in edited):
            return False
        edited = [i for i in edited if old[i] != new[i]]
        for i in edited:
            self._lines[i] = new[i]
            self._texts[i] = None
        old_newest = self.newest_seq
        if edited:  # the newest line is the last one edited (lines are in seq order)
            self.newest_seq = new[edited[-1]].seq
        for i in edited:
            self.dataChanged.emit(self.index(i), self.index(i))
        if old_newest != self.newest_seq:
            for i, line in enumerate(self._lines):
                if line.seq == old_newest:
                    self.dataChanged.emit(self.index(i), self.index(i), [self.NewestRole])
        return True

    def line_at(self, row: int) -> SaleLine:
        return self._lines[row]

    def newest_row(self) -> int:
        """The row of the newest line (the last row when none is marked), -1 when empty."""
        lines = self._lines
        for row in range(len(lines) - 1, -1, -1):
            if lines[row].seq == self.newest_seq:
                return row
        return len(lines) - 1

    def _newest(self, new: list[SaleLine]) -> int | None:
        """The line the customer should look at: the one just added, else the one just changed."""
        if not new:
            return None
        old = {line.seq: line for line in self._lines}
        added = [line.seq for line in new if line.seq not in old]
        if added:
            return max(added)
        edited = [line.seq for line in new if old.get(line.seq) is not line and old.get(line.seq) != line]
        if edited:
            return max(edited)
        return self.newest_seq if self.newest_seq in {line.seq for line in new} else None

    def _reset(self, new: list[SaleLine]) -> None:
        self.beginResetModel()
        self._lines = new
        self._texts = [None] * len(new)
        self.newest_seq = new[-1].seq if new else None
        self.resets += 1
        self.endResetModel()


class LineSums:
    """Items counted and money saved over a sale's lines, for the totals panel, kept up to
    date line by line: a line that is the same object as last time (``sale.snapshot``'s line
    cache) is not added up again, so a 1,000-line sale costs one pass of lookups, and
    ``Decimal`` sums only for the lines that changed (exact: ``Decimal`` adds and subtracts
    without rounding at money sizes)."""

    ONE = Decimal(1)

    def __init__(self) -> None:
        self._shares: dict[int, tuple[SaleLine, Decimal, Decimal]] = {}  # id(line) -> (line, items, saved)
        self.items = Decimal(0)
        self.saved = Decimal(0)

    def update(self, lines: Sequence[SaleLine]) -> tuple[Decimal, Decimal]:
        """(items, saved) for ``lines``: a counted line adds its quantity, a weighed one 1."""
        quick = self._update_in_place(lines)
        if quick is not None:
            return quick
        old, new = self._shares, {}
        items, saved = self.items, self.saved
        for line in lines:
            key = id(line)
            entry = old.pop(key, None)
            if entry is None or entry[0] is not line:
                if entry is not None:  # another object at a reused id
                    items -= entry[1]
                    saved -= entry[2]
                entry = (line, line.qty if not line.unit else self.ONE, line.discount)
                items += entry[1]
                saved += entry[2]
            new[key] = entry
        for _, gone_items, gone_saved in old.values():
            items -= gone_items
            saved -= gone_saved
        if len(new) != len(lines):  # one object twice: add up plainly, start afresh next time
            self._forget()
            items = sum((line.qty if not line.unit else self.ONE for line in lines), Decimal(0))
            return items, sum((line.discount for line in lines), Decimal(0))
        self._shares, self.items, self.saved = new, items, saved
        self._last = tuple(lines)
        return items, saved

    _last: tuple[SaleLine, ...] = ()

    def _forget(self) -> None:
        """Start afresh: the next update adds every line up."""
        self._shares, self.items, self.saved, self._last = {}, Decimal(0), Decimal(0), ()

    def _update_in_place(self, lines: Sequence[SaleLine]) -> tuple[Decimal, Decimal] | None:
        """The usual update (the same number of lines, a few of them new objects), by
        position in one pass of ``is`` tests; None when lines came or went."""
        last = self._last
        if not last or len(lines) != len(last):
            return None
        changed = [i for i, (a, b) in enumerate(zip(lines, last)) if a is not b]
        if len(changed) > 16:
            return None
        shares = self._shares
        items, saved = self.items, self.saved
        for i in changed:
            gone = shares.pop(id(last[i]), None)
            line = lines[i]
            if gone is None or id(line) in shares:  # one object twice: the general way
                self._forget()
                return None
            entry = (line, line.qty if not line.unit else self.ONE, line.discount)
            shares[id(line)] = entry
            items += entry[1] - gone[1]
            saved += entry[2] - gone[2]
        self.items, self.saved = items, saved
        self._last = tuple(lines)
        return items, saved


class SaleLineDelegate(QStyledItemDelegate):
    """Paints one line: description and line total on the first row; the quantity
    detail, and any discount (struck-through original, then the saving), on the second."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit = 20.0
        self.colours = theme.Theme.for_store(None)
        self.highlight = 1.0  # 0..1: fade-in of the newest line's marker
        self._wrapped: dict[tuple[str, str, int, float], list[str]] = {}
        self._highlights: dict[tuple[int, int, float], tuple[QColor, QColor]] = {}

    def set_unit(self, unit: float) -> None:
        if unit != self.unit:
            self.unit = unit
            self._cache = None

    _cache: tuple[Any, Any, Any, int, int] | None = None
    _cache_scale = 1.0
    _measures: tuple[Any, Any, Any, Any, int] = ()

    def _metrics(self) -> tuple[Any, Any, Any, int, int]:
        """Fonts and the two row heights for the current unit (computed once per size)."""
        if self._cache is None or self._cache_scale != theme.text_scale():
            self._cache_scale = theme.text_scale()
            self._wrapped.clear()
            u = self.unit
            main, bold, small = theme.font(u * 1.0), theme.font(u * 1.0, bold=True), theme.font(u * 0.74)
            struck = theme.font(u * 0.74)
            struck.setStrikeOut(True)
            fm_main = QFontMetrics(main)
            one = fm_main.height() + u * 0.8  # padding above and below
            two = one + QFontMetrics(small).height() + u * 0.12
            self._cache = (main, bold, small, round(one), round(two))
            self._measures = (fm_main, QFontMetrics(bold), QFontMetrics(small), struck, fm_main.lineSpacing())
        return self._cache

    def _fonts(self) -> tuple[Any, Any, Any]:
        return self._metrics()[:3]

    def _font_metrics(self) -> tuple[Any, Any, Any, Any, int]:
        """(main, bold and small font metrics, the struck-through font, the line spacing)."""
        self._metrics()
        return self._measures

    def row_width(self, option: QStyleOptionViewItem) -> int:
        """The width a row is painted at: the view's viewport (the option may not say)."""
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return width or option.rect.width()

    def description_lines(self, description: str, total: str, row_width: int) -> list[str]:
        """The product name as it is painted beside its price: one line, or two when it
        does not fit (the second elided if even that is not enough). Cached per text and width."""
        key = (description, total, row_width, self.unit)
        cached = self._wrapped.get(key)
        if cached is not None:
            return cached
        fm, fm_bold, *_ = self._font_metrics()
        room = max(10, row_width - 2 * round(self.unit * 0.8) - fm_bold.horizontalAdvance(total) - round(self.unit * 0.8))
        if fm.horizontalAdvance(description) <= room:
            lines = [description]
        else:
            words = description.split()
            first, used = "", 0
            for used, word in enumerate(words):
                trial = f"{first} {word}".strip()
                if fm.horizontalAdvance(trial) > room:
                    break
                first = trial
            else:
                used = len(words)
            if not first:  # one very long word: elide it on one line
                lines = [fm.elidedText(description, Qt.TextElideMode.ElideRight, room)]
            else:
                lines = [first, fm.elidedText(" ".join(words[used:]), Qt.TextElideMode.ElideRight, room)]
        if len(self._wrapped) > 4000:
            self._wrapped.clear()
        self._wrapped[key] = lines
        return lines

    def _highlight_colours(self, c: theme.Theme) -> tuple[QColor, QColor]:
        """The newest line's tint (16 % of the accent at full highlight) and its marker, over
        the paper, for the fade's current step (cached: a handful of steps per theme)."""
        key = (c.paper.rgba(), c.accent.rgba(), self.highlight)
        colours = self._highlights.get(key)
        if colours is None:
            strength = max(0.0, min(1.0, self.highlight))
            colours = (theme.mix(c.paper, c.accent, 0.16 * strength), theme.mix(c.paper, c.accent, strength))
            if len(self._highlights) > 64:
                self._highlights.clear()
            self._highlights[key] = colours
        return colours

    def row_height(self, description: str, texts: RowTexts, width: int) -> int:
        """The height of a row showing ``description`` with ``texts`` at ``width``."""
        *_, one, two = self._metrics()
        height = two if texts.two_rows else one
        if width > 0 and len(self.description_lines(description, texts.total, width)) > 1:
            height += self._measures[4]
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self.row_width(option)
        texts = RowTexts("", index.data(SaleLinesModel.TotalRole) or "", "", "", bool(index.data(SaleLinesModel.TwoRowsRole)))
        return QSize(max(10, width), self.row_height(index.data(Qt.ItemDataRole.DisplayRole) or "", texts, width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Qt's delegate API (the view paints its rows through ``paint_row``, reading its model directly)."""
        texts = RowTexts(
            index.data(SaleLinesModel.DetailRole) or "",
            index.data(SaleLinesModel.TotalRole) or "",
            index.data(SaleLinesModel.OriginalRole) or "",
            index.data(SaleLinesModel.DiscountRole) or "",
            bool(index.data(SaleLinesModel.TwoRowsRole)),
        )
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        self.paint_row(painter, QRect(option.rect), rtl, index.data(Qt.ItemDataRole.DisplayRole) or "", texts, bool(index.data(SaleLinesModel.NewestRole)))

    def paint_row(self, painter: QPainter, rect: QRect, rtl: bool, description: str, texts: RowTexts, newest: bool) -> None:
        """Paint one line in ``rect``."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        c = self.colours
        u = self.unit

        if newest:
            # The tint and the marker are mixed with the paper here and filled opaque: Qt
            # blends a translucent fill span by span, and splits one of 96 or more scan
            # lines (a two-row line) across its thread pool and waits for it, which cost
            # more than all the rest of painting the row.
            tint, marker = self._highlight_colours(c)
            painter.fillRect(rect, tint)
            bar = QRect(rect)
            bar.setWidth(max(3, round(u * 0.18)))
            if rtl:
                bar.moveRight(rect.right())
            painter.fillRect(bar, marker)

        main, bold, small = self._fonts()
        fm_main, fm_bold, fm_small, struck_font, spacing = self._measures
        pad_x = round(u * 0.8)
        inner = rect.adjusted(pad_x, round(u * 0.4), -pad_x, -round(u * 0.4))

        total = texts.total
        total_width = fm_bold.horizontalAdvance(total)
        first = QRect(inner.left(), inner.top(), inner.width(), fm_main.height())
        text_room = max(0, inner.width() - total_width - round(u * 0.8))
        # Absolute alignment, mirrored by hand: the reading start is the right edge in RTL.
        lead, trail = (_RIGHT, _LEFT) if rtl else (_LEFT, _RIGHT)

        painter.setPen(c.ink)
        painter.setFont(main)
        described = QRect(first)
        described.setWidth(text_room)
        if rtl:
            described.moveRight(first.right())
        for i, text in enumerate(self.description_lines(description, total, rect.width())):
            painter.drawText(described.translated(0, i * spacing), lead, text)
            if i:
                first = first.translated(0, spacing)  # the detail row goes under both lines
        painter.setFont(bold)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm_main.height()), trail, total)

        detail, discount = texts.detail, texts.discount
        if detail or discount:
            second = QRect(inner.left(), first.bottom() + 1 + round(u * 0.12), inner.width(), fm_small.height())
            painter.setFont(small)
            saving_width = 0
            if discount:
                original = texts.original
                gap = round(u * 0.5)
                saving_width = fm_small.horizontalAdvance(discount) + gap + fm_small.horizontalAdvance(original)
                painter.setPen(c.saving)
                painter.drawText(second, trail, discount)
                struck = QRect(second)
                struck.setWidth(second.width() - fm_small.horizontalAdvance(discount) - gap)
                if rtl:
                    struck.moveRight(second.right())
                    struck.moveLeft(second.left() + fm_small.horizontalAdvance(discount) + gap)
                painter.setPen(c.muted)
                painter.setFont(struck_font)
                painter.drawText(struck, trail, original)
                painter.setFont(small)
            if detail:
                room = max(0, second.width() - saving_width - round(u * 0.8))
                painter.setPen(c.muted)
                detail_rect = QRect(second)
                detail_rect.setWidth(room)
                if rtl:
                    detail_rect.moveRight(second.right())
                painter.drawText(detail_rect, lead, fm_small.elidedText(detail, Qt.TextElideMode.ElideRight, room))

        painter.setPen(QPen(c.rule, max(1, round(u * 0.05))))
        painter.drawLine(rect.left() + pad_x, rect.bottom(), rect.right() - pad_x, rect.bottom())
        painter.restore()


class SaleLinesView(QAbstractItemView):
    """The lines list: no selection, no focus ring, smooth per-pixel scrolling, and the
    newest line always in sight (scrolled to, gently, whenever it changes).

    It lays its rows out itself (a height per row and their running sums), so an update
    costs what changed, whatever the size of the sale:

    * a changed row is measured again (one ``sizeHint``) and repainted; rows below it are
      repainted only if its height changed (they move). Inserted rows are measured once;
      every row is measured again only when the width or the type size changes;
    * the newest line's highlight fade repaints that row only;
    * painting walks only the rows inside the damaged rectangle.

    ``measured`` and ``painted_rows`` count sizeHint calls and rows painted (tests, bench).
    """

    def __init__(self, model: SaleLinesModel, parent: Any = None) -> None:
        super().__init__(parent)
        # A viewport made here rather than the one Qt made: PySide knows its Python type. For a
        # widget made in C++, PySide's first look at its type materialises every QWidget
        # subclass it knows, with their enums (~10 ms of the launch).
        self.setViewport(QWidget())
        self._heights: list[int] = []  # per row
        self._tops: list[int] = [0]  # running sums: row r spans _tops[r] .. _tops[r + 1]
        self._width = -1  # the viewport width the heights were measured at
        self.measured = 0
        self.painted_rows = 0
        self.setModel(model)
        self.line_delegate = SaleLineDelegate(self)
        self.setItemDelegate(self.line_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)
        # The viewport paints its own paper (paintEvent), so a changed row or a fade frame
        # repaints that row only, not every widget underneath it as well.
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAutoFillBackground(False)
        self.setStyleSheet("QAbstractItemView { background: transparent; border: none; }")
        self._scroll = QVariantAnimation(self)
        self._scroll.setDuration(260)
        self._scroll.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._scroll.valueChanged.connect(self._on_glide)
        self._scroll.finished.connect(self._start_fade)
        self._fade = QTimer(self)  # the highlight's steps (a timer: no Python call per animation frame)
        self._fade.setInterval(round(self.FADE_MS / self.FADE_STEPS))
        self._fade.timeout.connect(self._on_fade)
        self.animate = True  # screenshots and tests turn the motion off
        self._measure_all()

    # -- geometry: one height per row ------------------------------------------------------

    def _measure(self, row: int, width: int) -> int:
        self.measured += 1
        model = self.model()
        return self.line_delegate.row_height(model.line_at(row).description, model.row_texts(row), width)

    def _measure_all(self) -> None:
        width = self._width = self.viewport().width()
        self._heights = [self._measure(row, width) for row in range(self.model().rowCount())]
        self._relayout()
        self.viewport().update()

    def _relayout(self) -> None:
        self._tops = [0, *accumulate(self._heights)]
        self.updateGeometries()

    def contents_height(self) -> int:
        return self._tops[-1]

    def doItemsLayout(self) -> None:  # noqa: N802 (Qt name): a full layout, on reset and setModel
        self._measure_all()
        super().doItemsLayout()

    def reset(self) -> None:
        super().reset()
        self._measure_all()

    def rowsInserted(self, parent: _Index, start: int, end: int) -> None:  # noqa: N802
        super().rowsInserted(parent, start, end)
        if parent.isValid():
            return
        width = self.viewport().width()
        self._heights[start:start] = [self._measure(row, width) for row in range(start, end + 1)]
        self._relayout()
        self.viewport().update(self._below(start))
        self._newest_changed(arrived=True)

    def rowsAboutToBeRemoved(self, parent: _Index, start: int, end: int) -> None:  # noqa: N802
        super().rowsAboutToBeRemoved(parent, start, end)
        if parent.isValid():
            return
        self.viewport().update(self._below(start))
        del self._heights[start : end + 1]
        self._relayout()

    def dataChanged(self, top_left: _Index, bottom_right: _Index, roles: Any = ()) -> None:  # noqa: N802
        first, last = top_left.row(), bottom_right.row()
        highlight_only = list(roles) == [SaleLinesModel.NewestRole]  # the size stays: repaint only
        if 0 <= first <= last < len(self._heights) and not highlight_only:
            width = self.viewport().width()
            moved = False
            for row in range(first, last + 1):
                height = self._measure(row, width)
                if height != self._heights[row]:
                    self._heights[row] = height
                    moved = True
            if moved:  # the rows below move: repaint from here down
                self._holding = self.animate and self.isVisible()  # the list moves after this frame's paint
                try:
                    self._relayout()
                finally:
                    self._holding = False
                self.viewport().update(self._below(first))
            elif first != last:
                self.viewport().update(self._span(first, last))
        super().dataChanged(top_left, bottom_right, roles)  # repaints a single changed row
        self._newest_changed()

    def _below(self, row: int) -> QRect:
        """The viewport area from ``row``'s top down."""
        top = (self._tops[row] if row < len(self._tops) else self._tops[-1]) - self.verticalOffset()
        return QRect(0, max(0, top), self.viewport().width(), max(0, self.viewport().height() - max(0, top)))

    def _span(self, first: int, last: int) -> QRect:
        offset = self.verticalOffset()
        return QRect(0, self._tops[first] - offset, self.viewport().width(), self._tops[last + 1] - self._tops[first])

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.viewport().width() != self._width:
            self._measure_all()  # names wrap at the new width
        else:
            self.updateGeometries()

    def updateGeometries(self) -> None:  # noqa: N802
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        bar.setPageStep(max(1, page))
        bar.setSingleStep(max(1, round(self.line_delegate.unit if hasattr(self, "line_delegate") else 20)))
        top = self._whole_rows_from(max(0, self._tops[-1] - page))
        if self._holding and top < bar.value():
            # A row shrank at the end of the list: the list would have to move in the frame
            # that repaints the row (a whole repaint, see reveal_newest). Keep its place for
            # this frame (a gap under the last row) and move it in the next.
            top = bar.value()
            self._move_after_paint = True
        bar.setRange(0, top)
        super().updateGeometries()

    _holding = False

    def _whole_rows_from(self, y: int) -> int:
        """Scroll position ``y``, or the top of the next row when ``y`` would cut one: the
        view starts with a whole row (a long sale never shows half a row at the top; the
        newest row at the bottom may leave a gap under it instead)."""
        row = bisect_right(self._tops, y) - 1
        if 0 <= row < len(self._heights) and self._tops[row] < y:
            return self._tops[row + 1]
        return y

    # -- QAbstractItemView's geometry API ----------------------------------------------------

    def visualRect(self, index: _Index) -> QRect:  # noqa: N802
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._heights):
            return QRect()
        return QRect(0, self._tops[row] - self.verticalOffset(), self.viewport().width(), self._heights[row])

    def indexAt(self, point: Any) -> QModelIndex:  # noqa: N802
        row = bisect_right(self._tops, point.y() + self.verticalOffset()) - 1
        return self.model().index(row, 0) if 0 <= row < len(self._heights) else QModelIndex()

    def scrollTo(self, index: _Index, hint: Any = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        rect = self.visualRect(index)
        if rect.isNull():
            return
        bar = self.verticalScrollBar()
        if rect.bottom() >= self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height() + 1)
        elif rect.top() < 0:
            bar.setValue(bar.value() + rect.top())

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        """Move the pixels already painted and repaint only the strip that comes into view
        (QAbstractScrollArea's default repaints the whole viewport on every scroll step:
        the newest-line glide was 16 frames of every visible row)."""
        self.viewport().scroll(dx, dy)

    def horizontalOffset(self) -> int:  # noqa: N802
        return 0

    def verticalOffset(self) -> int:  # noqa: N802
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: _Index) -> bool:  # noqa: N802
        return False

    def moveCursor(self, action: Any, modifiers: Any) -> QModelIndex:  # noqa: N802
        return QModelIndex()

    def setSelection(self, rect: Any, flags: Any) -> None:  # noqa: N802
        pass

    def visualRegionForSelection(self, selection: Any) -> QRegion:  # noqa: N802
        return QRegion()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        """Paint the rows inside the damaged rectangle, nothing else."""
        area = event.rect()
        offset = self.verticalOffset()
        n = len(self._heights)
        row = max(0, bisect_right(self._tops, area.top() + offset) - 1)
        painter = QPainter(self.viewport())
        painter.fillRect(area, self.line_delegate.colours.paper)
        width = self.viewport().width()
        model = self.model()
        delegate = self.line_delegate
        bottom = area.bottom() + offset
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        while row < n and self._tops[row] <= bottom:
            rect = QRect(0, self._tops[row] - offset, width, self._heights[row])
            line = model.line_at(row)
            delegate.paint_row(painter, rect, rtl, line.description, model.row_texts(row), line.seq == model.newest_seq)
            self.painted_rows += 1
            row += 1
        painter.end()
        if self._move_after_paint:
            self._move_after_paint = False
            QTimer.singleShot(0, self._move_now)

    _move_after_paint = False

    def _move_now(self) -> None:
        if shiboken6.isValid(self):
            self.updateGeometries()  # the range it kept for the last frame, if it kept one
            self.reveal_newest(animated=False)

    # -- the newest line -------------------------------------------------------------------

    def set_unit(self, unit: float) -> None:
        self.line_delegate.set_unit(unit)
        self._measure_all()
        self.reveal_newest(animated=False)

    def set_theme(self, colours: theme.Theme) -> None:
        self.line_delegate.colours = colours
        self.viewport().update()

    def newest_row(self) -> int:
        model = self.model()
        if isinstance(model, SaleLinesModel):
            return model.newest_row()
        return model.rowCount() - 1

    def _newest_changed(self, arrived: bool = False) -> None:
        """``arrived``: rows were inserted (a new line glides into view; a line that only
        grew or shrank in place is kept in view at once)."""
        moving = self.animate and self.isVisible()
        self.reveal_newest(animated=moving, short_at_once=not arrived)
        model = self.model()
        seq = model.newest_seq if isinstance(model, SaleLinesModel) else None
        if seq == self._faded_seq and seq is not None:
            return  # the same line changed again (a quantity): its highlight is on or coming
        self._faded_seq = seq
        if moving:
            # The highlight fades in once the row has glided into view: a fade step in the
            # same frame as a scroll step would make Qt repaint the whole list, not blit it.
            self._fade.stop()
            self._fade_step = 0
            self.line_delegate.highlight = 0.0
            if self._scroll.state() != QAbstractAnimation.State.Running:
                self._fade.start()
        else:
            self._fade.stop()
            self._fade_step = self.FADE_STEPS
            self.line_delegate.highlight = 1.0

    #: The highlight fades in over ``FADE_MS`` in this many steps (not at an animation's 60
    #: frames a second: 44 repaints of the row per update). A step is 1/12 of the 16 % tint,
    #: too small to see.
    FADE_MS = 700
    FADE_STEPS = 12
    _fade_step = 0
    _faded_seq: int | None = None  # the line the highlight is on (or fading in on)

    def _on_glide(self, value: Any) -> None:
        # QVariantAnimation also reports a value when its ends are set (at the last glide's
        # time): only a running glide moves the list, or it jumps and comes back.
        if self._scroll.state() == QAbstractAnimation.State.Running:
            self.verticalScrollBar().setValue(int(value))

    def _start_fade(self) -> None:
        if self._fade_step >= self.FADE_STEPS or self._fade.isActive():
            return
        if self.animate:
            self._fade.start()
        else:  # motion turned off during the glide: the highlight at once
            self._fade_step = self.FADE_STEPS - 1
            self._on_fade()

    def _on_fade(self) -> None:
        self._fade_step = step = min(self.FADE_STEPS, self._fade_step + 1)
        if step >= self.FADE_STEPS:
            self._fade.stop()
        self.line_delegate.highlight = step / self.FADE_STEPS
        row = self.newest_row()  # the only row the highlight is drawn on
        if 0 <= row < len(self._heights):
            self.viewport().update(self.visualRect(self.model().index(row, 0)))

    def reveal_newest(self, animated: bool = False, short_at_once: bool = False) -> None:
        """Scroll so the newest line is fully visible (at the bottom when it is the last).

        ``short_at_once``: a move no longer than the newest line's height (it grew a detail
        row in place) is made at once, not glided (16 frames of moving the whole list for
        a few pixels), unless a glide is already on its way."""
        row = self.newest_row()
        if row < 0:
            return
        bar = self.verticalScrollBar()
        rect = self.visualRect(self.model().index(row, 0))
        target = bar.value()
        if row == self.model().rowCount() - 1:
            target = bar.maximum()
        elif rect.bottom() > self.viewport().height():
            target = self._whole_rows_from(bar.value() + rect.bottom() - self.viewport().height() + 1)
        elif rect.top() < 0:
            target = bar.value() + rect.top()
        if target == bar.value():
            return
        gliding = self._scroll.state() == QAbstractAnimation.State.Running
        if animated and short_at_once and not gliding and abs(target - bar.value()) <= rect.height():
            # The row that grew is repainted in this frame; the list moves in the next, by
            # moving its pixels. Qt repaints the whole list instead when a move and a
            # repaint meet in one frame (a 1,000-line update then cost a millisecond more).
            self._scroll.stop()
            self._move_after_paint = True
            return
        if animated:
            self._scroll.stop()
            self._scroll.setStartValue(bar.value())
            self._scroll.setEndValue(target)
            self._scroll.start()
        else:
            self._scroll.stop()
            bar.setValue(target)

    def newest_fully_visible(self) -> bool:
        """True when the newest line is entirely inside the viewport (what the customer sees)."""
        row = self.newest_row()
        if row < 0:
            return True
        rect = self.visualRect(self.model().index(row, 0))
        return rect.top() >= 0 and rect.bottom() <= self.viewport().height()
