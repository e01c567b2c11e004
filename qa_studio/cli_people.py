"""Where `current_user` lived before the command line became the `qa_studio.cli` package; command modules written
against this path still import. New code imports `qa_studio.cli.signin`."""

from qa_studio.cli.signin import NEW_PASSWORD_ENV_VAR, PASSWORD_ENV_VAR, current_user

__all__ = ["NEW_PASSWORD_ENV_VAR", "PASSWORD_ENV_VAR", "current_user"]
