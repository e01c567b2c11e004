"""Role rules, one test per rule in their order, and applying (corrected) decisions."""

from __future__ import annotations

from qa_studio.domain import AuthorRole, ParsedMessage, RoleDecision
from qa_studio.importers.roles import apply_roles, assign_roles, author_display_name, role_from_label


def messages(*authors: str) -> list[ParsedMessage]:
    return [ParsedMessage(author=author, text="…") for author in authors]


def decided(decisions: list[RoleDecision]) -> list[tuple[str, AuthorRole, str]]:
    return [(d.author, d.role, d.reason) for d in decisions]


def test_rule_1_a_role_stated_in_the_file_wins_over_every_other_rule() -> None:
    chat = messages("客服小王", "Emma Clarke", "system")
    chat[0].role = AuthorRole.CUSTOMER  # the file says so, although the name contains 客服
    chat[2].role = AuthorRole.SYSTEM
    assert decided(assign_roles(chat, known_agents=["Emma Clarke"])) == [
        ("客服小王", AuthorRole.CUSTOMER, "stated in the file"),
        ("Emma Clarke", AuthorRole.AGENT, 'matches agent "Emma Clarke"'),
        ("system", AuthorRole.SYSTEM, "stated in the file"),
    ]


def test_rule_2_known_agents_and_the_agent_hint_match_ignoring_case_and_spaces() -> None:
    assert decided(assign_roles(messages("Ann Lee", "emma  CLARKE"), known_agents=["Emma Clarke"]))[1] == (
        "emma  CLARKE",
        AuthorRole.AGENT,
        'matches agent "Emma Clarke"',
    )
    assert assign_roles(messages("王芳", "李 伟"), agent_hint="李伟")[1].reason == 'matches agent "李伟"'
    # An e-mail author matches by display name or by address.
    by_name = assign_roles(messages("Ann <ann@example.com>", "James Porter <jp@harbour.example>"), ["James Porter"])
    assert by_name[1].reason == 'matches agent "James Porter"'
    by_address = assign_roles(messages("James Porter <JP@harbour.example>"), ["jp@harbour.example"])
    assert by_address[0].role == AuthorRole.AGENT


def test_rule_3_agent_markers_in_the_name_or_mailbox() -> None:
    chat = messages("孙先生", "售后客服小李", "Harbour Support", "工号1024", "Ann <support@harbour.example>")
    assert [(d.role, d.reason) for d in assign_roles(chat)][1:] == [
        (AuthorRole.AGENT, 'name contains "客服"'),
        (AuthorRole.AGENT, 'name contains "support"'),
        (AuthorRole.AGENT, 'name contains "工号"'),
        (AuthorRole.AGENT, 'name contains "support"'),
    ]


def test_rule_3_a_system_name_is_the_system_not_the_first_writer() -> None:
    assert decided(assign_roles(messages("System", "Ann Lee", "Emma (Support)"))) == [
        ("System", AuthorRole.SYSTEM, 'name is "System"'),
        ("Ann Lee", AuthorRole.CUSTOMER, "the only other participant"),
        ("Emma (Support)", AuthorRole.AGENT, 'name contains "support"'),
    ]


def test_rule_3_markers_are_not_found_inside_words_or_in_a_domain() -> None:
    chat = messages("Reagent Smith", "Bob <bob@customerservice.example>")
    assert [d.reason for d in assign_roles(chat)] == [
        "first to write — assumed customer",
        "answered the customer — assumed agent",
    ]


def test_rule_4_an_address_on_an_agents_domain_is_an_agent_but_not_on_a_public_domain() -> None:
    mail = messages(
        "Noah Wilson <noah@example.com>",
        "James Porter <james@harbour.example>",
        "Li Wei <li.wei@harbour.example>",
        "Ann Lee <ann@gmail.com>",
    )
    decisions = assign_roles(mail, known_agents=["James Porter <james@harbour.example>", "Emma <emma@gmail.com>"])
    assert decided(decisions)[2] == (
        "Li Wei <li.wei@harbour.example>",
        AuthorRole.AGENT,
        'address on the agents\' domain "harbour.example"',
    )
    assert [d.role for d in decisions] == [AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.AGENT]
    assert decisions[3].reason == "answered the customer — assumed agent"
    assert decisions[0].reason == "first to write — assumed customer"


def test_rule_5_the_only_other_participant_is_the_customer() -> None:
    chat = messages("Emma Clarke", "Olivia Brown", "Emma Clarke")
    assert decided(assign_roles(chat, known_agents=["Emma Clarke"]))[1] == (
        "Olivia Brown",
        AuthorRole.CUSTOMER,
        "the only other participant",
    )


def test_rule_5_otherwise_the_first_to_write_is_the_customer_and_the_rest_agents() -> None:
    chat = messages("Ann Lee", "Bob Stone", "Ann Lee", "Cara Diaz")
    assert decided(assign_roles(chat)) == [
        ("Ann Lee", AuthorRole.CUSTOMER, "first to write — assumed customer"),
        ("Bob Stone", AuthorRole.AGENT, "answered the customer — assumed agent"),
        ("Cara Diaz", AuthorRole.AGENT, "answered the customer — assumed agent"),
    ]
    assert assign_roles(chat) == assign_roles(chat)


def test_apply_roles_puts_a_users_correction_over_the_file() -> None:
    chat = messages("Ann Lee", "Bob Stone", "Ann Lee")
    chat[0].role = AuthorRole.AGENT
    corrected = [
        RoleDecision("Ann Lee", AuthorRole.CUSTOMER, "corrected"),
        RoleDecision("Bob Stone", AuthorRole.AGENT, ""),
    ]
    apply_roles(chat, corrected)
    assert [m.role for m in chat] == [AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.CUSTOMER]
    untouched = messages("Zoe")
    apply_roles(untouched, corrected)
    assert untouched[0].role is None


def test_role_labels_and_display_names() -> None:
    assert [role_from_label(v) for v in (" Agent ", "客服", "VISITOR", "bot", "message")] == [
        AuthorRole.AGENT,
        AuthorRole.AGENT,
        AuthorRole.CUSTOMER,
        AuthorRole.SYSTEM,
        None,
    ]
    assert author_display_name("Emma Clarke <emma@harbour.example>") == "Emma Clarke"
    assert author_display_name("<emma@harbour.example>") == "emma@harbour.example"
    assert author_display_name("support@harbour.example") == "support@harbour.example"
    assert author_display_name("王芳") == "王芳"
