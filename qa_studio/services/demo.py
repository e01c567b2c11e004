"""Realistic demo data for a fresh install, written as real files and loaded through the real importer."""

from __future__ import annotations

import contextlib
import csv
import json
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import func, select

from qa_studio.clock import utcnow
from qa_studio.domain import UserRole
from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.resources import DEMO_CALLS_DIR
from qa_studio.sampling import SamplingPlan
from qa_studio.scoring.engine import Answer
from qa_studio.scoring.evidence import Suggestion
from qa_studio.scoring.model import Criterion, CriterionType, FailKind
from qa_studio.services.calibration_sessions import CalibrationService
from qa_studio.services.directory import user_by_name
from qa_studio.services.evaluations import EvaluationError, EvaluationService, Suggested
from qa_studio.services.identity import team_prefix
from qa_studio.services.imports import ImportOptions, ImportReport, ImportService
from qa_studio.services.interactions import InteractionDetail, InteractionFilter, InteractionQueries
from qa_studio.services.keywords import KeywordService
from qa_studio.services.sampling import SamplingService
from qa_studio.services.scorecards import ScorecardService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, CalibrationSession, Evaluation, EvaluationAnswer, Interaction, User

TEAMS = {
    "After-sales 售后一组": ["王芳", "李伟", "陈静"],
    "Cross-border 跨境组": ["Emma Clarke", "James Porter", "张敏"],
}
CHINESE_AGENTS = {"王芳", "李伟", "陈静"}
USERS = [
    ("admin", UserRole.ADMIN),
    ("刘洋", UserRole.REVIEWER),
    ("Sarah Lee", UserRole.REVIEWER),
    ("赵磊", UserRole.REVIEWER),
    ("周婷", UserRole.LEAD),
    ("Mark Hughes", UserRole.TRAINER),
]
CALL_AGENTS = {
    "call_refund_emma.opus": ("Emma Clarke", "Cross-border 跨境组", "Returns"),
    "call_billing_james.opus": ("James Porter", "Cross-border 跨境组", "Billing"),
    "call_delivery_wang.opus": ("王芳", "After-sales 售后一组", "Delivery"),
}

CUSTOMERS_ZH = ["刘女士", "孙先生", "黄小姐", "周先生", "吴女士", "郑先生", "何小姐", "马先生"]
CUSTOMERS_EN = ["Olivia Brown", "Noah Wilson", "Ava Taylor", "Liam Johnson", "Mia Davies", "Lucas Martin"]
PRODUCTS_ZH = ["蓝牙耳机", "空气净化器", "电饭煲", "智能手表", "扫地机器人"]
PRODUCTS_EN = ["wireless earbuds", "air purifier", "rice cooker", "smart watch", "robot vacuum"]

# Each script: (queue, turns); turns alternate speakers, "A" agent and "C" customer; {p} product, {o} order number.
SCRIPTS_ZH = [
    (
        "物流咨询",
        [
            ("C", "你好，我的{p}订单{o}已经五天了还没发货，怎么回事？"),
            ("A", "您好，很高兴为您服务，我是客服{a}。请稍等，我帮您查询一下订单{o}。"),
            ("A", "查到了，仓库显示今天下午会发出，预计两天内送达。给您带来不便非常抱歉。"),
            ("C", "好的，那麻烦你们快一点。"),
            ("A", "一定的，发货后会短信通知您。请问还有其他可以帮您的吗？"),
            ("C", "没有了，谢谢。"),
            ("A", "感谢您的耐心，祝您生活愉快，再见！"),
        ],
    ),
    (
        "退换货",
        [
            ("C", "我买的{p}用了两天就坏了，想退货。"),
            ("A", "您好，我是{a}，非常抱歉给您带来不好的体验。为了核实身份，请提供下单手机号后四位。"),
            ("C", "后四位是8421。"),
            ("A", "核实成功。您的订单{o}在七天无理由退货期内，我已为您提交退货申请，快递员明天上门取件。"),
            ("C", "退款多久到账？"),
            ("A", "仓库签收后1到3个工作日原路退回。还有其他问题吗？"),
            ("C", "没有了。"),
            ("A", "好的，感谢您的来访，祝您愉快！"),
        ],
    ),
    (
        "投诉",
        [
            ("C", "你们的服务太差了！我打了三次电话都没人解决{p}的问题！"),
            ("A", "非常理解您的心情，真的很抱歉让您多次联系。我是{a}，这次我会负责跟进到底。"),
            ("C", "上次说48小时内回复，到现在都没消息。"),
            ("A", "我已将您的投诉升级为二级处理，主管会在24小时内给您回电，并为您申请了一张优惠券作为补偿。"),
            ("C", "希望这次能真的解决，不然我就打12315。"),
            ("A", "一定会的，我会在工单{o}里持续跟进。请问还有什么需要补充的吗？"),
        ],
    ),
    (
        "账户服务",
        [
            ("C", "我想修改账户绑定的手机号。"),
            ("A", "您好，我是{a}。修改前需要验证身份，请提供注册邮箱和最近一笔订单号。"),
            ("C", "邮箱是 user{n}@example.com，订单号{o}。"),
            ("A", "验证通过，已向新手机号发送验证码，请在页面输入完成修改。"),
            ("C", "好了，改好了。"),
            ("A", "修改成功！还有其他需要帮助的吗？感谢您的咨询，再见。"),
        ],
    ),
]
SCRIPTS_EN = [
    (
        "Delivery",
        [
            ("C", "Hi, my {p} (order {o}) was supposed to arrive yesterday but nothing came."),
            ("A", "Hello, thanks for reaching out, I'm {a}. Let me check order {o} for you."),
            ("A", "The courier scanned it this morning at the local depot; it is out for delivery today."),
            ("C", "OK, can I get a notification when it's close?"),
            ("A", "Of course, I've switched on SMS updates for you. Is there anything else I can help with?"),
            ("C", "No, that's all."),
            ("A", "Thank you for contacting us, have a great day!"),
        ],
    ),
    (
        "Returns",
        [
            ("C", "The {p} I received is the wrong colour. I want to return it."),
            ("A", "I'm sorry about that! I'm {a}. To verify your account, could you confirm the email on the order?"),
            ("C", "It's customer{n}@example.com"),
            ("A", "Thank you, verified. I've created a free return label for order {o} and reserved the right colour."),
            ("C", "Great, how long until the replacement ships?"),
            ("A", "As soon as the courier scans the return, usually within 2 days. Anything else I can do?"),
            ("C", "No thanks"),
            ("A", "Thanks for your patience, goodbye!"),
        ],
    ),
    (
        "Billing",
        [
            ("C", "Why was I charged twice for order {o}??"),
            ("A", "Hi, I'm {a}, I understand that's worrying. Let me look into it right away."),
            ("A", "I can see a pending authorisation that will drop off; only one charge will be captured."),
            ("C", "So I don't need to do anything?"),
            ("A", "Correct. If it's still there in 5 days, reply here and I'll refund it manually."),
            ("C", "ok"),
        ],
    ),
    (
        "Complaints",
        [
            ("C", "This is the third time I'm contacting you about the broken {p}. Nobody helps!"),
            ("A", "I'm really sorry for the trouble, that's not the experience we want. I'm {a} and I'll own this."),
            ("C", "I want a refund, not another repair, or my lawyer will hear about it."),
            ("A", "Understood. I've escalated it to tier 2; a supervisor will confirm the refund within 24 hours."),
            ("C", "Fine."),
            ("A", "You'll get an email with the case number {o}. Is there anything else?"),
        ],
    ),
]


# Yesterday's chats, not sampled yet, in which AutoQA finds what a lead wants a human to look at first: forbidden
# language and a customer left waiting (so the list's flag filters and risk-based sampling have something to find).
# (agent, team, queue, customer, [(who, text, seconds after the previous message)]).
RECENT_CHATS = [
    ("James Porter", "Cross-border 跨境组", "Billing", "Liam Johnson", [
        ("C", "I was promised a refund two weeks ago and it still isn't on my card.", 0),
        ("A", "Hi, I'm James. Let me check order ORD-552310.", 20),
        ("C", "Hello?? Are you still there?", 250),
        ("A", "Please calm down. The refund left us on the 2nd; the bank's delay is not my problem.", 40),
        ("C", "Unbelievable.", 30),
        ("A", "Anything else?", 25),
    ]),
    ("李伟", "After-sales 售后一组", "发票与售后", "孙先生", [
        ("C", "我上周申请的发票到现在还没收到。", 0),
        ("A", "您好，我是李伟。发票是财务开的，这个不归我管，你自己看订单页面吧。", 18),
        ("C", "页面上什么都没有，你们能不能负责一点？", 40),
        ("A", "那我也不知道，您明天再来问。", 35),
    ]),
    ("陈静", "After-sales 售后一组", "物流查询", "吴女士", [
        ("C", "我的订单SO664120显示已签收，但我没收到。", 0),
        ("A", "您好，我是陈静，非常抱歉给您带来不便，我马上为您查询。", 15),
        ("C", "查到了吗？我已经等了很久了。", 200),
        ("A", "让您久等了！快递员放在了小区快递柜，取件码已发到您的手机。还有其他需要帮助的吗？", 170),
        ("C", "收到了，谢谢。", 30),
        ("A", "感谢您的咨询，祝您生活愉快，再见。", 15),
    ]),
]  # fmt: skip


def write_recent_chats(folder: Path, today: date) -> None:
    """The RECENT_CHATS as chat files dated the day before `today`."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, (agent, team, queue, customer, turns) in enumerate(RECENT_CHATS, start=1):
        sent = datetime.combine(today - timedelta(days=1), time(hour=9 + 2 * number, minute=7 * number))
        messages = []
        for who, text, after_s in turns:
            sent += timedelta(seconds=after_s)
            messages.append({"author": agent if who == "A" else customer, "role": "agent" if who == "A" else "customer",
                             "timestamp": sent.isoformat(), "text": text})  # fmt: skip
        chat = {"id": f"DEMO-RECENT-{number:02d}", "channel": "chat", "agent": agent, "team": team, "queue": queue,
                "customer": customer, "messages": messages}  # fmt: skip
        (folder / f"recent_{number:02d}.json").write_text(json.dumps(chat, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoSummary:
    folder: Path
    report: ImportReport
    users: int
    evaluations: int = 0
    queued: list[int] = field(default_factory=list)  # transcription jobs for the demo calls


def _timeline(rng: random.Random, day: date, count: int) -> list[datetime]:
    """Message times with a realistic first response (sometimes slower than the 30-second standard)."""
    start = datetime.combine(day, time(hour=rng.randint(9, 17), minute=rng.randint(0, 59), second=rng.randint(0, 59)))
    times = [start]
    first_reply = rng.choice([8, 12, 15, 20, 25, 28, 35, 47, 65])
    for index in range(1, count):
        gap = first_reply if index == 1 else rng.randint(10, 90)
        times.append(times[-1] + timedelta(seconds=gap))
    return times


def _chat(rng: random.Random, agent: str, team: str, day: date, serial: int) -> dict[str, object]:
    chinese = agent in CHINESE_AGENTS
    queue, turns = rng.choice(SCRIPTS_ZH if chinese else SCRIPTS_EN)
    customer = rng.choice(CUSTOMERS_ZH if chinese else CUSTOMERS_EN)
    product = rng.choice(PRODUCTS_ZH if chinese else PRODUCTS_EN)
    order = f"{'SO' if chinese else 'ORD-'}{rng.randint(100000, 999999)}"
    values = {"p": product, "o": order, "a": agent, "n": rng.randint(10, 99)}
    times = _timeline(rng, day, len(turns))
    messages = [
        {
            "author": agent if who == "A" else customer,
            "role": "agent" if who == "A" else "customer",
            "timestamp": sent.isoformat(),
            "text": text.format(**values),
        }
        for (who, text), sent in zip(turns, times, strict=True)
    ]
    return {
        "id": f"DEMO-CHAT-{serial:04d}",
        "channel": "chat",
        "agent": agent,
        "team": team,
        "queue": queue,
        "customer": customer,
        "messages": messages,
    }


def _email(rng: random.Random, agent: str, day: date, serial: int) -> EmailMessage:
    chinese = agent in CHINESE_AGENTS
    customer = rng.choice(CUSTOMERS_ZH if chinese else CUSTOMERS_EN)
    product = rng.choice(PRODUCTS_ZH if chinese else PRODUCTS_EN)
    sent = datetime.combine(day, time(hour=rng.randint(9, 17), minute=rng.randint(0, 59)))
    message = EmailMessage()
    if chinese:
        message["Subject"] = f"回复：关于{product}的发票问题"
        body = (
            f"{customer}您好：\n\n感谢您的来信。您申请的{product}电子发票已重新开具，请查收附件。"
            f"如有疑问请随时联系我们。\n\n祝好！\n客服 {agent}"
        )
    else:
        message["Subject"] = f"Re: Warranty question about my {product}"
        body = (
            f"Dear {customer},\n\nThank you for your email. Your {product} is covered by our two-year warranty; "
            f"I have attached the claim form. Reply to this email if anything is unclear.\n\nKind regards,\n{agent}"
        )
    message["From"] = f"{agent} <support@harbour.example>"
    message["To"] = f"{customer} <customer{serial}@example.com>"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<demo-{serial}@harbour.example>"
    # Chinese e-mail in GB18030, as older mail clients in the reference centres send it.
    message.set_content(body, charset="gb18030" if chinese else "utf-8")
    return message


def write_demo_files(folder: Path, seed: int = 2026, today: date | None = None) -> date:
    """Write the demo chats, e-mails, calls and manifest into `folder` (same seed, same files); returns the demo's
    calendar day (the first load's, kept in the folder)."""
    rng = random.Random(seed)
    # The first load fixes the demo's calendar, so loading it again later finds the same interactions.
    anchor = folder / ".demo-date"  # hidden, so the importer passes over it
    if today is None:
        today = date.fromisoformat(anchor.read_text().strip()) if anchor.exists() else date.today()
    folder.mkdir(parents=True, exist_ok=True)
    anchor.write_text(today.isoformat())
    chats, emails, calls = folder / "chats", folder / "emails", folder / "calls"
    for sub in (chats, emails, calls):
        sub.mkdir(parents=True, exist_ok=True)
    manifest_rows: list[dict[str, str]] = []
    serial = 0
    for team, agents in TEAMS.items():
        for agent in agents:
            for _ in range(16):
                serial += 1
                day = today - timedelta(days=rng.randint(1, 90))
                chat = _chat(rng, agent, team, day, serial)
                (chats / f"chat_{serial:04d}.json").write_text(
                    json.dumps(chat, ensure_ascii=False, indent=1), encoding="utf-8"
                )
            for _ in range(2):
                serial += 1
                day = today - timedelta(days=rng.randint(1, 90))
                name = f"email_{serial:04d}.eml"
                (emails / name).write_bytes(_email(rng, agent, day, serial).as_bytes())
                manifest_rows.append({"file": name, "agent": agent, "team": team, "queue": "Email"})
    for name, (agent, team, queue) in CALL_AGENTS.items():
        shutil.copyfile(DEMO_CALLS_DIR / name, calls / name)
        started = datetime.combine(today - timedelta(days=rng.randint(1, 30)), time(hour=rng.randint(9, 17)))
        manifest_rows.append(
            {"file": name, "agent": agent, "team": team, "queue": queue, "date": started.isoformat(sep=" ")}
        )
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "agent", "team", "queue", "date"])
        writer.writeheader()
        writer.writerows(manifest_rows)
    return today


class DemoRefused(Explained):
    """The demo cannot be loaded into this database; nothing was written."""


def refuse_on_team_database(database: Database) -> None:
    """The demo's history is written as its people (reviewers scoring, a lead calibrating). On a team database each
    write is the connected login's own and the server lets nobody write another person's evaluations, so the demo
    is refused there, before anything is written, rather than loaded half or through a door in that wall."""
    with database.session() as session:
        if team_prefix(session) is not None:
            raise DemoRefused(QT_TRANSLATE_NOOP(
                "Errors", "The demo cannot be loaded into a team database, where every evaluation is written by its "
                "own reviewer's login: load it into this computer's own database, or into a PostgreSQL database "
                "before team mode is turned on. Nothing was written."))  # fmt: skip


def load_demo(database: Database, folder: Path, seed: int = 2026, *, actor: str) -> DemoSummary:
    """Fill the database with the demo: users, teams, agents, chats, e-mails and calls, as `actor` (who asked for
    it); the demo's own history (evaluations, disputes, a calibration) is written as its people. Safe to run twice.
    DemoRefused on a team database (see `refuse_on_team_database`)."""
    refuse_on_team_database(database)
    today = write_demo_files(folder, seed)
    with database.session() as session:
        for name, role in USERS:
            user_by_name(session, name, role.value)
    ScorecardService(database).ensure_shipped()
    report = ImportService(database).run([folder], ImportOptions(manifest=folder / "manifest.csv"), actor=actor)
    _demo_agent_accounts(database)
    evaluations = _demo_evaluations(database, random.Random(seed))
    _demo_calibration(database, random.Random(seed + 1))
    _demo_rescores(database, random.Random(seed + 3))
    _demo_recurring(database)
    _demo_coaching(database)
    _demo_self_evaluation(database)
    _demo_surveys(database, folder, random.Random(seed + 2))
    _demo_glossary(database)
    _demo_keywords(database)
    # Yesterday's chats come in after the month's sample and scoring, as new work does, so they wait unreviewed.
    write_recent_chats(folder / "recent", today)
    recent = ImportService(database).run([folder / "recent"], actor=actor)
    report = ImportReport(report.batch_id, report.results + recent.results, report.cancelled, report.error)
    # The demo calls are queued for transcription on this computer; the app's queue (or the CLI) runs them.
    transcription = TranscriptionService(database)
    queued, _skipped = transcription.enqueue(transcription.untranscribed_calls())
    return DemoSummary(folder=folder, report=report, users=len(USERS), evaluations=evaluations, queued=queued)


# Keyword lists a lead keeps: complaint words, and mentions of the regulator (12315) or a lawyer.
DEMO_KEYWORDS = {
    "投诉 Complaints": ["投诉", "服务太差", "complaint", "third time", "nobody helps", "cancellation", "取消订单"],
    "监管与律师 Regulator and lawyers": ["12315", "律师", "消费者协会", "lawyer", "regulator"],
}


def _demo_keywords(database: Database) -> None:
    keywords = KeywordService(database)
    if keywords.lists():
        return
    for name, phrases in DEMO_KEYWORDS.items():
        keywords.add(name, phrases, actor=CALIBRATION_LEAD)


REVIEWERS = ("刘洋", "Sarah Lee", "赵磊")


def _demo_surveys(database: Database, folder: Path, rng: random.Random) -> None:
    """A customer-survey export (CSAT 1–5 and whether it was resolved) for most interactions, imported the way a
    team would bring its own in, so the service KPIs have content. Once only."""
    from qa_studio.services.kpis import KpiService
    from qa_studio.storage.models import InteractionKpi

    with database.session() as session:
        if session.scalar(select(func.count(InteractionKpi.id))):
            return
        keys = [key for key in session.scalars(select(Interaction.external_id).where(
            Interaction.external_id.is_not(None)).order_by(Interaction.id))]  # fmt: skip
    lines = ["external_id,csat,resolved"]
    for key in keys:
        if rng.random() < 0.7 and "," not in key and '"' not in key:
            csat = rng.choices([5, 4, 3, 2, 1], [55, 28, 10, 5, 2])[0]
            lines.append(f"{key},{csat},{'yes' if rng.random() < 0.86 else 'no'}")
    # Outside the demo folder, which is imported as conversations whenever the demo is loaded again.
    with tempfile.TemporaryDirectory() as scratch:
        survey = Path(scratch) / "csat_survey.csv"
        survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
        KpiService(database).import_csv(survey, CALIBRATION_LEAD)


# The after-sales team's words: the demo calls are transcribed with them in mind (File > Transcription glossary).
DEMO_GLOSSARY = ("售后服务中心", "快递", "物流信息", "退款", "工单号", "加急处理", "refund", "order number")


def _demo_glossary(database: Database) -> None:
    from qa_studio.services.glossary import GlossaryService

    glossary = GlossaryService(database)
    if not glossary.terms():  # once only: a team that changed the demo's list keeps its own
        glossary.add(list(DEMO_GLOSSARY), actor=CALIBRATION_LEAD)


def _demo_agent_accounts(database: Database) -> None:
    """Every demo agent may sign in and see their own results (My results)."""
    with database.session() as session:
        linked = set(session.scalars(select(User.agent_id).where(User.agent_id.is_not(None))))
        for agent in session.scalars(select(Agent).order_by(Agent.id)):
            if agent.id not in linked and session.scalar(select(User.id).where(User.name == agent.name)) is None:
                session.add(User(name=agent.name, role=UserRole.AGENT.value, agent_id=agent.id))


def _demo_self_evaluation(database: Database) -> None:
    """An agent has scored one of their chats themselves, a little more kindly than the reviewer, so My results
    shows the comparison."""
    from qa_studio.domain import SignInMethod
    from qa_studio.services.identity import CurrentUser
    from qa_studio.services.self_evaluation import SelfEvaluationError, SelfEvaluationService
    from qa_studio.storage.models import EvaluationAnswer, Interaction

    with database.session() as session:
        found = session.execute(
            select(Evaluation.id, Evaluation.interaction_id, User.id, User.name, User.agent_id)
            .join(Interaction, Interaction.id == Evaluation.interaction_id)
            .join(User, User.agent_id == Interaction.agent_id)
            .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None),
                   Interaction.channel == "chat")
            .order_by(Evaluation.id)
        ).first()  # fmt: skip
        if found is None:
            return
        answers = {a.criterion_key: Answer(a.value, a.not_applicable) for a in session.scalars(
            select(EvaluationAnswer).where(EvaluationAnswer.evaluation_id == found[0]))}  # fmt: skip
    kinder = next((key for key, answer in answers.items() if answer.value == "no"), None)
    if kinder is not None:
        answers[kinder] = Answer("yes")
    agent = CurrentUser(found[2], found[3], UserRole.AGENT, None, found[4], SignInMethod.OS_ACCOUNT)
    with contextlib.suppress(SelfEvaluationError):  # the demo loaded a second time: it is there already
        SelfEvaluationService(database).submit(agent, found[1], answers)


def _demo_answer(criterion: Criterion, suggestion: Suggestion | None, rng: random.Random, causes: list[str]) -> Answer:
    """What a careful reviewer might answer: mostly the evidence's suggestion, sometimes a judgement of their own."""
    kind = criterion.type
    value: object
    if kind in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        if criterion.fail == FailKind.FATAL and kind == CriterionType.YES_NO_NA:
            value = rng.choices(["yes", "na", "no"], [60, 38, 2])[0]
        elif suggestion is not None and rng.random() < 0.9:
            value = suggestion.value
        else:
            value = rng.choices(["yes", "no"], [85, 15])[0]
        if value == "na" or (value == "no" and kind == CriterionType.YES_NO_NA and rng.random() < 0.2):
            return Answer(None, True)
    elif kind == CriterionType.SCALE:
        steps = int((criterion.scale_max - criterion.scale_min) / criterion.scale_step)
        value = criterion.scale_min + criterion.scale_step * rng.choices(range(steps + 1), range(1, steps + 2))[0]
    elif kind == CriterionType.CHOICE:
        weights = [80 if not o.fails and o.points == max(p.points for p in criterion.options) else 15 if not o.fails
                   else 3 for o in criterion.options]  # fmt: skip
        value = rng.choices([o.key for o in criterion.options], weights)[0]
    elif kind == CriterionType.DEDUCTIONS:
        value = [] if rng.random() < 0.85 else [rng.choice([o.key for o in criterion.options if not o.fails])]
    elif kind == CriterionType.SELECT:
        value = rng.choices([o.key for o in criterion.options], [90] + [10] * (len(criterion.options) - 1))[0]
    else:
        return Answer(None)
    cause = rng.choice(causes) if causes and _fails(criterion, value) else None
    return Answer(value, False, cause)


def _fails(criterion: Criterion, value: object) -> bool:
    """Whether this answer fails the criterion: only failed answers get a root cause."""
    kind = criterion.type
    if kind in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        return value == "no"
    if kind == CriterionType.SCALE:
        return criterion.fail_below is not None and isinstance(value, int | float) and value < criterion.fail_below
    if kind in (CriterionType.CHOICE, CriterionType.DEDUCTIONS):
        chosen = set(value) if isinstance(value, list) else {value}
        return any(option.fails for option in criterion.options if option.key in chosen)
    return False


def _demo_evaluations(database: Database, rng: random.Random) -> int:
    """A sampled, assigned and mostly scored month, so queues, scores and reports have content. Once only."""
    evaluations = EvaluationService(database)
    with database.session() as session:
        if session.scalar(select(func.count(Evaluation.id))):
            return 0
    run = SamplingService(database).draw(
        SamplingPlan(per_agent=12, seed=2026), list(REVIEWERS), plan_name="Demo quarterly sample", period="demo",
        actor=CALIBRATION_LEAD,
    )
    queries = InteractionQueries(database)
    reviewer_of = {a.interaction_id: run.reviewer_names[a.reviewer_id] for a in run.assignment.assignments}
    done: list[tuple[int, dict[str, Answer]]] = []
    for index, item in enumerate(run.sample.items):
        reviewer = reviewer_of.get(item.interaction_id)
        if reviewer is None or index % 6 == 5:
            continue  # some stay in the reviewers' queues
        try:
            evaluation = evaluations.start(item.interaction_id, reviewer)
        except EvaluationError:
            continue  # no scorecard for this channel
        setup = evaluations.prepare(evaluation)
        causes = [cause.key for cause in setup.scorecard.root_causes]
        answers = {
            c.key: _demo_answer(c, setup.suggestions.get(c.key), rng, causes) for c in setup.scorecard.criteria()
        }
        answers = {key: answer for key, answer in answers.items() if answer.value is not None or answer.not_applicable}
        detail = queries.detail(item.interaction_id)
        overall = _demo_comments(answers, detail, rng) if detail is not None else None
        suggested = {
            k: Suggested(s.value, answers.get(k, Answer()).value == s.value) for k, s in setup.suggestions.items()
        }
        evaluations.save_draft(evaluation, answers, overall, None, suggested)
        try:
            evaluations.submit(evaluation, reviewer)
            done.append((evaluation, answers))
        except EvaluationError:
            continue  # left as a draft, as happens
    ids = [evaluation for evaluation, _answers in done]
    submitted = _spread_over_the_month(database, ids, rng)
    _demo_workflow(evaluations, done, submitted)
    _date_acknowledgements(database, ids, rng)
    return len(done)


def local_to_utc(moment: datetime) -> datetime:
    """A contact's time as the demo files give it (this computer's wall clock, as a contact centre's exports do)
    in UTC, as the app's own timestamps are kept."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def _spread_over_the_month(database: Database, evaluation_ids: list[int], rng: random.Random) -> dict[int, datetime]:
    """Each evaluation submitted a few hours to three days after its contact, as a month of reviewing goes, rather
    than all in the minute the demo was loaded: the queue's dates and the reviewers' pace then look like a real
    month's. Returns when each was submitted. (The audit log, append-only, keeps when the demo wrote each step.)"""
    now = utcnow()
    submitted: dict[int, datetime] = {}
    with database.session() as session:
        rows = session.execute(
            select(Evaluation, Interaction.started_at).join(Interaction, Interaction.id == Evaluation.interaction_id)
            .where(Evaluation.id.in_(evaluation_ids))
        ).all()  # fmt: skip
        for evaluation, started in sorted(rows, key=lambda row: row[0].id):
            if started is not None and evaluation.submitted_at is not None:
                contact = local_to_utc(started)
                moment = min(now - timedelta(minutes=30), contact + timedelta(hours=rng.uniform(3, 72)))
                evaluation.submitted_at = min(now, max(moment, contact))
            if evaluation.submitted_at is not None:
                submitted[evaluation.id] = evaluation.submitted_at
    return submitted


def _date_acknowledgements(database: Database, evaluation_ids: list[int], rng: random.Random) -> None:
    """Agents read their evaluations from an hour to four days after they were submitted, not at load time."""
    now = utcnow()
    with database.session() as session:
        for evaluation in session.scalars(select(Evaluation).where(Evaluation.id.in_(evaluation_ids))
                                          .order_by(Evaluation.id)):  # fmt: skip
            if evaluation.acknowledged_at is not None and evaluation.submitted_at is not None:
                later = evaluation.submitted_at + timedelta(hours=rng.uniform(1, 96))
                evaluation.acknowledged_at = max(evaluation.submitted_at, min(now, later))


# What reviewers write on a failed criterion, at the moment it happened: (English, Chinese) by criterion.
MOMENT_COMMENTS = {
    "greeting": ("No greeting or name here; open with the standard greeting.",
                 "这里没有问候和报名，请使用标准开场白。"),
    "first_response": ("The first reply came late; acknowledge the customer straight away.",
                       "首次回复太慢，请先及时回应客户。"),
    "closing_script": ("The chat ends without the standard closing.", "结束时没有使用标准结束语。"),
    "confirm_satisfaction": ("Ask whether the answer solved the problem before closing.",
                             "结束前请确认问题是否已解决。"),
    "empathy": ("The customer is upset here; acknowledge it before the facts.", "客户此时情绪激动，请先安抚再讲事实。"),
    "no_long_wait": ("Long silence here; tell the customer what you are checking.",
                     "这里等待过久，请告知客户您在核实什么。"),
}  # fmt: skip
GENERIC_COMMENT = ("Missed at this point; see the guideline.", "此处未达标，请参阅评分说明。")
OVERALL_COMMENTS = {
    True: [("Friendly and accurate; good ownership of the order.", "态度友好、答复准确，跟进到位。"),
           ("Solid chat; keep the closing consistent.", "整体不错，结束语请保持一致。")],
    False: [("Accurate answer, but the structure of the chat needs work.", "答复准确，但对话流程需要改进。"),
            ("Several standard steps were missed; we will go through them.", "漏掉了几个标准步骤，辅导时一起复盘。")],
}  # fmt: skip


def _demo_comments(answers: dict[str, Answer], detail: InteractionDetail, rng: random.Random) -> str | None:
    """Comments on the moments of failed criteria ("[01:05] ..."), in the agent's language; returns the overall
    comment. Changes `answers` in place."""
    chinese = (detail.row.agent or "") in CHINESE_AGENTS
    started = detail.row.started_at
    agent_times = [m.sent_at for m in detail.messages if m.role == "agent" and m.sent_at is not None]
    failed = [key for key, answer in answers.items() if answer.value == "no"]
    for key in failed[:2]:
        if not agent_times or started is None:
            break
        moment = agent_times[-1] if key in ("closing_script", "confirm_satisfaction") else (
            agent_times[0] if key in ("greeting", "first_response") else rng.choice(agent_times))  # fmt: skip
        offset = max(0, int((moment - started).total_seconds()))
        words = MOMENT_COMMENTS.get(key, GENERIC_COMMENT)[1 if chinese else 0]
        answer = answers[key]
        answers[key] = Answer(answer.value, answer.not_applicable, answer.root_cause,
                              f"[{offset // 60:02d}:{offset % 60:02d}] {words}")  # fmt: skip
    if rng.random() < 0.5:
        return None
    return rng.choice(OVERALL_COMMENTS[not failed])[1 if chinese else 0]


# Most agents read an evaluation within this many days of its submission.
ACKNOWLEDGED_AFTER_DAYS = 4


def _demo_workflow(evaluations: EvaluationService, done: list[tuple[int, dict[str, Answer]]],
                   submitted: dict[int, datetime]) -> None:
    """Agents have read what was submitted more than a few days ago, but for a few left overdue, and not yet most of
    the last days' evaluations; one dispute waits for the lead and one was decided."""
    agent_of = {row.id: row.agent or "agent" for row in evaluations.listing()}
    disputable = [
        (evaluation, key) for evaluation, answers in done for key, answer in answers.items() if answer.value == "no"
    ]
    recent = utcnow() - timedelta(days=ACKNOWLEDGED_AFTER_DAYS)
    for index, (evaluation, _answers) in enumerate(done):
        if evaluation not in submitted:
            continue
        if (submitted[evaluation] < recent and index % 9 != 4) or index % 3 == 0:
            evaluations.acknowledge(evaluation, agent_of[evaluation])
    if len(disputable) >= 2:
        (first, first_key), (second, second_key) = disputable[0], disputable[-1]
        decided = evaluations.dispute(
            first, first_key, "I did this — see the second half of the conversation.", "yes", agent_of[first]
        )
        evaluations.resolve_dispute(decided, "accept", "Confirmed on a second reading: the answer was given.", "周婷")
        reason = "The customer ended the contact before I could."
        evaluations.dispute(second, second_key, reason, "yes", agent_of[second])


CALIBRATION_LEAD = "周婷"


def _demo_calibration(database: Database, rng: random.Random) -> None:
    """Two finished monthly chat calibrations (revealed, agreed, noted, closed), dated a month apart so Drift over
    time has a line, and a call calibration still being scored."""
    calibrations = CalibrationService(database)
    if calibrations.sessions():
        return
    scorecards = ScorecardService(database)
    queries = InteractionQueries(database)
    for channel, title, done, days_ago, first in (
            ("chat", "September calibration — chats 九月校准（在线）", True, 61, 3),
            ("chat", "October calibration — chats 十月校准（在线）", True, 30, 0),
            ("call", "November calibration — calls 十一月校准（通话）", False, 0, 0)):  # fmt: skip
        items = [row.id for row in queries.iterate(InteractionFilter(channel=channel))][first : first + 3]
        if len(items) < 2:
            continue
        card = next((s for s in scorecards.list() if s.channel == channel and not s.retired), None)
        if card is None:
            continue
        scorecard = scorecards.version(card.latest_version_id)
        causes = [cause.key for cause in scorecard.root_causes]
        session_id = calibrations.create(title, card.latest_version_id, items, list(REVIEWERS), CALIBRATION_LEAD)
        agreed = {}
        for item in items:
            truth = {c.key: _demo_answer(c, None, rng, causes) for c in scorecard.criteria()}
            agreed[item] = {k: a for k, a in truth.items() if a.value is not None or a.not_applicable}
            for number, reviewer in enumerate(REVIEWERS):
                if not done and number == len(REVIEWERS) - 1:
                    continue  # one reviewer has not finished the open session yet
                # Each reviewer reads a few criteria differently from the group's final view.
                answers = {k: (_demo_answer(scorecard.criterion(k), None, rng, causes) if rng.random() < 0.18 else a)
                           for k, a in agreed[item].items()}  # fmt: skip
                answers = {k: a for k, a in answers.items() if a.value is not None or a.not_applicable}
                try:
                    calibrations.score(session_id, item, answers, reviewer)
                except EvaluationError:
                    continue  # an answer the scorecard refuses: left as a draft
        if not done:
            continue
        calibrations.reveal(session_id, CALIBRATION_LEAD)
        for item, answers in agreed.items():
            try:
                calibrations.save_consensus(session_id, item, answers, CALIBRATION_LEAD)
            except EvaluationError:
                continue
        first = next((c.key for c in scorecard.criteria() if c.type.scoring and c.fail != FailKind.NONE), None)
        if first:
            calibrations.set_note(
                session_id, first,
                "Agreed: a partial answer that the customer acted on counts as a failure. 达成一致：客户据此操作的"
                "不完整答复按不合格处理。",
                CALIBRATION_LEAD,
            )  # fmt: skip
        calibrations.close(session_id, CALIBRATION_LEAD)
        _backdate_calibration(database, session_id, timedelta(days=days_ago))


def _backdate_calibration(database: Database, session_id: int, earlier: timedelta) -> None:
    """A demo session held `earlier` than today: its creation, reveal and close move back together."""
    with database.session() as session:
        calibration = session.get(CalibrationSession, session_id)
        assert calibration is not None
        calibration.created_at -= earlier
        if calibration.revealed_at is not None:
            calibration.revealed_at -= earlier
        if calibration.closed_at is not None:
            calibration.closed_at -= earlier


def _demo_recurring(database: Database) -> None:
    """A weekly sample and a monthly chat calibration that recur; this period's instances are made at once."""
    from qa_studio.services.recurrence import Cadence, RecurrenceService, WorkKind

    service = RecurrenceService(database)
    if service.works():
        return
    service.add("Weekly sample 每周抽样", WorkKind.SAMPLING, Cadence.WEEKLY,
                {"reviewers": list(REVIEWERS), "per_agent": 2, "seed": 2026}, CALIBRATION_LEAD)  # fmt: skip
    service.add("Monthly calibration 每月校准", WorkKind.CALIBRATION, Cadence.MONTHLY,
                {"scorecard": "chat_standard", "reviewers": list(REVIEWERS), "items": 3}, CALIBRATION_LEAD)  # fmt: skip
    service.create_due(CALIBRATION_LEAD)


def _harsher(criterion: Criterion, answer: Answer, rng: random.Random, causes: list[str]) -> Answer:
    """The lead's reading of a criterion the reviewer passed: one step lower, or not met."""
    if criterion.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        return Answer("no", root_cause=rng.choice(causes) if causes else None)
    if criterion.type == CriterionType.SCALE and isinstance(answer.value, int | float):
        return Answer(max(criterion.scale_min, answer.value - criterion.scale_step),
                      root_cause=rng.choice(causes) if causes else None)
    return _demo_answer(criterion, None, rng, causes)


def _demo_rescores(database: Database, rng: random.Random) -> None:
    """The lead re-scored a few of each reviewer's evaluations blind, and has two more waiting. 赵磊 reads the
    scorecard more kindly than the lead does, so the reviewer page shows a lenient reviewer."""
    from qa_studio.services.grader_qa import GraderQAService, RescoreError

    service = GraderQAService(database)
    if service.samples():
        return
    with database.session() as session:  # the demo scores in a moment; people take minutes, each at their pace
        pace = {user_id: {"赵磊": 4, "刘洋": 9}.get(name, 7) for user_id, name in session.execute(
            select(User.id, User.name))}  # fmt: skip
        for evaluation in session.scalars(select(Evaluation).where(Evaluation.submitted_at.is_not(None),
                                                                   Evaluation.calibration_session_id.is_(None))):
            minutes = rng.uniform(0.6, 1.4) * pace[evaluation.reviewer_id]
            evaluation.created_at = evaluation.submitted_at - timedelta(minutes=minutes)
    for reviewer in REVIEWERS:
        try:
            drawn = service.draw(reviewer, 5, CALIBRATION_LEAD, period="demo", seed=2026)
        except RescoreError:
            continue
        for sample_id in drawn[:-1] if reviewer != "Sarah Lee" else drawn[:-2]:
            setup = service.setup(sample_id, CALIBRATION_LEAD)
            evaluation = next(s.evaluation_id for s in service.samples(rescorer=CALIBRATION_LEAD) if s.id == sample_id)
            with database.session() as session:
                stored = {a.criterion_key: Answer(a.value, a.not_applicable, a.root_cause) for a in session.scalars(
                    select(EvaluationAnswer).where(EvaluationAnswer.evaluation_id == evaluation))}  # fmt: skip
            causes = [cause.key for cause in setup.scorecard.root_causes]
            harsher = 0.35 if reviewer == "赵磊" else 0.1
            answers = {}
            for criterion in setup.scorecard.criteria():
                answer = stored.get(criterion.key)
                if answer is None:
                    continue
                if criterion.type.scoring and not answer.not_applicable and rng.random() < harsher:
                    answer = _harsher(criterion, answer, rng, causes)
                if answer.value is not None or answer.not_applicable:
                    answers[criterion.key] = Answer(answer.value, answer.not_applicable, answer.root_cause)
            try:
                service.submit(sample_id, answers, CALIBRATION_LEAD)
            except RescoreError:
                continue  # an answer the scorecard refuses: left open


COACH = "Mark Hughes"
COACHING_ACTIONS = {
    False: [("Use the standard greeting with your name in every chat", "每次对话都使用标准问候语并报出姓名"),
            ("Listen to two model chats with the trainer", "与培训师一起复盘两通优秀对话"),
            ("Confirm the customer is satisfied before closing", "结束前确认客户问题已解决")],
    True: [("Share one of your chats as a model in the team meeting", "在团队会上分享一通优秀对话")],
}  # fmt: skip


def _demo_coaching(database: Database) -> None:
    """For every agent: a coaching session held last month on their weakest evaluations, with one action done and
    one still open, and for half of them a follow-up planned this month. Once only."""
    from qa_studio.services.coaching import CoachingService
    from qa_studio.services.reporting import ReportingService

    coaching = CoachingService(database)
    reporting = ReportingService(database)
    with database.session() as session:
        from qa_studio.storage.models import CoachingRecord

        if session.scalar(select(func.count(CoachingRecord.id))):
            return
    for number, agent in enumerate(reporting.agent_names()):
        report = reporting.agent(agent)
        scored = sorted((e for e in report.evaluations if e.score is not None), key=lambda e: e.score or 0)
        if not scored:
            continue
        chinese = agent in CHINESE_AGENTS
        chosen = [e.evaluation_id for e in scored[:2]]
        focus = coaching.suggested_focus(chosen)[:2]
        latest = max(e.started_at for e in scored if e.started_at is not None).date()
        held = latest - timedelta(days=20)
        good = not focus
        actions = COACHING_ACTIONS[good][: 1 if good else 2]
        notes = (
            "一起复盘了两通得分最低的对话，约定了下面的改进行动。" if chinese
            else "Went through the two lowest-scored contacts together and agreed the actions below."
        )  # fmt: skip
        record = coaching.create(
            agent, COACH, chosen, focus, notes, held,
            [(text[1] if chinese else text[0], held + timedelta(days=14 * (n + 1))) for n, text in enumerate(actions)],
            status="held",
        )  # fmt: skip
        coaching.set_action_status(record.actions[0].id, "done", COACH)
        if number % 2 == 0:
            follow = "跟进上次辅导的行动项。" if chinese else "Follow up the actions of the last session."
            coaching.create(agent, COACH, [e.evaluation_id for e in scored[2:3]], focus[:1], follow,
                            latest + timedelta(days=7), status="planned")  # fmt: skip
