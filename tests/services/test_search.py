"""Search across everything said, tried as a reviewer would: a phrase said only in a transcribed call, a Chinese
substring inside a chat message, a corrected transcript, and masked numbers that stay masked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from qa_studio.services import search
from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.services.search import SearchService
from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction, SearchEntry, TranscriptSegment
from qa_studio.storage.search_sql import BIGRAMS, ENTRY_BITS, ENTRY_MASK, FTS_TABLE, bigrams_function, has_han
from qa_studio.transcribe.engine import Segment, Speaker, TranscribeOptions
from qa_studio.transcribe.pipeline import TranscriptResult

AUDIO = Path(__file__).parents[1] / "data" / "import" / "audio" / "mono.flac"
CALL = [
    Segment(0, 3_000, "Thank you for calling, this is Emma.", Speaker.AGENT),
    Segment(4_000, 9_000, "I see a duplicate charge on my card.", Speaker.CUSTOMER),
    Segment(12_500, 16_000, "我帮您查一下退款进度。", Speaker.AGENT),
]


def transcribed_call(database: Database) -> int:
    """A call stored the way the transcription queue stores a finished job."""
    ImportService(database).run([AUDIO], actor="tester")
    with database.session() as session:
        call = session.scalar(select(Interaction.id).where(Interaction.channel == "call"))
    assert call is not None
    service = TranscriptionService(database)
    (job,), _ = service.enqueue([call], "base")
    assert service._claim(job)  # as a worker holds it
    result = TranscriptResult(CALL, "en", 16_000, 1, "faster-whisper", "base", TranscribeOptions())
    service._store(job, result, "base", "tester")
    return call


def write_chat(folder: Path, name: str, lines: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    messages = [{"author": "刘女士" if n % 2 == 0 else "王芳", "role": "customer" if n % 2 == 0 else "agent",
                 "timestamp": f"2026-03-02T10:00:{n:02d}", "text": line} for n, line in enumerate(lines)]  # fmt: skip
    (folder / f"{name}.json").write_text(json.dumps({"id": name, "agent": "王芳", "messages": messages}))


def test_a_phrase_said_only_in_a_transcribed_call_is_found_at_its_moment(database: Database) -> None:
    call = transcribed_call(database)
    queries = InteractionQueries(database)
    assert [r.id for r in queries.page(InteractionFilter(text="duplicate charge"), 0, 10)] == [call]
    assert [r.id for r in queries.page(InteractionFilter(text="DUPLICATE Charge"), 0, 10)] == [call]
    (hit,) = SearchService(database).hits("duplicate charge")[call]
    assert hit.as_json() == {"kind": "segment", "at_ms": 4_000, "excerpt": "I see a duplicate charge on my card."}
    assert [r.id for r in queries.page(InteractionFilter(text="退款进度"), 0, 10)] == [call]  # said in Mandarin
    assert queries.count(InteractionFilter(text="charged twice")) == 0


def test_a_chinese_substring_inside_a_chat_message_is_found(database: Database, tmp_path: Path) -> None:
    write_chat(tmp_path / "chats", "complaint", ["我要投诉你们的蓝牙耳机质量问题", "非常抱歉，我马上处理。"])
    write_chat(tmp_path / "chats", "delivery", ["我的电饭煲什么时候到？", "明天送达。"])
    ImportService(database).run([tmp_path / "chats"], actor="tester")
    queries = InteractionQueries(database)
    for query in ("投诉", "蓝牙耳", "投诉你们的蓝牙耳机"):  # two characters (scanned), three and more (indexed)
        rows = queries.page(InteractionFilter(text=query), 0, 10)
        assert [r.external_id for r in rows] == ["complaint"], query
    hits = SearchService(database).hits("蓝牙耳机")
    ((only,),) = hits.values()
    assert only.kind == "message" and only.as_json()["message"] == 1


def test_correcting_a_transcript_segment_updates_the_results(database: Database) -> None:
    call = transcribed_call(database)
    with database.session() as session:
        segment = session.scalar(select(TranscriptSegment.id).where(TranscriptSegment.seq == 1))
    TranscriptionService(database).correct_segment(segment, "I see a double charge on my card.", actor="tester")
    queries = InteractionQueries(database)
    assert queries.count(InteractionFilter(text="duplicate charge")) == 0
    assert [r.id for r in queries.page(InteractionFilter(text="double charge"), 0, 10)] == [call]


def test_a_search_by_someone_who_may_not_unmask_does_not_reveal_masked_numbers(
    database: Database, tmp_path: Path
) -> None:
    write_chat(tmp_path / "chats", "card", ["我的卡号是 4111 1111 1111 1111，手机13812345678", "好的，已为您核实。"])
    ImportService(database).run([tmp_path / "chats"], actor="tester")
    open_, masked = InteractionQueries(database), InteractionQueries(database, masked=True)
    for number in ("4111 1111 1111 1111", "13812345678", "1234567"):
        assert open_.count(InteractionFilter(text=number)) == 1, number
        assert masked.count(InteractionFilter(text=number)) == 0, number
    # The words around the numbers are still found, and the excerpt stays masked.
    assert masked.count(InteractionFilter(text="卡号")) == 1
    (hits,) = SearchService(database, masked=True).hits("卡号").values()
    assert "4111" not in hits[0].excerpt and "13812345678" not in hits[0].excerpt


def test_two_characters_are_found_anywhere_in_a_message(database: Database, tmp_path: Path) -> None:
    write_chat(tmp_path / "chats", "short", ["好的", "我要投诉", "OK then"])  # a whole message, its end, any case
    write_chat(tmp_path / "chats", "other", ["什么时候到？", "明天。"])
    ImportService(database).run([tmp_path / "chats"], actor="tester")
    queries = InteractionQueries(database)
    for query in ("好的", "投诉", "ok", "Ok", "诉"):
        assert [r.external_id for r in queries.page(InteractionFilter(text=query), 0, 10)] == ["short"], query
    assert queries.count(InteractionFilter(text="好诉")) == 0
    (found,) = queries.page(InteractionFilter(text="投诉"), 0, 1)
    assert [h.position for h in SearchService(database).hits("投诉")[found.id]] == [1]


CHATS = {
    "a": ["您好，我要投诉快递", "The parcel is out for delivery today.", "谢谢"],
    "b": ["OUT FOR DELIVERY since Monday?", "律师函已经寄出"],
    "c": ["out for", "delivery"],  # the phrase across two messages is not said
    "d": ["我要投诉", "蓝牙耳机坏了，七天无理由退货可以吗？", "可以"],
    "e": ["my card is 4111 1111 1111 1111", "out for delivery"],
    "f": ["投", "诉"],
    "g": ["nothing to see", "好的"],
}


def test_the_list_finds_exactly_the_interactions_whose_text_holds_the_search(
    database: Database, tmp_path: Path
) -> None:
    for name, lines in CHATS.items():
        write_chat(tmp_path / "chats", name, lines)
    ImportService(database).run([tmp_path / "chats"], actor="tester")
    for masked in (False, True):
        queries = InteractionQueries(database, masked=masked)
        everyone = queries.page(InteractionFilter(), 0, 100)
        for query in ("投诉", "律师", "out for delivery", "Out For", "蓝牙耳机", "七天无理由退货", "好的", "诉",
                      "4111", "1111 1111", "for delivery", "no such words"):  # fmt: skip
            expected = [r.external_id for r in everyone
                        if any(query.lower() in line.lower() for line in CHATS[r.external_id])
                        and not (masked and query[0].isdigit())]  # fmt: skip
            flt = InteractionFilter(text=query)
            assert queries.count(flt) == len(expected), (query, masked)
            # The first page and the pages after it, from the one lookup of the count.
            paged = [r.external_id for start in range(0, 8, 2) for r in queries.page(flt, start, 2)]
            assert paged == expected, (query, masked)
    queries = InteractionQueries(database)
    flt = InteractionFilter(text="out for delivery")
    assert queries.count(flt) == 3
    write_chat(tmp_path / "more", "h", ["Your order is out for delivery."])
    ImportService(database).run([tmp_path / "more"], actor="tester")
    assert queries.count(flt) == 4 and "h" in [r.external_id for r in queries.page(flt, 0, 10)]


def test_the_index_names_the_interaction_of_every_entry_it_finds(database: Database, tmp_path: Path) -> None:
    """The list's search reads which interactions hold a phrase from the index alone (on SQLite each entry's rowid in
    the index carries its interaction): the same interactions as the entries themselves name."""
    for name, lines in CHATS.items():
        write_chat(tmp_path / "chats", name, lines)
    ImportService(database).run([tmp_path / "chats"], actor="tester")
    with database.session() as session:
        owners = dict(session.execute(select(SearchEntry.id, SearchEntry.interaction_id)).all())
        for query in ("out for delivery", "投诉", "诉", "4111", "no such words"):
            entries = [i for i, said in session.execute(select(SearchEntry.id, SearchEntry.text))
                       if query.lower() in said.lower()]  # fmt: skip
            found = search.interactions_matching(session, query, masked=False)
            assert sorted(found) == sorted({owners[i] for i in entries}), query
            assert sorted(session.scalars(search.matching_entries(database.engine.dialect.name, query, False))) == (
                sorted(entries)), query  # fmt: skip
        if database.engine.dialect.name == "sqlite":
            rowids = list(session.scalars(text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'text : out'")))
            assert rowids and all(owners[r & ENTRY_MASK] == r >> ENTRY_BITS for r in rowids)


def test_the_character_pairs_of_a_text_do_not_depend_on_how_they_are_found(database: Database) -> None:
    """PostgreSQL: the pairs of adjacent characters with a Chinese one (what two-character searches look up) found
    from the runs of Chinese characters are exactly those of the loop over every character they replaced, so the
    indexes built before stay valid."""
    if database.engine.dialect.name != "postgresql":
        pytest.skip("the pairs are PostgreSQL's index")
    said = ["", "a", "中", "a中", "中a", "中a文", "AB中CD文文E", "豈x", "x㐀䶿y", "中\n文", "ÄÖ中", "😀中😀", "ab cd",
            "The parcel 123 is out for delivery today. 还有其他问题吗？", "我要投诉，OK？律师函" * 20]  # fmt: skip
    with database.engine.begin() as connection:
        connection.exec_driver_sql(bigrams_function(connection, runs=False).replace(
            f"FUNCTION {BIGRAMS}(", "FUNCTION pg_temp.qa_bigrams_each(", 1))  # fmt: skip
        for text_ in said:
            runs, each = connection.execute(text(f"SELECT {BIGRAMS}(:t), pg_temp.qa_bigrams_each(:t)"),
                                            {"t": text_}).one()  # fmt: skip
            expected = {text_.lower()[i - 1 : i + 1] for i in range(1, len(text_))
                        if has_han(text_[i - 1 : i + 1])}  # fmt: skip
            assert set(runs) == set(each) == expected, text_
