"""The letter's tables: ruled rows of one-line texts and wrapped paragraphs.

reportlab's general Table resolves a list of style commands for every cell and draws each cell
in its own graphics state; for the letter's ten tables that was a third of the rendering time.
A letter's tables need much less: fixed column widths, cells aligned at the top, a shaded
header row repeated on each page, a rule under the header and under the last row, a bold total
row with a rule above it, and rows that may break across pages.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from reportlab.platypus import Flowable, Paragraph

PAD_X, PAD_TOP, PAD_BOTTOM = 4, 2.5, 2.5


class Text(NamedTuple):
    """A one-line cell drawn as a string, never parsed as markup."""

    text: str
    font: str
    size: float
    leading: float
    right: bool = False


EMPTY = Text("", "", 0, 0)


class Look(NamedTuple):
    ink: object
    rule: object
    shade: object


class Grid(Flowable):
    """``rows``: lists of Text and Paragraph cells, one per column of ``widths``. With
    ``header``, the first row is shaded and repeated at the top of each page the table runs
    onto; with ``total``, the last row is set off by a rule above it. ``split_rows`` lets a row
    of paragraphs taller than the space left break across pages; a table that ``keep``s moves
    to the next page whole rather than break, unless it is longer than a page.

    Every part a table is split into shares the whole table's rows and the running sums of
    their heights: each row is measured once, and a page's split looks only at the rows that
    page takes, so a table of any length costs time in proportion to its rows."""

    def __init__(self, rows, widths, look: Look, *, header=False, total=False, split_rows=False, keep=False):
        super().__init__()
        self.widths, self.look = list(widths), look
        self.header, self.total, self.split_rows, self.keep = header, total, split_rows, keep
        self.hAlign = "LEFT"
        # This grid shows the header row (if any) of ``_all`` and its rows ``_lo`` to ``_hi``.
        self._all, self._lo, self._hi = rows, (1 if header else 0), len(rows)
        self._tops: list[float] | None = None  # _tops[i]: the height of _all's rows before row i

    @property
    def rows(self) -> list:
        return self._all[:1 if self.header else 0] + self._all[self._lo:self._hi]

    # -- geometry ----------------------------------------------------------------------------
    def _row_height(self, row) -> float:
        tallest = 0.0
        for cell, width in zip(row, self.widths):
            h = cell.leading if isinstance(cell, Text) else cell.wrap(width - 2 * PAD_X, 1e9)[1]
            if h > tallest:
                tallest = h
        return tallest + PAD_TOP + PAD_BOTTOM

    def _running_heights(self) -> list[float]:
        if self._tops is None:
            tops, y = [0.0], 0.0
            for row in self._all:
                y += self._row_height(row)
                tops.append(y)
            self._tops = tops
        return self._tops

    def _head_height(self) -> float:
        return self._running_heights()[1] if self.header else 0.0

    def _row_heights(self) -> list[float]:
        """The heights of the rows this grid draws, header first."""
        tops = self._running_heights()
        heights = [tops[1]] if self.header else []
        return heights + [tops[i + 1] - tops[i] for i in range(self._lo, self._hi)]

    def wrap(self, avail_width, avail_height):
        tops = self._running_heights()
        self.width = sum(self.widths)
        self.height = self._head_height() + tops[self._hi] - tops[self._lo]
        return self.width, self.height

    def _part(self, lo: int, hi: int, *, total: bool, rows=None) -> Grid:
        """Rows ``lo`` to ``hi`` of this table's rows (or of ``rows``, a new table's)."""
        part = Grid(self._all if rows is None else rows, self.widths, self.look, header=self.header,
                    total=total, split_rows=self.split_rows)
        part._lo, part._hi = lo, hi
        if rows is None:
            part._tops = self._tops
        return part

    def split(self, avail_width, avail_height):
        frame = getattr(self, "_frame", None)
        if self.keep and frame is not None and not frame._atTop:
            return []  # on to the next page, whole
        if self._lo >= self._hi:
            return []
        tops = self._running_heights()
        # The last row that fits: a binary search over the running heights.
        limit = tops[self._lo] + avail_height - self._head_height()
        n = bisect_right(tops, limit, self._lo + 1, self._hi + 1) - 1
        if n >= self._hi:
            return [self]
        if n > self._lo:
            return [self._part(self._lo, n, total=False), self._part(n, self._hi, total=self.total)]
        if not self.split_rows:
            return []
        broken = self._split_row(self._all[self._lo], avail_height - self._head_height() - PAD_TOP - PAD_BOTTOM)
        if broken is None:
            return []
        top, rest = broken
        head = self._all[:1 if self.header else 0]
        first = len(head)
        below = self._part(first, first + 1 + self._hi - self._lo - 1, total=self.total,
                           rows=head + [rest] + self._all[self._lo + 1:self._hi])
        # The rows after the broken one keep their measured heights.
        y = self._head_height() + self._row_height(rest)
        below._tops = [0.0] + ([self._head_height()] if self.header else []) + [y] + \
            [y + tops[i] - tops[self._lo + 1] for i in range(self._lo + 2, self._hi + 1)]
        return [self._part(first, first + 1, total=False, rows=head + [top]), below]

    def _split_row(self, row, avail_height):
        """The row cut at ``avail_height``: one-line cells stay above, paragraphs continue below."""
        if avail_height <= 0:
            return None
        top, rest, cut = [], [], False
        for cell, width in zip(row, self.widths):
            if isinstance(cell, Text):
                if cell.leading > avail_height:
                    return None
                top.append(cell)
                rest.append(cell._replace(text=""))
                continue
            w = width - 2 * PAD_X
            if cell.wrap(w, 1e9)[1] <= avail_height:
                top.append(cell)
                rest.append(EMPTY)
                continue
            parts = cell.split(w, avail_height)
            if len(parts) != 2:
                cell.wrap(w, 1e9)  # a split that failed leaves the paragraph unwrapped: it is drawn whole
                return None
            top.append(parts[0])
            rest.append(parts[1])
            cut = True
        return (top, rest) if cut else None

    # -- drawing -----------------------------------------------------------------------------
    def draw(self):
        canv, look = self.canv, self.look
        heights = self._row_heights()
        canv.saveState()
        if self.header:
            canv.setFillColor(look.shade)
            canv.rect(0, self.height - heights[0], self.width, heights[0], stroke=0, fill=1)
        text = canv.beginText()
        text.setFillColor(look.ink)
        font = None
        top = self.height
        paragraphs = []
        for row, h in zip(self.rows, heights):
            x = 0.0
            for cell, col_width in zip(row, self.widths):
                if isinstance(cell, Text):
                    if cell.text:
                        if font != (cell.font, cell.size):
                            font = (cell.font, cell.size)
                            text.setFont(cell.font, cell.size, cell.leading)
                        if cell.right:
                            dx = x + col_width - PAD_X - canv.stringWidth(cell.text, cell.font, cell.size)
                        else:
                            dx = x + PAD_X
                        text.setTextOrigin(dx, top - PAD_TOP - cell.size)
                        text.textOut(cell.text)
                elif isinstance(cell, Paragraph):
                    paragraphs.append((cell, x + PAD_X, top - PAD_TOP - cell.height))
                x += col_width
            top -= h
        canv.drawText(text)
        for paragraph, x, y in paragraphs:
            paragraph.drawOn(canv, x, y)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        if self.header:
            self._rule(self.height - heights[0], 0.5, look.rule)
        if self.total and len(self.rows) > 1:
            self._rule(heights[-1], 0.8, look.ink)
        self._rule(0, 0.5, look.rule)
        canv.restoreState()

    def _rule(self, y, weight, color):
        self.canv.setStrokeColor(color)
        self.canv.setLineWidth(weight)
        self.canv.line(0, y, self.width, y)
