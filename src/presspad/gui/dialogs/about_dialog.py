"""Help → About: version, what presspad is, and the libraries it stands on."""

from __future__ import annotations

import logging
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from presspad import __version__

logger = logging.getLogger(__name__)


def about_text(parent: QWidget) -> str:
    return QCoreApplication.translate(
        "AboutDialog",
        "<h3>presspad {version}</h3>"
        "<p>Write, check and publish bilingual English/Russian press releases.</p>"
        "<p>Python {python}, Qt {qt}, PySide6 {pyside}</p>").format(
            version=__version__, python=platform.python_version(), qt=qVersion(),
            pyside=pyside_version)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("AboutDialog", "About presspad"),
                      about_text(parent))
