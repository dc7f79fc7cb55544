"""The letter's tables: ruled rows of one-line texts and wrapped paragraphs.

reportlab's general Table resolves a list of style commands for every cell and draws each cell
in its own graphics state; for the letter's ten tables that was a third of the rendering time.
A letter's tables need much less: fixed column widths, cells aligned at the top, a shaded
header row repeated on each page, a rule under the header and under the last row, a bold total
row with a rule above it, and rows that may break across pages.
"""

from __future__ import annotations

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
    to the next page whole rather than break, unless it is longer than a page."""

    def __init__(self, rows, widths, look: Look, *, header=False, total=False, split_rows=False, keep=False):
        super().__init__()
        self.rows, self.widths, self.look = rows, list(widths), look
        self.header, self.total, self.split_rows, self.keep = header, total, split_rows, keep
        self.hAlign = "LEFT"
        self._heights: list[float] | None = None

    # -- geometry ----------------------------------------------------------------------------
    def _row_height(self, row) -> float:
        tallest = 0.0
        for cell, width in zip(row, self.widths):
            if isinstance(cell, Text):
                h = cell.leading
            else:
                h = cell.wrap(width - 2 * PAD_X, 1e9)[1]
            tallest = max(tallest, h)
        return tallest + PAD_TOP + PAD_BOTTOM

    def _row_heights(self) -> list[float]:
        if self._heights is None:
            self._heights = [self._row_height(row) for row in self.rows]
        return self._heights

    def wrap(self, avail_width, avail_height):
        self.width = sum(self.widths)
        self.height = sum(self._row_heights())
        return self.width, self.height

    def _part(self, rows, *, total: bool) -> Grid:
        return Grid(rows, self.widths, self.look, header=self.header, total=total, split_rows=self.split_rows)

    def split(self, avail_width, avail_height):
        frame = getattr(self, "_frame", None)
        if self.keep and frame is not None and not frame._atTop:
            return []  # on to the next page, whole
        heights = self._row_heights()
        first = 1 if self.header else 0
        if len(self.rows) <= first:
            return []
        used = sum(heights[:first])
        n = first
        while n < len(self.rows) and used + heights[n] <= avail_height:
            used += heights[n]
            n += 1
        head = self.rows[:first]
        if n == len(self.rows):
            return [self]
        if n > first:
            return [self._part(self.rows[:n], total=False), self._part(head + self.rows[n:], total=self.total)]
        if not self.split_rows:
            return []
        broken = self._split_row(self.rows[first], avail_height - used - PAD_TOP - PAD_BOTTOM)
        if broken is None:
            return []
        top, rest = broken
        return [self._part(head + [top], total=False), self._part(head + [rest] + self.rows[first + 1:],
                                                                   total=self.total)]

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
