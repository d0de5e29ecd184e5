"""Dyad-conditioned coding: what did SOURCE do to TARGET in this text?

For researchers who already know their actor pairs. The text is coded as usual; then the event
whose actor overlaps SOURCE and recipient overlaps TARGET wins; failing that, the trigger that
sits between the two (SOURCE ... trigger ... TARGET), then the trigger nearest to SOURCE. When
the lexicon finds no trigger at all, the verbs after SOURCE are looked up in a broad list of
English verbs (``BACKOFF_VERBS``).

The chosen trigger is then read in its context, as PLOVER asks:
- a discontinued cooperative act ("suspended its aid", "cut military assistance") is a SANCTION,
  a cancelled meeting a REJECT;
- a lifted restriction ("lifted the ban", "eased the curfew") is a concession (CONCEDE);
- refused or negated cooperation ("will not accept", "refused to release") is a REJECT;
- promised or intended cooperation ("will release", "is ready to send") is an AGREE;
- a call, visit or dispatch made in order to do something else ("called X to congratulate him",
  "sent jets to bomb") is coded by its purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyads.lexicon import Trigger, load_lexicon
from dyads.model import Doc, Token

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
RESTRICTIVE = {"COERCE", "SANCTION", "PROTEST"}
# Verbs that end or scale back what follows them ("suspended aid", "cut cooperation").
DISCONTINUE = {"suspend", "cut", "reduce", "halt", "freeze", "stop", "end", "slash", "curtail", "terminate",
               "withhold", "scale", "pause", "discontinue", "withdraw", "pull", "cease", "axe", "trim", "downgrade"}
# Verbs that end a restriction ("lifted the ban", "eased restrictions").
LIFT = {"lift", "ease", "relax", "remove", "revoke", "overturn", "scrap", "repeal", "loosen", "rescind", "waive",
        "drop", "end", "annul", "quash", "unblock", "reopen", "free", "reduce", "roll", "lower", "suspend", "cancel",
        "withdraw", "halt", "cut"}
CANCEL = {"cancel", "cancell", "cancelled", "canceled", "cancelling", "postpone", "call", "scrap", "snub", "boycott", "abandon"}
# A refusal: a negation or a verb of refusal shortly before a cooperative trigger.
NEGATORS = {"not", "n't", "never", "no", "fail", "refuse", "decline", "reject", "cannot", "won't", "wo", "deny", "unwilling"}
# An intention or promise: the act has not happened yet.
INTENT = {"will", "would", "'ll", "shall", "ready", "willing", "prepared", "plan", "plans", "intend", "intends", "pledge",
          "promise", "vow", "offer", "aim", "expect", "agree", "commit", "decide", "going", "set", "poised"}
# Obligation laid on the target by a speaker ("said X must release ...") is a REQUEST.
OBLIGATION = {"must", "should", "ought", "needs", "need", "has to", "have to"}
# Verbs that only report or frame: never the source's act.
REPORTING = {"say", "said", "tell", "told", "announce", "state", "add", "note", "declare", "report", "claim",
             "confirm", "insist", "explain", "write", "argue", "believe", "think", "hope", "expect", "make"}
MONTHS = {"March", "May"}
# Verbs whose object names the act ("ordered an investigation", "approved the deployment").
LIGHT = {"order", "approve", "authorize", "authorise", "launch", "impose", "issue", "conduct", "begin", "start",
         "initiate", "carry", "step", "announce", "undertake", "stage", "mount", "open"}
# Triggers that carry another act ("called X to congratulate him", "sent jets to bomb").
VEHICLE = {"CONSULT", "MOBILIZE"}
SKIP = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "reportedly", "allegedly",
        "recently", "formally", "officially", "then", "now", "again", "later", "finally", "already", "jointly",
        "strongly", "sharply", "firmly", "repeatedly", "publicly", "on", "yesterday", "today", "last", "this",
        "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "unanimously", "quickly", "immediately", "very", "further", "once", "twice", "first", "ever", "just", "still"}

# Broad verb -> PLOVER type list for the back-off (lemmas as simplemma gives them). Our own list
# of verbs a journalist uses for each type; ambiguous verbs are left out.
BACKOFF_VERBS: dict[str, str] = {}
for _type, _verbs in {
    "AGREE": "promise pledge vow undertake guarantee offer propose agree consent accept",
    "CONSULT": "meet discuss talk confer consult host visit lunch dine negotiate telephone phone receive brief",
    "SUPPORT": "praise commend hail welcome endorse back support applaud congratulate thank recognise recognize "
               "approve ratify sign laud salute defend respect champion uphold reaffirm",
    "COOPERATE": "share exchange cooperate collaborate partner coordinate trade extradite train invest",
    "AID": "give donate contribute hand provide supply fund finance award grant deliver airlift evacuate "
           "shelter rescue admit host sponsor subsidise subsidize lend raise equip",
    "CONCEDE": "concede yield relent compromise reinstate pardon apologise apologize amnesty",
    "RETREAT": "return release free repatriate withdraw disarm surrender resign evacuate vacate cede restore",
    "REQUEST": "urge ask demand request appeal call press summon order instruct petition implore plead",
    "ACCUSE": "accuse criticise criticize condemn denounce blame fault dispute refute challenge sue investigate "
              "probe charge indict allege slam blast decry lambaste rebuke censure deplore question scold "
              "castigate chide search prosecute",
    "REJECT": "reject refuse decline deny veto dismiss rebuff oppose resist spurn defy ignore boycott",
    "THREATEN": "threaten warn menace intimidate",
    "PROTEST": "protest march rally demonstrate picket riot",
    "SANCTION": "sanction embargo expel convict sentence fine suspend boycott blacklist penalise penalize",
    "MOBILIZE": "deploy mobilise mobilize mass station reinforce dispatch patrol",
    "COERCE": "arrest detain jail imprison seize confiscate ban censor deport raid occupy annex force evict "
              "expropriate blockade restrict hack",
    "ASSAULT": "attack bomb shell strike kill shoot assassinate invade storm ambush torture kidnap abduct "
               "massacre destroy fire capture execute raze",
}.items():
    for _w in _verbs.split():
        BACKOFF_VERBS.setdefault(_w, _type)


Match = tuple[int, int, Trigger, list[int]]


@dataclass(slots=True)
class _Pick:
    type: str
    i0: int  # first token of the trigger (doc.tokens index)
    i1: int
    modality: str = "asserted"


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


def _tok_at(tokens: list[Token], char: int) -> int:
    """Index of the token covering or following character offset ``char``."""
    for k, t in enumerate(tokens):
        if t.end > char:
            return k
    return len(tokens) - 1


def _words(tokens: list[Token], lo: int, hi: int, sent: int) -> list[Token]:
    return [t for t in tokens[max(0, lo):max(0, hi)] if t.sent == sent]


def _keys(t: Token) -> set[str]:
    return {t.lemma.lower(), t.text.lower()}


def choose_type(doc: Doc, source: str, target: str) -> str | None:
    text = doc.text
    if not doc.tokens:
        return None
    s = _find(text, source)
    t = _find(text, target)
    pick = _from_events(doc, s, t)
    from dyads.stages.events import governing_matches

    lex = load_lexicon(doc.lang or "en")
    matches = [m for m in governing_matches(lex.match(doc.tokens), doc.tokens, doc.lang or "en") if not _is_date(doc.tokens, m[0])]
    main = _main_verb(doc, matches, s, t)
    if main is not None and (pick is None or not _between(doc, pick, s, t) or main.i0 < pick.i0):
        pick = main
    if pick is None and matches:
        pick = _from_matches(doc, matches, s, t)
    if pick is None:
        pick = _backoff(doc, s, t)
    if pick is None:
        return None
    return _in_context(doc, pick, matches, t)


def _is_date(toks: list[Token], k: int) -> bool:
    """A month name read as a trigger ("on March 4", "in May 2019")."""
    if toks[k].text not in MONTHS:
        return False
    near = [toks[j].text for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    return any(w[:1].isdigit() for w in near) or (k > 0 and toks[k - 1].text.lower() in {"in", "on", "since", "until", "by", "last", "next", "early", "late", "mid"})


def _between(doc: Doc, pick: _Pick, s: tuple[int, int] | None, t: tuple[int, int] | None) -> bool:
    if not (s and t):
        return True
    start = doc.tokens[pick.i0].start
    return min(s[1], t[1]) <= start <= max(s[0], t[0])


def _main_verb(doc: Doc, matches: list[Match], s: tuple[int, int] | None,
               t: tuple[int, int] | None) -> _Pick | None:
    """The verb right after SOURCE ("SOURCE has (formally) freed TARGET"), when TARGET follows it."""
    if not s or not t or t[0] < s[1]:
        return None
    toks = doc.tokens
    k = _tok_at(toks, s[1])
    if toks[k].start < s[1]:
        k += 1
    sent = toks[min(k, len(toks) - 1)].sent
    while k < len(toks) and toks[k].sent == sent and toks[k].start < t[0]:
        low = toks[k].text.lower()
        if low in SKIP or (low.endswith("ly") and len(low) > 4):
            k += 1
            continue
        break
    if k >= len(toks) or toks[k].start >= t[0] or toks[k].sent != sent:
        return None
    if toks[k].lemma.lower() in REPORTING or toks[k].text.lower() in REPORTING:
        return None
    if toks[k].lemma.lower() in LIGHT:
        for m in matches:
            if k < m[0] <= k + 4 and toks[m[0]].sent == sent:
                return _Pick(m[2].type, m[0], m[1])
    for m in matches:
        if m[0] == k and m[2].pos == "verb":
            return _Pick(m[2].type, m[0], m[1])
    low = toks[k].text.lower()
    if low in ("freed", "frees"):
        return _Pick("RETREAT", k, k)
    etype = BACKOFF_VERBS.get(toks[k].lemma.lower())
    if etype and not low.endswith("ing"):
        return _Pick(etype, k, k)
    return None


def _from_events(doc: Doc, s: tuple[int, int] | None, t: tuple[int, int] | None) -> _Pick | None:
    best: tuple[float, _Pick] | None = None
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
            i0 = _tok_at(doc.tokens, e.trigger.start)
            i1 = max(i0, _tok_at(doc.tokens, max(e.trigger.end - 1, e.trigger.start)))
            best = (score, _Pick(e.type, i0, i1, e.modality))
    if best is not None and best[0] >= 2:
        return best[1]
    return None


def _from_matches(doc: Doc, matches: list[Match], s: tuple[int, int] | None,
                  t: tuple[int, int] | None) -> _Pick:
    anchor = s[1] if s else 0
    tail = t[0] if t else len(doc.text)

    def dist(m: Match) -> float:
        start = doc.tokens[m[0]].start
        between = min(anchor, tail) <= start <= max(anchor, tail)
        inside = bool(t and t[0] <= start < t[1]) or bool(s and s[0] <= start < s[1])
        weight = m[2].weight
        return (0 if between else 1000) + (300 if inside else 0) + abs(start - anchor) - 50 * weight

    m = min(matches, key=dist)
    return _Pick(m[2].type, m[0], m[1])


def _backoff(doc: Doc, s: tuple[int, int] | None, t: tuple[int, int] | None) -> _Pick | None:
    """No lexicon trigger: the first known verb after SOURCE (before TARGET), else anywhere."""
    toks = doc.tokens
    start = _tok_at(toks, s[1]) if s else 0
    if s and toks[start].start < s[1]:
        start += 1
    end = _tok_at(toks, t[0]) if t and t[0] > (s[1] if s else 0) else len(toks)
    spans = [range(start, end), range(start, len(toks)), range(0, len(toks))]
    for span in spans:
        for k in span:
            tok = toks[k]
            if t and t[0] <= tok.start < t[1]:
                continue
            if s and s[0] <= tok.start < s[1]:
                continue
            low = tok.text.lower()
            if low == "freed" or low == "frees":
                return _Pick("RETREAT", k, k)
            etype = BACKOFF_VERBS.get(tok.lemma.lower()) or BACKOFF_VERBS.get(low)
            if etype:
                return _Pick(etype, k, k)
    return None


def _in_context(doc: Doc, pick: _Pick, matches: list[Match],
                t: tuple[int, int] | None) -> str:
    toks = doc.tokens
    sent = toks[pick.i0].sent
    etype = pick.type
    before = _words(toks, pick.i0 - 3, pick.i0, sent)
    before_keys = set().union(*(_keys(x) for x in before)) if before else set()
    # Purpose: "called X to congratulate him", "sent jets to bomb the site".
    if etype in VEHICLE:
        for m in matches:
            k0 = m[0]
            if k0 > pick.i1 and k0 - pick.i1 <= 12 and toks[k0].sent == sent and toks[k0 - 1].text.lower() == "to":
                mtype = m[2].type
                if mtype not in VEHICLE:
                    return _in_context(doc, _Pick(mtype, k0, m[1]), [], t)
                break
    # Discontinued cooperation: "suspended humanitarian aid", "reduced military assistance".
    if etype in {"AID", "COOPERATE", "SUPPORT", "AGREE"} and before_keys & DISCONTINUE:
        return "SANCTION"
    if etype == "RETREAT" and toks[pick.i0].lemma.lower() in DISCONTINUE and any(
            pick.i1 < m[0] <= pick.i1 + 3 and m[2].type == "AID" for m in matches):
        return "SANCTION"  # "withdrew its peacekeepers", "pulled its aid": help discontinued
    if etype in {"CONSULT", "AGREE"} and before_keys & CANCEL:
        return "REJECT"
    # Lifted restriction: "lifted its ban", "eased the curfew".
    if etype in RESTRICTIVE and before_keys & LIFT:
        return "CONCEDE"
    # Obligation on the target: "said TARGET must release ...".
    if t and t[1] <= toks[pick.i0].start and etype not in {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}:
        gap = _words(toks, _tok_at(toks, t[1]), pick.i0, sent)
        if len(gap) <= 5 and any(x.text.lower() in OBLIGATION for x in gap):
            return "REQUEST"
    near = _words(toks, pick.i0 - 4, pick.i0, sent)
    near_keys = set().union(*(_keys(x) for x in near)) if near else set()
    negated = pick.modality == "negated" or bool(near_keys & NEGATORS)
    if negated and etype in COOPERATIVE | {"AGREE"}:
        return "REJECT"
    intent = pick.modality == "future" or bool(near_keys & INTENT)
    if intent and etype in COOPERATIVE:
        return "AGREE"
    return etype


def code_pair(text: str, source: str, target: str, lang: str | None = None, date: str | None = None) -> str | None:
    from dyads.api_python import analyze

    doc = analyze(text, lang=lang, date=date)
    if doc.skipped:
        return None
    return choose_type(doc, source, target)
