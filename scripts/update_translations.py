"""Refresh the interface catalogs: extract the strings of claimdesk/ and compile the .qm files.

    .venv/bin/python scripts/update_translations.py            # lupdate, then lrelease
    .venv/bin/python scripts/update_translations.py --release  # lrelease only (after Qt Linguist)
    .venv/bin/python scripts/update_translations.py --apply FILE.json
        # fill translations from {"fr": {"Context\\u0004source": "traduction", ...}, ...}
        # (for bulk work outside Qt Linguist; strings marked done, the rest left as they are)

pyside6-lupdate does not look inside Python files when given a folder, so every ``.py`` file of
the package is passed by name. Strings that vanished from the code are dropped (-no-obsolete):
the .ts files hold only what the application can show, and git keeps the history.

English is the source language, so its catalog (``claimdesk_en.ts``) holds only the plural
(``%n``) strings, extracted with ``-pluralonly``: it turns "%n outage(s)" into "1 outage" and
"3 outages".
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fr", "de", "nl", "it")
PLURAL_ONLY = ("en",)  # the source language: only its plural forms need a catalog
CATALOGS = LANGUAGES + PLURAL_ONLY
QT_LANGUAGE = {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL", "it": "it_IT", "en": "en"}
KEY_SEPARATOR = "\u0004"  # context and source joined the way Qt joins them in its own catalogs


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the venv) or on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "claimdesk").rglob("*.py")
                  if "__pycache__" not in p.parts)


def extract(ts_files: list[Path], *, root: Path = ROOT, no_obsolete: bool = True,
            plural_only: bool = False) -> None:
    """Run lupdate over every Python file of claimdesk/ into ``ts_files`` (created if missing)."""
    command = [tool("lupdate"), *sources(root), "-locations", "relative", "-ts", *map(str, ts_files)]
    if no_obsolete:
        command.insert(1, "-no-obsolete")
    if plural_only:
        command.insert(1, "-pluralonly")
    subprocess.run(command, cwd=root, check=True, stdout=subprocess.DEVNULL)


def extract_all(ts_files: dict[str, Path]) -> None:
    """The full catalogs, then the plural-only ones."""
    full = [ts for lang, ts in ts_files.items() if lang not in PLURAL_ONLY]
    plural = [ts for lang, ts in ts_files.items() if lang in PLURAL_ONLY]
    if full:
        extract(full)
    if plural:
        extract(plural, plural_only=True)


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True,
                   stdout=subprocess.DEVNULL)


def messages(ts_file: Path):
    """(context name, message element) for every message of a .ts file."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def apply(ts_file: Path, translations: dict[str, str | list[str]]) -> int:
    """Fill the messages of ``ts_file`` found in ``translations``; returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = translations.get(f"{name}{KEY_SEPARATOR}{source}", translations.get(source))
            if text is None:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in (text if isinstance(text, list) else [text, text]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            translation.attrib.pop("type", None)
            filled += 1
    write_ts(tree, ts_file)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm")
    parser.add_argument("--apply", metavar="JSON", help="fill translations from a JSON file, then compile")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(exist_ok=True)
    ts_files = {lang: TRANSLATIONS / f"claimdesk_{lang}.ts" for lang in CATALOGS}
    if not args.release:
        for lang, ts in ts_files.items():
            if not ts.exists():  # a new catalog: lupdate takes the language from the file's header
                ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                              f'<TS version="2.1" language="{QT_LANGUAGE[lang]}" sourcelanguage="en">\n</TS>\n',
                              encoding="utf-8")
        extract_all(ts_files)
    if args.apply:
        data = json.loads(Path(args.apply).read_text(encoding="utf-8"))
        for lang, ts in ts_files.items():
            if lang in data:
                print(f"{ts.name}: {apply(ts, data[lang])} translation(s) applied")
        extract_all(ts_files)  # lupdate writes the files back in its own layout: no churn in later diffs
    for ts in ts_files.values():
        release(ts, ts.with_suffix(".qm"))
        total = sum(1 for _ in messages(ts))
        todo = sum(1 for _, m in messages(ts) if m.find("translation").get("type") == "unfinished")
        print(f"{ts.name}: {total} string(s), {todo} unfinished → {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
