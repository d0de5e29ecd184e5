"""Property tests: every span of every stage slices the text it claims; no stage raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads import Article, Pipeline

_PIPE = Pipeline()

words = st.sampled_from([
    "Stati Uniti", "NATO", "Tokyo", "ha", "visitato", "l'Ucraina", "dell'Occidente", "Seul", " ", "  ", ", ",
    "Biden", "met", "Macron", "à", "Paris", "Präsident", "Selenskyj", "EE. UU.", "ﬁ", "e\u0301", "\u00a0", "\n", "’",
    "lunedì", "last week", "il mese scorso", "U.S.", "Lloyd J. Austin III", "—", "😀",
])  # fmt: skip
texts = st.one_of(st.text(max_size=300), st.lists(words, max_size=60).map("".join))


def _check(doc_text: str, lang: str | None) -> None:
    doc = _PIPE(Article(text=doc_text, lang=lang, date="2023-02-01"))
    t = doc.article.text
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(t)
    for tok in doc.tokens:
        assert 0 <= tok.start < tok.end <= len(t)
    for m in doc.mentions:
        assert t[m.start:m.end] == m.text, m
    for e in doc.events:
        assert t[e.trigger.start:e.trigger.end] == e.trigger.text
        assert t[e.sentence.start:e.sentence.end] == e.sentence.text
        for a in e.actors + e.recipients:
            assert t[a.start:a.end] == a.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["it", "en", "fr", "es", "de"]))
def test_spans_slice_text_with_forced_language(text: str, lang: str) -> None:
    _check(text, lang)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_spans_slice_text_with_detected_language(text: str) -> None:
    _check(text, None)
