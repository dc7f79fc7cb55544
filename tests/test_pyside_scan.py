"""PySide's per-module check (does its source mention PySide6?) answered from the file's bytes
gives PySide's own answers (ui/pyside_scan.py; issue 15's start-up)."""

from __future__ import annotations

import sys
import types

import PySide6.QtCore  # noqa: F401 - loads PySide's feature support

from claimdesk.ui import pyside_scan


def test_the_byte_search_answers_as_pyside_does(monkeypatch, tmp_path):
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # put back after the test
    assert pyside_scan.install() is True
    faster = feature._mod_uses_pyside
    assert faster is not original and pyside_scan.install() is False  # once is enough

    import json

    import claimdesk.storage.company_file
    import claimdesk.ui.main_window

    unreadable = types.ModuleType("gone")
    unreadable.__file__ = str(tmp_path / "gone.py")  # no such file: PySide's own check answers
    modules = [claimdesk.ui.main_window, claimdesk.storage.company_file, json, sys, types, unreadable]
    answers = [faster(m) for m in modules]
    assert answers == [original(m) for m in modules]
    assert answers[:2] == [True, False]  # the window uses PySide, the company file does not
