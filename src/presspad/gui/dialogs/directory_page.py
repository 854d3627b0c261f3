"""Settings → Directory: where the partner directory lives, and a connection test.

Two setups, one choice: a file on this computer (one person; nothing to set
up) or a PostgreSQL server a team shares. A server's password is never kept
in the settings: it goes to the system keyring, or ``~/.pgpass``
(:mod:`presspad.core.directory.credentials`). The test runs in a thread, so a
server that does not answer never freezes the dialog.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from presspad.core.directory.location import is_server
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)


class DirectoryPage(QWidget):
    """The location of the directory: :meth:`location` for the settings."""

    tested = Signal(object)   # a Probe or a PresspadError, from the test's thread

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        server = is_server(location)
        self.file_mode = QRadioButton(self.tr("Only me: a file on this computer"), self)
        self.server_mode = QRadioButton(self.tr("A team: a PostgreSQL server"), self)
        modes = QButtonGroup(self)
        modes.addButton(self.file_mode)
        modes.addButton(self.server_mode)
        (self.server_mode if server else self.file_mode).setChecked(True)

        self.file_path = QLineEdit("" if server else location, self)
        self.file_path.setPlaceholderText(self.tr("Default (in your data folder)"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)

        self.server_url = QLineEdit(location if server else "", self)
        self.server_url.setPlaceholderText("postgresql://db.example.org/partners")
        self.server_url.setToolTip(self.tr(
            "A postgresql:// URL or a libpq connection string such as service=presspad"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in the keyring or ~/.pgpass"))
        server_form = QFormLayout()
        server_form.addRow(self.tr("Server:"), self.server_url)
        server_form.addRow(self.tr("Password:"), self.password)

        self.test_button = QPushButton(self.tr("Test Connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setMinimumWidth(420)
        help_text = QLabel(self.tr(
            "One person needs nothing here: the directory is a file in your data folder. "
            "A team shares one PostgreSQL database: give each writer's presspad its "
            "address. Do not put the file on a shared drive: SQLite's locking does not "
            "work there and the directory can be corrupted."), self)
        help_text.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_mode)
        layout.addLayout(file_row)
        layout.addWidget(self.server_mode)
        layout.addLayout(server_form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addWidget(help_text)
        layout.addStretch(1)

        self.tested.connect(self._show_result)
        self.file_mode.toggled.connect(self._update_enabled)
        self._update_enabled()

    # -- what the settings get ------------------------------------------------------

    def _server_parts(self) -> tuple[str, str, str]:
        """In server mode: (address without its password, the password typed or in
        the address, why libpq cannot read the address); all "" otherwise."""
        text = self.server_url.text().strip()
        if not self.server_mode.isChecked() or not text:
            return "", "", ""
        from presspad.core.directory.credentials import split_password

        try:
            clean, in_url = split_password(text)
        except Exception as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            return "", "", reason
        return clean, self.password.text() or in_url, ""

    def location(self) -> str:
        """The file path or the server address, without a password in it.

        An address libpq cannot read gives "" (accept() refuses it, see address_error).
        """
        if self.file_mode.isChecked():
            return self.file_path.text().strip()
        return self._server_parts()[0]

    def address_error(self) -> str:
        """Why the server address cannot be used ("" when it can, or in file mode)."""
        reason = self._server_parts()[2]
        return self.tr("This is not a PostgreSQL address: {error}").format(error=reason) \
            if reason else ""

    def keep_password(self) -> str | None:
        """Put a typed password (or one inside the URL) where libpq finds it; say where."""
        clean, password, _reason = self._server_parts()
        if not clean or not password:
            return None
        from presspad.core.directory.credentials import save_password

        return save_password(clean, password)

    # -- the test -------------------------------------------------------------------

    def test_connection(self) -> threading.Thread | None:
        """Probe the location in a thread; the answer shows below the button."""
        problem = self.address_error()
        if problem:   # never the default file instead of an address that cannot be read
            self.result.setText("⚠ " + problem)
            return None
        location = self.location() or self._default_path()
        password = self._server_parts()[1] if self.server_mode.isChecked() else ""
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))

        def run() -> None:
            from presspad.core.directory.probe import probe

            try:
                self.tested.emit(probe(location, password))
            except PresspadError as exc:
                self.tested.emit(exc)
            except Exception as exc:   # an address libpq cannot even parse
                logger.warning("directory test", exc_info=True)
                self.tested.emit(PresspadError(str(exc).splitlines()[0] if str(exc) else
                                               type(exc).__name__))

        thread = threading.Thread(target=run, name="directory-test", daemon=True)
        thread.start()
        return thread

    def _show_result(self, found) -> None:
        self.test_button.setEnabled(True)
        if isinstance(found, PresspadError):
            self.result.setText("⚠ " + found.user_message())
            return
        if found.newer:
            text = self.tr("This directory was written by a newer presspad (schema {n}); "
                           "update presspad to use it.").format(n=found.schema)
        elif not found.exists:
            text = self.tr("Connected. There is no directory here yet: presspad will "
                           "create one with the starter partners on first use.")
        else:
            text = self.tr("Connected: {count} partners.").format(count=found.partners)
        if found.server_version:
            text += " " + self.tr("PostgreSQL {version}.").format(version=found.server_version)
        if found.network_filesystem:
            text += " " + self.tr(
                "Warning: this file is on a network file system ({fs}), where SQLite can "
                "corrupt it. A team should use a PostgreSQL server.").format(
                    fs=found.network_filesystem)
        self.result.setText(("✓ " if not found.newer else "⚠ ") + text)

    # -- helpers ----------------------------------------------------------------------

    def _update_enabled(self) -> None:
        file_mode = self.file_mode.isChecked()
        for widget in (self.file_path, self.browse):
            widget.setEnabled(file_mode)
        for widget in (self.server_url, self.password):
            widget.setEnabled(not file_mode)
        self.result.clear()

    @staticmethod
    def _default_path() -> str:
        from presspad.core.directory.snapshot import default_path

        return str(default_path())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Partner Directory"), self.file_path.text(),
            self.tr("Partner directories (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.file_path.setText(name)
