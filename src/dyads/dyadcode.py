"""Dyad-conditioned coding: what did SOURCE do to TARGET in this text?

For researchers who already know their actor pairs. The text is coded as usual; then the event
whose actor overlaps SOURCE and recipient overlaps TARGET wins; failing that, the trigger that
sits between the two (SOURCE ... trigger ... TARGET), then the trigger nearest to SOURCE.
"""

from __future__ import annotations

from dyads.lexicon import load_lexicon
from dyads.model import Doc


def _find(text: str, needle: str) -> tuple[int, int] | None:
    needle = needle.strip()
    if not needle:
        return None
    i = text.lower().find(needle.lower())
    if i < 0:
        # fall back to the longest word of the actor string ("U.S. Supreme Court decision" -> "Supreme")
        words = sorted((w for w in needle.split() if len(w) > 3), key=len, reverse=True)
        for w in words:
            i = text.lower().find(w.lower())
            if i >= 0:
                return i, i + len(w)
        return None
    return i, i + len(needle)


def choose_type(doc: Doc, source: str, target: str) -> str | None:
    text = doc.text
    s = _find(text, source)
    t = _find(text, target)
    best: tuple[float, str] | None = None
    for e in doc.events:
        score = 0.0
        if s and any(a.start < s[1] and s[0] < a.end for a in e.actors):
            score += 2
        if t and any(r.start < t[1] and t[0] < r.end for r in e.recipients):
            score += 2
        if s and t and min(s[1], t[1]) <= e.trigger.start <= max(s[0], t[0]):
            score += 1
        score += e.confidence * 0.5
        if best is None or score > best[0]:
            best = (score, e.type)
    if best is not None and best[0] >= 2:
        return best[1]
    # Raw trigger matches, whoever the coder attributed them to.
    from dyads.stages.events import governing_matches

    lex = load_lexicon(doc.lang or "en")
    matches = governing_matches(lex.match(doc.tokens), doc.tokens, doc.lang or "en")
    if not matches:
        return best[1] if best else None
    anchor = s[1] if s else 0
    tail = t[0] if t else len(text)

    def dist(m: tuple[int, int, object, list[int]]) -> float:
        start = doc.tokens[m[0]].start
        between = min(anchor, tail) <= start <= max(anchor, tail)
        weight = getattr(m[2], "weight", 1.0)
        return (0 if between else 1000) + abs(start - anchor) - 50 * weight

    m = min(matches, key=dist)
    return str(getattr(m[2], "type"))  # noqa: B009


def code_pair(text: str, source: str, target: str, lang: str | None = None, date: str | None = None) -> str | None:
    from dyads.api_python import analyze

    doc = analyze(text, lang=lang, date=date)
    if doc.skipped:
        return None
    return choose_type(doc, source, target)
