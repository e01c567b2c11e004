"""Who uses QA Studio: signing in (by name; the first person on a database becomes its administrator) and, for
administrators, adding people and setting their roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services.users import ROLES, UserError, UserService, UserView
from qa_studio.storage.database import StorageError
from qa_studio.ui.theme import Tone, text_style

ModelIndex = QModelIndex | QPersistentModelIndex
ROLE_NAMES = {
    "reviewer": QT_TRANSLATE_NOOP("Roles", "Reviewer"),
    "lead": QT_TRANSLATE_NOOP("Roles", "Team lead"),
    "trainer": QT_TRANSLATE_NOOP("Roles", "Trainer"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}
YES, NO = QT_TRANSLATE_NOOP("UsersColumns", "yes"), QT_TRANSLATE_NOOP("UsersColumns", "no")
HEADERS = (
    QT_TRANSLATE_NOOP("UsersColumns", "Name"),
    QT_TRANSLATE_NOOP("UsersColumns", "Role"),
    QT_TRANSLATE_NOOP("UsersColumns", "Active"),
)


def role_name(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES.get(role, role))


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[UserView] = []

    def set_rows(self, rows: list[UserView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UsersColumns", HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.rows[index.row()]
        active = QCoreApplication.translate("UsersColumns", YES if user.active else NO)
        return (user.name, role_name(user.role), active)[index.column()]


class UsersDialog(QDialog):
    def __init__(self, users: UserService, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(560, 400)
        self.users, self.actor = users, actor
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 160)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(lambda: self.add())
        role = QPushButton(self.tr("Change &role…"), self)
        role.clicked.connect(lambda: self.change_role())
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, role, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        note = QLabel(self.tr("Team leads create and reveal calibrations and decide disputes; administrators also "
                              "manage users. People identify themselves by name on each computer."), self)  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.users.list())
        self._update()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        for row, user in enumerate(self.model.rows):
            if user.name == name:
                self.table.selectRow(row)

    def _update(self) -> None:
        user = self.selected()
        self.active_button.setText(self.tr("&Activate") if user and not user.active else self.tr("&Deactivate"))

    def _run(self, action, *args) -> bool:  # noqa: ANN001, ANN002
        try:
            action(*args)
        except (UserError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return False
        self.refresh()
        return True

    def _choose_role(self, current: str = "reviewer") -> str | None:
        names = [role_name(r) for r in ROLES]
        chosen, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role:"), names, ROLES.index(current), False)
        return ROLES[names.index(chosen)] if ok else None

    def add(self, name: str | None = None, role: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add a user"), self.tr("Name:"))
            if not ok or not name.strip():
                return False
        role = role or self._choose_role()
        if role is None or not self._run(self.users.add, name, role, self.actor):
            return False
        self.select(name.strip())
        return True

    def change_role(self, role: str | None = None) -> bool:
        user = self.selected()
        if user is None:
            return False
        role = role or self._choose_role(user.role)
        ok = role is not None and self._run(self.users.set_role, user.name, role, self.actor)
        self.select(user.name)
        return ok

    def toggle_active(self) -> bool:
        user = self.selected()
        ok = user is not None and self._run(self.users.set_active, user.name, not user.active, self.actor)
        if user is not None:
            self.select(user.name)
        return ok


class SignInDialog(QDialog):
    """Who is using this copy of QA Studio; asked once, changeable under File → Sign in as…"""

    def __init__(self, users: UserService, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        self.users = users
        self.signed_in: UserView | None = None
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.addItems([u.name for u in users.list(include_inactive=False)])
        self.name.setCurrentText(current)
        first = not users.has_admin()
        intro = self.tr("Choose your name, or type it if you are new here.")
        if first:
            intro = self.tr("You are the first person on this database: you will be its administrator, who adds "
                            "the others and sets their roles.")  # fmt: skip
        about = QLabel(intro, self)
        about.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def sign_in(self) -> bool:
        try:
            self.signed_in = self.users.sign_in(self.name.currentText())
        except (UserError, StorageError) as exc:
            self.problem.setText(str(exc))
            return False
        self.accept()
        return True
