"""Deciding who in a conversation is the agent, the customer or the system, by rules a reviewer can read and correct."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa_studio.domain import AuthorRole, ParsedMessage, RoleDecision

# Role labels found in role / sender-type columns of chat exports, compared case-insensitively.
ROLE_LABELS: dict[str, AuthorRole] = {
    **dict.fromkeys(
        ("agent", "operator", "staff", "support", "service", "admin", "客服", "坐席", "员工", "售后", "人工"),
        AuthorRole.AGENT,
    ),
    **dict.fromkeys(
        ("customer", "visitor", "user", "client", "guest", "end-user", "客户", "顾客", "用户", "访客", "买家"),
        AuthorRole.CUSTOMER,
    ),
    **dict.fromkeys(("system", "bot", "robot", "automated", "系统", "机器人"), AuthorRole.SYSTEM),
}

# Latin markers must start a word ("Harbour Support", "support@…"); Chinese ones may sit anywhere ("售后客服小李").
_LATIN_MARKERS = ("agent", "support", "service", "operator", "helpdesk")
_CJK_MARKERS = ("客服", "坐席", "工号", "售后", "顾问")
_LATIN_MARKER_RE = re.compile(r"\b(" + "|".join(_LATIN_MARKERS) + ")")
_ADDRESS_RE = re.compile(r"<?([\w.+'-]+)@([\w-]+(?:\.[\w-]+)+)>?")
_LONGEST_AUTHOR_WITH_ADDRESS = 400
# Customers and agents alike write from these, so sharing one says nothing about being staff.
_PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
        "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "mail.com",
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
        "aliyun.com", "139.com", "189.cn", "yahoo.com.tw", "hotmail.com.tw",
    }
)  # fmt: skip


def role_from_label(label: str) -> AuthorRole | None:
    """The role a role/sender-type value names ('Agent', '客服', 'visitor'…), or None if it names none."""
    return ROLE_LABELS.get(label.strip().casefold())


def _find_address(author: str) -> re.Match[str] | None:
    # An address fits in 320 characters (RFC 5321); longer "names" are not searched, as the search is quadratic.
    return _ADDRESS_RE.search(author) if "@" in author and len(author) <= _LONGEST_AUTHOR_WITH_ADDRESS else None


def author_display_name(author: str) -> str:
    """'Emma Clarke <emma@harbour.example>' → 'Emma Clarke'; a bare address or plain name is returned as it is."""
    found = _find_address(author)
    if found is None or not found.group(0).startswith("<"):
        return author.strip()
    return author[: found.start()].strip().strip('"') or found.group(1) + "@" + found.group(2)


def _key(name: str) -> str:
    return "".join(name.casefold().split())


def _address(author: str) -> tuple[str, str] | None:
    found = _find_address(author)
    return (found.group(1).casefold(), found.group(2).casefold()) if found else None


def _marker(author: str) -> str | None:
    address = _address(author)
    # Markers count in the name and the mailbox, never the domain: ann@customerservice.example is a customer.
    words = (author_display_name(author) + " " + (address[0] if address else "")).casefold()
    if latin := _LATIN_MARKER_RE.search(words):
        return latin.group(1)
    return next((marker for marker in _CJK_MARKERS if marker in words), None)


def assign_roles(
    messages: list[ParsedMessage], known_agents: Iterable[str] = (), agent_hint: str | None = None
) -> list[RoleDecision]:
    """One decision per distinct author, in order of first appearance, each with the reason shown to the user.

    Rules, first match wins:
    1. the role stated in the file (a role column, a WhatsApp system line) — "stated in the file";
    2. the name (or e-mail address) equals a known agent or the agent named for this import, ignoring case and
       spaces — 'matches agent "X"';
    3. the name is a system label (System, Bot, 系统, 机器人) — 'name is "System"' — or the name or mailbox
       contains an agent marker (agent, support, service, operator, 客服, 坐席, 工号…) — 'name contains "客服"';
    4. an e-mail address on the domain of a known agent or of an author already decided as agent (public mail
       domains such as gmail.com or qq.com excepted);
    5. otherwise, if exactly one author is left and an agent exists, that author is the customer; else the first
       of the remaining authors to write is the customer (customers open conversations) and the rest are agents.
    """
    authors = list(dict.fromkeys(message.author for message in messages))
    stated: dict[str, AuthorRole] = {}
    for message in messages:
        if message.role is not None:
            stated.setdefault(message.author, message.role)
    agents: dict[str, str] = {}
    for name in (*known_agents, agent_hint):
        if not name or not name.strip():
            continue
        agents[_key(name)] = name
        agents[_key(author_display_name(name))] = name
    decisions: dict[str, RoleDecision] = {}
    for author in authors:
        address = _address(author)
        keys = [_key(author), _key(author_display_name(author))] + ([_key("@".join(address))] if address else [])
        if author in stated:
            decisions[author] = RoleDecision(author, stated[author], "stated in the file")
        elif matched := next((agents[key] for key in keys if key in agents), None):
            decisions[author] = RoleDecision(author, AuthorRole.AGENT, f'matches agent "{matched}"')
        elif role_from_label(author) == AuthorRole.SYSTEM:
            decisions[author] = RoleDecision(author, AuthorRole.SYSTEM, f'name is "{author.strip()}"')
        elif marker := _marker(author):
            decisions[author] = RoleDecision(author, AuthorRole.AGENT, f'name contains "{marker}"')
    staff = [*agents.values(), *(d.author for d in decisions.values() if d.role == AuthorRole.AGENT)]
    agent_domains = {address[1] for name in staff if (address := _address(name))} - _PUBLIC_MAIL_DOMAINS
    for author in authors:
        if author not in decisions and (address := _address(author)) and address[1] in agent_domains:
            decisions[author] = RoleDecision(author, AuthorRole.AGENT, f'address on the agents\' domain "{address[1]}"')
    undecided = [author for author in authors if author not in decisions]
    if len(undecided) == 1 and any(d.role == AuthorRole.AGENT for d in decisions.values()):
        decisions[undecided[0]] = RoleDecision(undecided[0], AuthorRole.CUSTOMER, "the only other participant")
    elif undecided:
        first, *others = undecided
        decisions[first] = RoleDecision(first, AuthorRole.CUSTOMER, "first to write — assumed customer")
        for author in others:
            decisions[author] = RoleDecision(author, AuthorRole.AGENT, "answered the customer — assumed agent")
    return [decisions[author] for author in authors]


def apply_roles(messages: list[ParsedMessage], decisions: Iterable[RoleDecision]) -> None:
    """Set every message's role from the decision for its author, so a user's correction wins over the file."""
    by_author = {decision.author: decision.role for decision in decisions}
    for message in messages:
        if (role := by_author.get(message.author)) is not None:
            message.role = role
