"""The team media store: recordings every team member can open, wherever they were imported.

An administrator configures it once, in the database (`team_settings`): a shared network folder (SMB/NFS), or the
database itself for small teams. Each PC mounts the shared folder where it likes (a drive letter, /mnt/qa-media);
that mount point is kept on the PC, in its data folder, never in the database. A recording in the store is named by
its SHA-256 (`store:ab/abcdef….opus` in `media_files.path`), and every read checks the hash, so a damaged or swapped
file is refused rather than played, transcribed or exported. Unreachable or missing media is a `MediaError` naming
the store and the file; nothing else is affected."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_studio.i18n import QT_TRANSLATE_NOOP, translate
from qa_studio.paths import data_dir
from qa_studio.storage.database import Database, StorageError
from qa_studio.storage.models import MediaBlob, MediaFile, TeamSetting

KIND_KEY = "media_store.kind"  # "folder" or "database"
FOLDER_KEY = "media_store.folder"  # as the administrator named it; also the mount point of a PC that set none
ID_KEY = "media_store.id"  # tells this store's mount points apart from another database's on the same PC
PREFIX = "store:"
# One bytea row per MiB: small enough to stream an hour-long call without holding it, large enough to be few rows.
CHUNK_BYTES = 1 << 20
LOCAL_FILE = "media-store.json"

_MESSAGES = {
    "unreachable": QT_TRANSLATE_NOOP(
        "MediaStore",
        "The team media store {store} cannot be reached from this PC at {mount}, so the recording {file} cannot be "
        "opened. Check that the shared folder is connected, or set this PC's mount point with "
        "`qa-studio media store --mount-as PATH`.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "MediaStore", "The recording {file} is not in the team media store {store}. It may have been moved or deleted."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "MediaStore",
        "The recording {file} in {store} is not the file that was imported (its SHA-256 differs); it was not used. "
        "Restore it from a backup.",
    ),
    "not_here": QT_TRANSLATE_NOOP(
        "MediaStore",
        "The recording {file} is not on this PC: it was imported by reference on another PC. An administrator can "
        "bring such recordings into the team media store with `qa-studio media move`.",
    ),
    "no_store": QT_TRANSLATE_NOOP(
        "MediaStore",
        "No team media store is set up. An administrator sets one with `qa-studio media store --folder DIR`.",
    ),
    "not_admin": QT_TRANSLATE_NOOP("MediaStore", "Only an administrator sets up the team media store."),
}


class MediaError(Exception):
    """A recording that cannot be used; `code` says why (see _MESSAGES), the text names the store and the file."""

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(translate("MediaStore", _MESSAGES[code]).format(**params))


@dataclass(frozen=True, slots=True)
class StoreConfig:
    kind: str | None  # None: no team store, recordings stay where they were imported
    folder: str | None
    store_id: str | None
    mount: Path | None  # where this PC reaches the shared folder

    @property
    def active(self) -> bool:
        return self.kind is not None

    def describe(self) -> str:
        if self.kind == "folder":
            return translate("MediaStore", "the shared folder {folder}").format(folder=self.folder)
        if self.kind == "database":
            return translate("MediaStore", "inside the team database")
        return translate("MediaStore", "none")


@dataclass
class MoveReport:
    moved: int = 0
    already: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def _refused_by_server(exc: BaseException) -> bool:
    """The team database said no (insufficient privilege, SQLSTATE 42501): a right the person does not hold."""
    cause = getattr(exc.__cause__, "orig", None)
    return getattr(cause, "sqlstate", None) == "42501"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK_BYTES):
            digest.update(block)
    return digest.hexdigest()


def store_name(digest: str, suffix: str) -> str:
    """Where a recording lives inside the store, whichever kind: content-addressed, two-level."""
    return f"{digest[:2]}/{digest}{suffix.lower()}"


def is_in_store(media_path: str) -> bool:
    return media_path.startswith(PREFIX)


# A file checked once keeps its verdict while its size and modification time stay the same (per process).
_verified: dict[tuple[str, int, int], str] = {}


def _checked(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _verified:
        _verified[key] = sha256_of(path)
    return _verified[key]


class MediaStore:
    def __init__(self, database: Database, local_dir: Path | None = None) -> None:
        self.database = database
        self.local_dir = local_dir or data_dir()

    # Configuration -------------------------------------------------------------------------------------------------
    def config(self) -> StoreConfig:
        with self.database.session() as session:
            values = dict(session.execute(select(TeamSetting.key, TeamSetting.value).where(
                TeamSetting.key.in_((KIND_KEY, FOLDER_KEY, ID_KEY)))).all())  # fmt: skip
        kind, folder, store_id = values.get(KIND_KEY) or None, values.get(FOLDER_KEY), values.get(ID_KEY)
        mount = None
        if kind == "folder":
            local = self._local().get(store_id or "")
            mount = Path(local) if local else Path(folder) if folder else None
        return StoreConfig(kind, folder, store_id, mount)

    def set_folder(self, folder: str) -> StoreConfig:
        """The team's shared folder (an administrator's step; on a team database the server enforces it)."""
        self._write({KIND_KEY: "folder", FOLDER_KEY: folder})
        return self.config()

    def set_database(self) -> StoreConfig:
        self._write({KIND_KEY: "database"})
        return self.config()

    def set_mount(self, mount: Path) -> StoreConfig:
        """Where this PC reaches the team's shared folder (kept on this PC only)."""
        config = self.config()
        if config.store_id is None:
            raise MediaError("no_store")
        local = self._local()
        local[config.store_id] = str(mount)
        path = self.local_dir / LOCAL_FILE
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(local, indent=1), encoding="utf-8")
        temporary.replace(path)
        return self.config()

    def _write(self, values: dict[str, str]) -> None:
        try:
            with self.database.session() as session:
                if session.get(TeamSetting, ID_KEY) is None:
                    values = {ID_KEY: uuid.uuid4().hex, **values}
                for key, value in values.items():
                    setting = session.get(TeamSetting, key)
                    if setting is None:
                        session.add(TeamSetting(key=key, value=value))
                    else:
                        setting.value = value
        except StorageError as exc:
            if _refused_by_server(exc):
                raise MediaError("not_admin") from exc
            raise

    def _local(self) -> dict[str, str]:
        try:
            found = json.loads((self.local_dir / LOCAL_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    # Writing -------------------------------------------------------------------------------------------------------
    def put(self, session: Session, source: Path, digest: str, config: StoreConfig | None = None) -> str:
        """Bring one recording into the store (in `session`'s unit of work for the database kind); its store path.
        A file already inside the shared folder is referenced where it lies, not copied."""
        config = config or self.config()
        if config.kind == "database":
            self._put_blob(session, source, digest)
            return PREFIX + store_name(digest, source.suffix)
        if config.kind != "folder":
            raise MediaError("no_store")
        mount = self._reachable(config, source.name)
        resolved = source.resolve()
        try:
            inside = resolved.relative_to(mount.resolve())
        except ValueError:
            inside = None
        if inside is not None:
            return PREFIX + PurePosixPath(*inside.parts).as_posix()
        name = store_name(digest, source.suffix)
        target = mount / name
        if target.exists() and _checked(target) == digest:
            return PREFIX + name
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            shutil.copyfile(source, partial)
            if sha256_of(partial) != digest:
                raise MediaError("damaged", file=source, store=config.describe())
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return PREFIX + name

    def _put_blob(self, session: Session, source: Path, digest: str) -> None:
        size = source.stat().st_size
        stored = session.scalar(select(func.coalesce(func.sum(func.length(MediaBlob.data)), 0))
                                .where(MediaBlob.sha256 == digest))  # fmt: skip
        if stored == size:
            return  # already there (chunks are written in one unit of work, so never half)
        if stored:
            raise MediaError("damaged", file=source.name, store=translate("MediaStore", "inside the team database"))
        with source.open("rb") as handle:
            seq = 0
            while block := handle.read(CHUNK_BYTES):
                session.add(MediaBlob(sha256=digest, seq=seq, data=block))
                session.flush()  # one chunk in memory at a time
                session.expunge_all()
                seq += 1

    def _reachable(self, config: StoreConfig, file: object) -> Path:
        mount = config.mount
        if mount is None or not mount.is_dir():
            raise MediaError("unreachable", store=config.describe(), mount=mount, file=file)
        return mount

    # Reading -------------------------------------------------------------------------------------------------------
    def local_path(self, media_path: str, digest: str) -> Path:
        """A file on this PC holding the recording, its hash checked; MediaError naming the store and the file."""
        if not is_in_store(media_path):
            path = Path(media_path)
            if not path.is_file():
                raise MediaError("not_here", file=path)
            if _checked(path) != digest:
                raise MediaError("damaged", file=path, store=translate("MediaStore", "this PC"))
            return path
        name = media_path[len(PREFIX):]
        config = self.config()
        if config.kind == "database" or (config.kind != "folder" and self._has_blob(digest)):
            return self._from_database(config, name, digest)
        if config.kind != "folder":
            raise MediaError("no_store")
        mount = self._reachable(config, name)
        path = mount / name
        if not path.is_file():
            raise MediaError("missing", file=name, store=config.describe())
        if _checked(path) != digest:
            raise MediaError("damaged", file=name, store=config.describe())
        return path

    def _has_blob(self, digest: str) -> bool:
        with self.database.session() as session:
            return session.scalar(select(MediaBlob.seq).where(MediaBlob.sha256 == digest).limit(1)) is not None

    def _from_database(self, config: StoreConfig, name: str, digest: str) -> Path:
        """The recording copied out of the database into this PC's cache (read as the signed-in person: the
        server shows an agent only their own calls' recordings)."""
        cache = self.local_dir / "media-cache" / name
        if cache.is_file() and _checked(cache) == digest:
            return cache
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f".{cache.name}.{os.getpid()}.part")
        hasher = hashlib.sha256()
        found = False
        try:
            with partial.open("wb") as out:
                for block in self._chunks(digest):
                    found = True
                    hasher.update(block)
                    out.write(block)
            if not found:
                raise MediaError("missing", file=name, store=config.describe())
            if hasher.hexdigest() != digest:
                raise MediaError("damaged", file=name, store=config.describe())
            partial.replace(cache)
        finally:
            partial.unlink(missing_ok=True)
        return cache

    def _chunks(self, digest: str) -> Iterator[bytes]:
        with self.database.session() as session:
            seqs = list(
                session.scalars(select(MediaBlob.seq).where(MediaBlob.sha256 == digest).order_by(MediaBlob.seq))
            )
        for seq in seqs:  # one chunk per query: an hour-long call never sits in memory whole
            with self.database.session() as session:
                yield session.scalar(select(MediaBlob.data).where(MediaBlob.sha256 == digest, MediaBlob.seq == seq))

    # Moving --------------------------------------------------------------------------------------------------------
    def move(self, on_file: Callable[[str, str | None], None] | None = None) -> MoveReport:
        """Bring recordings referenced by paths on this PC into the store, one unit of work each: run it again
        after an interruption and it carries on where it stopped (done ones are in the store already)."""
        config = self.config()
        if not config.active:
            raise MediaError("no_store")
        report = MoveReport()
        with self.database.session() as session:
            rows = session.execute(select(MediaFile.id, MediaFile.path, MediaFile.sha256)
                                   .order_by(MediaFile.id)).all()  # fmt: skip
        for media_id, path, digest in rows:
            if is_in_store(path):
                report.already += 1
                continue
            source = Path(path)
            try:
                if not source.is_file():
                    raise MediaError("not_here", file=source)
                if _checked(source) != digest:
                    raise MediaError("damaged", file=source, store=translate("MediaStore", "this PC"))
                with self.database.session() as session:
                    stored = self.put(session, source, digest, config)
                    media = session.get(MediaFile, media_id)
                    assert media is not None
                    media.path, media.managed = stored, True
            except (MediaError, OSError) as exc:
                report.failed.append((path, str(exc)))
                if on_file is not None:
                    on_file(path, str(exc))
                continue
            report.moved += 1
            if on_file is not None:
                on_file(path, None)
        return report


def recording_path(database: Database, media_path: str, digest: str) -> Path:
    """The recording of a call as a file on this PC, checked; MediaError when it cannot be had."""
    return MediaStore(database).local_path(media_path, digest)
