"""The layer rules of docs/architecture.md, as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "import-linter is part of the test extra"
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or " 0 broken" in result.stdout


def test_nothing_touches_the_disk_at_import(tmp_path):
    """Importing every module creates no file or folder (no data dir made at import time)."""
    code = ("import pkgutil, importlib, claimdesk\n"
            "for m in pkgutil.walk_packages(claimdesk.__path__, 'claimdesk.'):\n"
            "    if not m.name.startswith('claimdesk.ui') and m.name != 'claimdesk.__main__':\n"
            "        importlib.import_module(m.name)\n")
    env_home = tmp_path / "home"
    env_home.mkdir()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"HOME": str(env_home), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(env_home / "d"),
                                 "XDG_CONFIG_HOME": str(env_home / "c"), "XDG_STATE_HOME": str(env_home / "s")})
    assert result.returncode == 0, result.stderr
    assert list(env_home.iterdir()) == []


def test_ruff_finds_nothing():
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert exe, "ruff is part of the test extra"
    result = subprocess.run([exe, "check", "--no-cache", "claimdesk", "tests", "bench", "scripts", "packaging"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
