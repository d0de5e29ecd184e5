"""Find and resolve date expressions in news text (it, en, fr, es, de).

``find_dates(text, lang, ref)`` scans a text with one compiled regular expression per language
(built once, on first use) and resolves every expression it finds against the article date
``ref`` ("YYYY-MM-DD", "YYYY-MM" or None).  ``resolve(expr, lang, ref)`` resolves a single
expression with the same rules and falls back on ``dateparser`` (imported lazily) for forms the
rules do not know.

Conventions
-----------
* Spans are offsets into the text as given: ``text[e.start:e.end] == e.text``.  A span includes
  the article or preposition that belongs to the expression ("il 4 aprile", "nel 2022",
  "in December", "am Montag", "la semaine dernière").
* ``value`` is "YYYY-MM-DD" (precision "day" or "week"; a week is given by its Monday),
  "YYYY-MM" (precision "month") or "YYYY" (precision "year").
* ``relative`` is True when the value depends on the article date: relative days, weeks, months
  and years, weekdays, a month without a year, a day and month without a year.  Without an
  article date these have ``value=None`` and precision "unresolved".
* A month alone ("a dicembre", "in December") is the most recent such month not after the
  article month; with "scorso/last/dernier/pasado/vergangen" strictly before it, with
  "prossimo/next/prochain/próximo/nächst" strictly after it.
* A bare weekday ("lunedì", "on Monday") is the most recent such day on or before the article
  date; with "scorso/last/dernier/pasado/vergangen" strictly before it; with
  "prossimo/next/prochain/próximo/nächst" strictly after it.
* A day and month without a year take the year that puts them nearest to the article date
  (ties go to the past); "lo scorso 4 aprile" / "il prossimo 4 aprile" force past / future.
* "nei giorni scorsi", "in recent days", ... have week precision: the week that contains the day
  three days before the article date.
* With a month-precision article date ("YYYY-MM") relative days and weeks are computed from the
  15th of that month and reported with month precision.
* Numeric dates are day-first ("4.4.2023", "04/04/2023"), except English slash dates, which are
  month-first unless the first number cannot be a month.
* A bare four-digit number is a year only after a preposition ("nel 2022", "in 2022", "seit
  2014", "del 2023", ...), between 1800 and 2199 (any year after a year word: "im Jahr 1517"),
  and not before a unit or currency ("nel 2000 euro").
* In Italian, French and Spanish a capitalised weekday or month that stands alone in mid-sentence
  is taken for a name ("Plácido Domingo", "Paolo Marzo") and skipped; English month names must
  be capitalised ("may", "march" are not months).
* ``lang`` may be a tag such as "de-AT"; for a language other than the five, ``find_dates``
  returns [] and ``resolve`` uses dateparser alone.  A malformed ``ref`` raises ValueError.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import Any

__all__ = ["LANGS", "DateExpr", "find_dates", "resolve"]

LANGS: tuple[str, ...] = ("it", "en", "fr", "es", "de")

# --------------------------------------------------------------------------------------------
# Public data type


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int  # offsets into the text passed in; text[start:end] == self.text
    end: int
    text: str
    value: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when unresolvable
    precision: str  # "day" | "week" | "month" | "year" | "unresolved"
    relative: bool  # True for expressions resolved against the article date


# --------------------------------------------------------------------------------------------
# Small helpers

_Out = tuple[str | None, str, bool]  # value, precision, relative
_UNRESOLVED: _Out = (None, "unresolved", True)
_FUZZY = -1  # "qualche", "a few", "quelques", "unos", "einigen": an unknown small number

_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SPACE_RX = re.compile(r"\s+")
_APOS_RX = re.compile(r"\s*'\s*")
_TOKEN_RX = re.compile(r"[a-zß]+")
_REF_RX = re.compile(r"\s*([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?(?![0-9])")


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@lru_cache(maxsize=8192)
def _norm(s: str) -> str:
    """Lower case, no accents, ASCII apostrophe, hyphens as spaces, single spaces."""
    s = _strip_accents(s.lower()).replace("’", "'")
    for dash in "-‐‑":
        s = s.replace(dash, " ")
    s = _APOS_RX.sub("'", s)
    return _SPACE_RX.sub(" ", s).strip()


def _mkdate(y: int, m: int, d: int) -> dt.date | None:
    if not 1000 <= y <= 2999:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


# --------------------------------------------------------------------------------------------
# Article date


@dataclass(frozen=True, slots=True)
class _Ref:
    date: dt.date  # the article day; the 15th when only the month is known
    month_only: bool


def _parse_ref(ref: str | None) -> _Ref | None:
    if ref is None:
        return None
    m = _REF_RX.match(ref)
    if m is None:
        raise ValueError(f"article date must be 'YYYY-MM-DD' or 'YYYY-MM', got {ref!r}")
    y, mo = int(m.group(1)), int(m.group(2))
    day = m.group(3)
    try:
        if day is None:
            return _Ref(dt.date(y, mo, 15), True)
        return _Ref(dt.date(y, mo, int(day)), False)
    except ValueError:
        raise ValueError(f"invalid article date {ref!r}") from None


def _day_out(d: dt.date, ref: _Ref) -> _Out:
    if ref.month_only:
        return (_fmt_month(d.year, d.month), "month", True)
    return (d.isoformat(), "day", True)


def _week_out(d: dt.date, ref: _Ref) -> _Out:
    if ref.month_only:
        return (_fmt_month(d.year, d.month), "month", True)
    monday = d - dt.timedelta(days=d.weekday())
    return (monday.isoformat(), "week", True)


def _offset(unit: str, n: int, ref: _Ref | None) -> _Out | None:
    """Shift the article date by n units ("day", "week", "month", "year", or "recent")."""
    if ref is None:
        return _UNRESOLVED
    r = ref.date
    try:
        if unit == "day":
            return _day_out(r + dt.timedelta(days=n), ref)
        if unit == "week":
            return _week_out(r + dt.timedelta(weeks=n), ref)
        if unit == "recent":
            return _week_out(r - dt.timedelta(days=3), ref)
        if unit == "month":
            y, m = _add_months(r.year, r.month, n)
            return (_fmt_month(y, m), "month", True) if 1 <= y <= 9999 else None
        if unit == "year":
            y = r.year + n
            return (f"{y:04d}", "year", True) if 1 <= y <= 9999 else None
    except OverflowError:
        return None
    return None


# --------------------------------------------------------------------------------------------
# Direction words ("scorso", "next", "dernier", "que viene", "vergangenen", ...)

_PAST_STEMS = ("scors", "passat", "last", "past", "derni", "passe", "pasad", "vergangen",
               "letzt", "vorig", "vorjahr")  # fmt: skip
_NEXT_STEMS = ("prossim", "next", "coming", "prochain", "proxim", "nachst", "naechst",
               "kommend", "viene")  # fmt: skip
_THIS_WORDS = frozenset({
    "questo", "questa", "quest", "this", "ce", "cet", "cette", "este", "esta", "presente",
    "dies", "diese", "diesen", "dieser", "dieses", "diesem", "corso", "curso", "cours",
})  # fmt: skip
_YEAR_WORDS = frozenset({"anno", "year", "an", "annee", "ano", "jahr", "jahres", "vorjahr",
                         "vorjahres"})  # fmt: skip


def _tokens(*parts: str | None) -> list[str]:
    return _TOKEN_RX.findall(_norm(" ".join(p for p in parts if p)))


def _direction(tokens: Iterable[str]) -> int | None:
    """-1 for past words, +1 for future words, 0 for 'this' words, None when there are none."""
    found: int | None = None
    for tok in tokens:
        if tok.startswith(_PAST_STEMS):
            return -1
        if tok.startswith(_NEXT_STEMS):
            return 1
        if tok in _THIS_WORDS:
            found = 0
    return found


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?:;\"'«»“”„(—–-"


# --------------------------------------------------------------------------------------------
# Regex building


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def _symbols(s: str) -> list[str]:
    out: list[str] = []
    for ch in s:
        if ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append(r"['’]\s*")
        elif ch == "-":
            out.append(r"(?:[-‐‑]\s*|\s+)")
        else:
            out.append(re.escape(ch))
    return out


def _emit(node: _Node) -> str:
    branches = [sym + _emit(child) for sym, child in sorted(node.children.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if node.end:
        return "(?:" + body + ")?"
    return body


def _alt(forms: Iterable[str], fold: bool = True) -> str:
    """A regex matching any of the forms (and their accent-free spellings), as a trie."""
    root = _Node()
    for form in forms:
        for variant in {form, _strip_accents(form)}:
            node = root
            for sym in _symbols(variant.lower() if fold else variant):
                node = node.children.setdefault(sym, _Node())
            node.end = True
    return "(?:" + _emit(root) + ")"


def _ndict(surface: Mapping[str, Any]) -> dict[str, Any]:
    return {_norm(k): v for k, v in surface.items()}


_D = r"(?P<day>0?[1-9]|[12][0-9]|3[01])(?![0-9])"
_Y = r"(?P<year>[12][0-9]{3})(?![0-9])"
_YEAR_TAIL = (
    r"(?![.,][0-9])(?!\s*(?:%|‰|€|\$|£|(?:euros?|dollari|dollars?|d[óo]lares|sterline|"
    r"sterlina|libras?|pounds?|anni|years|ans|a[ñn]os|jahren|jahre|km|chilometri|"
    r"kilom[eè]tres?|kil[oó]metros|kilometers?)(?!\w)))"
)


# --------------------------------------------------------------------------------------------
# Languages


@dataclass(frozen=True, slots=True)
class _Lang:
    code: str
    months: dict[str, int]  # normalised name or abbreviation -> 1..12
    weekdays: dict[str, int]  # normalised name -> 0 (Monday)..6
    numbers: dict[str, int]  # normalised number word -> value (_FUZZY for "a few")
    units: dict[str, str]  # normalised unit word -> day/week/month/year
    fixed: dict[str, tuple[str, int]]  # normalised phrase -> (unit, offset)
    day_first: bool  # slash dates
    cap_names: bool  # a capitalised weekday/month alone in mid-sentence is a name


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    start: int
    end: int
    ref: _Ref | None
    lang: _Lang


_Groups = Mapping[str, str | None]
_Handler = Callable[[_Groups, _Ctx], _Out | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: str
    handler: _Handler
    tail: str = r"(?!\w)"


@dataclass(frozen=True, slots=True)
class _Compiled:
    regex: re.Pattern[str]
    rules: tuple[_Rule, ...]
    groups: tuple[tuple[tuple[str, str], ...], ...]  # per rule: (short name, group name)
    lang: _Lang
    # The same expression, case-sensitive with lower-case letters, for texts passed through
    # ``case`` (None when some part of it is case-sensitive): see _fast_search.
    fast: re.Pattern[str] | None
    case: _CaseTable


def _int(s: str | None) -> int | None:
    return int(s) if s is not None and s.isascii() and s.isdigit() else None


def _month(g: _Groups, c: _Ctx) -> int | None:
    s = g.get("mon")
    return None if s is None else c.lang.months.get(_norm(s).rstrip("."))


def _looks_like_name(word: str, c: _Ctx, at_start: bool) -> bool:
    """A capitalised weekday/month in mid-sentence (it/fr/es) is probably a name."""
    if not c.lang.cap_names or not word or not word[0].isupper() or word.isupper():
        return False
    return not (at_start and _sentence_start(c.text, c.start))


# ----- handlers ------------------------------------------------------------------------------


def _h_day_month(g: _Groups, c: _Ctx) -> _Out | None:
    mon, day = _month(g, c), _int(g.get("day"))
    if mon is None or day is None:
        return None
    year = _int(g.get("year"))
    if year is not None:
        d = _mkdate(year, mon, day)
        return None if d is None else (d.isoformat(), "day", False)
    if day > _MAX_DAY[mon]:
        return None
    if c.ref is None:
        return _UNRESOLVED
    r = c.ref.date
    cands = [d for y in (r.year - 1, r.year, r.year + 1) if (d := _mkdate(y, mon, day)) is not None]
    direction = _direction(_tokens(g.get("pmod"), g.get("mod")))
    pick: dt.date | None
    if direction == -1:
        pick = max((d for d in cands if d < r), default=None)
    elif direction == 1:
        pick = min((d for d in cands if d > r), default=None)
    else:
        pick = min(cands, key=lambda d: (abs((d - r).days), d > r), default=None)
    return _UNRESOLVED if pick is None else (pick.isoformat(), "day", True)


def _h_numeric(g: _Groups, c: _Ctx, day_first: bool | None) -> _Out | None:
    a, b, y = _int(g.get("a")), _int(g.get("b")), _int(g.get("y"))
    if a is None or b is None or y is None:
        return None
    first_is_day = c.lang.day_first if day_first is None else day_first
    if not first_is_day and a > 12:
        first_is_day = True
    d = _mkdate(y, b, a) if first_is_day else _mkdate(y, a, b)
    return None if d is None else (d.isoformat(), "day", False)


def _h_iso(g: _Groups, c: _Ctx) -> _Out | None:
    y, m, day = _int(g.get("y")), _int(g.get("m")), _int(g.get("d"))
    if y is None or m is None or day is None:
        return None
    d = _mkdate(y, m, day)
    return None if d is None else (d.isoformat(), "day", False)


def _h_month_year(g: _Groups, c: _Ctx) -> _Out | None:
    mon, year = _month(g, c), _int(g.get("year"))
    if mon is None or year is None or not 1000 <= year <= 2999:
        return None
    return (_fmt_month(year, mon), "month", False)


def _h_month(g: _Groups, c: _Ctx) -> _Out | None:
    mon = _month(g, c)
    word = g.get("mon") or ""
    if mon is None:
        return None
    if _looks_like_name(word, c, c.text.startswith(word, c.start)):
        return None
    if c.ref is None:
        return _UNRESOLVED
    r = c.ref.date
    toks = _tokens(g.get("pmod"), g.get("mod"))
    direction = _direction(toks)
    if any(t in _YEAR_WORDS for t in toks):
        year = r.year + (direction or 0)
    elif direction == -1:
        year = r.year if mon < r.month else r.year - 1
    elif direction == 1:
        year = r.year if mon > r.month else r.year + 1
    elif direction == 0:
        year = r.year
    else:
        year = r.year if mon <= r.month else r.year - 1
    return (_fmt_month(year, mon), "month", True)


def _h_year(g: _Groups, c: _Ctx) -> _Out | None:
    """A year after a preposition: 1800-2199 ("in 1500 soldiers" is not a year), any
    four-digit year after a year word ("nell'anno 1492", "im Jahr 1517")."""
    year = _int(g.get("year"))
    if year is None:
        return None
    year_word = any(t in _YEAR_WORDS for t in _tokens(c.text[c.start : c.end]))
    if not (1000 <= year <= 2999 if year_word else 1800 <= year <= 2199):
        return None
    return (f"{year:04d}", "year", False)


def _h_fixed(g: _Groups, c: _Ctx) -> _Out | None:
    w = g.get("w")
    hit = None if w is None else c.lang.fixed.get(_norm(w))
    if hit is None:
        return None
    return _offset(hit[0], hit[1], c.ref)


def _h_morgen(g: _Groups, c: _Ctx) -> _Out | None:
    return _h_fixed({"w": g.get("w") or g.get("w2")}, c)


def _h_count(g: _Groups, c: _Ctx, sign: int) -> _Out | None:
    num_s, unit_s = g.get("num"), g.get("unit")
    if num_s is None or unit_s is None:
        return None
    num = _int(num_s)
    if num is None:
        num = c.lang.numbers.get(_norm(num_s))
    unit = c.lang.units.get(_norm(unit_s))
    if num is None or unit is None:
        return None
    if num == _FUZZY:  # "a few days ago": about half a week; "a few weeks ago": a month
        if unit == "day":
            return _offset("recent", 0, c.ref)
        if unit == "week":
            if c.ref is None:
                return _UNRESOLVED
            d = c.ref.date + dt.timedelta(days=14 * sign)
            return (_fmt_month(d.year, d.month), "month", True)
        return None
    return _offset(unit, sign * num, c.ref)


def _h_rel_unit(g: _Groups, c: _Ctx) -> _Out | None:
    unit_s = g.get("unit")
    unit = None if unit_s is None else c.lang.units.get(_norm(unit_s))
    direction = _direction(_tokens(g.get("mod")))
    if unit is None or direction is None:
        return None
    return _offset(unit, direction, c.ref)


def _h_weekday(g: _Groups, c: _Ctx) -> _Out | None:
    word = g.get("wd") or ""
    wd = c.lang.weekdays.get(_norm(word))
    if wd is None:
        return None
    pmod, mod, wmod = g.get("pmod"), g.get("mod"), g.get("wmod")
    bare = not (pmod or mod or wmod) and c.text.startswith(word, c.start)
    if bare and _looks_like_name(word, c, True):
        return None
    if c.ref is None:
        return _UNRESOLVED
    r = c.ref.date
    try:
        if wmod:  # "am Montag vergangener Woche", "Monday last week"
            week = _direction(_tokens(wmod)) or 0
            monday = r - dt.timedelta(days=r.weekday()) + dt.timedelta(weeks=week)
            return _day_out(monday + dt.timedelta(days=wd), c.ref)
        direction = _direction(_tokens(pmod, mod))
        if direction == -1:
            d = r - dt.timedelta(days=(r.weekday() - wd) % 7 or 7)
        elif direction == 1:
            d = r + dt.timedelta(days=(wd - r.weekday()) % 7 or 7)
        else:
            d = r - dt.timedelta(days=(r.weekday() - wd) % 7)
    except OverflowError:
        return None
    return _day_out(d, c.ref)


# ----- shared rules ----------------------------------------------------------------------------

_ISO = _Rule(
    r"(?P<y>[12][0-9]{3})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12][0-9]|3[01])",
    _h_iso,
    tail=r"(?![0-9])(?:(?!\w)|(?=T[0-9]))",
)
_NUM_DOT = _Rule(
    r"(?<![.,/])(?P<a>[0-9]{1,2})\.\s?(?P<b>[0-9]{1,2})\.\s?(?P<y>[12][0-9]{3})",
    partial(_h_numeric, day_first=True),
    tail=r"(?![0-9])(?![.,/][0-9])(?!\w)",
)
_NUM_SLASH = _Rule(
    r"(?<![.,/])(?P<a>[0-9]{1,2})(?P<sep>[/-])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[12][0-9]{3})",
    partial(_h_numeric, day_first=None),
    tail=r"(?![0-9])(?![.,/-][0-9])(?!\w)",
)


def _count_rules(before: str, after: str, num: str, units: str, sign: int) -> _Rule:
    pattern = f"{before}(?P<num>{num})\\s+(?P<unit>{units}){after}"
    return _Rule(pattern, partial(_h_count, sign=sign))


def _num_alt(words: Iterable[str]) -> str:
    return f"(?:[0-9]{{1,3}}|{_alt(words)})"


# ----- Italian -----------------------------------------------------------------------------------

_IT_MONTHS = {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
              "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
              "dicembre": 12}  # fmt: skip
_IT_ABBR = {"gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8,
            "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12}  # fmt: skip
_IT_WEEKDAYS = {"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4,
                "sabato": 5, "domenica": 6}  # fmt: skip
_IT_NUMBERS = {"un": 1, "uno": 1, "una": 1, "un paio di": 2, "due": 2, "tre": 3, "quattro": 4,
               "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
               "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
               "qualche": _FUZZY, "alcuni": _FUZZY, "alcune": _FUZZY, "pochi": _FUZZY,
               "poche": _FUZZY}  # fmt: skip
_IT_UNITS = {"giorno": "day", "giorni": "day", "settimana": "week", "settimane": "week",
             "mese": "month", "mesi": "month", "anno": "year", "anni": "year",
             "weekend": "week", "fine settimana": "week"}  # fmt: skip
_IT_DAY_WORDS = {"oggi": ("day", 0), "ieri": ("day", -1), "domani": ("day", 1),
                 "l'altro ieri": ("day", -2), "l'altroieri": ("day", -2),
                 "ieri l'altro": ("day", -2), "avantieri": ("day", -2),
                 "dopodomani": ("day", 2), "stamattina": ("day", 0), "stamani": ("day", 0),
                 "stamane": ("day", 0), "stasera": ("day", 0), "stanotte": ("day", 0),
                 "nei giorni scorsi": ("recent", 0), "negli ultimi giorni": ("recent", 0),
                 "nei giorni passati": ("recent", 0), "in questi giorni": ("recent", 0),
                 "in questi ultimi giorni": ("recent", 0), "negli scorsi giorni": ("recent", 0),
                 "nelle ultime ore": ("day", 0), "nelle scorse ore": ("day", 0)}  # fmt: skip
_IT_UNIT_PHRASES = {"settimana scorsa": ("week", -1), "scorsa settimana": ("week", -1),
                    "settimana passata": ("week", -1), "settimana prossima": ("week", 1),
                    "prossima settimana": ("week", 1), "questa settimana": ("week", 0),
                    "settimana in corso": ("week", 0), "mese scorso": ("month", -1),
                    "scorso mese": ("month", -1), "mese passato": ("month", -1),
                    "mese prossimo": ("month", 1), "prossimo mese": ("month", 1),
                    "questo mese": ("month", 0), "mese in corso": ("month", 0),
                    "anno scorso": ("year", -1), "scorso anno": ("year", -1),
                    "anno passato": ("year", -1), "anno prossimo": ("year", 1),
                    "prossimo anno": ("year", 1), "quest'anno": ("year", 0),
                    "anno in corso": ("year", 0), "weekend scorso": ("week", -1),
                    "scorso weekend": ("week", -1), "fine settimana scorso": ("week", -1),
                    "scorso fine settimana": ("week", -1), "questo weekend": ("week", 0),
                    "questo fine settimana": ("week", 0), "prossimo weekend": ("week", 1),
                    "weekend prossimo": ("week", 1),
                    "prossimo fine settimana": ("week", 1)}  # fmt: skip

_IT_ART = _alt(
    [f"{a} " for a in ("il", "lo", "la", "nel", "nello", "nella", "del", "dello", "della", "dal",
                       "dallo", "dalla", "al", "allo", "alla", "sul", "sullo", "sulla", "per il",
                       "per la", "durante il", "durante la", "entro il", "entro la", "fino al",
                       "fino alla", "nel corso del", "nel corso della", "nel corso dello")]
    + ["l'", "nell'", "dell'", "dall'", "all'", "sull'", "nel corso dell'"]
)  # fmt: skip
_IT_MOD = r"scors[oa]|passat[oa]|prossim[oa]"


def _it_rules() -> list[_Rule]:
    mon = _alt(_IT_MONTHS)
    mon_d = f"(?:{mon}|{_alt(_IT_ABBR)}\\.)"
    wd = _alt(_IT_WEEKDAYS)
    num = _num_alt(_IT_NUMBERS)
    units = _alt(k for k in _IT_UNITS if k not in ("weekend", "fine settimana"))
    art_d = _alt(["il ", "nel ", "del ", "dal ", "al ", "sul ", "l'", "nell'", "dell'", "dall'",
                  "all'", "sull'"])  # fmt: skip
    prep_m = _alt(
        [f"{p} " for p in ("a", "ad", "in", "nel", "da", "dal", "entro", "tra", "fra", "fino a",
                           "prima di", "dopo", "durante", "verso", "per", "nel mese di",
                           "il mese di", "nel corso di", "alla fine di", "all'inizio di",
                           "a fine", "a inizio", "a metà", "fine", "inizio", "metà")]
        + ["nell'", "dall'", "dell'"]
    )  # fmt: skip
    year_pre = _alt(
        f"{p} " for p in ("nel", "dal", "del", "al", "entro il", "fino al", "prima del",
                          "dopo il", "sin dal", "a partire dal", "nell'anno", "dell'anno",
                          "per il", "durante il", "a fine", "alla fine del", "a fine del",
                          "a inizio del", "all'inizio del", "a metà del", "dall'inizio del",
                          "dalla fine del", "fino alla fine del", "entro la fine del",
                          "entro fine", "dalla metà del")
    )  # fmt: skip
    it_pmod = ["scorso", "lo scorso", "nello scorso", "dello scorso", "dallo scorso", "prossimo",
               "il prossimo", "nel prossimo", "del prossimo", "dal prossimo"]  # fmt: skip
    month_mod = (r"scorso|passato|prossimo|dell['’]\s*anno\s+(?:scorso|passato|prossimo|in\s+corso)"
                 r"|dello\s+scorso\s+anno|del\s+prossimo\s+anno|di\s+quest['’]\s*anno")  # fmt: skip
    return [
        _ISO,
        _NUM_DOT,
        _NUM_SLASH,
        _Rule(
            rf"(?:(?P<pmod>(?:lo|il)\s+(?:scorso|passato|prossimo))\s+|{art_d})?"
            rf"(?:{wd}\s*,?\s+)?{_D}(?:°|º)?\s+(?P<mon>{mon_d})"
            rf"(?:\s+(?:del\s+)?{_Y})?(?:\s+(?P<mod>{_IT_MOD}))?",
            _h_day_month,
        ),
        _Rule(rf"{prep_m}?(?P<mon>{mon})\s+(?:del\s+)?{_Y}", _h_month_year),
        _Rule(
            rf"(?:{prep_m}|(?P<pmod>{_alt(it_pmod)})\s+)(?P<mon>{mon})(?:\s+(?P<mod>{month_mod}))?",
            _h_month,
        ),
        _Rule(rf"(?P<mon>{mon})\s+(?P<mod>{month_mod})", _h_month),
        _Rule(f"{year_pre}{_Y}{_YEAR_TAIL}", _h_year),
        _count_rules("", r"\s+(?:fa|or\s+sono|orsono|addietro)", num, units, -1),
        _count_rules(r"(?:tra|fra)\s+", "", num, units, 1),
        _Rule(rf"{_IT_ART}?(?P<w>{_alt(_IT_UNIT_PHRASES)})", _h_fixed),
        _Rule(
            rf"(?:(?P<pmod>(?:lo|la)\s+scors[oa]|(?:il|la)\s+prossim[oa]|quest[oa])\s+)?"
            rf"(?P<wd>{wd})(?:\s+(?P<mod>{_IT_MOD})|\s+(?P<wmod>della\s+(?:settimana\s+"
            r"(?:scorsa|passata|prossima)|(?:scorsa|prossima)\s+settimana)))?",
            _h_weekday,
        ),
        _Rule(
            rf"(?<!['’])(?P<w>{_alt(_IT_DAY_WORDS)})"
            r"(?:\s+(?:mattina|mattino|sera|pomeriggio|notte))?",
            _h_fixed,
        ),
    ]


# ----- English -----------------------------------------------------------------------------------

_EN_MONTHS = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
              "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
              "December": 12}  # fmt: skip
_EN_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
            "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_EN_WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
                "Saturday": 5, "Sunday": 6}  # fmt: skip
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2, "two": 2,
               "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
               "thirty": 30, "a few": _FUZZY, "few": _FUZZY, "several": _FUZZY,
               "some": _FUZZY}  # fmt: skip
_EN_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
             "months": "month", "year": "year", "years": "year",
             "weekend": "week"}  # fmt: skip
_EN_DAY_WORDS = {"today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1),
                 "tonight": ("day", 0), "this morning": ("day", 0),
                 "this afternoon": ("day", 0), "this evening": ("day", 0),
                 "earlier today": ("day", 0), "last night": ("day", -1),
                 "the day before yesterday": ("day", -2),
                 "the day after tomorrow": ("day", 2), "in recent days": ("recent", 0),
                 "in the past few days": ("recent", 0), "in the last few days": ("recent", 0),
                 "over the past few days": ("recent", 0),
                 "over the last few days": ("recent", 0), "in the past days": ("recent", 0),
                 "over the past week": ("recent", 0), "in the past week": ("recent", 0),
                 "in recent hours": ("day", 0)}  # fmt: skip
_EN_UNIT_PHRASES = {"last week": ("week", -1), "last month": ("month", -1),
                    "last year": ("year", -1), "next week": ("week", 1),
                    "next month": ("month", 1), "next year": ("year", 1),
                    "this week": ("week", 0), "this month": ("month", 0),
                    "this year": ("year", 0), "earlier this week": ("week", 0),
                    "earlier this month": ("month", 0), "earlier this year": ("year", 0),
                    "later this week": ("week", 0), "later this month": ("month", 0),
                    "later this year": ("year", 0), "last weekend": ("week", -1),
                    "this weekend": ("week", 0), "next weekend": ("week", 1),
                    "this past week": ("week", -1), "this past weekend": ("week", -1),
                    "the coming week": ("week", 1)}  # fmt: skip


def _en_rules() -> list[_Rule]:
    mon = f"(?-i:{_alt(_EN_MONTHS, fold=False)})"
    mon_no_may = f"(?-i:{_alt((m for m in _EN_MONTHS if m != 'May'), fold=False)})"
    mon_d = f"(?:{mon}|(?-i:{_alt(_EN_ABBR, fold=False)})\\.)"
    wd = _alt(_EN_WEEKDAYS)
    num = _num_alt(_EN_NUMBERS)
    units = _alt(k for k in _EN_UNITS if k != "weekend")
    edges = ["early ", "late ", "mid-", "the end of ", "the beginning of ", "the start of ",
             "the middle of "]  # fmt: skip
    bases = ["in", "since", "until", "till", "by", "from", "during", "through", "throughout",
             "before", "after", "at"]  # fmt: skip
    prep_m = _alt([f"{b} " for b in bases] + [f"{b} {e}" for b in bases for e in edges] + edges)
    year_bases = ("in", "since", "until", "till", "by", "before", "after", "during",
                  "throughout", "from")  # fmt: skip
    year_edges = ("early ", "late ", "mid-", "the end of ", "the beginning of ", "the start of ")
    year_pre = _alt(
        [f"{b} " for b in year_bases] + [f"{b} {e}" for b in year_bases for e in year_edges]
        + ["in the year ", "early ", "late ", "mid-"]
    )  # fmt: skip
    year_mod = r"(?:of\s+)?(?:last|next|this)\s+year"
    ordinal = r"(?:st|nd|rd|th)?"
    return [
        _ISO,
        _NUM_DOT,
        _NUM_SLASH,
        _Rule(
            rf"(?:on\s+)?(?:{wd}\s*,?\s+)?(?:the\s+)?{_D}{ordinal}\s+(?:of\s+)?(?P<mon>{mon_d})"
            rf"(?:\s*,?\s*{_Y})?",
            _h_day_month,
        ),
        _Rule(
            rf"(?:on\s+)?(?:{wd}\s*,?\s+)?(?P<mon>{mon_d})\s+(?:the\s+)?{_D}{ordinal}"
            rf"(?:\s*,?\s*{_Y})?",
            _h_day_month,
        ),
        _Rule(rf"{prep_m}?(?P<mon>{mon})\s*,?\s+(?:of\s+)?{_Y}", _h_month_year),
        _Rule(
            rf"(?:{prep_m}|(?P<pmod>last|next|this|past)\s+)(?P<mon>{mon})"
            rf"(?:\s+(?P<mod>{year_mod}))?",
            _h_month,
        ),
        _Rule(rf"(?P<mon>{mon_no_may})\s+(?P<mod>{year_mod})", _h_month),
        _Rule(f"{year_pre}{_Y}{_YEAR_TAIL}", _h_year),
        _count_rules("", r"\s+ago", num, units, -1),
        _count_rules(r"in\s+", r"(?:['’]s?)?\s+time", num, units, 1),
        _count_rules("", r"\s+from\s+now", num, units, 1),
        _Rule(f"(?P<w>{_alt(_EN_UNIT_PHRASES)})", _h_fixed),
        _Rule(
            r"(?<!black\s)(?<!good\s)(?<!bloody\s)(?<!super\s)(?<!ash\s)(?<!holy\s)"
            r"(?<!cyber\s)(?<!palm\s)(?<!easter\s)(?<!maundy\s)"
            rf"(?:on\s+)?(?:(?P<pmod>last|next|this|past|coming)\s+)?(?P<wd>{wd})"
            r"(?:\s+(?P<wmod>(?:of\s+)?(?:last|next|this)\s+week))?"
            r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Sport|People|Star|"
            r"Independent|World)\b)",
            _h_weekday,
        ),
        _Rule(
            rf"(?P<w>{_alt(_EN_DAY_WORDS)})(?:\s+(?:morning|afternoon|evening|night))?",
            _h_fixed,
        ),
    ]


# ----- French ------------------------------------------------------------------------------------

_FR_MONTHS = {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
              "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
              "décembre": 12}  # fmt: skip
_FR_ABBR = {"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
            "nov": 11, "déc": 12}  # fmt: skip
_FR_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
                "samedi": 5, "dimanche": 6}  # fmt: skip
_FR_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
               "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
               "quinze": 15, "vingt": 20, "trente": 30, "quelques": _FUZZY,
               "plusieurs": _FUZZY}  # fmt: skip
_FR_UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week",
             "mois": "month", "mois-ci": "month", "an": "year", "ans": "year", "année": "year",
             "années": "year", "week-end": "week", "weekend": "week"}  # fmt: skip
_FR_DAY_WORDS = {"aujourd'hui": ("day", 0), "hier": ("day", -1), "avant-hier": ("day", -2),
                 "demain": ("day", 1), "après-demain": ("day", 2), "ce matin": ("day", 0),
                 "ce soir": ("day", 0), "cet après-midi": ("day", 0), "cette nuit": ("day", 0),
                 "ces derniers jours": ("recent", 0), "ces jours-ci": ("recent", 0),
                 "ces tout derniers jours": ("recent", 0),
                 "au cours des derniers jours": ("recent", 0),
                 "au cours des jours derniers": ("recent", 0),
                 "depuis quelques jours": ("recent", 0),
                 "ces dernières heures": ("day", 0)}  # fmt: skip
_FR_UNIT_PHRASES = {"semaine dernière": ("week", -1), "semaine passée": ("week", -1),
                    "semaine prochaine": ("week", 1), "cette semaine": ("week", 0),
                    "mois dernier": ("month", -1), "mois passé": ("month", -1),
                    "mois prochain": ("month", 1), "ce mois-ci": ("month", 0),
                    "ce mois": ("month", 0), "an dernier": ("year", -1),
                    "an passé": ("year", -1), "an prochain": ("year", 1),
                    "année dernière": ("year", -1), "année passée": ("year", -1),
                    "année prochaine": ("year", 1), "cette année": ("year", 0),
                    "week-end dernier": ("week", -1), "weekend dernier": ("week", -1),
                    "week-end prochain": ("week", 1), "weekend prochain": ("week", 1),
                    "ce week-end": ("week", 0), "ce weekend": ("week", 0)}  # fmt: skip
_FR_ART = _alt(
    [f"{a} " for a in ("la", "le", "du", "de la", "depuis la", "depuis le", "pendant la",
                       "pendant le", "durant la", "durant le", "au cours de la", "au cours du",
                       "dans la", "à la", "depuis", "pendant", "durant", "au cours de", "de")]
    + ["l'", "de l'", "depuis l'", "pendant l'", "durant l'", "au cours de l'"]
)  # fmt: skip


def _fr_rules() -> list[_Rule]:
    mon = _alt(_FR_MONTHS)
    mon_d = f"(?:{mon}|{_alt(_FR_ABBR)}\\.)"
    wd = _alt(_FR_WEEKDAYS)
    num = _num_alt(_FR_NUMBERS)
    units = _alt(k for k in _FR_UNITS if k not in ("week-end", "weekend", "mois-ci"))
    bases = ["en", "depuis", "dès", "jusqu'en", "d'ici", "courant", "avant", "après", "pour"]
    edges = ["fin ", "début ", "la fin ", "mi-"]
    lone = ["fin ", "à la fin ", "en fin ", "début ", "au début ", "en début ", "mi-", "à la mi-"]
    of = [f"{p}mois " for p in ("", "en ", "au ", "depuis le ", "durant le ", "pendant le ")]
    of += ["à partir ", "jusqu'à la fin ", "à la fin ", "au début "]
    prep_m = _alt(
        [f"{b} " for b in bases] + [f"{b} {e}" for b in bases for e in edges] + lone
        + [f"{o}{d}" for o in of for d in ("de ", "d'")]
    )  # fmt: skip
    year_pre = _alt(
        [f"{b} " for b in bases] + [f"{b} {e}" for b in bases for e in edges] + lone
        + ["d'ici à ", "en l'an "]
    )  # fmt: skip
    month_mod = (r"dernier|prochain|passé|(?:de\s+)?l['’]\s*an(?:née)?\s+"
                 r"(?:dernière|dernier|passée|passé|prochaine|prochain)|de\s+cette\s+année")  # fmt: skip
    return [
        _ISO,
        _NUM_DOT,
        _NUM_SLASH,
        _Rule(
            rf"{_alt(['le ', 'du ', 'au ', 'dès le ', 'depuis le ', 'jusqu’au '])}?"
            rf"(?:{wd}\s+)?{_D}(?:er|re|ᵉʳ)?\s+(?P<mon>{mon_d})(?:\s+{_Y})?"
            r"(?:\s+(?P<mod>dernier|prochain))?",
            _h_day_month,
        ),
        _Rule(rf"{prep_m}?(?P<mon>{mon})\s+{_Y}", _h_month_year),
        _Rule(rf"{prep_m}(?P<mon>{mon})(?:\s+(?P<mod>{month_mod}))?", _h_month),
        _Rule(rf"(?P<mon>{mon})\s+(?P<mod>{month_mod})", _h_month),
        _Rule(f"{year_pre}{_Y}{_YEAR_TAIL}", _h_year),
        _count_rules(r"il\s+y\s+a\s+", "", num, units, -1),
        _count_rules(r"dans\s+", "", num, units, 1),
        _Rule(rf"{_FR_ART}?(?P<w>{_alt(_FR_UNIT_PHRASES)})", _h_fixed),
        _Rule(
            rf"(?:(?P<pmod>ce)\s+)?(?P<wd>{wd})(?!\s+gras)"
            r"(?:\s+(?P<mod>dernier|prochain|passé)|\s+(?P<wmod>de\s+la\s+semaine\s+"
            r"(?:dernière|passée|prochaine)))?",
            _h_weekday,
        ),
        _Rule(
            rf"(?P<w>{_alt(_FR_DAY_WORDS)})(?:\s+(?:matin|midi|après-midi|soir))?",
            _h_fixed,
        ),
    ]


# ----- Spanish -----------------------------------------------------------------------------------

_ES_MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
              "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
              "noviembre": 11, "diciembre": 12}  # fmt: skip
_ES_ABBR = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "jun": 6, "jul": 7, "ago": 8, "sep": 9,
            "sept": 9, "oct": 10, "nov": 11, "dic": 12}  # fmt: skip
_ES_WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
                "sábado": 5, "domingo": 6}  # fmt: skip
_ES_NUMBERS = {"un": 1, "uno": 1, "una": 1, "un par de": 2, "dos": 2, "tres": 3, "cuatro": 4,
               "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
               "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
               "unos": _FUZZY, "unas": _FUZZY, "algunos": _FUZZY, "algunas": _FUZZY,
               "pocos": _FUZZY, "pocas": _FUZZY, "varios": _FUZZY,
               "varias": _FUZZY}  # fmt: skip
_ES_UNITS = {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month",
             "meses": "month", "año": "year", "años": "year",
             "fin de semana": "week"}  # fmt: skip
_ES_DAY_WORDS = {"ayer": ("day", -1), "anteayer": ("day", -2), "antes de ayer": ("day", -2),
                 "antier": ("day", -2), "anoche": ("day", -1), "pasado mañana": ("day", 2),
                 "esta mañana": ("day", 0), "esta tarde": ("day", 0),
                 "esta noche": ("day", 0), "hoy": ("day", 0), "mañana": ("day", 1),
                 "en los últimos días": ("recent", 0), "los últimos días": ("recent", 0),
                 "estos últimos días": ("recent", 0), "en los días pasados": ("recent", 0),
                 "en los pasados días": ("recent", 0), "en estos días": ("recent", 0),
                 "en las últimas horas": ("day", 0)}  # fmt: skip
_ES_UNIT_PHRASES = {"semana pasada": ("week", -1), "pasada semana": ("week", -1),
                    "semana próxima": ("week", 1), "próxima semana": ("week", 1),
                    "semana que viene": ("week", 1), "esta semana": ("week", 0),
                    "mes pasado": ("month", -1), "pasado mes": ("month", -1),
                    "mes próximo": ("month", 1), "próximo mes": ("month", 1),
                    "mes que viene": ("month", 1), "este mes": ("month", 0),
                    "año pasado": ("year", -1), "pasado año": ("year", -1),
                    "año próximo": ("year", 1), "próximo año": ("year", 1),
                    "año que viene": ("year", 1), "este año": ("year", 0),
                    "año en curso": ("year", 0), "fin de semana pasado": ("week", -1),
                    "pasado fin de semana": ("week", -1), "este fin de semana": ("week", 0),
                    "próximo fin de semana": ("week", 1),
                    "fin de semana próximo": ("week", 1)}  # fmt: skip
_ES_ART = _alt(
    f"{a} " for a in ("el", "la", "del", "de la", "en el", "en la", "durante el", "durante la",
                      "desde el", "desde la", "hasta el", "hasta la", "para el", "para la",
                      "a lo largo del", "a lo largo de la", "en", "durante", "desde", "hasta",
                      "para")
)  # fmt: skip


def _es_rules() -> list[_Rule]:
    mon = _alt(_ES_MONTHS)
    mon_d = f"(?:{mon}|{_alt(_ES_ABBR)}\\.)"
    wd = _alt(_ES_WEEKDAYS)
    num = _num_alt(_ES_NUMBERS)
    units = _alt(k for k in _ES_UNITS if k != "fin de semana")
    edges = [f"{e} de" for e in ("finales", "fines", "principios", "comienzos", "mediados")]
    bases = ["en", "desde", "hasta", "durante", "para", "antes de", "después de", "a partir de"]
    spans = [f"a {e} " for e in edges] + [f"{e} " for e in edges]
    spans += [f"{b} {e} " for b in ("desde", "hasta", "para", "antes de", "después de")
              for e in edges]  # fmt: skip
    prep_m = _alt(
        [f"{b} " for b in bases] + spans
        + [f"{p}el mes de " for p in ("", "en ", "durante ", "desde ", "hasta ")]
    )  # fmt: skip
    year_pre = _alt([f"{b} " for b in bases] + spans + ["del ", "en el año ", "el año "])
    month_mod = (r"pasado|próximo|que\s+viene|del\s+año\s+(?:pasado|próximo|que\s+viene|en\s+curso)"
                 r"|de\s+este\s+año|del\s+presente\s+año")  # fmt: skip
    day_words = {k: v for k, v in _ES_DAY_WORDS.items() if k not in ("hoy", "mañana")}
    return [
        _ISO,
        _NUM_DOT,
        _NUM_SLASH,
        _Rule(
            rf"{_alt(['el ', 'del ', 'al ', 'desde el ', 'hasta el '])}?"
            r"(?:(?P<pmod>pasado|próximo)\s+)?"
            rf"(?:{wd}\s*,?\s+)?{_D}(?:º|°|\.º)?\s+(?:de\s+)?(?P<mon>{mon_d})"
            rf"(?:\s*,?\s*(?:(?:de|del)\s+)?{_Y})?(?:\s+(?P<mod>pasado|próximo))?",
            _h_day_month,
        ),
        _Rule(rf"{prep_m}?(?P<mon>{mon})\s+(?:(?:de|del)\s+)?{_Y}", _h_month_year),
        _Rule(
            rf"(?:{prep_m}|(?:el\s+)?(?P<pmod>pasado|próximo)\s+)(?P<mon>{mon})"
            rf"(?:\s+(?P<mod>{month_mod}))?",
            _h_month,
        ),
        _Rule(rf"(?P<mon>{mon})\s+(?P<mod>{month_mod})", _h_month),
        _Rule(f"{year_pre}{_Y}{_YEAR_TAIL}", _h_year),
        _count_rules(r"hace\s+", "", num, units, -1),
        _count_rules(r"dentro\s+de\s+", "", num, units, 1),
        _Rule(rf"{_ES_ART}?(?P<w>{_alt(_ES_UNIT_PHRASES)})", _h_fixed),
        _Rule(
            r"(?<!los\s)(?<!las\s)(?:(?:el|este|desde\s+el|hasta\s+el)\s+)?"
            rf"(?:(?P<pmod>pasado|próximo)\s+)?(?P<wd>{wd})"
            r"(?:\s+(?P<mod>pasado|próximo|que\s+viene)|\s+(?P<wmod>de\s+la\s+semana\s+"
            r"(?:pasada|próxima|que\s+viene)))?",
            _h_weekday,
        ),
        _Rule(f"(?P<w>{_alt(day_words)})", _h_fixed),
        _Rule(r"(?P<w>hoy)(?!\s+(?:en\s+)?d[íi]a)", _h_fixed),
        # "mañana" is "tomorrow" unless it is "the morning" ("la mañana", "por la mañana")
        _Rule(
            r"(?<!la\s)(?<!una\s)(?<!esa\s)(?<!cada\s)(?<!misma\s)(?<!toda\s)(?<!media\s)"
            r"(?<!de\s)(?<!buena\s)(?<!esta\s)(?P<w>ma[ñn]ana)",
            _h_fixed,
        ),
    ]


# ----- German ------------------------------------------------------------------------------------

_DE_MONTHS = {"Januar": 1, "Jänner": 1, "Februar": 2, "Feber": 2, "März": 3, "Maerz": 3,
              "April": 4, "Mai": 5, "Juni": 6, "Juli": 7, "August": 8, "September": 9,
              "Oktober": 10, "November": 11, "Dezember": 12}  # fmt: skip
_DE_ABBR = {"Jan": 1, "Feb": 2, "Mär": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
            "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12}  # fmt: skip
_DE_WEEKDAYS = {"Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4,
                "Samstag": 5, "Sonnabend": 5, "Sonntag": 6}  # fmt: skip
# Capitalised calendar words of the languages that capitalise them: the mentions stage never joins
# one to a name ("the Gulf on Monday", "Merkel am Montag"), the English matcher lets a weekday sit
# in a trigger's gap ("revoked on Saturday a military accord").
CALENDAR_NAMES = frozenset(_EN_MONTHS) | frozenset(_EN_WEEKDAYS) | frozenset(_DE_MONTHS) | frozenset(_DE_WEEKDAYS)
EN_WEEKDAY_WORDS = frozenset(w.lower() for w in _EN_WEEKDAYS)
_DE_NUMBERS = {"ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1, "eins": 1, "zwei": 2,
               "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
               "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15,
               "zwanzig": 20, "dreißig": 30, "einigen": _FUZZY, "wenigen": _FUZZY,
               "mehreren": _FUZZY, "ein paar": _FUZZY}  # fmt: skip
_DE_UNITS = {"Tag": "day", "Tage": "day", "Tagen": "day", "Woche": "week", "Wochen": "week",
             "Monat": "month", "Monats": "month", "Monate": "month", "Monaten": "month",
             "Jahr": "year", "Jahres": "year", "Jahre": "year", "Jahren": "year",
             "Wochenende": "week", "Wochenendes": "week"}  # fmt: skip
_DE_DAY_WORDS = {"heute": ("day", 0), "gestern": ("day", -1), "vorgestern": ("day", -2),
                 "übermorgen": ("day", 2), "morgen": ("day", 1), "heuer": ("year", 0),
                 "im Vorjahr": ("year", -1), "vergangene Nacht": ("day", -1),
                 "letzte Nacht": ("day", -1), "in der vergangenen Nacht": ("day", -1),
                 "in der letzten Nacht": ("day", -1), "dieser Tage": ("recent", 0),
                 "in diesen Tagen": ("recent", 0), "in den vergangenen Tagen": ("recent", 0),
                 "in den letzten Tagen": ("recent", 0),
                 "in den vergangenen Stunden": ("day", 0),
                 "in den letzten Stunden": ("day", 0)}  # fmt: skip
_DE_ADJ = r"(?:vergangen|letzt|vorig|kommend|n[äa]chst|naechst|dies)(?:e|en|er|es|em)?"
_DE_PAST_NEXT = r"(?:vergangen|letzt|vorig|kommend|n[äa]chst|naechst)(?:e|en|er|es|em)?"
_DE_UNIT_ART = ("in der", "im", "in dem", "am", "an diesem", "seit dem", "seit der", "bis zum",
                "bis zur", "zum", "in")  # fmt: skip
_DE_TIME_OF_DAY = r"(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)"


def _de_rules() -> list[_Rule]:
    mon = _alt(_DE_MONTHS)
    mon_d = f"(?:{mon}|{_alt(_DE_ABBR)}\\.)"
    wd = _alt(_DE_WEEKDAYS)
    num = _num_alt(_DE_NUMBERS)
    units = _alt(k for k in _DE_UNITS if not k.startswith("Wochenende"))
    edges = ["Anfang", "Ende", "Mitte"]
    spans = edges + [f"{b} {e}" for b in ("bis", "seit", "ab") for e in edges]
    prep_m = _alt(f"{p} " for p in ["im", "seit", "bis", "ab", "vor", "nach", "im Laufe des",
                                     "im Monat", *spans])  # fmt: skip
    year_pre = _alt(f"{p} " for p in ["im Jahr", "im Jahre", "seit", "bis", "ab", "in", *spans])
    month_mod = rf"(?:des\s+)?(?:{_DE_ADJ}\s+Jahres|Vorjahres)"
    day_words = {k: v for k, v in _DE_DAY_WORDS.items() if k != "morgen"}
    return [
        _ISO,
        _NUM_DOT,
        _NUM_SLASH,
        _Rule(
            rf"{_alt(['am ', 'vom ', 'zum ', 'bis zum ', 'seit dem ', 'ab dem '])}?"
            rf"(?:{wd}\s*,?\s+(?:(?:dem|den)\s+)?)?{_D}\.?\s*(?P<mon>{mon_d})(?:\s+{_Y})?",
            _h_day_month,
        ),
        _Rule(rf"{prep_m}?(?P<mon>{mon})\s+{_Y}", _h_month_year),
        _Rule(
            rf"(?:{prep_m}|(?:im\s+)?(?P<pmod>{_DE_ADJ})\s+)(?P<mon>{mon})"
            rf"(?:\s+(?P<mod>{month_mod}))?",
            _h_month,
        ),
        _Rule(rf"(?P<mon>{mon})\s+(?P<mod>{month_mod})", _h_month),
        _Rule(f"{year_pre}{_Y}{_YEAR_TAIL}", _h_year),
        _count_rules(r"vor\s+", "", num, units, -1),
        _count_rules(r"(?:in|binnen)\s+", "", num, units, 1),
        _Rule(
            rf"{_alt(f'{a} ' for a in _DE_UNIT_ART)}?(?P<mod>{_DE_ADJ})\s+(?P<unit>Wochenendes?|Woche|Monats?|Jahr(?:es)?)",
            _h_rel_unit,
        ),
        _Rule(
            rf"{_alt(['am ', 'an diesem ', 'an dem ', 'seit ', 'bis ', 'ab ', 'vom ', 'diesen '])}?"
            rf"(?:(?P<pmod>{_DE_PAST_NEXT})\s+)?(?P<wd>{wd}){_DE_TIME_OF_DAY}?"
            rf"(?:\s+(?P<wmod>{_DE_ADJ}\s+Woche))?",
            _h_weekday,
        ),
        _Rule(rf"(?P<w>{_alt(day_words)})(?:\s+{_DE_TIME_OF_DAY})?", _h_fixed),
        # "morgen" is "tomorrow"; "Morgen" is "morning" except at the start of a sentence
        _Rule(
            r"(?:(?<!am\s)(?<!Am\s)(?<!jeden\s)(?<!Jeden\s)(?<!guten\s)(?<!Guten\s)"
            r"(?P<w>(?-i:morgen))|(?:(?<![\s\S])|(?<=[.!?:]\s)|(?<=[.!?:][\"“”»«]\s))"
            r"(?P<w2>(?-i:Morgen)))"
            r"(?:\s+(?:früh|vormittag|mittag|nachmittag|abend|nacht))?",
            _h_morgen,
        ),
    ]


# --------------------------------------------------------------------------------------------
# Compilation


def _make_lang(
    code: str,
    months: Mapping[str, int],
    abbr: Mapping[str, int],
    weekdays: Mapping[str, int],
    numbers: Mapping[str, int],
    units: Mapping[str, str],
    fixed: Iterable[Mapping[str, tuple[str, int]]],
    day_first: bool,
    cap_names: bool,
) -> _Lang:
    fixed_all: dict[str, tuple[str, int]] = {}
    for table in fixed:
        fixed_all.update(_ndict(table))
    return _Lang(
        code=code,
        months={**_ndict(abbr), **_ndict(months)},
        weekdays=_ndict(weekdays),
        numbers=_ndict(numbers),
        units=_ndict(units),
        fixed=fixed_all,
        day_first=day_first,
        cap_names=cap_names,
    )


_GROUP_NAME_RX = re.compile(r"\(\?P([<=])([A-Za-z_][A-Za-z0-9_]*)")


# Speed: the expression is tried at every word start of every text. Matching it with
# re.IGNORECASE costs about twice as much as matching a case-sensitive copy against a
# lower-cased text, so we search that way, with the same result:
# - the copy has every literal letter lower-cased (escapes and group names untouched); its
#   character classes hold lower-case letters, digits and punctuation only;
# - the text is mapped character for character (same length, same offsets): a character that
#   equals a letter of the expression ignoring case, by the regex engine's own rules (which
#   also pair "ſ" with "s" or the Kelvin sign with "k"), becomes that letter; every other
#   character stays as it is, so a literal matches exactly where it matched before, and \w, \s
#   and \b see the same classes of characters;
# - groups and spans are then read from the original text.
# A character whose mapping would change its class (none is known) marks the table unsafe and
# the texts that contain it are searched the slow way. An expression with a case-sensitive part,
# "(?-i:May)" (English months, German "Morgen"), is always searched the slow way, and so is one
# with a range of letters ("[a-z]": its inner letters would not be in the table).
_INLINE_FLAGS_RX = re.compile(r"\(\?(?:[aiLmsux]+|[aiLmsux]*-[aiLmsux]+)[:)]")
_LETTER_RANGE_RX = re.compile(r"(?<!\\)\[(?:\\.|[^\]\\])*?[^\W\d_]-[^\W\d_]")  # inside [...]


def _lower_pattern(pattern: str) -> tuple[str, frozenset[str]]:
    """The pattern with its literal letters lower-cased, and the set of cased letters left in it."""
    out: list[str] = []
    letters: set[str] = set()
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":  # an escape (\s, \w, \b, \S, \.): kept as it is
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), i):  # a group name or a backreference
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if low.lower() != low.upper():
            letters.add(low)
        out.append(low)
        i += 1
    return "".join(out), frozenset(letters)


_WORD_RX = re.compile(r"\w")


class _CaseTable(dict[int, str]):
    """str.translate table: text character -> the expression's letter it equals ignoring case."""

    def __init__(self, letters: frozenset[str]) -> None:
        super().__init__()
        self.letters = tuple(sorted(letters))
        self.unsafe = False
        self._any = re.compile("|".join(re.escape(x) for x in self.letters) or "(?!)", re.IGNORECASE)
        self._each = tuple(re.compile(re.escape(x), re.IGNORECASE) for x in self.letters)

    def __missing__(self, key: int) -> str:
        c = chr(key)
        out = c
        if self._any.fullmatch(c):
            hits = [x for x, rx in zip(self.letters, self._each, strict=True) if rx.fullmatch(c)]
            if len(hits) == 1 and bool(_WORD_RX.match(c)) == bool(_WORD_RX.match(hits[0])) \
                    and c.isspace() == hits[0].isspace():
                out = hits[0]
            else:  # two letters of the expression equal ignoring case, or a class changes
                self.unsafe = True
        self[key] = out
        return out


def _fast_search(comp: _Compiled, text: str) -> tuple[Callable[[str, int], re.Match[str] | None], str]:
    """The search function and the text it searches: the case-sensitive copy of the expression
    over the mapped text, or the original expression over the text itself."""
    if comp.fast is None:
        return comp.regex.search, text
    mapped = text.translate(comp.case)
    if comp.case.unsafe:
        return comp.regex.search, text
    return comp.fast.search, mapped


@cache
def _compiled(lang: str) -> _Compiled:
    if lang == "it":
        data = _make_lang("it", _IT_MONTHS, _IT_ABBR, _IT_WEEKDAYS, _IT_NUMBERS, _IT_UNITS,
                          (_IT_DAY_WORDS, _IT_UNIT_PHRASES), True, True)  # fmt: skip
        rules = _it_rules()
    elif lang == "en":
        data = _make_lang("en", _EN_MONTHS, _EN_ABBR, _EN_WEEKDAYS, _EN_NUMBERS, _EN_UNITS,
                          (_EN_DAY_WORDS, _EN_UNIT_PHRASES), False, False)  # fmt: skip
        rules = _en_rules()
    elif lang == "fr":
        data = _make_lang("fr", _FR_MONTHS, _FR_ABBR, _FR_WEEKDAYS, _FR_NUMBERS, _FR_UNITS,
                          (_FR_DAY_WORDS, _FR_UNIT_PHRASES), True, True)  # fmt: skip
        rules = _fr_rules()
    elif lang == "es":
        data = _make_lang("es", _ES_MONTHS, _ES_ABBR, _ES_WEEKDAYS, _ES_NUMBERS, _ES_UNITS,
                          (_ES_DAY_WORDS, _ES_UNIT_PHRASES), True, True)  # fmt: skip
        rules = _es_rules()
    elif lang == "de":
        data = _make_lang("de", _DE_MONTHS, _DE_ABBR, _DE_WEEKDAYS, _DE_NUMBERS, _DE_UNITS,
                          (_DE_DAY_WORDS,), True, False)  # fmt: skip
        rules = _de_rules()
    else:
        raise ValueError(f"unsupported language {lang!r}")
    parts: list[str] = []
    for i, rule in enumerate(rules):
        body = _GROUP_NAME_RX.sub(rf"(?P\g<1>r{i}_\g<2>", rule.pattern)
        parts.append(f"(?P<r{i}>{body}){rule.tail}")
    source = r"(?<!\w)(?=\w)(?:" + "|".join(parts) + ")"
    regex = re.compile(source, re.IGNORECASE)
    lowered, letters = _lower_pattern(source)
    slow_only = _INLINE_FLAGS_RX.search(source) or _LETTER_RANGE_RX.search(source)
    fast = None if slow_only else re.compile(lowered)
    groups = tuple(
        tuple(
            (name[len(f"r{i}_") :], name) for name in regex.groupindex if name.startswith(f"r{i}_")
        )
        for i in range(len(rules))
    )
    return _Compiled(regex, tuple(rules), groups, data, fast, _CaseTable(letters))


def _lang_code(lang: str) -> str | None:
    """'it', 'en', 'fr', 'es' or 'de' (also from 'de-AT', 'EN'); None for other languages."""
    code = lang.strip().lower()[:2]
    return code if code in LANGS else None


def _apply(comp: _Compiled, m: re.Match[str], text: str, ref: _Ref | None) -> _Out | None:
    name = m.lastgroup
    if name is None:  # pragma: no cover - every alternative is a named group
        return None
    idx = int(name[1:])
    # read from ``text``: the match may come from the lower-cased copy (see _fast_search)
    groups = {short: None if m.start(full) < 0 else text[m.start(full) : m.end(full)] for short, full in comp.groups[idx]}
    ctx = _Ctx(text, m.start(), m.end(), ref, comp.lang)
    return comp.rules[idx].handler(groups, ctx)


# --------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, lang: str, ref: str | None) -> list[DateExpr]:
    """All date expressions in text, non-overlapping, sorted by start.

    ref: article date 'YYYY-MM-DD' or 'YYYY-MM' or None.
    """
    code = _lang_code(lang)
    r = _parse_ref(ref)
    if code is None:  # a language without rules: nothing is found
        return []
    comp = _compiled(code)
    out: list[DateExpr] = []
    search, searched = _fast_search(comp, text)
    pos, n = 0, len(text)
    while pos < n:
        m = search(searched, pos)
        if m is None:
            break
        res = _apply(comp, m, text, r)
        if res is None:  # not a date after all: look again from the next character
            pos = m.start() + 1
            continue
        value, precision, relative = res
        out.append(DateExpr(m.start(), m.end(), text[m.start() : m.end()], value, precision, relative))
        pos = m.end()
    return out


def resolve(expr: str, lang: str, ref: str | None) -> tuple[str | None, str]:
    """Resolve one expression -> (value, precision)."""
    code = _lang_code(lang)
    r = _parse_ref(ref)
    if code is None:  # a language without rules: dateparser alone
        return _dateparser_resolve(expr, lang.strip().lower(), r)
    comp = _compiled(code)
    search, searched = _fast_search(comp, expr)
    pos = 0
    while pos < len(expr):
        m = search(searched, pos)
        if m is None:
            break
        res = _apply(comp, m, expr, r)
        if res is not None:
            return res[0], res[1]
        pos = m.start() + 1
    return _dateparser_resolve(expr, code, r)


# --------------------------------------------------------------------------------------------
# dateparser fallback (absolute forms the rules do not know; slow, imported on first use)

_FAR_BASES = (dt.datetime(2035, 3, 14), dt.datetime(2046, 10, 23))  # no article date


def _dateparser_parse(expr: str, lang: str, base: dt.datetime) -> tuple[dt.datetime, str] | None:
    module: Any = importlib.import_module("dateparser.date")
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    try:
        data: Any = module.DateDataParser(languages=[lang], settings=settings).get_date_data(expr)
    except Exception:  # noqa: BLE001 - third-party parser: any failure means "no date"
        return None
    when, period = data.date_obj, data.period
    if not isinstance(when, dt.datetime) or not isinstance(period, str):
        return None
    return when, period


def _dateparser_resolve(expr: str, lang: str, ref: _Ref | None) -> tuple[str | None, str]:
    if not any(ch.isalnum() for ch in expr):
        return None, "unresolved"
    base = dt.datetime.combine(ref.date, dt.time()) if ref is not None else _FAR_BASES[0]
    shift = dt.timedelta(days=3653 + 17)  # about ten years: a relative result moves with it
    if ref is None:
        other = _FAR_BASES[1]
    elif base.year < 9000:
        other = base + shift
    else:
        other = base - shift
    first = _dateparser_parse(expr, lang, base)
    if first is None:
        return None, "unresolved"
    second = _dateparser_parse(expr, lang, other)
    relative = second is None or second[0] != first[0]
    if relative and ref is None:
        return None, "unresolved"
    when, period = first
    d = when.date()
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month" or (relative and ref is not None and ref.month_only):
        return _fmt_month(d.year, d.month), "month"
    if period == "week":
        return (d - dt.timedelta(days=d.weekday())).isoformat(), "week"
    return d.isoformat(), "day"
