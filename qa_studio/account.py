"""This computer's account: who a single-person install acts as (services/identity.py), found without the database
layer so the quick `list` knows it too."""

from __future__ import annotations


def os_login() -> str:
    """This computer's account name: the identity of a single-person install."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"
