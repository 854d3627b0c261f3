"""The app and a shared directory: colleagues' edits reach completion, the server's
absence is told in a banner, and two editors saving one partner are asked."""

from __future__ import annotations

import pytest

from presspad.core.directory import live as live_module
from presspad.core.directory.model import ORG, Entry
from presspad.core.directory.store import Directory
from presspad.core.storage.settings import Settings
from presspad.gui.dialogs.conflict_dialog import MINE, THEIRS, ConflictDialog
from presspad.gui.dialogs.directory_dialog import DirectoryDialog
from presspad.gui.main_window import MainWindow


def _window(qtbot, location: str) -> MainWindow:
    win = MainWindow(Settings(directory_path=location))
    qtbot.addWidget(win)
    win.show()
    # The window opens the directory once it is on screen (after_first_paint).
    qtbot.waitUntil(lambda: win.ready and win.review.live is not None
                    and not win.review.live.loading or win.review.banner.isVisible(),
                    timeout=10000)
    return win


def _candidates(win, prefix: str, lang: str = "en") -> list[str]:
    completer = win.review.completers[lang]
    return [c.text for c in completer._directory.snapshot.completion.lookup(
        prefix, lang, with_forms=False)]


def test_a_colleagues_new_partner_reaches_the_apps_completion(qtbot, directory_location):
    win = _window(qtbot, directory_location)
    try:
        assert _candidates(win, "Zylo") == []
        with Directory(directory_location) as colleague, \
                qtbot.waitSignal(win.review.directory_updated, timeout=10000):
            colleague.add(Entry(kind=ORG, en="Zylotech Labs", ru="Лаборатории Зилотех"))
        assert _candidates(win, "Zylo") == ["Zylotech Labs"]
        assert _candidates(win, "Зило", "ru") == ["Лаборатории Зилотех"]
        # The worker follows too: the new name is a known word for the spell checker.
        qtbot.waitUntil(lambda: "zylotech" in win.speller._known_sources.get("directory", ()),
                        timeout=20000)
        # What the completer offers while typing, through the editor.
        editor = win.panes["en"].editor
        editor.setFocus()
        qtbot.keyClicks(editor, "Zy")
        assert [c.text for c in win.review.completers["en"].candidates()] == ["Zylotech Labs"]
    finally:
        win.review.close_directory()


def test_the_apps_own_edit_is_used_at_once(qtbot, directory_location, _no_modal_dialogs):
    win = _window(qtbot, directory_location)
    try:
        dialog = DirectoryDialog(win.review.directory, win)
        qtbot.addWidget(dialog)
        dialog.changed.connect(win.review._directory_written)
        with qtbot.waitSignal(win.review.directory_updated, timeout=3000):
            assert dialog.add_entry(Entry(kind=ORG, en="Quillon Institute")), win.review.live.error
        assert _candidates(win, "Quill") == ["Quillon Institute"]
    finally:
        win.review.close_directory()


def test_a_lost_server_shows_a_banner_and_its_return_hides_it(qtbot, monkeypatch):
    from tests.postgres_server import PostgresServer

    monkeypatch.setattr(live_module, "RETRY_S", 0.3)
    server = PostgresServer().start()
    try:
        url = server.create_database()
        win = _window(qtbot, url)
        assert not win.review.banner.isVisible()
        with qtbot.waitSignal(win.review.directory_updated, timeout=15000):
            server.pause()
        assert win.review.banner.isVisible()
        assert "cannot be reached" in win.review.banner.text.text()
        assert win.review.directory.readonly
        assert _candidates(win, "Polytech")   # completion goes on from the copy
        with qtbot.waitSignal(win.review.directory_updated, timeout=15000):
            server.resume()
        assert not win.review.banner.isVisible() and not win.review.directory.readonly
        win.review.close_directory()
    finally:
        server.stop()


def test_a_directory_on_a_network_share_is_warned_about(qtbot, tmp_path, monkeypatch):
    from presspad.core.directory import location

    monkeypatch.setattr(location, "network_filesystem", lambda path: "cifs")
    win = _window(qtbot, str(tmp_path / "d.sqlite"))
    assert win.review.banner.isVisible() and "(cifs)" in win.review.banner.text.text()
    win.review.close_directory()


def test_a_directory_that_cannot_open_is_told_and_the_app_goes_on(qtbot, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    win = _window(qtbot, str(bad))
    assert win.review.live.error and win.review.banner.isVisible()
    assert "not an SQLite database" in win.review.banner.text.text()
    win.apply_settings(Settings(directory_path=str(tmp_path / "good.sqlite")))
    qtbot.waitUntil(lambda: not win.review.live.loading, timeout=10000)
    assert not win.review.live.error and not win.review.banner.isVisible()
    win.review.close_directory()


@pytest.mark.parametrize("choice", [MINE, THEIRS])
def test_two_editors_saving_one_partner(qtbot, directory_location, choice):
    with Directory(directory_location) as mine_store, \
            Directory(directory_location) as their_store:
        entry_id = mine_store.add(Entry(kind=ORG, en="Hanyang University"))
        dialog = DirectoryDialog(mine_store)
        qtbot.addWidget(dialog)
        opened = mine_store.get(entry_id)          # this editor opens the form …
        theirs = their_store.get(entry_id)         # … and so does a colleague
        theirs.ru = "Университет Ханьян"
        their_store.update(theirs)
        asked = []
        dialog.conflict_choice = lambda conflict: asked.append(conflict) or choice
        opened.ru = "Ханьянский университет"
        assert dialog.update_entry(opened) is (choice == MINE)
        [conflict] = asked
        assert conflict.theirs.ru == "Университет Ханьян"
        assert conflict.mine.ru == "Ханьянский университет"
        expected = "Ханьянский университет" if choice == MINE else "Университет Ханьян"
        assert their_store.get(entry_id).ru == expected


def test_the_conflict_dialog_shows_both_versions(qtbot):
    mine = Entry(kind=ORG, en="Hanyang University", ru="Ханьянский университет", id=1)
    theirs = Entry(kind=ORG, en="Hanyang University", ru="Университет Ханьян", id=1,
                   note="from the partner's site")
    dialog = ConflictDialog(mine, theirs)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.verticalHeaderItem(r).text(): (table.item(r, 0).text(),
                                                 table.item(r, 1).text())
            for r in range(table.rowCount())}
    assert rows["Russian name"] == ("Ханьянский университет", "Университет Ханьян")
    assert rows["Note"] == ("", "from the partner's site")
    assert dialog.differences == 2
    dialog.keep_mine.click()
    assert dialog.choice == MINE
    gone = ConflictDialog(mine, None)
    qtbot.addWidget(gone)
    assert gone.keep_mine.text() == "Add Mine Again"


def test_the_open_directory_window_follows_a_colleague(qtbot, directory_location, monkeypatch):
    win = _window(qtbot, directory_location)
    seen = {}

    def exec_(dialog):
        before = dialog.table.rowCount()
        with Directory(directory_location) as colleague, \
                qtbot.waitSignal(win.review.directory_updated, timeout=10000):
            colleague.add(Entry(kind=ORG, en="Zylotech Labs"))
        seen["rows"] = (before, dialog.table.rowCount())
        return 0

    monkeypatch.setattr(DirectoryDialog, "exec", exec_)
    try:
        win.review.open_directory_window()
        before, after = seen["rows"]
        assert after == before + 1
    finally:
        win.review.close_directory()


def test_the_directory_window_turns_read_only_with_an_offline_copy(qtbot, tmp_path):
    from presspad.core.directory.offline import OfflineDirectory

    with Directory(tmp_path / "d.sqlite") as directory:
        directory.add(Entry(kind=ORG, en="Acme"))
        dialog = DirectoryDialog(directory)
        qtbot.addWidget(dialog)
        assert dialog.add_org_button.isEnabled()
        copy = OfflineDirectory("server", "server", directory.entries(), 1, "unreachable")
        dialog.use_directory(copy)
        assert not dialog.add_org_button.isEnabled() and not dialog.import_button.isEnabled()
        assert dialog.table.rowCount() == 1 and "read-only" in dialog.windowTitle()


def test_an_edit_through_the_entry_form_is_checked_for_a_colleagues_save(qtbot,
                                                                        directory_location):
    from presspad.gui.dialogs.entry_dialog import EntryDialog

    with Directory(directory_location) as mine_store, \
            Directory(directory_location) as their_store:
        entry_id = mine_store.add(Entry(kind=ORG, en="Hanyang University"))
        dialog = DirectoryDialog(mine_store)
        qtbot.addWidget(dialog)
        form = EntryDialog(mine_store.get(entry_id), [], dialog)   # the editor opens it …
        qtbot.addWidget(form)
        theirs = their_store.get(entry_id)                          # … a colleague saves
        theirs.ru = "Университет Ханьян"
        their_store.update(theirs)
        form.ru.setText("Ханьянский университет")
        asked = []
        dialog.conflict_choice = lambda conflict: asked.append(conflict) or THEIRS
        assert dialog.update_entry(form.entry()) is False
        assert asked and their_store.get(entry_id).ru == "Университет Ханьян"
