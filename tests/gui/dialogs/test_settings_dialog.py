"""Settings dialog: edits a copy, applies at once, persists in the config folder."""

from __future__ import annotations

from presspad.core.storage.settings import Settings, load_settings
from presspad.gui.dialogs.about_dialog import about_text
from presspad.gui.dialogs.settings_dialog import SettingsDialog
from presspad.gui.main_window import MainWindow


def test_dialog_round_trips_settings(qtbot):
    original = Settings(ui_language="ru", autosave_seconds=7, spelling_en="en_GB",
                        directory_path="/shared/partners.sqlite")
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    assert dialog.result_settings() == original
    dialog.autosave.setValue(30)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    result = dialog.result_settings()
    assert result.autosave_seconds == 30 and result.ui_language == "en"
    assert original.autosave_seconds == 7  # the dialog edits a copy


def test_apply_settings_persists_and_takes_effect(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    new = Settings(autosave_seconds=42, editor_font="DejaVu Serif,14,-1,5,400,0,0,0,0,0")
    window.apply_settings(new)
    assert load_settings().autosave_seconds == 42
    assert window.autosaver.timer.interval() == 42_000
    assert window.panes["en"].editor.font().family() == "DejaVu Serif"


def test_about_names_the_version(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    from presspad import __version__

    assert __version__ in about_text(window)


def test_applying_settings_does_not_mark_release_modified(qtbot, sample_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(sample_path)
    window.apply_settings(Settings(spelling_enabled=False))
    window.apply_settings(Settings(spelling_enabled=True, spelling_en="en_GB"))
    assert not window.isWindowModified()
    assert not window.panes["en"].editor.document().isModified()


def test_choosing_a_missing_british_dictionary_says_which_package(qtbot, monkeypatch):
    import enchant

    real = enchant.Broker.request_dict
    # Where hunspell-en-gb is absent, Enchant serves "en" (en_US) for en_GB.
    monkeypatch.setattr(enchant.Broker, "request_dict",
                        lambda self, tag=None: real(self, "en" if tag == "en_GB" else tag))
    window = MainWindow()
    qtbot.addWidget(window)
    window.after_first_paint()
    window.apply_settings(Settings(spelling_enabled=True, spelling_en="en_GB"))
    assert "hunspell-en-gb" in window.statusBar().currentMessage()
    assert not window.speller.available("en")


def test_missing_dictionary_message_is_all_russian_in_the_russian_ui(qtbot, monkeypatch):
    import enchant

    from presspad.gui.i18n import install_translators

    real = enchant.Broker.request_dict
    monkeypatch.setattr(enchant.Broker, "request_dict",
                        lambda self, tag=None: real(self, "en" if tag == "en_GB" else tag))
    from PySide6.QtWidgets import QApplication

    install_translators(QApplication.instance(), "ru")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.after_first_paint()
        window.apply_settings(Settings(spelling_enabled=True, spelling_en="en_GB",
                                       ui_language="ru"))
        message = window.statusBar().currentMessage()
        assert "(английский)" in message and "hunspell-en-gb" in message
        assert "English" not in message
    finally:
        install_translators(QApplication.instance(), "en")


def test_typography_families_switch_off_per_language(qtbot):
    original = Settings(typography_off={"ru": ["spaces"]})
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    assert dialog.result_settings() == original
    assert not dialog.typography[("ru", "spaces")].isChecked()
    assert dialog.typography[("en", "dashes")].isChecked()
    assert ("ru", "numbers") in dialog.typography and ("en", "quotes") in dialog.typography
    dialog.typography[("en", "dashes")].setChecked(False)
    dialog.typography[("ru", "spaces")].setChecked(True)
    assert dialog.result_settings().typography_off == {"en": ["dashes"]}


def test_fix_all_and_the_checks_leave_a_switched_off_family_alone(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.panes["ru"].editor.setPlainText("Мы шли в парк - и дальше")
    window.apply_settings(Settings(typography_off={"ru": ["spaces"]}))
    assert window.fix_all_typography() == 1
    assert window.panes["ru"].body() == "Мы шли в парк\u00a0— и дальше"
    assert window.review._config()["typography_off"] == {"en": [], "ru": ["spaces"]}


def test_your_name_is_edited_in_the_settings(qtbot):
    dialog = SettingsDialog(Settings(author_name="Anna"))
    qtbot.addWidget(dialog)
    assert dialog.author_name.text() == "Anna"
    dialog.author_name.setText("  Анна Петрова ")
    assert dialog.result_settings().author_name == "Анна Петрова"
