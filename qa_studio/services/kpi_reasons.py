"""What each refusal code of services/kpis.py says, in the user's language: one catalogue for the command line and
the app."""

from __future__ import annotations

from qa_studio.i18n import QT_TRANSLATE_NOOP, translate

# What each refusal code of services/kpis.py says, with its parameters.
REASONS = {
    "unknown_id": QT_TRANSLATE_NOOP("KpiReasons", "no interaction has the external id or customer reference {key}"),
    "ambiguous": QT_TRANSLATE_NOOP("KpiReasons", "{count} interactions have the customer reference {key}: give the "
                                                 "external id instead"),
    "out_of_range": QT_TRANSLATE_NOOP("KpiReasons", "score {value} is outside the survey's 1–{scale}"),
    "not_a_score": QT_TRANSLATE_NOOP("KpiReasons", "{value} is not a score"),
    "not_a_date": QT_TRANSLATE_NOOP("KpiReasons", "{value} is not a day (write 2026-11-20)"),
    "not_a_flag": QT_TRANSLATE_NOOP("KpiReasons", "resolved must be yes or no, not {value}"),
    "bad_encoding": QT_TRANSLATE_NOOP("KpiReasons", "the line is not {encoding} text like the rest of the file; save "
                                                  "the file again as UTF-8"),
    "no_key": QT_TRANSLATE_NOOP("KpiReasons", "no external id or customer reference"),
    "nothing_to_import": QT_TRANSLATE_NOOP("KpiReasons", "neither a score nor a resolved flag"),
    "not_allowed": QT_TRANSLATE_NOOP("KpiReasons", "only reviewers, leads, trainers and administrators may do this "
                                                 "(standards: leads and administrators)"),
    "no_header": QT_TRANSLATE_NOOP("KpiReasons", "the file has no header row"),
    "no_key_column": QT_TRANSLATE_NOOP("KpiReasons", "no external_id or customer_ref column among: {columns}"),
    "no_figure_column": QT_TRANSLATE_NOOP("KpiReasons", "no csat or resolved column among: {columns}"),
    "unreadable": QT_TRANSLATE_NOOP("KpiReasons", "cannot read the file: {reason}"),
    "not_text": QT_TRANSLATE_NOOP("KpiReasons", "the file is not text: {reason}"),
    "too_big": QT_TRANSLATE_NOOP("KpiReasons", "the file is larger than {limit_mb} MB"),
    "bad_scale": QT_TRANSLATE_NOOP("KpiReasons", "a survey scale runs from 1 to at least 2, not {scale}"),
    "bad_standard": QT_TRANSLATE_NOOP("KpiReasons", "{channel}: a response standard is 1 second to 7 days, not "
                                                  "{seconds}"),
    "bad_target": QT_TRANSLATE_NOOP("KpiReasons", "the quality target is a share above 0 and at most 1, not {value}"),
    "bad_threshold": QT_TRANSLATE_NOOP("KpiReasons", "a repeated failure is 1 to {most} failures, not {value}"),
}


def reason(code: str | None, params: dict[str, object]) -> str:
    text = REASONS.get(code or "")
    return translate("KpiReasons", text).format(**params) if text else str(code)
