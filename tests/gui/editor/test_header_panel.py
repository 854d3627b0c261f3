"""The header panels: every field editable, undoable, shared date, saved and checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from presspad.core.model.release import ImageRef, LangVersion, MediaLink, Release
from presspad.core.storage import release_file as storage
from presspad.gui.editor.header_panel import NO_DATE, qt_date_format
from presspad.gui.main_window import MainWindow


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_site_date_formats_become_qt_formats():
    assert qt_date_format("%Y.%m.%d") == "yyyy.MM.dd"
    assert qt_date_format("%d %B %Y") == "dd MMMM yyyy"
    assert qt_date_format("%j") == "yyyy-MM-dd"   # nothing Qt can show: ISO


def test_the_sample_shows_its_header_in_both_panes(qtbot, sample_path):
    window = make_window(qtbot)
    window.open_path(sample_path)
    en, ru = window.panes["en"].header, window.panes["ru"].header
    assert en.summary.full_text.startswith(
        "2020.10.29 · Prepared by the SPbPU International Office")
    assert "links: 3" in en.summary.full_text
    assert ru.credit_edit.text() == "Материал подготовлен Международной службой СПбПУ"
    assert en.links.rowCount() == 3 and en.links.item(0, 1).text() == "#"
    assert en.date_edit.date() == QDate(2020, 10, 29) == ru.date_edit.date()
    assert not en.body.isVisible()   # collapsed: the editors keep their height
    en.summary.resize(200, en.summary.height())
    assert en.summary.text().endswith("…") and len(en.summary.text()) < 40


def test_dates_are_shown_as_the_releases_site_prints_them(qtbot, tmp_path):
    """Read once the window is up (the profile costs 3 ms before the first paint)."""
    from presspad.core.formats.site.profiles import bundled_dir, user_dir

    spbpu = (bundled_dir() / "spbpu.toml").read_text(encoding="utf-8")
    user_dir().mkdir(parents=True, exist_ok=True)
    (user_dir() / "daily.toml").write_text(
        spbpu.replace('date_format = "%Y.%m.%d"', 'date_format = "%d.%m.%Y"')
        .replace('name = "spbpu"', 'name = "daily"'),
        encoding="utf-8")
    path = tmp_path / "daily.presspad"
    storage.save(Release(profile="daily", date=dt.date(2026, 3, 9),
                         en=LangVersion(title="T", body="Text")), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(path)
    header = window.panes["en"].header
    assert header.summary.full_text.startswith("2026.03.09")     # not yet painted
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    assert header.summary.full_text.startswith("09.03.2026")
    assert header.date_edit.displayFormat() == "dd.MM.yyyy"
    window.open_path(path)                                        # once up: at once
    assert header.summary.full_text.startswith("09.03.2026")


def test_an_undated_import_opens_the_panels_on_the_date(qtbot):
    window = make_window(qtbot)
    window.restore_release(Release(en=LangVersion(title="T", body="Text")), None)
    header = window.panes["en"].header
    assert header.body.isVisible() and header.summary.full_text.startswith("No date")
    assert header.date_edit.date() == NO_DATE and header.date_edit.text() == "No date"


def test_setting_the_date_in_one_pane_shows_in_both_and_undoes(qtbot):
    window = make_window(qtbot)
    window.restore_release(Release(en=LangVersion(title="T", body="Text")), None)
    en, ru = window.panes["en"].header, window.panes["ru"].header
    en.date_edit.setDate(QDate(2026, 12, 4))
    assert window.release.date == dt.date(2026, 12, 4)
    assert ru.date_edit.date() == QDate(2026, 12, 4)
    assert window.isWindowModified()
    en.date_edit.setFocus()
    window.act_undo.trigger()
    assert window.release.date is None and ru.date_edit.date() == NO_DATE
    window.header.stack.redo()
    assert window.release.date == dt.date(2026, 12, 4)
    en.clear_date_button.click()
    assert window.release.date is None


def test_credit_links_and_pictures_are_edited_saved_and_undone(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot)
    window.restore_release(Release(en=LangVersion(title="T", body="Text"),
                                   ru=LangVersion(title="Т", body="Текст"),
                                   date=dt.date(2020, 1, 2)), None)
    header = window.panes["ru"].header
    header.credit_edit.setText("Фото: пресс-служба")
    header.credit_edit.textEdited.emit("Фото: пресс-служба")
    assert window.release.ru.credit == "Фото: пресс-служба"

    header.add_link_button.click()
    header.links.item(0, 0).setText("ТАСС")
    header.links.item(0, 1).setText("https://tass.ru/x")
    assert window.release.ru.media == [MediaLink("ТАСС", "https://tass.ru/x")]

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "rector.jpg"), ""))
    header.add_image_button.click()
    header.images.item(0, 1).setText("Ректор на подписании")
    assert window.release.ru.images == [ImageRef(str(tmp_path / "rector.jpg"),
                                                 "Ректор на подписании")]
    assert "links: 1 · pictures: 1" in header.summary.full_text

    path = tmp_path / "r.presspad"
    assert window.save_to(path)
    saved = storage.load(path)
    assert saved.ru.credit == "Фото: пресс-служба" and saved.ru.media == window.release.ru.media
    assert saved.ru.images == window.release.ru.images and saved.date == dt.date(2020, 1, 2)

    header.links.selectRow(0)
    header.remove_link_button.click()
    assert window.release.ru.media == []
    window.header.stack.undo()
    assert window.release.ru.media == [MediaLink("ТАСС", "https://tass.ru/x")]
    assert header.links.rowCount() == 1


def test_a_header_finding_opens_its_field(qtbot):
    from presspad.core.checks.context import CheckContext
    from presspad.core.checks.header import check_date_missing

    window = make_window(qtbot)
    release = Release(en=LangVersion(title="T", body="Text"))
    window.restore_release(release, None)
    header = window.panes["en"].header
    header.set_expanded(False)
    finding = check_date_missing(release, CheckContext())[0]
    window.review.go_to(finding)
    assert header.body.isVisible() and window.focusWidget() is header.date_edit


def _focus(qtbot, window, widget) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_credit_typed_and_saved_with_ctrl_s_is_in_the_file(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from tests.gui.conftest import type_text

    window = make_window(qtbot)
    path = tmp_path / "r.presspad"
    storage.save(Release(en=LangVersion(title="T", body="Text"), date=dt.date(2020, 1, 2)), path)
    window.open_path(path)
    header = window.panes["en"].header
    header.set_expanded(True)
    _focus(qtbot, window, header.credit_edit)
    type_text(header.credit_edit, "Photo: TASS")
    assert window.isWindowModified()          # close would ask, autosave keeps it
    qtbot.keyClick(header.credit_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert storage.load(path).en.credit == "Photo: TASS"


def test_ctrl_z_in_the_credit_field_is_the_header_undo_a_word_at_a_time(qtbot):
    from PySide6.QtCore import Qt

    from tests.gui.conftest import type_text

    window = make_window(qtbot)
    window.restore_release(Release(en=LangVersion(title="T", body="Text", credit="Old"),
                                   date=dt.date(2020, 1, 2)), None)
    header = window.panes["en"].header
    header.set_expanded(True)
    _focus(qtbot, window, header.credit_edit)
    header.credit_edit.end(False)
    type_text(header.credit_edit, " photo by")
    assert window.release.en.credit == "Old photo by"
    qtbot.keyClick(header.credit_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.release.en.credit == header.credit_edit.text() == "Old photo"
    qtbot.keyClick(header.credit_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.release.en.credit == header.credit_edit.text() == "Old"
    qtbot.keyClick(header.credit_edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.release.en.credit == header.credit_edit.text() == "Old photo"


def test_a_link_cell_still_being_edited_is_saved(qtbot, tmp_path):
    from tests.gui.conftest import type_text

    window = make_window(qtbot)
    window.restore_release(Release(en=LangVersion(title="T", body="Text"),
                                   date=dt.date(2020, 1, 2)), None)
    header = window.panes["en"].header
    header.add_link_button.click()
    qtbot.waitUntil(lambda: header.links.state() == header.links.State.EditingState)
    editor = window.focusWidget()
    editor.selectAll()
    type_text(editor, "TASS")
    path = tmp_path / "r.presspad"
    assert window.save_to(path)
    assert [m.text for m in storage.load(path).en.media] == ["TASS"]
