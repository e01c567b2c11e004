"""People on SQLite and PostgreSQL: identity proved (this computer's account, local passwords), only administrators
manage users, the last administrator cannot be removed, every name that acted keeps its history."""

from __future__ import annotations

import pytest

from qa_studio.domain import SignInMethod, UserRole
from qa_studio.services import audit
from qa_studio.services.identity import IdentityService, SignInError, check_password, hash_password
from qa_studio.services.users import UserError, UserService
from qa_studio.storage.database import Database


def test_this_computers_account_is_the_person_and_the_first_is_administrator(database: Database) -> None:
    identity = IdentityService(database)
    first = identity.current(login="zhou.ting")
    assert (first.name, first.role, first.method) == ("zhou.ting", UserRole.ADMIN, SignInMethod.OS_ACCOUNT)
    assert identity.current(login="zhou.ting").id == first.id  # the same person next time
    second = identity.current(login="liu.yang")
    assert second.role is UserRole.REVIEWER
    assert identity.current(login="other", claim_name="zhou.ting").name == "other"  # no claiming a colleague


def test_a_database_from_before_sign_in_keeps_its_history(database: Database) -> None:
    """The names an older version recorded become users; the first account here takes over the one it typed."""
    from qa_studio.storage.models import User

    with database.session() as session:
        session.add_all([User(name="刘洋", role="admin"), User(name="Sarah Lee", role="reviewer")])
        audit.record(session, "evaluation_submitted", "evaluation", 1, {}, actor="刘洋")
    identity = IdentityService(database)
    me = identity.current(login="ly", claim_name="刘洋")
    assert (me.name, me.role, me.login) == ("刘洋", UserRole.ADMIN, "ly")
    later = identity.current(login="intruder", claim_name="Sarah Lee")
    assert later.name != "Sarah Lee" and later.role is UserRole.REVIEWER


def test_only_administrators_manage_users(database: Database) -> None:
    users = UserService(database)
    IdentityService(database).current(login="周婷")
    IdentityService(database).current(login="刘洋")
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
    with pytest.raises(SignInError) as refused:
        IdentityService(database).current(login="刘洋")
    assert refused.value.code == "disabled"
    assert [u.name for u in users.list(include_inactive=False)] == ["Sarah Lee", "周婷"]
    with pytest.raises(UserError, match="needs the agent"):
        users.add("王芳", "agent", actor="周婷")


def test_local_passwords_on_a_shared_pc(database: Database) -> None:
    identity, users = IdentityService(database), UserService(database)
    admin = identity.current(login="owner")
    with pytest.raises(UserError, match="set your own password first"):  # or the administrator is locked out
        users.add("Nina", "reviewer", actor=admin.name, password="correct horse")
    users.reset_password(admin.name, "the owner's password", admin.name)
    users.add("Nina", "reviewer", actor=admin.name, password="correct horse")
    assert identity.needs_password()
    # Once passwords exist, this computer's account alone no longer says who is at the keyboard.
    with pytest.raises(SignInError) as needed:
        identity.current(login="owner")
    assert needed.value.code == "password_needed"
    with pytest.raises(SignInError) as wrong:
        identity.sign_in("Nina", "wrong horse")
    assert wrong.value.code == "wrong_password"
    with pytest.raises(SignInError) as unknown:
        identity.sign_in("Nobody", "correct horse")
    assert unknown.value.code == "wrong_password"  # the same words: a guess learns nothing about names
    nina = identity.sign_in("Nina", "correct horse")
    assert (nina.name, nina.method) == ("Nina", SignInMethod.LOCAL_PASSWORD)
    with pytest.raises(SignInError, match="at least 8"):
        users.reset_password("Nina", "short", actor="Nina")
    users.reset_password("Nina", "a new password", actor="Nina")  # people change their own
    with pytest.raises(UserError, match="only an administrator"):
        users.reset_password(admin.name, "taken over!", actor="Nina")
    assert identity.sign_in("Nina", "a new password").name == "Nina"
    users.set_active("Nina", False, actor=admin.name)
    with pytest.raises(SignInError, match="disabled"):
        identity.sign_in("Nina", "a new password")
    entries = [(e.actor, e.action) for e in _entries(database)]
    assert ("Nina", "password_reset") in entries and (admin.name, "user_deactivated") in entries


def test_scrypt_hashes_are_salted_and_checked() -> None:
    first, second = hash_password("same words"), hash_password("same words")
    assert first != second and first.startswith("scrypt$")
    assert check_password("same words", first) and not check_password("same word", first)
    assert not check_password("x", "garbage") and not check_password("x", None)


def test_every_change_names_its_actor(database: Database) -> None:
    with database.session() as session, pytest.raises(ValueError, match="names the person"):
        audit.record(session, "anything", "user", 1, {}, actor="")


def _entries(database: Database) -> list:
    with database.session() as session:
        return audit.entries(session)
