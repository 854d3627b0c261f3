"""Loading the interface translation: presspad's own and Qt's standard dialogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from presspad.core.model.package_data import package_file

logger = logging.getLogger(__name__)

SUPPORTED = ("en", "ru")
_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """The interface language for a setting of "system", "en" or "ru"."""
    if setting in SUPPORTED:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translators(app: QCoreApplication, setting: str = "system") -> str:
    """Install the translators for the chosen language; return its code."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    if language == "en":
        return language
    own = QTranslator(app)
    qm = package_file("presspad.translations", f"presspad_{language}.qm")
    loaded = qm.is_file() and own.load(str(qm))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    else:
        logger.warning("no compiled translation presspad_%s.qm; run 'make translations'",
                       language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
