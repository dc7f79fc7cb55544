"""Wheel builds copy the top-level ``resources/`` and ``translations/*.qm`` into the package.

In a checkout they sit beside ``claimdesk/``; in an installed wheel nothing beside the package
ships, so ``build_py`` places them at ``claimdesk/resources`` and ``claimdesk/translations``, the
first place ``claimdesk.paths`` looks. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self):
        super().run()
        # An editable install runs the checkout's package, which finds the folders beside it.
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "claimdesk"
        target = package / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        catalogs = package / "translations"
        catalogs.mkdir(parents=True, exist_ok=True)
        for qm in sorted((ROOT / "translations").glob("*.qm")):
            shutil.copy2(qm, catalogs / qm.name)


setup(cmdclass={"build_py": BuildWithResources})
