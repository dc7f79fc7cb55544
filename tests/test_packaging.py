"""The installers' inputs: trimming rules, babel locales, icons, Info.plist, version resource,
Inno Setup script, release workflow, and a wheel that finds its resources.

The frozen bundle itself is built and exercised by ``packaging/bundle_check.sh`` (CI), which is
too slow for the test suite.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

import claimdesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


@pytest.fixture(scope="module")
def pk():
    """The packaging helper modules, imported the way build.spec imports them."""
    sys.path.insert(0, str(PACKAGING))
    try:
        yield {name: importlib.import_module(name) for name in ("trim", "babel_locales", "metadata")}
    finally:
        sys.path.remove(str(PACKAGING))


# --- babel locales -------------------------------------------------------------------------------

def test_kept_babel_files_are_exactly_what_formatting_loads(pk, monkeypatch):
    """Formatting in every letter language for every country loads only the files the bundle
    keeps; a missing one would make the frozen app fall back to another locale's conventions."""
    from babel import localedata

    from claimdesk.i18n import formats
    from claimdesk.i18n.formats import Formats

    monkeypatch.setattr(localedata, "_cache", {})
    formats._locale.cache_clear()
    bl = pk["babel_locales"]
    for language in bl.languages():
        for country in bl.countries():
            f = Formats(language, country, "America/Toronto")
            f.money(Decimal("1234.5"), "EUR")
            f.percent(Decimal("0.4"))
            f.date(date(2025, 2, 3))
            f.datetime(datetime(2025, 2, 3, 12, tzinfo=timezone.utc))
            f.weekday(date(2025, 2, 3))
    formats._locale.cache_clear()
    loaded = {f"{name}.dat" for name in localedata._cache}
    kept = set(bl.needed_files())
    assert loaded - kept == set(), "babel loads locale files the bundle drops"
    assert {"root.dat", "fr_CA.dat", "de_CH.dat", "nl_BE.dat", "it_CH.dat", "en_CA.dat"} <= kept
    assert len(kept) < 40  # babel ships ~1,000: the trim must stay a trim


def test_babel_trim_keeps_listed_files_and_drops_the_rest(pk):
    keep = pk["trim"].keep
    files = {"fr_CH.dat", "root.dat"}
    assert keep("babel/locale-data/fr_CH.dat", files)
    assert keep("babel\\locale-data\\root.dat", files)
    assert not keep("babel/locale-data/ja.dat", files)
    assert keep("babel/global.dat", files)  # not a locale: always kept


# --- Qt trimming ---------------------------------------------------------------------------------

def _qt_entries() -> list[str]:
    """Qt's own files (libraries, plugins, translations) as bundle paths; the Python bindings of
    unused modules are kept out by build.spec's excludes instead."""
    import PySide6

    base = Path(PySide6.__file__).parent
    return [f"PySide6/{p.relative_to(base).as_posix()}" for p in (base / "Qt").rglob("*") if p.is_file()]


def test_qt_trim_keeps_what_the_app_uses(pk):
    keep_qt = pk["trim"].keep_qt
    kept = {e for e in _qt_entries() if keep_qt(e)}
    names = {e.rsplit("/", 1)[-1] for e in kept}

    def has(pattern: str) -> bool:
        return any(re.search(pattern, n) for n in names)

    for module in ("Core", "Gui", "Widgets", "Svg", "Pdf", "PdfWidgets"):
        assert has(rf"^(lib)?Qt6?{module}(\.so|\.dll|\.\d|$)"), f"Qt {module} library dropped"
    for plugin in (r"q?svgicon", r"q?svg\.", r"q?jpeg", r"qoffscreen"):
        assert has(rf"^(lib)?{plugin}"), f"plugin {plugin} dropped"
    for lang in ("fr", "de", "nl", "it"):
        assert f"qtbase_{lang}.qm" in names
    assert "qtbase_ja.qm" not in names and not has(r"^(lib)?Qt6?Quick\.")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("readelf"),
                    reason="reads ELF dependencies")
def test_no_kept_qt_binary_needs_a_dropped_qt_library(pk):
    """Start from the bindings ClaimDesk imports and the plugins PyInstaller collects for them,
    follow the libraries they link to: none may be one the trim drops, or the bundle breaks."""
    import PySide6

    keep_qt = pk["trim"].keep_qt
    base = Path(PySide6.__file__).parent
    libs = {p.name: p for p in (base / "Qt" / "lib").glob("*.so*")}
    dropped = {n for n in libs if not keep_qt(f"PySide6/Qt/lib/{n}")}
    # Plugin groups PyInstaller's Qt hooks collect for QtCore, QtGui, QtWidgets, QtSvg and QtPdf.
    groups = ("platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
              "xcbglintegrations", "egldeviceintegrations", "generic", "tls", "networkinformation",
              "wayland-decoration-client", "wayland-graphics-integration-client",
              "wayland-shell-integration")
    start = [base / f"Qt{m}.abi3.so" for m in ("Core", "Gui", "Widgets", "Svg", "Pdf", "PdfWidgets")]
    start += [p for g in groups for p in (base / "Qt" / "plugins" / g).glob("*.so")
              if keep_qt(f"PySide6/{p.relative_to(base).as_posix()}")]
    todo, seen, broken = list(start), set(), []
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        for needed in re.findall(r"Shared library: \[([^\]]+)\]", out):
            if needed in dropped:
                broken.append(f"{path.name} needs {needed}")
            elif needed in libs:
                todo.append(libs[needed])
    assert len(seen) > 20 and broken == []


def test_symlinks_to_dropped_libraries_go_too(pk):
    toc = [("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
           ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
           ("PySide6/Qt/lib/libQt6Qml.so.6", "/x/libQt6Qml.so.6", "BINARY"),
           ("PySide6/opengl32sw.dll", "C:/x/opengl32sw.dll", "BINARY")]
    assert [e[0] for e in pk["trim"].filter_toc(toc, set())] == ["libQt6Gui.so.6"]


# --- icons, Info.plist, version resource ---------------------------------------------------------

def test_make_icons_writes_ico_and_icns_from_the_svg(tmp_path):
    from PIL import Image

    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True)
    ico = Image.open(tmp_path / "claimdesk.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.ico.sizes())
    icns = Image.open(tmp_path / "claimdesk.icns")
    assert {(16, 16, 1), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])
    ico.size = (128, 128)
    picture = ico.convert("RGBA")
    # The app icon is a filled tile: its centre and edge midpoints are opaque, corners are not.
    assert picture.getpixel((64, 64))[3] == 255 and picture.getpixel((64, 16))[3] == 255
    assert picture.getpixel((0, 0))[3] < 255


def test_info_plist_declares_the_app_and_its_document_type(pk):
    plist = plistlib.loads(plistlib.dumps(pk["metadata"].info_plist()))
    assert plist["CFBundleIdentifier"] == "org.claimdesk.ClaimDesk"
    assert plist["CFBundleVersion"] == claimdesk.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", plist["CFBundleShortVersionString"])
    assert plist["NSHighResolutionCapable"] is True
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["claimdesk"]
    document = plist["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_windows_version_text_carries_the_package_version(pk):
    """PyInstaller eval()s this text with its version-info classes; stand-ins record the calls."""
    meta = pk["metadata"]
    seen: dict = {}

    def record(name):
        def make(*args, **kwargs):
            seen.setdefault(name, []).append((args, kwargs))
            return name
        return make

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    eval(meta.windows_version_text(), {n: record(n) for n in names})  # noqa: S307 - our own text
    assert seen["FixedFileInfo"][0][1]["filevers"] == meta.version_tuple(claimdesk.__version__)
    strings = dict(args for args, _ in seen["StringStruct"])
    assert strings["ProductVersion"] == claimdesk.__version__
    assert strings["OriginalFilename"] == "ClaimDesk.exe"
    assert meta.version_tuple("1.2.0rc1") == (1, 2, 0, 0)
    assert meta.version_tuple("2.3") == (2, 3, 0, 0)


def test_entitlements_plist_is_valid():
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True


# --- Inno Setup and the release workflow ---------------------------------------------------------

def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in (PACKAGING / "windows" / "claimdesk.iss").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def test_inno_setup_installs_per_user_with_association_and_start_menu():
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["ChangesAssociations"] == "yes"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never escalates to all users
    registry = sections["Registry"]
    assert registry and all(line.startswith("Root: HKCU;") for line in registry)
    assert any('Subkey: "Software\\Classes\\.claimdesk"' in line for line in registry)
    assert any("shell\\open\\command" in line and '""%1""' in line for line in registry)
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])


def test_release_workflow_signs_only_when_secrets_exist():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert jobs["windows"]["runs-on"] == "windows-latest"
    assert jobs["macos"]["runs-on"] == "macos-14"
    for name in ("windows", "macos"):
        for step in jobs[name]["steps"]:
            env = " ".join(str(v) for v in (step.get("env") or {}).values())
            if "CERT" in env:
                assert "HAS_" in step.get("if", ""), f"{name}: {step.get('name')} runs without its secret"
    make_dmg = (PACKAGING / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert 'if [ -n "${CODESIGN_IDENTITY:-}" ]' in make_dmg


# --- wheel ---------------------------------------------------------------------------------------

def test_installed_wheel_finds_resources_inside_the_package(tmp_path):
    """``pip install claimdesk`` must bring fonts and jurisdiction packs along (setup.py)."""
    src = tmp_path / "src"  # a copy, so the build leaves nothing in the checkout
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("claimdesk", "resources", "translations"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, src / folder, ignore=ignore)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    built = subprocess.run([*pip, "wheel", "--no-deps", str(src), "-w", str(tmp_path / "wheel")],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "wheel").glob("claimdesk-*.whl"))
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True)
    # -S: no site-packages, so neither the checkout nor the editable install can answer.
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); from claimdesk import paths; "
             "print(paths.__file__); print(paths.resource('fonts')); print(paths.resource('jurisdictions'))")
    out = subprocess.run([sys.executable, "-S", "-c", probe, str(site)], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout.splitlines()
    module, fonts, packs = (Path(line) for line in out)
    assert module.is_relative_to(site)
    assert fonts == site / "claimdesk" / "resources" / "fonts"
    assert (fonts / "DejaVuSans.ttf").is_file()
    assert sorted(p.name for p in packs.glob("*.toml")) == sorted(
        p.name for p in (ROOT / "resources" / "jurisdictions").glob("*.toml"))


_ICU_PROBE = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
from PySide6.QtWidgets import QApplication
app = QApplication([])
words = ["zèbre", "Éclair", "eclair", "ébène", "Zoo", "straße", "Strasse"]
for lang in ("fr_FR", "de_CH", "nl_BE", "it_CH", "en_CA"):
    print(lang, sorted(words, key=QCollator(QLocale(lang)).sortKey), QLocale(lang).toUpper("straße"))
    print(QTimeZone(b"Europe/Paris").displayName(QTimeZone.TimeType.StandardTime,
                                                  QTimeZone.NameType.LongName, QLocale(lang)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or not all(map(shutil.which, ("gcc", "nm", "readelf"))),
                    reason="the reduced ICU data library is built for the Linux bundle only")
def test_reduced_icu_data_gives_the_same_collation_case_and_zone_names(tmp_path):
    """The Linux bundle ships a 3 MiB ICU data library instead of 31 MiB: for the five letter
    languages, Qt must sort, upper-case and name time zones exactly as with the full data."""
    pytest.importorskip("PySide6")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
    try:
        import reduce_icu
    finally:
        sys.path.pop(0)
    import PySide6

    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
    if full is None:
        pytest.skip("this PySide6 does not ship ICU")
    reduced = reduce_icu.build(full, tmp_path)
    assert reduced.stat().st_size < full.stat().st_size / 5
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def probe(preload=None):
        extra = {"LD_PRELOAD": str(preload)} if preload else {}
        return subprocess.run([sys.executable, "-c", _ICU_PROBE], env={**env, **extra}, capture_output=True,
                              text=True, check=True, timeout=120).stdout

    expected = probe()
    assert "heure normale d’Europe centrale" in expected
    assert probe(reduced) == expected
