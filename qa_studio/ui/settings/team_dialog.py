"""File → Team database…: the guided step that turns a PostgreSQL database into a team database, with the guide for
whoever owns the server (roles, pg_hba, TLS). Run by the database's owner; everyone else sees the database's state."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.team import TeamError, TeamService, TeamStatus
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, text_style


class TeamDialog(QDialog):
    def __init__(self, service: TeamService, context: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team database"))
        self.service, self.context, self.runner = service, context, runner
        self.state = QLabel(self)
        self.state.setObjectName("teamState")
        self.state.setWordWrap(True)
        self.prefix = QLineEdit("qa", self)
        self.admin_name = QLineEdit(context.user.name, self)
        self.admin_login = QLineEdit(self)
        self.admin_login.setPlaceholderText(self.tr("e.g. zhou.ting"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty when the login exists or the server checks otherwise"))
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Role &prefix:"), self.prefix)
        form.addRow(self.tr("First administrator's &name:"), self.admin_name)
        form.addRow(self.tr("Their database &login:"), self.admin_login)
        form.addRow(self.tr("Their p&assword (new login):"), self.password)
        self.enable_button = QPushButton(self.tr("&Turn on team mode"), self)
        self.enable_button.setObjectName("enableTeam")
        self.enable_button.clicked.connect(self.enable)
        self.problem = QLabel(self)
        self.problem.setObjectName("teamProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.guide = QTextBrowser(self)
        self.guide.setObjectName("serverGuide")
        self.guide.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.form)
        layout.addWidget(self.enable_button)
        layout.addWidget(self.problem)
        layout.addWidget(self.guide, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            status = self.service.status()
        except StorageError as exc:
            self.state.setText(str(exc))
            self.form.setEnabled(False)
            self.enable_button.setEnabled(False)
            return
        self._show(status)

    def _show(self, status: TeamStatus) -> None:
        sqlite = self.service.database.is_sqlite
        if status.team_mode:
            self.state.setText(self.tr(
                "{database} is a team database (role prefix {prefix}); you are connected as {login}. Add people, "
                "set roles and disable accounts in File → Users and roles…"
            ).format(database=status.database, prefix=status.prefix, login=status.login))  # fmt: skip
        elif sqlite:
            self.state.setText(self.tr(
                "QA Studio keeps its data on this computer (SQLite). A team shares one PostgreSQL database: once the "
                "server's owner has made it (steps 1–2 below), choose it in File → Settings → Database, connected as "
                "its owner, and come back here."
            ))  # fmt: skip
        else:
            self.state.setText(self.tr(
                "{database} is not a team database yet: everyone connecting shares one login, so the server cannot "
                "tell people apart. Connected as the database's owner ({login}), turn on team mode: each person then "
                "gets their own login, and the server decides what each may read and change."
            ).format(database=status.database, login=status.login))  # fmt: skip
        open_for_setup = not status.team_mode and not sqlite
        self.form.setVisible(open_for_setup)
        self.enable_button.setVisible(open_for_setup)
        self.guide.setHtml(self._guide(status))

    def _guide(self, status: TeamStatus) -> str:
        database = status.database or "qa"
        prefix = status.prefix or self.prefix.text().strip() or "qa"
        steps = [
            self.tr("Create an owner role that may create roles (not a superuser) and the database: "
                    "<code>createuser --createrole --pwprompt qa_owner</code>, "
                    "<code>createdb -O qa_owner {database}</code>."),
            self.tr("Connect QA Studio to it as the owner, once (it creates its tables), and turn on team mode "
                    "here or with <code>qa-studio team enable --prefix {prefix} --admin-name NAME "
                    "--admin-login LOGIN</code>."),
            self.tr("In <code>pg_hba.conf</code> allow the people's logins over TLS with a password check (or LDAP, "
                    "Kerberos, certificates): <code>hostssl {database} +{prefix}_user 10.0.0.0/8 scram-sha-256</code>; "
                    "keep <code>ssl = on</code> in <code>postgresql.conf</code> and reload the server."),
            self.tr("The administrator adds everyone in File → Users and roles…; each person sets File → Settings → "
                    "Database to their own login. Upgrades of QA Studio, run once as the owner, bring the rules up "
                    "to date."),
        ]  # fmt: skip
        items = "".join(f"<li>{step.format(database=database, prefix=prefix)}</li>" for step in steps)
        heading = self.tr("For whoever owns the server")
        return f"<b>{heading}</b><ol>{items}</ol>"

    def enable(self) -> None:
        self.problem.clear()
        self.enable_button.setEnabled(False)
        prefix, name = self.prefix.text().strip(), self.admin_name.text().strip()
        login, password = self.admin_login.text().strip(), self.password.text() or None
        if not name or not login:
            self.problem.setText(self.tr("Name the first administrator and their database login."))
            self.enable_button.setEnabled(True)
            return
        task = Task(lambda: self.service.enable(prefix, name, login, password))
        self.runner.start(task, on_result=lambda _none: self._enabled(), on_error=self._failed)

    def _enabled(self) -> None:
        self.password.clear()
        self.enable_button.setEnabled(True)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.enable_button.setEnabled(True)
        if isinstance(exc, TeamError | StorageError):
            self.problem.setText(str(exc))
        else:
            self.problem.setText(self.tr("Team mode was not turned on: {reason}").format(reason=exc))
