"""Which collected files the bundle drops: Qt parts ClaimDesk never loads, foreign babel locales.

PyInstaller's Qt hooks collect every plugin and translation of the modules in use and have no
option to narrow them, so build.spec filters its TOC lists through ``keep``. Paths are the
destination names inside the bundle, with ``/`` or ``\\`` separators.
"""

from __future__ import annotations

import re

# Python bindings the app never imports; excluded so no hook pulls them in through a dependency.
QT_EXCLUDES = [
    "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender", "PySide6.QtBluetooth", "PySide6.QtCharts",
    "PySide6.QtConcurrent", "PySide6.QtDataVisualization", "PySide6.QtDBus", "PySide6.QtDesigner",
    "PySide6.QtGraphs", "PySide6.QtHelp", "PySide6.QtHttpServer", "PySide6.QtLocation",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtNetworkAuth", "PySide6.QtNfc",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPositioning", "PySide6.QtQml",
    "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSensors", "PySide6.QtSerialBus",
    "PySide6.QtSerialPort", "PySide6.QtSpatialAudio", "PySide6.QtSql", "PySide6.QtStateMachine",
    "PySide6.QtTest", "PySide6.QtTextToSpeech", "PySide6.QtUiTools", "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets", "PySide6.QtXml",
    "PySide6.QtAsyncio",
]
# Standard-library and third-party modules nothing in the app uses at run time.
OTHER_EXCLUDES = ["tkinter", "unittest", "pydoc", "doctest", "pdb", "lib2to3", "xmlrpc",
                  "PyQt5", "PyQt6", "PySide2", "IPython", "numpy",
                  # Pillow's optional codecs and colour management: reportlab only reads PNG,
                  # JPEG and GIF through Pillow's core, and these pull in ~6 MiB of libraries.
                  "PIL._avif", "PIL._webp", "PIL._imagingtk", "PIL._imagingcms", "PIL.ImageQt",
                  "PIL.ImageTk", "PIL.AvifImagePlugin", "PIL.WebPImagePlugin", "PIL.ImageCms"]

# Qt's own translations (dialog buttons, standard menus) in the interface languages.
QT_LANGUAGES = ("fr", "en", "de", "nl", "it")
# Plugin folders for platforms and features ClaimDesk does not use (Wayland compositing, EGL
# full-screen devices, touch input, network information, TLS back-ends, multimedia…).
DROP_PLUGIN_DIRS = ("egldeviceintegrations", "wayland-decoration-client",
                    "wayland-graphics-integration-client", "wayland-shell-integration", "generic",
                    "networkinformation", "tls", "sqldrivers", "multimedia", "position",
                    "qmltooling", "designer", "texttospeech")
# Qt libraries that only dropped plugins link to (the virtual-keyboard input context alone pulls
# in Qt Quick and QML, 16 MiB); PyInstaller adds them before build.spec can drop the plugins.
DROP_QT_LIBS = ("Quick", "QuickTemplates2", "QuickControls2", "QuickLayouts", "Qml", "QmlModels",
                "QmlMeta", "QmlWorkerScript", "VirtualKeyboard", "VirtualKeyboardQml",
                "WaylandClient", "WaylandEglClientHwIntegration", "WlShellIntegration",
                "EglFSDeviceIntegration", "EglFsKmsSupport", "EglFsKmsGbmSupport", "OpenGL")
# Windows: Mesa's software OpenGL (20 MiB), a fallback for GPU-less VMs; ClaimDesk draws with
# the raster engine only.
DROP_FILES = ("opengl32sw.dll",)
# Image readers nobody opens evidence or icons with; svg, png (built in), jpeg, gif, ico and pdf stay.
DROP_IMAGEFORMATS = ("qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qmacjp2", "qmacheif")
# Platform plugins: keep the desktop ones and offscreen (the smoke test); drop framebuffer and VNC.
DROP_INPUT_CONTEXTS = ("qtvirtualkeyboardplugin",)
DROP_PLATFORMS = ("qminimal", "qminimalegl", "qlinuxfb", "qvnc", "qeglfs", "qvkkhrdisplay",
                  "qwayland-egl", "qwayland-generic", "qwayland")


def _norm(dest: str) -> str:
    return "/" + dest.replace("\\", "/")


def keep_qt(dest: str) -> bool:
    path = _norm(dest)
    if path.rsplit("/", 1)[-1].lower() in DROP_FILES:
        return False
    library = re.search(r"/(?:lib)?Qt6?([A-Za-z0-9]+)(?:\.so[.\d]*|\.dll|\.framework/.*|\.dylib)$", path)
    if library and library.group(1) in DROP_QT_LIBS:
        return False
    if "/PySide6/" not in path:
        return True
    translation = re.search(r"/translations/([a-z]+)_([a-zA-Z_]+)\.qm$", path)
    if translation:
        domain, lang = translation.group(1), translation.group(2).split("_")[0]
        return domain in ("qt", "qtbase") and lang in QT_LANGUAGES
    plugin = re.search(r"/plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$", path)
    if plugin:
        group, name = plugin.groups()
        if group in DROP_PLUGIN_DIRS:
            return False
        if group == "imageformats" and name in DROP_IMAGEFORMATS:
            return False
        if group == "platforms" and name in DROP_PLATFORMS:
            return False
        if group == "platforminputcontexts" and name in DROP_INPUT_CONTEXTS:
            return False
    return True


def keep_babel(dest: str, locale_files: set[str]) -> bool:
    path = _norm(dest)
    match = re.search(r"/babel/locale-data/([^/]+\.dat)$", path)
    return match is None or match.group(1) in locale_files


def keep(dest: str, locale_files: set[str]) -> bool:
    return keep_qt(dest) and keep_babel(dest, locale_files)


def filter_toc(toc: list, locale_files: set[str]) -> list:
    """``toc`` without dropped files, nor the symlinks PyInstaller made to them (Linux: the
    top-level ``libQt6*.so.6`` links; macOS: framework links)."""
    kept = []
    for entry in toc:
        dest, source, typecode = entry[0], entry[1], entry[2]
        if not keep(dest, locale_files):
            continue
        if typecode == "SYMLINK":
            target = _norm(dest).rsplit("/", 1)[0] + "/" + str(source).replace("\\", "/")
            if not keep(target.lstrip("/"), locale_files):
                continue
        kept.append(entry)
    return kept
