"""Settings → Directory: a file or a server, a connection test, passwords kept out."""

from __future__ import annotations

from presspad.core.directory.store import Directory
from presspad.core.storage.settings import Settings
from presspad.gui.dialogs.settings_dialog import SettingsDialog


def _page(qtbot, location: str = ""):
    dialog = SettingsDialog(Settings(directory_path=location))
    qtbot.addWidget(dialog)
    return dialog, dialog.directory_page


def _test(qtbot, page) -> str:
    with qtbot.waitSignal(page.tested, timeout=15000):
        page.test_connection()
    return page.result.text()


def test_a_server_location_opens_in_server_mode_and_tests(qtbot, postgres_url):
    Directory(postgres_url).close()
    dialog, page = _page(qtbot, postgres_url)
    assert page.server_mode.isChecked() and not page.file_path.isEnabled()
    text = _test(qtbot, page)
    assert text.startswith("✓ Connected: 0 partners.") and "PostgreSQL 15" in text
    assert dialog.result_settings().directory_path == page.location()


def test_an_empty_database_is_told_it_will_be_created_and_is_left_empty(qtbot, postgres_url):
    import psycopg

    _dialog, page = _page(qtbot, postgres_url)
    assert "presspad will create one" in _test(qtbot, page)
    with psycopg.connect(postgres_url) as conn:   # the test created nothing
        assert conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None


def test_an_unreachable_server_is_one_line(qtbot, tmp_path):
    _dialog, page = _page(qtbot, f"postgresql://nobody@/partners?host={tmp_path}")
    text = _test(qtbot, page)
    assert text.startswith("⚠") and "cannot reach the server" in text
    assert page.test_button.isEnabled()


def test_file_mode_counts_the_partners(qtbot, tmp_path):
    from presspad.core.directory.snapshot import open_default_directory

    path = tmp_path / "mine.sqlite"
    with open_default_directory(path) as directory:
        count = directory.count()
    _dialog, page = _page(qtbot, str(path))
    assert page.file_mode.isChecked() and not page.server_url.isEnabled()
    assert _test(qtbot, page) == f"✓ Connected: {count} partners."
    page.file_path.setText(str(tmp_path / "new.sqlite"))
    assert "presspad will create one" in _test(qtbot, page)
    assert not (tmp_path / "new.sqlite").exists()


def test_a_password_goes_to_the_keyring_never_to_settings(qtbot, monkeypatch, tmp_path):
    from presspad.core.directory import credentials

    kept = {}
    monkeypatch.setattr(credentials, "save_password",
                        lambda url, password: kept.update({url: password}) or "keyring")
    dialog, page = _page(qtbot)
    page.server_mode.setChecked(True)
    page.server_url.setText("postgresql://writer:inline@db.example.org/partners")
    assert "inline" not in dialog.result_settings().directory_path
    page.password.setText("typed")
    dialog.accept()
    [(url, password)] = kept.items()
    assert password == "typed" and "inline" not in url and "db.example.org" in url


def test_an_address_that_cannot_be_read_is_never_saved(qtbot, _no_modal_dialogs):
    dialog, page = _page(qtbot)
    page.server_mode.setChecked(True)
    page.server_url.setText("postgresql://writer:s3cret@db.example.org/p?connect_timout=5")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _no_modal_dialogs and "not a PostgreSQL address" in _no_modal_dialogs[-1][1]
    assert "s3cret" not in dialog.result_settings().directory_path


def test_testing_an_address_that_cannot_be_read_says_so(qtbot):
    _dialog, page = _page(qtbot)
    page.server_mode.setChecked(True)
    page.server_url.setText("postgresql://db.example.org/p?connect_timout=5")
    assert page.test_connection() is None   # not the default file in its place
    assert page.result.text().startswith("⚠ This is not a PostgreSQL address")
