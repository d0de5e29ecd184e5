"""The date scanner's fast path (a case-sensitive expression over a lower-cased copy of the text)
finds exactly what the case-insensitive expression finds over the text itself."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyads import dates as D
from dyads.dates import LANGS, DateExpr, find_dates


def _slow_find(text: str, lang: str, ref: str | None) -> list[DateExpr]:
    """find_dates as it was written first: the case-insensitive expression over the text."""
    comp = D._compiled(lang)
    r = D._parse_ref(ref)
    out: list[DateExpr] = []
    pos = 0
    while pos < len(text):
        m = comp.regex.search(text, pos)
        if m is None:
            break
        res = D._apply(comp, m, text, r)
        if res is None:
            pos = m.start() + 1
            continue
        out.append(DateExpr(m.start(), m.end(), m.group(), *res))
        pos = m.end()
    return out


# Every character that has a case in the Basic Multilingual Plane, and the odd ones the regex
# engine pairs with ASCII letters ignoring case (long s, Kelvin sign, dotted and dotless i).
_CASED = [chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000 and chr(i).lower() != chr(i).upper()]


@pytest.mark.parametrize("lang", LANGS)
def test_case_table_matches_ignorecase(lang: str) -> None:
    comp = D._compiled(lang)
    table = D._CaseTable(frozenset(comp.case.letters))
    for c in _CASED + ["ſ", "\u212a", "İ", "ı", "ẞ"]:
        mapped = c.translate(table)
        assert len(mapped) == 1
        for letter in table.letters:
            assert bool(re.fullmatch(re.escape(letter), c, re.IGNORECASE)) == (mapped == letter), (c, letter)
        assert bool(re.match(r"\w", c)) == bool(re.match(r"\w", mapped)), c
    assert not table.unsafe


def _words(lang: str) -> list[str]:
    comp = D._compiled(lang)
    data = comp.lang
    words = [*data.months, *data.weekdays, *data.numbers, *data.units, *data.fixed]
    return words + ["il", "nel", "the", "in", "on", "le", "en", "el", "am", "im", "del", "dal", "di", "de",
                    "of", "du", "last", "next", "scorso", "prossimo", "dernier", "pasado", "vergangenen",
                    "2023", "4", "12", "1999", "3.4.2021", "04/05/2022", "2021-03-04", "1er", "10°", "%",
                    "euro", "Uhr", ",", ".", "l'", "dell'", "d'", "-", "ſ", "İ", "\u212a"]


def _casing(w: str, rnd: random.Random) -> str:
    k = rnd.randrange(4)
    return w if k == 0 else w.upper() if k == 1 else w.capitalize() if k == 2 else w.swapcase()


@pytest.mark.parametrize("lang", LANGS)
def test_fast_path_same_as_ignorecase_on_random_phrases(lang: str) -> None:
    rnd = random.Random(7)
    words = _words(lang)
    for _ in range(300):
        text = " ".join(_casing(rnd.choice(words), rnd) for _ in range(rnd.randrange(1, 30)))
        for ref in ("2023-02-01", "2023-02", None):
            assert find_dates(text, lang, ref) == _slow_find(text, lang, ref), text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAeEiIoOlLmMnNsS 0123.,/-'’ſİ\u212aàÀéÉ")), max_size=60),
       st.sampled_from(LANGS))
def test_fast_path_same_as_ignorecase_on_any_text(text: str, lang: str) -> None:
    assert find_dates(text, lang, "2023-02-01") == _slow_find(text, lang, "2023-02-01")
