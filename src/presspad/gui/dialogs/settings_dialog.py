"""The settings dialog: language, spelling, typography, site profile, directory, autosave, font."""

from __future__ import annotations

import copy
import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from presspad.core.model.release import LANGS
from presspad.core.storage.settings import Settings

logger = logging.getLogger(__name__)


def available_profiles() -> list[str]:
    """Names of the site profiles presspad knows (bundled and the user's own)."""
    try:
        from presspad.core.formats.site.profiles import profile_names
    except ImportError:  # profiles arrive with the site-format feature
        return ["spbpu"]
    return profile_names()


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` gives the new ones."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 page: int = 0) -> None:
        """``page``: the tab shown first (1: Directory, from the directory's banner)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = copy.deepcopy(settings)

        self.language = QComboBox(self)
        for code, label in (("system", self.tr("Same as the system")),
                            ("en", "English"), ("ru", "Русский")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))

        self.spelling_enabled = QCheckBox(self.tr("Check spelling as I type"), self)
        self.spelling_enabled.setChecked(settings.spelling_enabled)
        self.spelling_en = QComboBox(self)
        for code, label in (("en_US", self.tr("English (United States)")),
                            ("en_GB", self.tr("English (United Kingdom)"))):
            self.spelling_en.addItem(label, code)
        self.spelling_en.setCurrentIndex(max(0, self.spelling_en.findData(settings.spelling_en)))

        self.typography = self._typography_switches(settings)

        self.profile = QComboBox(self)
        for name in available_profiles():
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(settings.site_profile)))

        from presspad.gui.dialogs.directory_page import DirectoryPage

        self.directory_page = DirectoryPage(settings.directory_path, self)

        self.autosave = QSpinBox(self)
        self.autosave.setRange(1, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)

        self.author_name = QLineEdit(settings.author_name, self)
        self.author_name.setAccessibleName(self.tr("Your name"))

        self.font_button = QPushButton(self)
        self.font_button.clicked.connect(self._choose_font)
        self._font = settings.editor_font
        self._show_font()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Your name (signs comments and ignored findings):"),
                    self.author_name)
        form.addRow(self.tr("Spelling:"), self.spelling_enabled)
        form.addRow(self.tr("English dictionary:"), self.spelling_en)
        form.addRow(self.tr("Typography rules:"), self.typography_grid)
        form.addRow(self.tr("Site profile:"), self.profile)
        form.addRow(self.tr("Autosave after:"), self.autosave)
        form.addRow(self.tr("Editor font:"), self.font_button)
        self.pages = QTabWidget(self)
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(self.directory_page, self.tr("Directory"))
        self.pages.setCurrentIndex(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Keep a typed server password in the keyring (or ~/.pgpass), never in settings."""
        problem = self.directory_page.address_error()
        if problem:   # never stored: a password inside it could not be taken out
            self.pages.setCurrentWidget(self.directory_page)
            QMessageBox.warning(self, self.tr("Settings"), problem)
            return
        try:
            self.directory_page.keep_password()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Settings"), self.tr(
                "The password could not be kept: {error}").format(error=exc.strerror or exc))
            return
        super().accept()

    def _family_label(self, family: str) -> str:
        labels = {
            "quotes": self.tr("Quote marks"),
            "apostrophes": self.tr("Apostrophes and single quotes"),
            "dashes": self.tr("Dashes"),
            "spaces": self.tr("No-break spaces"),
            "symbols": self.tr("Symbols (…, ², No.)"),
            "numbers": self.tr("Digit groups (10 000)"),
        }
        return labels.get(family, family)

    def _typography_switches(self, settings: Settings) -> dict[tuple[str, str], QCheckBox]:
        """One checkbox per rule family and language (checked: the rules apply)."""
        from presspad.core.typography.table import FAMILIES, rules_for

        self.typography_grid = QGridLayout()
        titles = {"en": self.tr("English"), "ru": self.tr("Russian")}
        for column, lang in enumerate(LANGS, 1):
            self.typography_grid.addWidget(QLabel(titles[lang], self), 0, column)
        switches = {}
        for row, family in enumerate(FAMILIES, 1):
            self.typography_grid.addWidget(QLabel(self._family_label(family), self), row, 0)
            for column, lang in enumerate(LANGS, 1):
                if not any(rule.family == family for rule in rules_for(lang)):
                    continue
                box = QCheckBox(self)
                box.setChecked(family not in settings.typography_off_for(lang))
                box.setAccessibleName(f"{self._family_label(family)} ({lang})")
                self.typography_grid.addWidget(box, row, column)
                switches[(lang, family)] = box
        return switches

    def _current_font(self) -> QFont:
        font = QFont()
        if self._font and font.fromString(self._font):
            return font
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)

    def _choose_font(self) -> None:
        ok, font = QFontDialog.getFont(self._current_font(), self, self.tr("Editor Font"))
        if ok:
            self._font = font.toString()
            self._show_font()

    def _show_font(self) -> None:
        font = self._current_font()
        self.font_button.setText(f"{font.family()}, {font.pointSize()} pt")

    def result_settings(self) -> Settings:
        """The settings as edited in the dialog."""
        settings = copy.deepcopy(self._settings)
        settings.ui_language = self.language.currentData()
        settings.spelling_enabled = self.spelling_enabled.isChecked()
        settings.spelling_en = self.spelling_en.currentData()
        settings.site_profile = self.profile.currentData() or settings.site_profile
        settings.directory_path = self.directory_page.location()
        settings.autosave_seconds = self.autosave.value()
        settings.editor_font = self._font
        settings.author_name = self.author_name.text().strip()
        off = {lang: sorted(family for (box_lang, family), box in self.typography.items()
                            if box_lang == lang and not box.isChecked()) for lang in LANGS}
        settings.typography_off = {lang: families for lang, families in off.items() if families}
        return settings
