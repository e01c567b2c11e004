"""Recordings inside the team database, read as each person's own login: staff read every call's recording, an
agent only their own calls'; only staff add recordings and only an administrator sets the store or removes one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from qa_studio.services.media_store import MediaError, MediaStore, sha256_of
from qa_studio.services.team import TeamService
from qa_studio.services.users import UserService
from qa_studio.storage.database import Database, open_database
from qa_studio.storage.models import Agent, Interaction, MediaFile
from tests.conftest import throwaway_team_database

pytestmark = pytest.mark.postgres
AUDIO = Path(__file__).parents[1] / "data" / "audio"


@dataclass
class TeamMedia:
    url: str
    logins: dict[str, str]
    calls: dict[str, tuple[str, str]]  # agent → (media path, sha256) of their call

    def connect(self, name: str) -> Database:
        return Database(self.url.replace("postgres@", f"{self.logins[name]}@", 1))


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamMedia]:
    with throwaway_team_database("media") as (url, prefix):
        owner = open_database(url)
        try:
            yield _set_up(owner, url, prefix, tmp_path_factory)
        finally:
            owner.dispose()


def _set_up(owner: Database, url: str, prefix: str, tmp_path_factory: pytest.TempPathFactory) -> TeamMedia:
    logins = {"Ada": f"{prefix}u_admin", "Rui": f"{prefix}u_reviewer", "Ann": f"{prefix}u_agent1",
              "Bo": f"{prefix}u_agent2"}  # fmt: skip
    store = MediaStore(owner, tmp_path_factory.mktemp("owner"))
    store.set_database()
    calls = {}
    with owner.session() as session:
        for agent_name, recording in (("Ann", "english_mono.opus"), ("Bo", "stereo_call.opus")):
            agent = Agent(name=agent_name)
            session.add(agent)
            session.flush()
            digest = sha256_of(AUDIO / recording)
            stored = store.put(session, AUDIO / recording, digest)
            call = Interaction(channel="call", agent_id=agent.id, source_path=recording, source_format="audio",
                               source_key=f"audio:{digest}")  # fmt: skip
            session.add(call)
            session.flush()
            session.add(MediaFile(interaction_id=call.id, path=stored, original_path=recording, sha256=digest,
                                  size_bytes=1, duration_ms=1, sample_rate=8000, channels=1, codec="opus",
                                  container="ogg"))  # fmt: skip
            calls[agent_name] = (stored, digest)
    TeamService(owner).enable(prefix, "Ada", logins["Ada"], None)
    admin = open_database(url.replace("postgres@", f"{logins['Ada']}@", 1))
    users = UserService(admin)
    users.add("Rui", "reviewer", "Ada", login=logins["Rui"], password="long enough password")
    for agent_name in ("Ann", "Bo"):
        users.add(agent_name, "agent", "Ada", login=logins[agent_name], agent=agent_name)
    admin.dispose()
    return TeamMedia(url, logins, calls)


def test_staff_read_every_recording_and_an_agent_only_their_own(team: TeamMedia, tmp_path: Path) -> None:
    reviewer = team.connect("Rui")
    ann = team.connect("Ann")
    try:
        for stored, digest in team.calls.values():
            assert sha256_of(MediaStore(reviewer, tmp_path / "rui").local_path(stored, digest)) == digest
        own = MediaStore(ann, tmp_path / "ann")
        assert sha256_of(own.local_path(*team.calls["Ann"])) == team.calls["Ann"][1]
        with pytest.raises(MediaError) as hidden:
            own.local_path(*team.calls["Bo"])
        assert hidden.value.code == "missing"
        with ann.engine.connect() as connection:
            seen = connection.execute(text("SELECT DISTINCT sha256 FROM media_blobs")).scalars().all()
        assert seen == [team.calls["Ann"][1]]
    finally:
        reviewer.dispose()
        ann.dispose()


def test_who_may_add_remove_and_set_up_recordings(team: TeamMedia, tmp_path: Path) -> None:
    reviewer, ann, admin = team.connect("Rui"), team.connect("Ann"), team.connect("Ada")
    try:
        new = AUDIO / "mandarin_mono.opus"
        with reviewer.session() as session:  # a reviewer importing a call adds its recording
            MediaStore(reviewer, tmp_path).put(session, new, sha256_of(new))
        with pytest.raises(DBAPIError, match="permission denied"), ann.engine.begin() as connection:
            connection.execute(text("INSERT INTO media_blobs (sha256, seq, data) VALUES ('x', 0, 'x')"))
        with pytest.raises(DBAPIError, match="permission denied"), reviewer.engine.begin() as connection:
            connection.execute(text("DELETE FROM media_blobs"))
        with pytest.raises(MediaError) as refused:
            MediaStore(reviewer, tmp_path).set_folder("/srv/elsewhere")
        assert refused.value.code == "not_admin"
        with pytest.raises(MediaError) as refused:
            MediaStore(ann, tmp_path).set_folder("/srv/mine")
        assert refused.value.code == "not_admin"
        assert MediaStore(admin, tmp_path).set_database().kind == "database"
        with admin.engine.begin() as connection:
            removed = connection.execute(text("DELETE FROM media_blobs WHERE sha256 = :s"),
                                         {"s": sha256_of(new)}).rowcount  # fmt: skip
        assert removed >= 1
    finally:
        for db in (reviewer, ann, admin):
            db.dispose()
