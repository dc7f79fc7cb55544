"""What the installers say about ClaimDesk: Windows version resource and macOS Info.plist.

Both come from ``claimdesk.__version__`` so a release only bumps that one string. build.spec uses
them; ``tests/test_packaging.py`` checks them on any OS.
"""

from __future__ import annotations

import re

APP_NAME = "ClaimDesk"
BUNDLE_ID = "org.claimdesk.ClaimDesk"
DOCUMENT_UTI = "org.claimdesk.company"
PUBLISHER = "ClaimDesk"
DESCRIPTION = "ClaimDesk: telecom outage compensation claims"


def version() -> str:
    from claimdesk import __version__

    return __version__


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0); a pre-release suffix (``1.2.0rc1``) is dropped for Windows."""
    release = re.match(r"\d+(?:\.\d+)*", text or version())
    numbers = [int(n) for n in release.group(0).split(".")[:4]] if release else []
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def short_version(text: str | None = None) -> str:
    """``major.minor.patch`` as CFBundleShortVersionString requires."""
    return ".".join(str(n) for n in version_tuple(text)[:3])


def info_plist() -> dict:
    """Keys merged into the Info.plist PyInstaller writes for the macOS bundle."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": short_version(),
        "CFBundleVersion": version(),
        "CFBundlePackageType": "APPL",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": "12.0",  # Qt 6.8+ needs macOS 12
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": f"© {PUBLISHER}",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "ClaimDesk company file",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [DOCUMENT_UTI],
            "CFBundleTypeIconFile": "claimdesk.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": DOCUMENT_UTI,
            "UTTypeDescription": "ClaimDesk company file",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": "claimdesk.icns",
            "UTTypeTagSpecification": {
                "public.filename-extension": ["claimdesk"],
                "public.mime-type": ["application/x-claimdesk"],
            },
        }],
    }


def windows_version_text() -> str:
    """The exe's version resource (Explorer's Details tab, the installer's version check), in the
    text form PyInstaller's ``EXE(version=FILE)`` reads; text because PyInstaller's classes for
    it need ``pefile``, which exists only on Windows."""
    numbers = version_tuple()
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": DESCRIPTION,
        "FileVersion": version(),
        "InternalName": "claimdesk",
        "LegalCopyright": f"\u00a9 {PUBLISHER}",
        "OriginalFilename": "ClaimDesk.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version(),
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
