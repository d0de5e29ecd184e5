"""The typed data model that travels through the pipeline.

Every span is a pair of character offsets into ``Article.text`` (the article text as given,
after decoding and front-matter removal), so ``article.text[start:end] == span.text`` always.
Stages work on a normalised copy of the text (``Doc.norm``) and map offsets back with
``Doc.orig_span`` before they write anything onto the doc.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

MentionKind = Literal["state", "organisation", "person", "role", "place", "date", "gap"]
Modality = Literal["asserted", "negated", "future", "hypothetical", "perceived", "historical"]
DatePrecision = Literal["day", "week", "month", "year", "publication", "unresolved"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def content_id(text: str, prefix: str = "") -> str:
    """A stable id from content: the same input always gives the same id."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()
    return f"{prefix}{digest}"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Article:
    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None  # YYYY-MM-DD or YYYY-MM, from metadata or --date; None = unknown
    lang: str | None = None  # declared language (front matter, --lang); detected one lives on Doc
    path: str | None = None  # where it was read from (file, or file:line)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            # The id is a hash of the text alone, so the same story read twice, from two
            # files or two runs, is stored once.
            self.id = content_id(self.text, "a")

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if k not in ("meta",)}
        d["meta"] = dict(self.meta)
        return d


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    start: int  # offsets into Doc.norm (== Article.text offsets unless normalisation changed length)
    end: int
    text: str
    lemma: str
    sent: int  # index of its sentence


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: MentionKind
    code: str | None = None  # ISO alpha-3 of a state, org short id (NATO); persons carry their principal's code
    sector: str | None = None  # GOV, MIL, ... (CAMEO/PLOVER sector)
    kb_id: str | None = None  # knowledge-base id (Wikidata QID where known)
    name: str | None = None  # canonical name from the KB
    confidence: float = 1.0
    inferred: bool = False  # true when the code was inferred (gap filler, anaphora), not read
    source: str = "kb"  # kb, pattern, link, gap, date
    value: str | None = None  # date mentions: resolved value; gaps: proposed filler text
    role: str | None = None  # office or role text (e.g. "Secretary General")
    sent: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items()}


@dataclass(slots=True)
class ActorRef:
    text: str
    start: int
    end: int
    code: str | None
    sector: str | None = None
    kb_id: str | None = None
    name: str | None = None
    inferred: bool = False

    @classmethod
    def from_mention(cls, m: Mention) -> ActorRef:
        return cls(m.text, m.start, m.end, m.code, m.sector, m.kb_id, m.name, m.inferred)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class EventDate:
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: DatePrecision
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: str = "city"  # city, admin1, country

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    id: str
    article_id: str
    type: str  # PLOVER type
    mode: str | None
    cameo: str
    goldstein: float
    quad: int
    plover_score: float
    actors: list[ActorRef]
    recipients: list[ActorRef]
    trigger: Span
    sentence: Span
    date: EventDate
    place: Place | None = None
    modality: Modality = "asserted"
    contexts: list[str] = field(default_factory=list)
    confidence: float = 0.5
    backend: str = "rules"
    codebook: str = ""
    kb_version: str = ""
    lang: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "plover_score": self.plover_score,
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "date": self.date.to_dict(),
            "place": self.place.to_dict() if self.place else None,
            "modality": self.modality,
            "contexts": list(self.contexts),
            "confidence": round(self.confidence, 3),
            "backend": self.backend,
            "codebook": self.codebook,
            "kb_version": self.kb_version,
            "lang": self.lang,
        }


@dataclass(slots=True)
class Doc:
    """One article and everything the stages have found in it."""

    article: Article
    norm: str = ""  # normalised text the stages read
    offset_map: list[int] | None = None  # norm index -> Article.text index; None = identity
    lang: str | None = None
    lang_confidence: float = 0.0
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    skipped: str | None = None  # reason when a stage decided not to code this article
    n_tokens: int = 0  # kept when tokens are dropped to ship a doc between processes

    def compact(self) -> Doc:
        """Drop what only the stages need (tokens, sentences, norm) before a doc crosses processes."""
        self.n_tokens = self.n_tokens or len(self.tokens)
        self.tokens = []
        self.sentences = []
        self.norm = ""
        return self

    @property
    def text(self) -> str:
        return self.article.text

    def orig_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of ``norm`` back to ``Article.text``."""
        if self.offset_map is None:
            return start, end
        m = self.offset_map
        s = m[start] if start < len(m) else len(self.article.text)
        if end <= start:
            return s, s
        e = m[end - 1] + 1 if end - 1 < len(m) else len(self.article.text)
        return s, e

    def span(self, start: int, end: int) -> Span:
        """A Span over the original text for a norm range (offsets and text consistent by construction)."""
        s, e = self.orig_offsets(start, end)
        return Span(s, e, self.article.text[s:e])

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that holds norm position ``pos`` (-1 if none)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1

    def to_dict(self) -> dict[str, Any]:
        art = self.article.to_dict()
        art.pop("text", None)
        art["text"] = self.article.text
        art["detected_lang"] = self.lang
        return {
            "article": art,
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
            "skipped": self.skipped,
        }
