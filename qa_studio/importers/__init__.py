"""Pure readers for recordings, chat logs and e-mails: no Qt, no database."""
