"""Dyad-conditioned coding: what did SOURCE do to TARGET in this text?"""

from __future__ import annotations


def code_pair(text: str, source: str, target: str, lang: str | None = None, date: str | None = None) -> str | None:
    from dyads.api_python import analyze

    doc = analyze(text, lang=lang, date=date)
    return doc.events[0].type if doc.events else None
