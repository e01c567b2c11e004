"""Users and roles on SQLite and PostgreSQL: the first person becomes administrator, only administrators manage
users, and the last administrator cannot be removed."""

from __future__ import annotations

import pytest

from qa_studio.services.users import UserError, UserService
from qa_studio.storage.database import Database


def test_first_sign_in_makes_an_administrator_then_reviewers(database: Database) -> None:
    users = UserService(database)
    assert not users.has_admin()
    assert users.sign_in("周婷").role == "admin"
    assert users.sign_in("刘洋").role == "reviewer"
    assert users.sign_in("周婷").role == "admin"  # signing in again changes nothing
    with pytest.raises(UserError, match="type your name"):
        users.sign_in("  ")


def test_only_administrators_manage_users(database: Database) -> None:
    users = UserService(database)
    users.sign_in("周婷")
    users.sign_in("刘洋")
    with pytest.raises(UserError, match="only an administrator"):
        users.add("Sarah Lee", "reviewer", actor="刘洋")
    users.add("Sarah Lee", "lead", actor="周婷")
    with pytest.raises(UserError, match="already a user"):
        users.add("Sarah Lee", "reviewer", actor="周婷")
    with pytest.raises(UserError, match="the role is one of"):
        users.set_role("刘洋", "boss", actor="周婷")
    users.set_role("刘洋", "trainer", actor="周婷")
    assert {u.name: u.role for u in users.list()} == {"周婷": "admin", "刘洋": "trainer", "Sarah Lee": "lead"}
    with pytest.raises(UserError, match="last administrator"):
        users.set_role("周婷", "lead", actor="周婷")
    users.set_active("刘洋", False, actor="周婷")
    with pytest.raises(UserError, match="deactivated"):
        users.sign_in("刘洋")
    assert [u.name for u in users.list(include_inactive=False)] == ["Sarah Lee", "周婷"]
