"""Import reportlab's paragraph module with its one slow regular expression compiled on first use.

At import, ``reportlab.platypus.paragraph`` compiles a case-insensitive URL pattern whose
character classes span most of Unicode; ``re`` takes about 55 ms over it, an eighth of a whole
``claimdesk render`` process and of the first preview in the app. The pattern only serves to
hyphenate URLs, which the letter's styles never ask for, so it is compiled when first used.
Every other pattern compiles as usual; nothing is deferred if reportlab is already loaded.
"""

from __future__ import annotations

import re
import sys
import threading

_MODULE = "reportlab.platypus.paragraph"
_lock = threading.Lock()


class DeferredPattern:
    """Stands for a compiled pattern and compiles it at the first attribute asked of it."""

    def __init__(self, pattern: str, flags: int, compile_):
        self._args = (pattern, flags)
        self._compile = compile_
        self._compiled = None

    def __getattr__(self, name):
        if self._compiled is None:
            self._compiled = self._compile(*self._args)
        return getattr(self._compiled, name)


def _slow(pattern, flags) -> bool:
    # Case folding over ranges up to U+FFFF is what makes a pattern this slow to compile.
    return isinstance(pattern, str) and bool(flags & re.IGNORECASE) and "\uffff" in pattern


def import_reportlab() -> None:
    """Import reportlab.platypus (once per process) with the slow pattern deferred."""
    if _MODULE in sys.modules:
        return
    with _lock:
        if _MODULE in sys.modules:
            return
        compile_ = re.compile

        def deferring(pattern, flags=0):
            if _slow(pattern, flags):
                return DeferredPattern(pattern, flags, compile_)
            return compile_(pattern, flags)

        re.compile = deferring
        try:
            import reportlab.platypus  # noqa: F401  (imports the paragraph module)
        finally:
            re.compile = compile_
