"""PySide6 6.12.0 on Python 3.11 drains the reference count of None and aborts (perf-baseline §0).

pyproject.toml keeps PySide6 below 6.12 on Python < 3.12; this test fails if an installed PySide6 has
the bug, whatever the pin says.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import sys
from PySide6.QtCore import Qt, QAbstractTableModel, QModelIndex, QStringListModel

class M(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 1
    def columnCount(self, parent=QModelIndex()): return 1
    def data(self, index, role=Qt.DisplayRole): return None

m = M()
before = sys.getrefcount(None)
for _ in range(1000):
    QAbstractTableModel.headerData(m, 0, Qt.Horizontal, Qt.ToolTipRole)
    QStringListModel().data(QModelIndex(), Qt.DisplayRole)
    QModelIndex().data()
print(sys.getrefcount(None) - before)
"""


def test_installed_pyside6_keeps_none_alive():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    # A drained None aborts the interpreter at exit (SIGABRT, "none_dealloc").
    assert result.returncode == 0, result.stderr[-500:]
    drift = int(result.stdout.strip())
    assert abs(drift) < 100, f"None lost {-drift} references over 3000 calls"
