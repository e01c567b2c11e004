"""Who uses QA Studio: switching to another person (who proves it with their password) and, for administrators,
adding people, setting their roles, disabling accounts and resetting passwords."""

from __future__ import annotations

import logging
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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services.identity import CurrentUser, IdentityService, SignInError
from qa_studio.services.team import TeamError
from qa_studio.services.users import ROLES, UserError, UserService, UserView
from qa_studio.storage.database import Database, StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, text_style

_log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
ROLE_NAMES = {
    "reviewer": QT_TRANSLATE_NOOP("Roles", "Reviewer"),
    "lead": QT_TRANSLATE_NOOP("Roles", "Team lead"),
    "trainer": QT_TRANSLATE_NOOP("Roles", "Trainer"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
    "agent": QT_TRANSLATE_NOOP("Roles", "Agent"),
}
YES, NO = QT_TRANSLATE_NOOP("UsersColumns", "yes"), QT_TRANSLATE_NOOP("UsersColumns", "no")
HEADERS = (
    QT_TRANSLATE_NOOP("UsersColumns", "Name"),
    QT_TRANSLATE_NOOP("UsersColumns", "Role"),
    QT_TRANSLATE_NOOP("UsersColumns", "Active"),
    QT_TRANSLATE_NOOP("UsersColumns", "Signs in with"),
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
        if user.has_password:
            how = QCoreApplication.translate("UsersColumns", "password")
        elif user.login:
            how = QCoreApplication.translate("UsersColumns", "login {login}").format(login=user.login)
        else:
            how = "—"
        if user.agent:
            how += " · " + QCoreApplication.translate("UsersColumns", "agent {name}").format(name=user.agent)
        return (user.name, role_name(user.role), active, how)[index.column()]


class UsersDialog(QDialog):
    def __init__(self, users: UserService, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(preferred_size(self, 720, 420))
        self.users, self.context = users, context
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
        password = QPushButton(self.tr("Reset &password…"), self)
        password.clicked.connect(lambda: self.reset_password())
        role = QPushButton(self.tr("Change &role…"), self)
        role.clicked.connect(lambda: self.change_role())
        # On a team database, someone recorded before team mode (or by the demo) has no login yet.
        self.team = users.is_team_database()
        self.login_button = QPushButton(self.tr("Give a &login…"), self)
        self.login_button.setObjectName("giveLoginButton")
        self.login_button.setVisible(self.team)
        self.login_button.clicked.connect(lambda: self.give_login())
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, role, self.active_button, password, self.login_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        note = QLabel(self.tr("Team leads create and reveal calibrations and decide disputes; trainers coach; agents "
                              "see only their own results; administrators also manage users. On a team database each "
                              "person signs in with their own database login; on this computer with its account, or "
                              "with a password where several people share the PC."), self)  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()


    @property
    def actor(self) -> str:
        """The signed-in person at the moment of each change."""
        return self.context.actor

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
        self.login_button.setEnabled(user is not None and user.login is None)

    def _run(self, action, *args, **kwargs) -> bool:  # noqa: ANN001, ANN002, ANN003
        try:
            action(*args, **kwargs)
        except (UserError, SignInError, TeamError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return False
        self.refresh()
        return True

    def _choose_role(self, current: str = "reviewer") -> str | None:
        names = [role_name(r) for r in ROLES]
        chosen, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role:"), names, ROLES.index(current), False)
        return ROLES[names.index(chosen)] if ok else None

    def add(self, name: str | None = None, role: str | None = None, **account: str | None) -> bool:
        """`account`: login, password and agent, as the add dialog asks for them."""
        if name is None:
            dialog = AddUserDialog(self.users, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            name, role, account = dialog.values()
        role = role or self._choose_role()
        if role is None or not self._run(self.users.add, name, role, self.actor, **account):
            return False
        self.select(name.strip())
        return True

    def give_login(self, **account: str | None) -> bool:
        """The selected person, who has no database login yet, gets one (and a password), keeping their history;
        `account` (login, password) as the dialog asks for them."""
        user = self.selected()
        if user is None or user.login is not None:
            return False
        role = user.role
        if not account:
            dialog = AddUserDialog(self.users, self, person=user)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            _name, role, account = dialog.values()
        ok = self._run(self.users.add, user.name, role, self.actor, **account)
        self.select(user.name)
        return ok

    def reset_password(self, password: str | None = None) -> bool:
        user = self.selected()
        if user is None:
            return False
        if password is None:
            password, ok = QInputDialog.getText(
                self, self.tr("Reset password"), self.tr("New password for {name}:").format(name=user.name),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok:
                return False
        return self._run(self.users.reset_password, user.name, password, self.actor)

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


class AddUserDialog(QDialog):
    """A new person: name, role, and how they sign in (a database login on a team database, optionally a password
    on a shared PC); an agent account is tied to the agent whose results it shows."""

    def __init__(self, users: UserService, parent: QWidget | None = None, person: UserView | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user") if person is None else self.tr("Give {name} a login").format(
            name=person.name))  # fmt: skip
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        if person is not None:  # someone already recorded: their name stays, their role is offered
            self.name.setText(person.name)
            self.name.setReadOnly(True)
            self.role.setCurrentIndex(ROLES.index(person.role))
        self.login = QLineEdit(self)
        self.login.setPlaceholderText(self.tr("database login, e.g. liu.yang"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.agent = QComboBox(self)
        self.agent.setEditable(True)
        self.agent.addItems(users.agent_names())
        self.agent.setCurrentText("")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("A&gent:"), self.agent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, dict[str, str | None]]:
        return self.name.text(), self.role.currentData(), {
            "login": self.login.text().strip() or None,
            "password": self.password.text() or None,
            "agent": self.agent.currentText().strip() or None,
        }  # fmt: skip


class SwitchUserDialog(QDialog):
    """Another person takes over this window: on a PC shared with local accounts, their name and password; on a team
    database, their own database login and password, checked by the server (a new connection, see `database`)."""

    def __init__(
        self, identity: IdentityService, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("switchUserDialog")
        # The password check (a server round trip, or a deliberately slow hash) runs off the GUI thread.
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("Switch user"))
        self.identity = identity
        self.team = identity.is_team_database()
        self.signed_in: CurrentUser | None = None
        self.database: Database | None = None  # the new connection, on a team database
        self.name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if self.team:
            intro = self.tr("On a team database each person signs in with their own database login. QA Studio "
                            "connects again as you; the next start uses the login in File → Settings.")  # fmt: skip
            name_label = self.tr("Database &login:")
        else:
            intro = self.tr("Sign in with your QA Studio name and password. An administrator gives people on a "
                            "shared computer a password under File → Users and roles.")  # fmt: skip
            name_label = self.tr("Your &name:")
        about = QLabel(intro, self)
        about.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("signInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        form = QFormLayout()
        form.addRow(name_label, self.name)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def sign_in(self) -> bool:
        """Check the name and password in the background; True once signed in (at once with a synchronous
        runner), False while checking or when refused (the reason is shown)."""
        name, password = self.name.text(), self.password.text()
        self.problem.setText(self.tr("Signing in…"))
        self.problem.setStyleSheet("")
        self.ok_button.setEnabled(False)
        if self.team:
            task = Task(self.identity.connect_as, name, password)
        else:
            task = Task(lambda: (None, self.identity.sign_in(name, password)))
        self.runner.start(task, self._signed_in, self._refused)
        return self.signed_in is not None

    def _signed_in(self, signed: tuple[Database | None, CurrentUser]) -> None:
        self.database, self.signed_in = signed
        self.ok_button.setEnabled(True)
        self.problem.setText("")
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        if not isinstance(error, SignInError | StorageError):
            _log.error("signing in failed: %s", getattr(error, "formatted_traceback", error))
        self.problem.setText(str(error))
        self.password.clear()
