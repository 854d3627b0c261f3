"""The directory window: search, add, edit, delete, merge, import/export, errors."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from presspad.core.directory.model import ORG, PERSON, Entry, Title
from presspad.core.directory.snapshot import open_default_directory
from presspad.gui.dialogs.directory_dialog import DirectoryDialog
from presspad.gui.dialogs.entry_dialog import EntryDialog


@pytest.fixture
def directory(directory_location):
    """The dialog's tests run on an SQLite file and on a PostgreSQL database."""
    with open_default_directory(directory_location) as d:
        yield d


@pytest.fixture
def dialog(qtbot, directory, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dlg = DirectoryDialog(directory)
    dlg.warnings = warnings
    qtbot.addWidget(dlg)
    return dlg


def column(dlg, col: int) -> list[str]:
    return [dlg.table.item(r, col).text() for r in range(dlg.table.rowCount())]


def test_lists_and_searches(dialog, directory):
    assert dialog.table.rowCount() == directory.count()
    dialog.search.setText("кенгидо")   # ё = е
    assert set(column(dialog, 1)) == {"Gyeonggi Province Administration",
                                      "Gyeonggi-Russia Technology Cooperation Center",
                                      "Lee Yong Chol"}
    dialog.search.clear()
    dialog.kind.setCurrentIndex(dialog.kind.findData(PERSON))
    assert len(column(dialog, 1)) == 3


def test_add_edit_delete_through_the_forms(dialog, directory, qtbot, monkeypatch):
    created: list[EntryDialog] = []

    def fake_exec(form):
        created.append(form)
        if form.en.text() == "":
            form.en.setText("Acme")
            form.ru.setText("компания «Акме»")
            form.short_en.setPlainText("ACME\n\n")
        else:
            form.note.setPlainText("edited")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", fake_exec)
    with qtbot.waitSignal(dialog.changed):
        dialog.add_new(ORG)
    acme = directory.find("Acme")
    assert acme.ru == "компания «Акме»" and acme.short_en == ["ACME"]
    # The form showed the Russian case forms while editing.
    assert "компании «Акме»" in created[0].forms.text()
    dialog.search.setText("Acme")
    dialog.table.selectRow(0)
    dialog.edit_selected()
    assert directory.find("Acme").note == "edited"
    dialog.table.selectRow(0)
    assert dialog.delete_selected()
    assert directory.find("Acme") is None and dialog.table.rowCount() == 0


def test_person_form_round_trips_titles(qtbot, directory):
    person = directory.find("Vladimir Khizhnyak")
    form = EntryDialog(person, directory.entries(ORG))
    qtbot.addWidget(form)
    result = form.entry()
    assert result.titles == [Title(person.titles[0].en, person.titles[0].ru,
                                   person.titles[0].org_id)]
    assert (result.id, result.kind, result.gender) == (person.id, PERSON, "m")
    assert "Владимиром Хижняком" in form.forms.text()


def test_merge_duplicates(dialog, directory):
    first = directory.add(Entry(kind=ORG, en="Acme Inc."))
    second = directory.add(Entry(kind=ORG, en="ACME Incorporated", ru="«Акме»"))
    dialog.refresh()
    dialog.select_ids([first, second])
    assert dialog.merge_button.isEnabled()
    assert dialog.merge_selected()
    merged = directory.get(first)
    assert merged.short_en == ["ACME Incorporated"] and merged.ru == "«Акме»"
    assert directory.get(second) is None


def test_merging_an_organisation_with_a_person_is_refused(dialog, directory):
    dialog.select_ids([directory.find("KOSDAQ").id, directory.find("Lee Yong Chol").id])
    assert not dialog.merge_selected()
    assert dialog.warnings and "cannot be merged" in dialog.warnings[0]


@pytest.mark.parametrize("suffix", ["csv", "tbx"])
def test_export_then_import_through_file_dialogs(dialog, directory, tmp_path, monkeypatch,
                                                 suffix):
    path = str(tmp_path / f"all.{suffix}")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (path, ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    dialog.choose_export()
    directory.delete(directory.find("KOSDAQ").id)
    dialog.choose_import()
    assert directory.find("KOSDAQ") is not None and not dialog.warnings


def test_broken_import_shows_one_line_and_changes_nothing(dialog, directory, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("kind,en\norg,A\n", encoding="utf-8")
    before = directory.count()
    assert dialog.import_from(str(path)) is None
    assert directory.count() == before
    assert len(dialog.warnings) == 1 and "wrong CSV columns" in dialog.warnings[0]


def test_read_only_directory_disables_editing(qtbot, tmp_path):
    path = tmp_path / "ro.sqlite"
    open_default_directory(path).close()
    from presspad.core.directory.store import Directory

    with Directory(path, readonly=True) as directory:
        dlg = DirectoryDialog(directory)
        qtbot.addWidget(dlg)
        assert dlg.table.rowCount() == directory.count()
        assert not dlg.add_org_button.isEnabled() and not dlg.import_button.isEnabled()
        assert dlg.export_button.isEnabled()


def test_search_filters_by_either_language_and_shows_the_count(dialog, directory, qtbot):
    total = directory.count()
    assert dialog.count_label.text() == f"{total} partners"
    dialog.search.setText("КЕНГИДО")               # Russian, capitals, е for ё
    shown = dialog.table.rowCount()
    assert 0 < shown < total
    assert dialog.count_label.text() == f"{shown} of {total} partners"
    dialog.search.setText("gyeonggi province")     # English, any case; titles too
    assert set(column(dialog, 1)) == {"Gyeonggi Province Administration", "Lee Yong Chol"}
    assert dialog.count_label.text() == f"2 of {total} partners"
    dialog.search.setText("no such partner anywhere")
    assert dialog.table.rowCount() == 0 and dialog.count_label.text() == "No partners match"


def test_ctrl_f_focuses_the_search(dialog, qtbot):
    from PySide6.QtCore import Qt

    dialog.search.setText("Lee")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.search.hasFocus() and dialog.search.selectedText() == "Lee"
