"""Screenshots of the main screens in every interface language (offscreen, demo company).

    .venv/bin/python scripts/screenshots_i18n.py [OUT_FOLDER] [LANG ...]

Writes ``docs/screenshots/i18n/<lang>-<screen>.png``; ``pseudo`` is accepted as a language to
see how the screens cope with texts 40 % longer.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MAIN_SCREENS = ("company-assistant-1", "company-assistant-3", "main-window-journal", "outage-started-now",
                "outage-editor", "settings-1", "settings-4", "claim-wizard-2", "claim-wizard-4",
                "main-window-claims", "crash-dialog")


def main() -> int:
    args = sys.argv[1:]
    out = Path(args.pop(0)) if args and not args[0].isalpha() else ROOT / "docs" / "screenshots" / "i18n"
    languages = args or ["en", "fr", "de", "nl", "it"]
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setStyle("Fusion")
    from claimdesk.i18n.qt import set_language
    from tests.i18n_helpers import tour

    for language in languages:
        set_language(app, language)
        data = Path(tempfile.mkdtemp(prefix=f"claimdesk-shots-{language}-"))
        os.environ["CLAIMDESK_DATA_DIR"] = str(data)
        for screen, widget in tour(app, data):
            if screen in MAIN_SCREENS:
                path = out / f"{language}-{screen}.png"
                widget.grab().save(str(path))
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
