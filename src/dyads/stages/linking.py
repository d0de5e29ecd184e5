"""Linking: give every actor mention the code of the state or organisation it acts for.

- role + state/demonym ("funzionari giapponesi", "Japan's foreign minister", "the US Secretary of
  State") -> the role carries the state's code; an office resolves to its holder on the article date;
- title or apposition next to a person ("il ministro degli Esteri giapponese Yoshimasa Hayashi",
  "Antony J. Blinken, il segretario di stato degli Stati Uniti") -> the person acts for that code;
- later short names ("Stoltenberg") repeat an earlier person's link;
- organisation anaphora ("l'alleanza") count only once the organisation has been named;
- "the two nations" -> the two states most recently named;
- gaps left by dropped hyperlinks get a proposed filler when the article settles it.
"""

from __future__ import annotations

import re

from dyads.config import Config
from dyads.kb import KB, load_kb
from dyads.model import Doc, Mention, Sentence
from dyads.pipeline import register_stage

ACTOR_KINDS = ("state", "organisation", "person", "role")
_MEMBER_CUE = re.compile(
    r"^\W{0,3}\s*(?:un[oa]?|a|an|un|une|ein|eine|el|la)?\s*(?:stato membro|paese membro|membro|member state|member|pays membre|état membre|estado miembro|país miembro|miembro|mitgliedstaat|mitglied)\s+(?:della|del|dell'|of the|of|de l'|de la|du|de|des|der)?\s*",
    re.IGNORECASE,
)


class LinkingStage:
    def __init__(self, extra: tuple[str, ...]) -> None:
        self.extra = extra

    def __call__(self, doc: Doc) -> Doc:
        kb = load_kb(self.extra)
        ms = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
        text = doc.text
        date = doc.article.date
        self._metonyms(ms, text, doc.lang or "en")
        self._national_councils(ms, text, kb)
        for m in ms:
            if m.kind == "role" and m.code and m.source == "kb" and m.role is None and (
                    m.sector == "MED" and m.text[:1].isupper() or m.sector == "GOV" and m.text.isupper() and len(m.text) > 3):
                # "the BBC", "Voice of America", "USAID": a broadcaster or agency the KB gives one
                # state's code is still a named organisation (it acts for that state)
                m.kind = "organisation"
        ms = self._compounds(doc, ms, text, kb)
        ms = self._home_demonyms(ms, text, kb)
        self._role_modifiers(ms, text, kb, date)
        self._person_titles(ms, text)
        ms = self._short_names(doc, ms)
        ms = self._org_anaphora(ms, kb)
        self._pairs(ms)
        self._bare_institutions(doc, ms)
        ms = self._state_anaphora(doc, ms)
        ms = self._state_groups(doc, ms)
        self._gap_fillers(ms, text, kb, date)
        doc.mentions = ms
        return doc

    # ---- seats and capitals ------------------------------------------------------------
    def _metonyms(self, ms: list[Mention], text: str, lang: str) -> None:
        from dyads.stages.mentions import LOCATIVE, _prev_word

        for m in ms:
            if m.kind != "state":
                continue
            if m.source == "seat" and _prev_word(text, m.start) in LOCATIVE.get(lang, set()):
                m.kind = "place"  # "firmaron en la Casa Blanca": where, not who
            elif m.source == "capital" and m.code == "BEL":
                # "Bruxelles chiede", "Brussels warned": in international news the EU speaks
                m.kind, m.code, m.inferred = "organisation", "EU", True

    # ---- a state's own security council -------------------------------------------------------
    def _national_councils(self, ms: list[Mention], text: str, kb: KB) -> None:
        """ "des Nationalen Sicherheitsrats", "Consiglio di sicurezza nazionale", "the Russian Security
        Council": a state's security council (Iran's SNSC, the US NSC, Turkey's MGK) is not the UN's.
        It acts for the state named with it, else for the one state the sentence names, else for
        nobody; "Sicherheitsrat" alone or with UN-/Welt-/"der Vereinten Nationen" stays the UN."""
        for i, m in enumerate(ms):
            if m.kind != "organisation" or not _COUNCIL.search(m.text) or _UN_COUNCIL.search(m.text):
                continue
            if m.code not in ("UN", "UNSC") and not (m.code is None and _NATIONAL_IN.search(m.text)):
                continue
            before = _NATIONAL_BEFORE.search(text[max(0, m.start - 30):m.start])
            after = _NATIONAL_AFTER.match(text[m.end:m.end + 12])
            national = before is not None or after is not None or bool(_NATIONAL_IN.search(m.text))
            owner: Mention | None = None
            # "der russische Sicherheitsrat", "Consiglio di sicurezza russo", "Conseil de sécurité
            # nationale turc": the demonym next to it
            for j in (i - 1, i + 1):
                if 0 <= j < len(ms) and ms[j].kind == "state" and ms[j].code and ms[j].source == "demonym":
                    gap = text[ms[j].end:m.start] if j < i else text[m.end:ms[j].start]
                    if gap.strip().lower() in _NATIONAL_WORDS | {""}:
                        owner = ms[j]
                        break
            if owner is None and not national:
                continue
            if owner is None and i + 1 < len(ms) and ms[i + 1].kind == "state" and ms[i + 1].code \
                    and _GENITIVE_LINK.match(text[m.end:ms[i + 1].start]):
                owner = ms[i + 1]  # "Nationaler Sicherheitsrat der Türkei", "Consejo de Seguridad Nacional de Turquía"
            if owner is None and i > 0 and ms[i - 1].kind == "state" and ms[i - 1].code \
                    and re.fullmatch(r"\s*['’]s\s+", text[ms[i - 1].end:m.start]):
                owner = ms[i - 1]  # "Turkey's National Security Council"
            if owner is None and national and i + 1 < len(ms) and ms[i + 1].kind in ("state", "place") \
                    and len(ms[i + 1].code or "") == 3 and re.fullmatch(r"\s+(?:in|a|à|en)\s+", text[m.end:ms[i + 1].start]):
                owner = ms[i + 1]  # "der Nationale Sicherheitsrat in Islamabad": the capital it sits in
            tail = _OF_STATE.search(m.text)
            code: str | None = None
            if owner is not None:
                code = owner.code
                owner.source = "modifier"
            elif tail is not None and (c := _prefix_index(kb).get(tail.group(1).lower())) in kb.states:
                code = c  # "National Security Council of Turkey" read as one name
            else:
                # the state the sentence has named before it ("Warschau ... berief den Nationalen
                # Sicherheitsrat ein", "Das iranische Parlament ...; entscheiden muss der Nationale
                # Sicherheitsrat"), when only one; never the object named after it
                named = {x.code for x in ms if x.sent == m.sent and x.end <= m.start and x.kind == "state" and x.code
                         and len(x.code) == 3}
                code = named.pop() if len(named) == 1 else None
            if m.code is not None:  # the KB matched the UN's name only: the adjective belongs to it
                if before is not None:
                    m.start = m.start - len(before.group(0))
                if after is not None:
                    m.end = m.end + len(after.group(0))
                m.text = text[m.start:m.end]
            m.code, m.kb_id, m.name, m.sector, m.inferred = code, None, None, "GOV", True

    # ---- demonym of an armed group's own country ----------------------------------------------
    @staticmethod
    def _home_demonyms(ms: list[Mention], text: str, kb: KB) -> list[Mention]:
        """ "die jemenitischen Huthi", "the Lebanese Hezbollah", "i talebani afghani": the adjective
        of the group's home country describes the group; it is not a second party."""
        drop: set[int] = set()
        for i, m in enumerate(ms):
            if m.kind != "organisation" or not m.code or m.code not in kb.orgs:
                continue
            home = kb.orgs[m.code].country
            if home is None:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(ms):
                    continue
                d = ms[j]
                if j < i and d.kind == "state" and d.code == home and d.source == "kb" \
                        and re.fullmatch(r"['’]s\s+", text[d.end:m.start]):
                    # "Yemen's Houthi rebels", "Somalia's al-Shabaab": the possessive names the
                    # group's home too; the state stays a place name, not a second party
                    d.source = "modifier"
                    continue
                if d.kind != "state" or d.code != home or d.source not in ("demonym", "modifier"):
                    continue
                gap = text[d.end:m.start] if j < i else text[m.end:d.start]
                if gap.strip(" -") == "":
                    drop.add(id(d))
        return [m for m in ms if id(m) not in drop] if drop else ms

    # ---- German nationality compounds ----------------------------------------------------
    def _compounds(self, doc: Doc, ms: list[Mention], text: str, kb: KB) -> list[Mention]:
        """ "US-Regierung", "G7-Staaten", "den US-Journalisten Evan Gershkovich": the prefix names
        the state or organisation when the head names people or an institution (not "Gaza-Krieg")."""
        index = _prefix_index(kb)
        heads = _role_heads(kb, doc.lang or "en")
        for m in ms:
            if m.code or m.kind not in ("place", "person", "organisation", "role"):
                continue
            hit = _COMPOUND.fullmatch(m.text)
            if hit and (code := index.get(hit.group(1).lower())) and _is_role_head(hit.group(2), heads):
                m.kind, m.code, m.source, m.inferred = "role", code, "compound", True
                continue
            if m.kind == "person":
                # the compound before an unknown name is not a mention of its own ("den US-Reporter X")
                hit = _COMPOUND_BEFORE.search(text[max(0, m.start - 40):m.start])
                if hit and (code := index.get(hit.group(1).lower())):
                    m.code, m.inferred = code, True
        for m in ms:
            if m.kind == "role" and m.sector == "REB" and not m.code:
                # "Islamic State-linked insurgents", "Al-Qaeda-affiliated militants": the group's fighters
                hit = _LINKED_BEFORE.search(text[max(0, m.start - 50):m.start])
                if hit is not None:
                    words = hit.group(1).split()
                    code = next((c for k in range(len(words)) if (c := index.get(" ".join(words[k:]).lower())) in kb.orgs), None)
                    if code is not None:
                        m.code, m.inferred = code, True
        if doc.lang != "de":
            return ms
        # compounds no other stage saw ("fünf inhaftierte US-Bürger", "die G7-Staaten")
        taken = [(m.start, m.end) for m in ms]
        added: list[Mention] = []
        for hit in _COMPOUND.finditer(text):
            s0, e0 = hit.span()
            if any(a < e0 and s0 < b for a, b in taken) or not _is_role_head(hit.group(2), heads):
                continue
            if (code := index.get(hit.group(1).lower())) is None:
                continue
            sent = next((k for k, sp in enumerate(doc.sentences) if sp.start <= s0 < sp.end), -1)
            added.append(Mention(s0, e0, hit.group(0), "role", code=code, source="compound", inferred=True, sent=sent))
        return sorted(ms + added, key=lambda m: (m.start, -m.end)) if added else ms

    # ---- role + state / demonym --------------------------------------------------------
    def _role_modifiers(self, ms: list[Mention], text: str, kb: KB, date: str | None) -> None:
        last_org: str | None = None
        last_group: str | None = None
        for i, m in enumerate(ms):
            if m.kind == "organisation" and m.code:
                last_org = m.code
                org = kb.orgs.get(m.code)
                if org is not None and org.kind == "armed_group":
                    last_group = m.code
            if m.kind == "role" and m.code and _ITS.search(text[max(0, m.start - 6):m.start]):
                # "Bangladesh ..., its foreign secretary told": a title that names one state by
                # default ("foreign secretary" is British) belongs to the state "its" points to
                owner = next((x for x in ms[:i] if x.kind == "state" and x.code and x.sent == m.sent), None)  # (the subject, named first)
                if owner is not None:
                    m.code = owner.code
                continue
            if m.kind != "role" or m.code:
                continue
            partner = None
            # after the role: "funzionari giapponesi", "ministro degli Esteri del Giappone",
            # "segretario generale della NATO" (adjective, or a genitive link only)
            if i + 1 < len(ms):
                nxt = ms[i + 1]
                between = text[m.end:nxt.start]
                coordinated = i + 2 < len(ms) and ms[i + 2].kind == "state" and _COORD_LINK.match(text[nxt.end:ms[i + 2].start])
                if nxt.kind in ("state", "organisation") and nxt.source in ("demonym", "kb") and not coordinated and (
                    (nxt.source == "demonym" and _short_link(between, 3)) or _GENITIVE_LINK.match(between)
                ):
                    partner = nxt  # "ministri degli Esteri di Stati Uniti e Giappone" stays two actors
            # before the role: "Japanese officials", "Japan's foreign minister", "US Secretary"
            if partner is None and i > 0:
                prv = ms[i - 1]
                between = text[prv.end:m.start]
                if prv.kind in ("state", "organisation") and (prv.source in ("demonym", "kb") or (
                        prv.source == "capital" and not between.strip())) and _BEFORE_LINK.match(between) \
                        and not (prv.source == "kb" and between == " " and not prv.text.endswith("s") and _DE_ARTICLE_BEFORE.search(text, max(0, prv.start - 8), prv.start)):
                    # (German writes its compounds together or hyphenated: "hat die Ukraine Reservisten
                    # einberufen", "hat Moldau Reservisten einberufen" are a subject and an object,
                    # not "Ukraine reservists"; "hat Chinas Außenminister" is a genitive)
                    # ("a Moscow court", "a Beijing court": a capital as a premodifier)
                    partner = prv  # "Japanese officials", "UN troops", "NATO forces"
                    if i > 1 and ms[i - 2].kind == "state" and ms[i - 2].code and _COORD_LINK.match(text[ms[i - 2].end:prv.start]) \
                            and not between.lstrip().startswith(("'s", "’s")) \
                            and not (text[ms[i - 2].end:prv.start].strip() == "," and ms[i - 2].source != "demonym"):
                        # ("North Korea, Japan's cabinet": Japan's alone; "Citing the threat from Russia,
                        # Lithuanian lawmakers": a bare comma after a name closes a phrase, it joins
                        # only demonyms, "US, British and French officials")
                        # "US and British activists": the role stands for both states
                        m.value = f"{ms[i - 2].code},{prv.code}"
                        ms[i - 2].source = "modifier"
            if partner is None and m.sector == "REB":
                # "Gunmen from Somalia's al-Shabaab group", "fighters of the Islamic State": the
                # armed group the fighters come from (its home state as a possessive in between)
                grp = next((x for x in ms[i + 1:i + 3] if x.kind == "organisation" and x.code in kb.orgs
                            and kb.orgs[x.code].kind == "armed_group"), None)
                if grp is not None and _FROM_GROUP.fullmatch(text[m.end:grp.start]):
                    partner = grp
            if partner is None and i > 0 and ms[i - 1].kind == "person" and ms[i - 1].code and m.sector == "GOV" \
                    and not text[ms[i - 1].end:m.start].strip():
                partner = ms[i - 1]  # "the Trump administration", "the Netanyahu government": the leader's state
            if partner is None and i + 1 < len(ms) and ms[i + 1].kind == "person" and ms[i + 1].code and m.sector == "GOV" \
                    and (_GENITIVE_LINK.match(text[m.end:ms[i + 1].start]) or not text[m.end:ms[i + 1].start].strip()):
                partner = ms[i + 1]  # "el Gobierno de Javier Milei", "die Regierung Netanjahu"
            if partner is None:
                if m.sector == "REB" and last_group and m.text[:1].islower() and _preceded_by_article(text, m):
                    # "drove Islamic State out of Mosul, three years after the jihadists overran
                    # the city": a generic noun for fighters refers to the armed group named before
                    m.code, m.inferred = last_group, True
                    continue
                # "il segretario generale" once an organisation has been named: its head
                if m.role == "secretary_general" and last_org:
                    m.code, m.inferred = last_org, True
                    holders = kb.holders(last_org, "secretary_general", date)
                    if len(holders) == 1:
                        m.kb_id, m.name = holders[0].kb_id, holders[0].name
                continue
            m.code = partner.code
            if partner.kind == "person":
                continue  # the leader stays a person mention; the role takes the leader's code
            partner.source = "modifier"  # it qualifies the role; the role is the actor
            partner.sector = m.sector
            if m.role and m.code:
                holders = kb.holders(m.code, m.role, date)
                if len(holders) == 1:
                    m.kb_id, m.name = holders[0].kb_id, holders[0].name
        # roles that name their state themselves ("Secretary of State" -> USA) already carry it

    # ---- titles and appositions next to a person ------------------------------------------
    def _person_titles(self, ms: list[Mention], text: str) -> None:
        for i, m in enumerate(ms):
            if m.kind != "person":
                continue
            # "<role> [<state>] Name": the title belongs to the person, who is the actor.
            for j in range(i - 1, max(-1, i - 3), -1):
                prv = ms[j]
                if prv.kind == "role" and not prv.source.startswith("anaphor") and _title_link(text[prv.end:m.start]):
                    if not m.code and prv.code:
                        m.code, m.sector = prv.code, prv.sector
                    m.role = m.role or prv.role or prv.text
                    prv.source = "title"
                    if not prv.code and m.code:
                        prv.code = m.code
                    break
                if prv.kind in ("state", "organisation") and prv.source == "modifier" and _short_link(text[prv.end:m.start], 4):
                    continue
                break
            if i > 0 and ms[i - 1].kind == "state" and ms[i - 1].code and re.fullmatch(r"['’]s\s+", text[ms[i - 1].end:m.start]) \
                    and m.code in (None, ms[i - 1].code):
                # "Canada's Justin Trudeau", "Spain's Pedro Sanchez": the person acts for the state
                m.code = m.code or ms[i - 1].code
                ms[i - 1].source = "modifier"
            if m.code and i > 0 and ms[i - 1].kind == "state" and ms[i - 1].source == "demonym" \
                    and ms[i - 1].code == m.code and not text[ms[i - 1].end:m.start].strip():
                ms[i - 1].source = "modifier"  # "Der niederländische König Willem-Alexander": one actor
            if m.code:
                continue
            if i > 0 and ms[i - 1].kind == "state" and ms[i - 1].source == "demonym" and ms[i - 1].code \
                    and not text[ms[i - 1].end:m.start].strip():
                # "il cooperante italiano Alberto Trentini": the adjective gives the person's country
                m.code, m.inferred = ms[i - 1].code, True
                ms[i - 1].source = "modifier"
                continue
            # "<role of state> [in X], [General] Name,": an apposition after a coded role
            lead = text[max(0, m.start - 14):m.start]
            if "," in lead:
                for j in range(i - 1, max(-1, i - 5), -1):
                    prv = ms[j]
                    if prv.kind == "role" and prv.code and prv.source not in ("title",) and m.start - prv.end <= 60 \
                            and not any(c in text[prv.end:m.start] for c in ".;:"):
                        m.code, m.sector, m.role, m.inferred = prv.code, prv.sector, prv.role or prv.text, True
                        break
                    if prv.kind in ("person",):
                        break
            if m.code:
                continue
            # "Name, <role> <of state>" apposition
            if i + 1 < len(ms):
                nxt = ms[i + 1]
                gap = text[m.end:nxt.start]
                if nxt.kind == "role" and nxt.code and gap.strip().startswith(",") and len(gap) < 12:
                    m.code, m.sector, m.role = nxt.code, nxt.sector, nxt.role
                    nxt.source = "title"
                elif nxt.kind == "role" and not nxt.code and gap.strip().startswith(",") and i + 2 < len(ms):
                    nn = ms[i + 2]
                    if nn.kind in ("state", "organisation") and _short_link(text[nxt.end:nn.start], 14):
                        m.code, m.sector, m.role = nn.code, nxt.sector, nxt.role
                        nxt.source = "title"

    # ---- later short names -----------------------------------------------------------------
    def _short_names(self, doc: Doc, ms: list[Mention]) -> list[Mention]:
        persons = [m for m in ms if m.kind == "person" and len(m.text.split()) >= 2]
        if not persons:
            return ms
        surnames: dict[str, Mention] = {}
        for p in persons:
            last = p.text.split()[-1].strip(".,")
            if len(last) >= 3 and last[0].isupper():
                surnames.setdefault(last, p)
        covered = bytearray(len(doc.text) + 1)
        for m in ms:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        added: list[Mention] = []
        for tok in doc.tokens:
            src = surnames.get(tok.text)
            if src is None or covered[tok.start] or tok.start < src.start:
                continue
            added.append(Mention(tok.start, tok.end, doc.text[tok.start:tok.end], "person", code=src.code,
                                 sector=src.sector, kb_id=src.kb_id, name=src.name or src.text, role=src.role,
                                 source="link", confidence=min(0.8, src.confidence), sent=tok.sent))
        if added:
            ms = sorted(ms + added, key=lambda m: (m.start, -m.end))
        # propagate codes found for a full name to its other mentions
        by_name: dict[str, Mention] = {}
        for m in ms:
            if m.kind == "person" and m.code:
                by_name.setdefault(m.name or m.text, m)
        for m in ms:
            if m.kind == "person" and not m.code:
                src2 = by_name.get(m.name or m.text)
                if src2 is None:
                    # "Pedro Sánchez ... Sánchez": a later surname of a coded full name
                    full = surnames.get(m.text.strip())
                    src2 = full if full is not None and full.code and full.start < m.start else None
                if src2 is not None:
                    m.code, m.sector, m.inferred = src2.code, src2.sector, True
                    m.kb_id, m.name = m.kb_id or src2.kb_id, m.name or src2.name
        return ms

    # ---- organisation anaphora ---------------------------------------------------------------
    def _org_anaphora(self, ms: list[Mention], kb: KB) -> list[Mention]:
        named: list[str] = []
        out = []
        for m in ms:
            if m.kind == "organisation" and m.source == "anaphora":
                if m.code not in named:
                    # "ECOWAS ..., accusing the bloc of": a word several organisations share ("the
                    # bloc" is also the EU's) stands for the last one named that uses it
                    low = m.text.lower()
                    generic = low.split()[-1] in GENERIC_ORG_NOUNS and len(low.split()) <= 2
                    other = next((c for c in reversed(named) if (o := kb.orgs.get(c)) is not None and (generic or any(
                        low == a.lower() for words in o.anaphora.values() for a in words))), None)
                    if other is None:
                        continue  # "the alliance" before any alliance was named: not a mention of it
                    m.code = other
            elif m.kind == "organisation" and m.code or m.kind == "person" and m.code:
                named.append(m.code)
            out.append(m)
        return out

    # ---- "the two countries" ---------------------------------------------------------------
    def _pairs(self, ms: list[Mention]) -> None:
        recent: list[str] = []
        for m in ms:
            if m.kind == "role" and m.source == "anaphor:pair":
                if len(recent) >= 2:
                    m.value = ",".join(recent[-2:])
                    m.code = recent[-1]
                    m.inferred = True
                continue
            if m.kind in ("state", "person", "role") and m.code and len(m.code) == 3 and m.source != "anaphor:pair":
                if m.code in recent:
                    recent.remove(m.code)
                recent.append(m.code)

    # ---- "Das Land", "The country" opening a sentence ---------------------------------------
    def _state_anaphora(self, doc: Doc, ms: list[Mention]) -> list[Mention]:
        """A sentence that opens with "Das Land / Die Insel", "The country", "Il Paese", "Le pays",
        "El país" continues about the state the previous sentence opened with ("Finnland fürchtet
        einen Angriff. Das Land ist deshalb der NATO beigetreten."): the noun phrase is a mention
        of that state, inferred."""
        rx = STATE_ANAPHORA.get(doc.lang or "en")
        if rx is None or len(doc.sentences) < 2:
            return ms
        added = []
        for si in range(1, len(doc.sentences)):
            sent = doc.sentences[si]
            hit = rx.match(doc.text, sent.start)
            if hit is None or any(hit.start() <= m.start < hit.end() for m in ms):
                continue
            ante = _opening_state(ms, doc.sentences[si - 1])
            if ante is not None:
                added.append(Mention(hit.start(), hit.end(), hit.group(0), "state", ante.code, ante.sector, ante.kb_id, ante.name,
                                     confidence=0.8, inferred=True, source="anaphor:state", sent=si))
        return sorted(ms + added, key=lambda m: (m.start, -m.end)) if added else ms

    def _bare_institutions(self, doc: Doc, ms: list[Mention]) -> None:
        """ "Seoul traut Pjöngjang nicht mehr. Die Regierung hat das Abkommen ausgesetzt.": a bare
        "die Regierung / die Armee", "the government" opening a sentence that names no state is the
        previous sentence's opening state's, never a default country; else it stays uncoded."""
        art = _OPENING_ARTICLE.get(doc.lang or "en")
        if art is None:
            return
        for si in range(1, len(doc.sentences)):
            sent, prev = doc.sentences[si], doc.sentences[si - 1]
            inside = [m for m in ms if sent.start <= m.start < sent.end]
            if not inside or any(m.kind == "state" and m.code for m in inside):
                continue
            first = inside[0]
            if first.kind != "role" or first.code or first.source != "kb" or first.sector not in ("GOV", "MIL") \
                    or not art.fullmatch(doc.text[sent.start:first.start]):
                continue
            ante = _opening_state(ms, prev)
            if ante is not None:
                first.code, first.inferred = ante.code, True

    # ---- "the Baltic states" -----------------------------------------------------------------
    def _state_groups(self, doc: Doc, ms: list[Mention]) -> list[Mention]:
        """ "die baltischen Staaten", "the Baltic states", "i paesi baltici": a fixed group of states
        named together acts as all of them (coded like "the two countries", one actor per state);
        without it "Die baltischen Staaten haben sich vom russischen Stromnetz abgekoppelt" has
        only the Russian adjective left to act."""
        groups = STATE_GROUPS.get(doc.lang or "en")
        if not groups:
            return ms
        added = []
        for rx, codes in groups:
            for hit in rx.finditer(doc.text):
                s0, e0 = hit.span(1)
                if any(m.start < e0 and s0 < m.end and m.kind != "place" for m in ms):
                    continue
                added.append(Mention(s0, e0, hit.group(1), "role", code=codes[0], sector="GOV", value=",".join(codes),
                                     confidence=0.8, source="group", sent=doc.sentence_of(s0)))
        if not added:
            return ms
        spans = [(a.start, a.end) for a in added]
        ms = [m for m in ms if not any(m.start < e and s < m.end for s, e in spans)]  # ("Baltic" as a place)
        return sorted(ms + added, key=lambda m: (m.start, -m.end))

    # ---- gaps ------------------------------------------------------------------------------
    def _gap_fillers(self, ms: list[Mention], text: str, kb: KB, date: str | None) -> None:
        gaps = [m for m in ms if m.kind == "gap"]
        if not gaps:
            return
        states = [m for m in ms if m.kind == "state" and m.code and len(m.code) == 3]
        for g in gaps:
            after = text[g.end:g.end + 80]
            cands: list[str] = []
            cue = _MEMBER_CUE.match(after)
            if cue:
                org = next((m for m in ms if m.kind == "organisation" and m.start >= g.end + cue.end() and m.start <= g.end + cue.end() + 3), None)
                if org is not None and org.code:
                    members = kb.members(org.code, date)
                    seen = [s.code for s in states if s.code and s.code in members and s.sent != g.sent]
                    cands = list(dict.fromkeys(seen))
                    if not cands:
                        g.role = f"{g.role}; a member of {org.code}" if g.role else f"a member of {org.code}"
            elif (later := [m for m in ms if m.sent == g.sent and m.start > g.end and m.kind in ("person", "role")
                             and m.code and len(m.code) == 3]):
                # "ha fatto tappa in [ ] dove ha incontrato il primo ministro Fumio Kishida":
                # the state whose office holder is met there.
                cands = [later[0].code] if later[0].code else []
            else:
                # A capital named elsewhere whose state is never named is the likeliest filler.
                named = {s.code for s in states if s.source != "capital"}
                cands = list(dict.fromkeys(s.code for s in states if s.source == "capital" and s.code and s.code not in named))
            if len(cands) == 1:
                g.value, g.code, g.inferred, g.confidence = cands[0], cands[0], True, 0.6
            elif cands:
                g.value, g.code, g.inferred, g.confidence = cands[0], cands[0], True, 0.3


# security councils: the UN's unless a national adjective or a demonym names a state's own
_COUNCIL = re.compile(r"(?i)sicherheitsrat|security council|consiglio di sicurezza|conseil de sécurité|consejo de seguridad")
_UN_COUNCIL = re.compile(r"(?i)\b(?:un|uno|u\.n\.|onu|welt|united nations|vereinten nationen|nazioni unite|nations unies|naciones unidas)\b|^(?:UN|Uno|UNO|Welt)-")
_NATIONAL_IN = re.compile(r"(?i)\bnational security council|sicurezza nazionale|sécurité nationale|seguridad nacional")
_NATIONAL_BEFORE = re.compile(r"(?:\b(?:Obersten?|Oberster|Höchsten?|Höchster)\s+)?\bNationale[nrs]?\s+$")
_NATIONAL_AFTER = re.compile(r"(?i)\s+(?:nazionale|nationale|nacional)\b")
_NATIONAL_WORDS = {"nationale", "nationalen", "nationaler", "nationales", "nazionale", "nacional"}
_OF_STATE = re.compile(r"\b(?:of|de|del|di|der|des)\s+(?:the\s+|la\s+|l['’]|el\s+)?([A-ZÄÖÜÉ][\w'’-]*(?:\s+[A-ZÄÖÜÉ][\w'’-]*)*)\s*$")
_FROM_GROUP = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?")
_GENITIVE_LINK = re.compile(
    r"^\s*(?:della|dello|delle|degli|dei|del|dell'|di|d'|of(?: the)?|de(?: la| l')?|du|des|del|de los|de las|von|vom|der|des)\s*$",
    re.IGNORECASE,
)
_COORD_LINK = re.compile(r"^\s*(?:e|ed|and|et|y|und|,)\s*(?:the|il|la|l'|le|les|el|los|der|die|das)?\s*$", re.IGNORECASE)
# "Japan's minister", "US-Reporter", "Ethiopia's federal government" (up to two adjectives after 's)
# ("Libya's UN-recognised government": an adjective with a capitalised first part may stand between)
_DE_ARTICLE_BEFORE = re.compile(r"\b(?:die|der|den|dem|das|hat|haben|hatte|hatten|wird|werden|will|wollen|soll|sollen|muss|müssen)\s+$")
_BEFORE_LINK = re.compile(r"^\s*(?:(?:'s|’s)(?:\s+(?:[a-z][a-z-]+|[A-Z][A-Za-z]*-[a-z]+)){0,2}|-|-led)?\s*$")


# Lower-case words that may stand between a title and its name ("Secretary of State Antony Blinken",
# "il ministro degli Esteri Antonio Tajani"); any other lower-case word is a verb or an object
# ("Russische Behörden haben den Kremlkritiker Alexej Nawalny ...": no title).
_TITLE_GLUE = {"of", "the", "for", "and", "di", "del", "della", "dello", "dei", "degli", "delle", "dell", "e", "per", "de", "la",
               "le", "les", "du", "des", "d", "et", "el", "los", "las", "y", "von", "der", "für", "und", "a", "al",
               "aux", "au", "à"}  # fmt: skip


_COMPOUND = re.compile(r"\b([A-ZÄÖÜ][\wÄÖÜäöüß.]{1,15})-([A-ZÄÖÜ][a-zäöüß]{3,})\b")
_HEAD_CACHE: dict[tuple[str, str], tuple[str, ...]] = {}
# institution and people heads that a nationality prefix makes an actor, beyond the role list
_EXTRA_HEADS = ("bürger", "staaten", "regierung", "militär", "armee", "truppen", "soldaten", "behörden", "justiz",
                "journalist", "reporter", "diplomat", "botschaft", "außenminister", "präsident", "sondergesandt",
                "gesandt", "delegation", "streitkräfte", "marine", "luftwaffe", "geheimdienst", "kommission", "rat")  # fmt: skip


def _role_heads(kb: KB, lang: str) -> tuple[str, ...]:
    key = (kb.fingerprint(), lang)
    if key not in _HEAD_CACHE:
        words = {w.lower() for r in kb.roles.get(lang, []) for t in r.texts for w in t.split() if len(w) >= 4}
        _HEAD_CACHE[key] = tuple(sorted(words | set(_EXTRA_HEADS)))
    return _HEAD_CACHE[key]


def _is_role_head(word: str, heads: tuple[str, ...]) -> bool:
    low = word.lower()
    return any(low.startswith(h) for h in heads)
_COMPOUND_BEFORE = re.compile(r"\b([A-ZÄÖÜ][A-Za-zÄÖÜäöüß.]{1,15})-[A-ZÄÖÜ][a-zäöüß]{3,}\s+$")
_PREFIX_CACHE: dict[str, dict[str, str]] = {}
_LINKED_BEFORE = re.compile(r"((?:[A-Z][\w'’.]*[\s-]){0,3}?[A-Z][\w'’.]*)-(?:linked|affiliated|allied|aligned|inspired|loyal)\s+(?:[a-z]+\s+)?$")


def _prefix_index(kb: KB) -> dict[str, str]:
    """Lower-cased state and organisation names (all languages) to their code, for compound prefixes."""
    key = kb.fingerprint()
    if key not in _PREFIX_CACHE:
        idx: dict[str, str] = {}
        for org in kb.orgs.values():
            for names in org.names.values():
                for n in names:
                    idx.setdefault(n.lower(), org.id)
        for st in kb.states.values():
            for names in st.names.values():
                for n in names:
                    idx[n.lower()] = st.code
        _PREFIX_CACHE[key] = idx
    return _PREFIX_CACHE[key]


def _title_link(between: str) -> bool:
    if not _short_link(between, 30):
        return False
    return all(w in _TITLE_GLUE or not w.islower() for w in re.findall(r"[^\W\d_]+", between))


def _short_link(between: str, limit: int) -> bool:
    """True when two mentions are joined by a short stretch with no sentence break."""
    return len(between) <= limit and not any(c in between for c in ".;:!?()\n")


# The head nouns of anaphora any organisation can be called by ("the bloc", "l'alleanza")
GENERIC_ORG_NOUNS = {"bloc", "alliance", "organisation", "organization", "grouping", "blocco", "alleanza", "organizzazione",
                     "bloque", "alianza", "organización", "bündnis", "allianz"}


@register_stage("linking", requires=("mentions",), assigns=("links",))
def make_linking(config: Config) -> LinkingStage:
    return LinkingStage(tuple(config["kb"]["extra"]))


_DEFINITE = re.compile(r"(?i)(?:\b(?:the|i|gli|le|les|los|las|die|den)\s+|\bl['’])$")


def _preceded_by_article(text: str, m: Mention) -> bool:
    """A definite article before the noun ("the jihadists", "i miliziani"): an anaphor."""
    return bool(_DEFINITE.search(text[max(0, m.start - 6):m.start]))


_ITS = re.compile(r"(?i)\b(?:its|their)\s+$")


def _opening_state(ms: list[Mention], sent: Sentence) -> Mention | None:
    """The first state a sentence names as itself (no demonym, no modifier of a role): the one a
    following "Das Land" or bare "Die Regierung" continues about."""
    return next((m for m in ms if sent.start <= m.start < sent.end and m.kind == "state" and m.code and len(m.code) == 3
                 and m.source not in ("modifier", "demonym")), None)

# Noun phrases that open a sentence about the state the previous sentence opened with.
STATE_ANAPHORA = {
    "de": re.compile(r"(?:Das Land|Die Insel|Der Inselstaat|Das Königreich|Das Emirat|Die Republik)\b"),
    "en": re.compile(r"(?:The country|The island|The island nation|The kingdom|The emirate)\b"),
    "it": re.compile(r"(?:Il Paese|Il paese|L'isola|Il regno)\b"),
    "fr": re.compile(r"(?:Le pays|L'île|Le royaume)\b"),
    "es": re.compile(r"(?:El país|La isla|El reino)\b"),
}

# Fixed groups of states named as one ("die baltischen Staaten" = Estonia, Latvia, Lithuania).
_BALTIC = ("EST", "LVA", "LTU")
STATE_GROUPS: dict[str, list[tuple[re.Pattern[str], tuple[str, ...]]]] = {
    "de": [(re.compile(r"\b((?:drei\s+)?(?:[Bb]altischen\s+(?:Staaten|Länder|Ländern|Republiken|Nachbarstaaten)|Baltenstaaten|Baltenrepubliken))\b"), _BALTIC)],
    "en": [(re.compile(r"\b((?:three\s+)?Baltic\s+(?:states|States|countries|nations|republics)|Baltics)\b"), _BALTIC)],
    "it": [(re.compile(r"\b((?:tre\s+)?(?:[Pp]aesi|[Ss]tati|[Rr]epubbliche)\s+[Bb]altic[ih]e?)\b"), _BALTIC)],
    "fr": [(re.compile(r"\b((?:trois\s+)?(?:pays|[ÉéE]tats|républiques)\s+baltes)\b"), _BALTIC)],
    "es": [(re.compile(r"\b((?:tres\s+)?(?:países|[Ee]stados|repúblicas)\s+bálticos?a?s?)\b"), _BALTIC)],
}

# The definite article that opens a sentence before a bare institution ("Die Regierung", "The army").
_OPENING_ARTICLE = {
    "de": re.compile(r"\s*(?:Die|Das|Der)\s+"),
    "en": re.compile(r"\s*The\s+"),
    "it": re.compile(r"\s*(?:Il|Lo|La|I|Gli|Le)\s+|\s*L['’]"),
    "fr": re.compile(r"\s*(?:Le|La|Les)\s+|\s*L['’]"),
    "es": re.compile(r"\s*(?:El|La|Los|Las)\s+"),
}
