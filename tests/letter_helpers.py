"""Shared helpers for the letter tests: render in process and read the PDF's text back."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pdf_text(pdf: bytes, pages=None) -> str:
    """All the text of the PDF (or of some pages), whitespace normalised to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    chosen = reader.pages if pages is None else [reader.pages[i] for i in pages if i < len(reader.pages)]
    return norm(" ".join(page.extract_text() for page in chosen))


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()
