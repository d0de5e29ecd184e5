"""Event coding in five languages: the NATO-in-Asia article, modality traps, dates, places."""

from __future__ import annotations

from pathlib import Path

import pytest

import dyads
from dyads.model import Doc
from dyads.readers import ReadFailure, read_paths


def _coded(text: str, lang: str, date: str, modality: bool = False) -> set[tuple[str | None, ...]]:
    """(type, first actor's code, first recipient's code or None[, modality]) of each coded event."""
    doc = dyads.analyze(text, lang=lang, date=date)
    return {(e.type, e.actors[0].code, e.recipients[0].code if e.recipients else None) + ((e.modality,) if modality else ())
            for e in doc.events}


def _not_perceived(text: str, lang: str, date: str = "2024-05-01") -> set[tuple[str | None, ...]]:
    """The coded events a reader takes as acts (asserted, negated, future, hypothetical or
    historical): perceived ones are the coder's record of a fear, not events."""
    return {e for e in _coded(text, lang, date, modality=True) if e[3] != "perceived"}


def _asserted(text: str, lang: str, date: str = "2024-05-01") -> set[tuple[str | None, ...]]:
    return {e for e in _coded(text, lang, date, modality=True) if e[3] == "asserted"}


ROOT = Path(__file__).resolve().parents[1]
ARTICLES = {
    "it": ROOT / "samples" / "it-01-nato-corea-giappone.md",
    "en": ROOT / "tests" / "data" / "nato-asia-en.md",
    "fr": ROOT / "tests" / "data" / "nato-asia-fr.md",
    "es": ROOT / "tests" / "data" / "nato-asia-es.md",
    "de": ROOT / "tests" / "data" / "nato-asia-de.md",
}


def _code(path: Path) -> Doc:
    [art] = list(read_paths([path]))
    assert not isinstance(art, ReadFailure)
    return dyads.Pipeline()(art)


def _has(doc: Doc, etype: str | set[str], actors: set[str], recipients: set[str] | None = None,
         date: str | None = None) -> bool:
    types = {etype} if isinstance(etype, str) else etype
    for e in doc.events:
        a = {x.code for x in e.actors}
        r = {x.code for x in e.recipients}
        if (e.type in types and actors <= a and (recipients is None or recipients <= r)
                and e.modality == "asserted" and (date is None or e.date.value == date)):
            return True
    return False


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def article(request: pytest.FixtureRequest) -> tuple[str, Doc]:
    lang = str(request.param)
    return lang, _code(ARTICLES[lang])


def test_visit_and_appeal_to_seoul(article: tuple[str, Doc]) -> None:
    lang, doc = article
    assert doc.lang == lang
    assert _has(doc, "CONSULT", {"NATO"}, {"KOR"}), [e.to_dict() for e in doc.events]
    assert _has(doc, "REQUEST", {"NATO"}, {"KOR"})


def test_arms_contract_and_fighter_codevelopment(article: tuple[str, Doc]) -> None:
    lang, doc = article
    # the arms contract: South Korea with Poland (the Italian article lost "Polonia" with its link)
    assert _has(doc, {"SUPPORT", "COOPERATE", "AGREE"}, {"KOR"}, None if lang == "it" else {"POL"})
    assert _has(doc, "AGREE", {"JPN"}, {"GBR"})


def test_washington_meeting_last_month_and_cooperation(article: tuple[str, Doc]) -> None:
    _, doc = article
    assert _has(doc, "CONSULT", {"USA", "JPN"}, date="2023-01"), [e.to_dict() for e in doc.events]
    meeting = next(e for e in doc.events if e.type == "CONSULT" and {"USA", "JPN"} <= {a.code for a in e.actors})
    assert meeting.date.precision == "month"
    assert meeting.place is not None and meeting.place.country == "USA" and meeting.place.lat is not None
    assert _has(doc, "AGREE", {"USA", "JPN"})  # announced cooperation is AGREE in PLOVER


def test_perceived_threat_is_not_a_threat_event(article: tuple[str, Doc]) -> None:
    _, doc = article
    for e in doc.events:
        if e.type == "THREATEN" and e.modality == "asserted":
            assert not {a.code for a in e.actors} & {"CHN", "PRK", "RUS"}, e.to_dict()


def test_italian_article_gaps_are_detected() -> None:
    doc = _code(ARTICLES["it"])
    gaps = [m for m in doc.mentions if m.kind == "gap"]
    assert len(gaps) >= 2
    for g in gaps:
        assert doc.text[g.start:g.end] == g.text and g.text.strip() == ""
    # "ha fatto tappa in [Giappone] dove ha incontrato il primo ministro Fumio Kishida"
    assert any(g.value == "JPN" and g.inferred for g in gaps)


@pytest.mark.parametrize("lang,text,etype,modality", [
    ("it", "L'Italia non ha firmato il patto sulle migrazioni.", "SUPPORT", "negated"),
    ("en", "Germany did not deliver Taurus missiles to Ukraine.", "AID", "negated"),
    ("fr", "Si la Russie attaquait la Pologne, l'OTAN réagirait.", "ASSAULT", "hypothetical"),
    ("es", "España no ha firmado el acuerdo con Marruecos.", "SUPPORT", "negated"),
    ("de", "Polen fühlt sich von Russland bedroht.", "THREATEN", "perceived"),
])  # fmt: skip
def test_modality(lang: str, text: str, etype: str, modality: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2023-05-01")
    assert any(e.type == etype and e.modality == modality for e in doc.events), [e.to_dict() for e in doc.events]
    assert not any(e.type == etype and e.modality == "asserted" for e in doc.events)


@pytest.mark.parametrize("lang,text,date,expected", [
    ("it", "Il mese scorso la Francia ha espulso diplomatici russi.", "2023-02-01", "2023-01"),
    ("en", "Last week the United States imposed sanctions on Iran.", "2023-02-01", "2023-01-23"),
    ("fr", "Le mois dernier, la France a expulsé des diplomates russes.", "2023-02-01", "2023-01"),
    ("es", "El pasado martes España expulsó a diplomáticos rusos.", "2023-02-02", "2023-01-31"),
    ("de", "Vergangene Woche hat Deutschland Sanktionen gegen Iran verhängt.", "2023-02-01", "2023-01-23"),
])  # fmt: skip
def test_relative_dates_resolve_against_the_article_date(lang: str, text: str, date: str, expected: str) -> None:
    doc = dyads.analyze(text, lang=lang, date=date)
    assert doc.events and doc.events[0].date.value == expected, [e.to_dict() for e in doc.events]


def test_undated_article_leaves_dates_unresolved() -> None:
    doc = dyads.analyze("Last week the United States imposed sanctions on Iran.", lang="en")
    assert doc.events and all(e.date.precision == "unresolved" and e.date.value is None for e in doc.events)


def test_reported_speech_codes_the_reported_act() -> None:
    doc = dyads.analyze("Zelensky said Russian forces attacked Kharkiv overnight.", lang="en", date="2023-05-01")
    assert any(e.type == "ASSAULT" and {a.code for a in e.actors} == {"RUS"} for e in doc.events), [e.to_dict() for e in doc.events]


def test_promised_cooperation_is_agree() -> None:
    doc = dyads.analyze("Italia e Francia si sono impegnate a fornire a Kiev un sistema di difesa aerea.", lang="it", date="2023-02-01")
    assert any(e.type == "AGREE" and {"ITA", "FRA"} <= {a.code for a in e.actors} for e in doc.events), [e.to_dict() for e in doc.events]
    assert not any(e.type == "AID" and e.modality == "asserted" for e in doc.events)


def test_dyad_conditioned_coding() -> None:
    assert dyads.code_dyad("Japan agreed to co-develop a fighter jet with Britain.", "Japan", "Britain", lang="en") == "AGREE"
    assert dyads.code_dyad("Russian forces shelled Kharkiv on Monday.", "Russian forces", "Kharkiv", lang="en") == "ASSAULT"


# Coding conventions of docs/decisions.md (19-22), one sentence per case, written for these tests.
@pytest.mark.parametrize("lang,text,expected", [
    # a reception is the guest's visit to the host, in the active and the passive voice
    ("de", "Putin empfing den türkischen Präsidenten Recep Tayyip Erdoğan in Sotschi.", ("CONSULT", {"TUR"}, {"RUS"}, "asserted")),
    ("it", "Il presidente francese Emmanuel Macron è stato ricevuto al Quirinale dal presidente Sergio Mattarella.",
     ("CONSULT", {"FRA"}, {"ITA"}, "asserted")),
    # a conditional announcement of a sanction is an asserted threat and a hypothetical sanction
    ("en", "Trump said he would impose tariffs on Canada unless it stopped the flow of drugs.", ("THREATEN", {"USA"}, {"CAN"}, "asserted")),
    ("en", "Trump said he would impose tariffs on Canada unless it stopped the flow of drugs.", ("SANCTION", {"USA"}, {"CAN"}, "hypothetical")),
    ("de", "Falls China Taiwan angreift, werden die USA Sanktionen verhängen.", ("SANCTION", {"USA"}, {"CHN", "TWN"}, "hypothetical")),
    # the topic of talks is not their recipient; lifting sanctions is a concession
    ("es", "Rusia y Ucrania celebraron conversaciones sobre Crimea en Estambul.", ("CONSULT", {"RUS", "UKR"}, set(), "asserted")),
    ("fr", "Les États-Unis ont levé les sanctions contre la Syrie.", ("CONCEDE", {"USA"}, {"SYR"}, "asserted")),
    # the sea where warships exercise is a place; the states a role belongs to act
    ("en", "Chinese and Russian warships held joint drills in the Sea of Japan.", ("COOPERATE", {"CHN", "RUS"}, set(), "asserted")),
    ("de", "Die Außen- und Verteidigungsminister Japans und Australiens trafen sich in Tokio.", ("CONSULT", {"JPN", "AUS"}, set(), "asserted")),
    # domestic repression keeps its target; a passive with the agent before the participle
    ("es", "La policía rusa detuvo al opositor Alexéi Navalni en Moscú.", ("COERCE", {"RUS"}, {"RUS"}, "asserted")),
    ("de", "Zwei deutsche Diplomaten wurden von Russland ausgewiesen.", ("SANCTION", {"RUS"}, {"DEU"}, "asserted")),
    # a fear that motivates an act does not make the act perceived, nor its source the actor
    ("fr", "Craignant une offensive russe, la Lituanie a demandé des renforts à l'OTAN.", ("REQUEST", {"LTU"}, {"NATO"}, "asserted")),
    ("de", "Aus Angst vor einem russischen Angriff hat Finnland die Mitgliedschaft in der NATO beantragt.",
     ("REQUEST", {"FIN"}, {"NATO"}, "asserted")),
    # "N years after" marks background
    ("en", "Three years after Russia invaded Ukraine, European leaders travelled to Kyiv.", ("ASSAULT", {"RUS"}, {"UKR"}, "historical")),
    # the closing attribution names the source; an attack with no target named is aimed at the
    # reporting state; the addressee of a complaint is not the accused
    ("en", "Russian troops shelled the town overnight, the Ukrainian defence ministry said on Wednesday.",
     ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    ("en", "Israel struck Hezbollah targets overnight, the Lebanese army said on Wednesday.", ("ASSAULT", {"ISR"}, {"HEZBOLLAH"}, "asserted")),
    ("en", "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", ("ACCUSE", {"LBN"}, {"ISR"}, "asserted")),
    # the place an invasion is of is its target; where rockets come from is not
    ("en", "Israel mounted its invasion of South Lebanon.", ("ASSAULT", {"ISR"}, {"LBN"}, "asserted")),
    ("it", "I miliziani di Hamas hanno lanciato migliaia di razzi dalla Striscia di Gaza verso Israele.",
     ("ASSAULT", {"HAMAS"}, {"ISR"}, "asserted")),
    # an apposition between commas describes the subject; received weapons are the giver's aid
    ("it", "L'ex presidente russo Dmitrij Medvedev, oggi vicepresidente del Consiglio di sicurezza, ha minacciato l'Ucraina.",
     ("THREATEN", {"RUS"}, {"UKR"}, "asserted")),
    ("it", "La Russia ha ricevuto dall'Iran centinaia di droni.", ("AID", {"IRN"}, {"RUS"}, "asserted")),
    ("en", "Ukraine received the first F-16 jets from Denmark on Tuesday.", ("AID", {"DNK"}, {"UKR"}, "asserted")),
    # the pronoun after a report is its speaker; a fronted doubt does not condition the report
    ("en", "Worried about a possible Chinese invasion, Taiwan announced that it would extend compulsory military service.",
     ("MOBILIZE", {"TWN"}, set(), "future")),
    # a geographic feature is no party, a border faces the state across it
    ("en", "Estonia, Latvia and Lithuania agreed to build bunkers along their borders with Russia and Belarus.",
     ("AGREE", {"EST", "LVA", "LTU"}, set(), "asserted")),
    ("de", "Russland hat Zehntausende Soldaten an der Grenze zur Ukraine und auf der besetzten Krim zusammengezogen.",
     ("MOBILIZE", {"RUS"}, {"UKR"}, "asserted")),
    # German: a participle coordinated without a finite verb shares the subject; a verb-final "wird"
    ("de", "Merkel hat den Anschlag verurteilt und die russische Regierung aufgefordert, den Fall aufzuklären.",
     ("REQUEST", {"DEU"}, {"RUS"}, "asserted")),
    ("de", "Die Regierung hat angekündigt, dass Deutschland eine Brigade in Litauen stationieren wird.", ("MOBILIZE", {"DEU"}, set(), "future")),
    # a dative and a place between verb and object ("ha inviato a Kiev un pacchetto di armi")
    ("it", "Washington ha inviato a Kiev un nuovo pacchetto di armi.", ("AID", {"USA"}, {"UKR"}, "asserted")),
    # (troops sent into another country are AID to it: lexicon header convention, it-dev-1327)
    ("it", "Il Regno Unito ha inviato in Estonia altri mille soldati.", ("AID", {"GBR"}, {"EST"}, "asserted")),
    # a fronted setting: the visit of its genitive, or the talks of the main clause's subject with the partner named
    ("it", "Durante la visita di Vladimir Putin a Pyongyang, il leader russo e Kim Jong-un hanno firmato un trattato.",
     ("CONSULT", {"RUS"}, {"PRK"}, "asserted")),
    ("en", "After talks with US officials in Jeddah on Tuesday, Ukraine said it was ready to accept a ceasefire.",
     ("CONSULT", {"UKR"}, {"USA"}, "asserted")),
    ("en", "After four hours of talks on Wednesday, Joe Biden and Xi Jinping agreed to restore military communications.",
     ("CONSULT", {"USA", "CHN"}, set(), "asserted")),
    # a year before an event noun dates it
    ("en", "Serbia and Croatia clashed over the 1991 invasion of Vukovar.", ("ASSAULT", {"SRB", "HRV"}, set(), "historical")),
    # a condition after the act, not ruling it out, a month before a past year; an expletive "ne"
    ("en", "Erdogan said Turkey would back Sweden's entry into NATO only if the EU reopened membership talks.",
     ("SUPPORT", {"TUR"}, {"SWE"}, "hypothetical")),
    ("it", "Macron ha detto che l'invio di truppe in Ucraina non può essere escluso.", ("AID", {"FRA"}, {"UKR"}, "hypothetical")),
    ("it", "Londra e Bruxelles, che nel dicembre 2020 avevano firmato un accordo commerciale, hanno siglato un nuovo partenariato.",
     ("SUPPORT", {"GBR", "EU"}, set(), "historical")),
    ("fr", "Les Gardiens de la révolution ont arraisonné un navire israélien quelques heures avant que l'Iran ne frappe Israël.",
     ("ASSAULT", {"IRN"}, {"ISR"}, "asserted")),
    # a gerund between commas belongs to the subject before it; a possessive state with adjectives
    ("en", "Indian jets struck a camp in Pakistan, and Islamabad, accusing India of violating its airspace, vowed to respond.",
     ("ACCUSE", {"PAK"}, {"IND"}, "asserted")),
    ("en", "Ethiopia's federal government and the TPLF agreed to a permanent cessation of hostilities.",
     ("AGREE", {"ETH", "TPLF"}, set(), "asserted")),
    # the nationality of the weapon or raid is the agent of a passive; the raid is no second event
    ("it", "Tre palestinesi sono stati uccisi in un raid israeliano a Jenin.", ("ASSAULT", {"ISR"}, {"PSE"}, "asserted")),
    ("en", "Two American soldiers were killed by an Iranian drone.", ("ASSAULT", {"IRN"}, {"USA"}, "asserted")),
    # a clause after "after" with its own subject is an event of its own
    ("en", "Armenia declared a general mobilisation after Azerbaijan launched an offensive against Armenian positions.",
     ("ASSAULT", {"AZE"}, {"ARM"}, "asserted")),
    # a court judges in its own name
    ("de", "Netanjahu hat das Gutachten des Internationalen Gerichtshofs zurückgewiesen.", ("REJECT", {"ISR"}, {"ICJ"}, "asserted")),
    # the parties of a truce named after it
    ("it", "È entrato in vigore all'alba il cessate il fuoco tra Israele e Hezbollah.", ("RETREAT", {"ISR", "HEZBOLLAH"}, set(), "asserted")),
    # violence against people without a code is aimed at the country where it happens
    ("it", "Decine di civili sono stati colpiti da bombardamenti russi a Kharkiv.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    # UN agencies act in their own name, UN organs for the UN
    ("de", "Die IAEA hat Russland und die Ukraine aufgefordert, eine Schutzzone einzurichten.", ("REQUEST", {"IAEA"}, {"RUS", "UKR"}, "asserted")),
    # a town after a meeting is where it happened, not a party
    ("it", "Wang Yi ha incontrato a Monaco il segretario di Stato Antony Blinken.", ("CONSULT", {"CHN"}, {"USA"}, "asserted")),
    ("en", "Russian and Ukrainian delegations held peace talks in Istanbul on Friday.", ("CONSULT", {"RUS", "UKR"}, set(), "asserted")),
    ("it", "Al vertice di Vienna l'OPEC e la Russia hanno discusso i tagli alla produzione.", ("CONSULT", {"OPEC", "RUS"}, set(), "asserted")),
    # a verdict with its punishment is a sanction, not a rebuke
    ("fr", "Un tribunal de Moscou a condamné la basketteuse américaine Brittney Griner à neuf ans de prison.",
     ("SANCTION", {"RUS"}, {"USA"}, "asserted")),
    # a negation inside a condition is part of the condition ("a meno che ... non" too), and so is
    # a negated act under a condition
    ("de", "Die Hamas will keine weiteren Geiseln freilassen, es sei denn, Israel beendet seinen Krieg.", ("RETREAT", {"HAMAS"}, {"ISR"}, "hypothetical")),
    ("it", "Israele riprenderà i combattimenti se Hamas non libererà gli ostaggi entro sabato.", ("RETREAT", {"HAMAS"}, set(), "hypothetical")),
    ("it", "Il Regno Unito riconoscerà lo Stato palestinese, a meno che Israele non accetti un cessate il fuoco.", ("AGREE", {"ISR"}, set(), "hypothetical")),
    # a new subject after the comma opens a clause of its own
    ("it", "Con l'accordo di fase uno, Pechino si è impegnata ad acquistare beni dagli Stati Uniti.", ("AGREE", {"CHN"}, {"USA"}, "asserted")),
    # the time of a relative clause or of a fronted comparison is its own
    ("it", "Le truppe thailandesi e cambogiane, che già nel 2011 si erano scontrate, hanno ripreso i combattimenti lungo il confine.",
     ("ASSAULT", {"THA", "KHM"}, set(), "asserted")),
    ("it", "Come già nel 2022, la Cina ha circondato Taiwan con navi e aerei da guerra.", ("MOBILIZE", {"CHN"}, {"TWN"}, "asserted")),
    # a name ending in a report verb's form ("States") opens no report
    ("en", "The United States, Britain and France launched strikes on Syria on Saturday.", ("ASSAULT", {"USA", "GBR", "FRA"}, {"SYR"}, "asserted")),
    # a possessor owns its role alone, after a fronted "Citing ..." phrase
    ("en", "Citing the threat from China and North Korea, Japan's cabinet approved a plan on Friday to double defence spending within five years.",
     ("MOBILIZE", {"JPN"}, set(), "asserted")),
    # the object pronoun beats a later party; "alleged" qualifies, it accuses no one
    ("en", "Venezuela suspended a gas agreement with Trinidad and Tobago on Monday, accusing it of helping the CIA.",
     ("ACCUSE", {"VEN"}, {"TTO"}, "asserted")),
    # a protest against the own government has no recipient (the tune and most dev gold code it so)
    ("en", "Tens of thousands of Israelis demonstrated in Tel Aviv on Saturday against the government's plans to overhaul the judiciary.",
     ("PROTEST", {"ISR"}, set(), "asserted")),
    # a second verb of the same subject with no object of its own shares the first one's
    ("en", "Mohammad Javad Zarif blamed Israel on Monday for an explosion at the Natanz nuclear site and vowed revenge.",
     ("THREATEN", {"IRN"}, {"ISR"}, "asserted")),
    # saying who is behind an act accuses them of it
    ("en", "Justin Trudeau told parliament on Monday that Indian government agents may have been behind the killing of a Sikh leader.",
     ("ACCUSE", {"CAN"}, {"IND"}, "asserted")),
    # a threat is made when it is uttered, whatever it announces
    ("en", "China will not hesitate to start a war if Taiwan declares independence, Wei Fenghe told Lloyd Austin.",
     ("THREATEN", {"CHN"}, {"TWN"}, "asserted")),
    # a capital can be the agent of a passive
    ("it", "La Russia è stata attaccata da Kiev.", ("ASSAULT", {"UKR"}, {"RUS"}, "asserted")),
    ("it", "Due diplomatici estoni sono stati espulsi da Mosca.", ("SANCTION", {"RUS"}, {"EST"}, "asserted")),
    # where joint parties agree is a venue, not a party
    ("it", "Thailandia e Cambogia hanno concordato a Kuala Lumpur un cessate il fuoco immediato.", ("AGREE", {"THA", "KHM"}, set(), "asserted")),
    ("it", "Italia e Francia si sono impegnate a fornire a Kiev il sistema di difesa aerea SAMP/T.", ("AGREE", {"ITA", "FRA"}, {"UKR"}, "asserted")),
    # not ruling out force is itself a threat
    ("it", "Donald Trump non ha escluso il ricorso alla forza militare per prendere la Groenlandia.", ("THREATEN", {"USA"}, {"GRL"}, "asserted")),
    # German regional adjectives and juntas
    ("de", "Russische Truppen haben die ostukrainische Stadt Awdijiwka eingenommen.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    ("de", "Die Militärjunta in Niger hat den französischen Botschafter Sylvain Itté ausgewiesen.", ("SANCTION", {"NER"}, {"FRA"}, "asserted")),
    ("de", "Ein Moskauer Gericht hat die US-Basketballerin Brittney Griner zu neun Jahren Haft verurteilt.", ("SANCTION", {"RUS"}, {"USA"}, "asserted")),
    # what an owner-compound names is the party: "Israel-linked", "Greek-owned", "US-led"
    ("en", "Iranian commandos seized the Israel-linked container ship MSC Aries.", ("COERCE", {"IRN"}, {"ISR"}, "asserted")),
    ("en", "The US-led coalition struck Islamic State targets in Syria.", ("ASSAULT", {"USA"}, {"ISIS"}, "asserted")),
    # a fear in a fronted phrase is not the main clause's
    ("en", "Fearing a Hamas attack, Israel struck targets in Gaza.", ("ASSAULT", {"ISR"}, {"PSE"}, "asserted")),
    # whom a warning names is its recipient
    ("de", "Russland hat die NATO vor einer Eskalation gewarnt.", ("THREATEN", {"RUS"}, {"NATO"}, "asserted")),
    # the later words of a name are free in a trigger's gap
    ("it", "La Francia ha venduto agli Emirati Arabi Uniti ottanta caccia Rafale.", ("COOPERATE", {"FRA"}, {"ARE"}, "asserted")),
    # an attribute "von X unterstützten" is no party; the captured town is the target
    ("de", "Die von Ruanda unterstützten M23-Rebellen haben die Stadt Goma eingenommen.", ("ASSAULT", {"M23"}, {"COD"}, "asserted")),
    # "N months after X," dates X, not the main clause
    ("en", "Five months after M23 rebels seized Goma, Congo and Rwanda signed a peace agreement in Washington.",
     ("SUPPORT", {"COD", "RWA"}, set(), "asserted")),
    # the owner of a struck place is the target
    ("en", "Kyiv's main children's hospital was hit by a Russian missile on Monday.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    # demands are made of whom "da" names; a mediator is neither side
    ("it", "La Russia pretende dalla NATO garanzie scritte sul mancato allargamento a est.", ("REQUEST", {"RUS"}, {"NATO"}, "asserted")),
    ("it", "Con la mediazione di Pechino, Iran e Arabia Saudita hanno deciso di ristabilire le relazioni diplomatiche.",
     ("AGREE", {"IRN", "SAU"}, set(), "asserted")),
    # "Jong-un" ends in no article: no gap after it
    ("it", "Kim Jong-un ha ricevuto il ministro degli Esteri russo Sergej Lavrov.", ("CONSULT", {"RUS"}, {"PRK"}, "asserted")),
    # the possessor of an event noun acts
    ("en", "Benjamin Netanyahu apologised to Qatar's prime minister for Israel's strike on Doha.", ("ASSAULT", {"ISR"}, {"QAT"}, "asserted")),
    # a demand "on Friday that ..." governs its clause
    ("en", "The UN Security Council demanded on Friday that Rwanda withdraw its troops from eastern Congo.", ("REQUEST", {"UN"}, {"RWA"}, "asserted")),
    # a fear in a relative clause is not the main clause's; a name and its verb + infinitive
    ("en", "Poland, which feels threatened by Belarus, closed its border with the country on Tuesday.", ("COERCE", {"POL"}, set(), "asserted")),
    ("en", "Fearing that North Korea could use nuclear weapons, Joe Biden and Yoon Suk Yeol agreed to expand nuclear planning.",
     ("AGREE", {"USA", "KOR"}, set(), "asserted")),
    # an event noun as the subject of "could"
    ("en", "Takaichi said that a Chinese attack on Taiwan could be a survival-threatening situation for Japan.",
     ("ASSAULT", {"CHN"}, {"TWN"}, "hypothetical")),
    # a pronoun after a report is the report verb's subject
    ("en", "Hamas told Qatari and Egyptian mediators on Monday that it accepted their ceasefire proposal.", ("AGREE", {"HAMAS"}, {"QAT", "EGY"}, "asserted")),
    # the state a withdrawal leaves
    ("en", "Israel withdrew its troops from the southern Gaza city of Khan Younis on Sunday.", ("RETREAT", {"ISR"}, {"PSE"}, "asserted")),
    # a word inside a name starts no trigger ("New Zealand sanctioned" is no "new sanctions")
    ("en", "New Zealand has sanctioned Israel.", ("SANCTION", {"NZL"}, {"ISR"}, "asserted")),
    # the state that reports an attack with no target named is the one attacked
    ("en", "Pakistan's military said Indian missiles struck three of its air bases early on Saturday.", ("ASSAULT", {"IND"}, {"PAK"}, "asserted")),
    # headline style: the participle first, its parties after it
    ("it", "Espulsi da Mosca due diplomatici estoni.", ("SANCTION", {"RUS"}, {"EST"}, "asserted")),
    ("it", "Arrestato in Russia un cittadino francese con l'accusa di spionaggio.", ("COERCE", {"RUS"}, {"FRA"}, "asserted")),
    ("it", "Firmato a Washington l'accordo di pace tra Armenia e Azerbaigian.", ("SUPPORT", {"ARM", "AZE"}, set(), "asserted")),
    # a threat with its content is a threat made
    ("en", "Trump renewed his threat to impose tariffs on Mexico.", ("THREATEN", {"USA"}, {"MEX"}, "asserted")),
])
def test_coding_conventions(lang: str, text: str, expected: tuple[str, set[str], set[str], str]) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    got = {(e.type, frozenset(a.code for a in e.actors), frozenset(r.code for r in e.recipients), e.modality) for e in doc.events}
    etype, actors, recipients, modality = expected
    assert (etype, frozenset(actors), frozenset(recipients), modality) in got, got


@pytest.mark.parametrize("text,expected", [
    # the subject of "rappresenta una minaccia" is part of the view, not an act asserted
    ("Per Varsavia, il dispiegamento di truppe bielorusse al confine rappresenta una minaccia alla sicurezza polacca.",
     {("MOBILIZE", "BLR", "POL", "perceived")}),
    # "si dice preoccupato che X ...": the worry covers the "che" clause
    ("Il Giappone si dice preoccupato che Pechino fornisca droni alla Russia.", {("AID", "CHN", "RUS", "perceived")}),
    # a fear after the act is its motive: the strike took place
    ("La Russia ha attaccato Kiev temendo che l'Ucraina ricevesse nuove armi.", {("ASSAULT", "RUS", "UKR", "asserted")}),
    # "qualsiasi attacco X": an act of any kind is a supposition
    ("Mosca ha fatto sapere che qualsiasi attacco ucraino riceverà una risposta durissima.",
     {("ASSAULT", "UKR", None, "hypothetical")}),
    # "non esclude di ...": a possibility, not a refusal
    ("Parigi non esclude di inviare truppe in Ucraina.", {("AID", "FRA", "UKR", "hypothetical")}),
    # "sarebbe pronta a" under a condition: a conditional readiness, not hearsay
    ("Se gli Stati Uniti ritirassero le loro truppe dalla Germania, la Polonia sarebbe pronta ad accoglierle.",
     {("RETREAT", "USA", "DEU", "hypothetical"), ("AGREE", "POL", None, "hypothetical")}),
    # what worries a party ("cresce la preoccupazione per ...") is seen, not asserted
    ("In Europa cresce la preoccupazione per il riarmo della Russia.", set()),
])
def test_italian_perception_and_possibility_scopes(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "it", "2024-05-01", modality=True)
    assert {e for e in got if e[3] != "perceived"} == {e for e in expected if e[3] != "perceived"}, got


@pytest.mark.parametrize("text,expected", [
    # an unowned act in a "dopo" phrase, the topic of a conference: background, not events
    ("La Lettonia considera la Russia il vicino più pericoloso dopo l'invasione dell'Ucraina.", set()),
    ("Alla conferenza di Roma sul sostegno all'Ucraina hanno partecipato quaranta paesi.", set()),
    ("Israele ha colpito l'Iran dopo l'attacco di Teheran.", {("ASSAULT", "ISR", "IRN", "asserted")}),
    # "ritirare le truppe dal X": "dal" says where from, whatever the tense
    ("La Germania ritirerà le truppe dal Mali entro maggio.", {("CONCEDE", "DEU", "MLI", "asserted")}),
    ("La Russia ha deciso di ritirare le truppe dalla Siria.", {("RETREAT", "RUS", "SYR", "asserted")}),
    # two capitals paired by "tra ... e" are the two sides
    ("Nessun accordo tra Washington e Pechino sui dazi.", {("AGREE", "USA", None, "negated")}),
    ("Scambio di prigionieri tra Mosca e Kiev.", {("RETREAT", "RUS", None, "asserted")}),
    # what is accepted is given by the sender
    ("La Turchia ha accettato le squadre di soccorso inviate dalla Grecia.", {("AID", "GRC", "TUR", "asserted")}),
])
def test_italian_background_nouns_sources_and_sides(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert _coded(text, "it", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a summit in a fronted adjunct, or "riuniti a <città>", is the setting of the act coded ...
    ("Al vertice di Vilnius gli alleati della NATO hanno promesso all'Ucraina nuovi aiuti militari.",
     {("AGREE", "NATO", "UKR", "asserted")}),
    ("Nuove sanzioni contro la Russia sono state approvate dai ministri degli Esteri dell'UE riuniti a Bruxelles.",
     {("SUPPORT", "EU", "BEL", "asserted"), ("SANCTION", "EU", "RUS", "asserted")}),
    # ... but a two-party summit is itself the meeting
    ("Al vertice di Anchorage Trump e Putin non hanno raggiunto alcun accordo.",
     {("AGREE", "USA", None, "negated"), ("CONSULT", "USA", None, "asserted")}),
    # the owner of the weapon is the agent of the passive
    ("Quattro soldati israeliani sono stati uccisi da un razzo di Hezbollah.", {("ASSAULT", "HEZBOLLAH", "ISR", "asserted")}),
    # "In visita a X," before the subject: the subject visits
    ("In visita a Kiev, il cancelliere tedesco Friedrich Merz ha promesso nuovi aiuti all'Ucraina.",
     {("CONSULT", "DEU", "UKR", "asserted"), ("AGREE", "DEU", "UKR", "asserted")}),
    # the source of a report is no party of the act
    ("Secondo il governo di Kiev, i bombardamenti russi su Odessa hanno colpito un ospedale.", {("ASSAULT", "RUS", "UKR", "asserted")}),
    # the clitic "gli" is the addressee, an uncoded name after the verb is the content
    ("Il presidente francese ha ricevuto Vladimir Putin all'Eliseo e gli ha chiesto di proteggere le persone Lgbt in Cecenia.",
     {("REQUEST", "FRA", "RUS", "asserted"), ("CONSULT", "RUS", "FRA", "asserted")}),
    # troops sent into another country are aid to it; a region is no country
    ("L'Italia non invierà soldati in Ucraina.", {("AID", "ITA", "UKR", "negated")}),
    ("La Russia ha inviato truppe in Crimea.", {("MOBILIZE", "RUS", None, "asserted")}),
    # what an agreement allows is its content; the signing is the event
    ("Giappone e Filippine hanno firmato un accordo che consente il dispiegamento di truppe.", {("SUPPORT", "JPN", None, "asserted")}),
])
def test_italian_settings_agents_and_destinations(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert _coded(text, "it", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # an Italian visit or attendance that will not take place is a negated CONSULT, not a refusal
    ("Il presidente brasiliano Lula non andrà al vertice dei Brics.", {("CONSULT", "BRA", "BRICS", "negated")}),
])
def test_italian_negated_future_attendance(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert _coded(text, "it", "2024-10-20", modality=True) == expected


@pytest.mark.parametrize("lang,text", [
    ("it", "Sentendosi minacciata dalla Cina, Manila ha rafforzato la cooperazione militare con Washington."),
    ("fr", "Le Japon se sent menacé par les essais nucléaires nord-coréens."),
    ("de", "Polen fühlt sich von Russland bedroht und rüstet auf."),
    ("en", "Poland views Russia as a threat to its security."),
    # a threat described, not made
    ("it", "Nel documento strategico Taipei si dice sempre più minacciata dalle manovre cinesi."),
    ("en", "Estonia faces the gravest threat since independence from Russia, its president said."),
])
def test_felt_threats_are_never_asserted(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert not [e for e in doc.events if e.type in ("THREATEN", "ASSAULT") and e.modality == "asserted"]


def test_german_separable_particle_closes_the_clause() -> None:
    text = "Dort sicherte der Kanzler der Republik Moldau weitere Unterstützung beim Wiederaufbau zu."
    doc = dyads.analyze("Olaf Scholz ist nach Chișinău gereist. " + text, lang="de", date="2023-06-01")
    assert any(e.type == "AGREE" and e.trigger.text.endswith("zu") for e in doc.events), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("de", "Scholz reist nächsten Dienstag nach Peking."),
    ("it", "Meloni vola domani a Washington per incontrare Biden."),
    ("en", "Blinken visits Beijing next week."),
])
def test_a_planned_visit_is_a_promise(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert [e.type for e in doc.events] == ["AGREE"], [e.to_dict() for e in doc.events]


def test_people_a_participle_describes_are_no_actors() -> None:
    doc = dyads.analyze("La Germania ha espulso quaranta diplomatici russi dopo la scoperta dei civili uccisi a Bucha.",
                        lang="it", date="2022-04-04")
    assert not any(e.type == "ASSAULT" and any(a.text == "civili" for a in e.actors) for e in doc.events)


@pytest.mark.parametrize("lang,text,types", [
    # whoever supplied the things that arrived did not travel
    ("it", "I carri armati forniti dalla Germania sono arrivati in Ucraina.", {"AID"}),
    # what the aircraft are for is no attack
    ("it", "L'Italia venderà all'Egitto due fregate e 24 aerei da combattimento.", {"AGREE"}),
    # a list inside a promise is all promised ("and about 40 ..." joins things, not clauses)
    ("en", "Germany promised to send an air-defence battery and about 40 infantry fighting vehicles to Ukraine.", {"AGREE"}),
    # what the accused is blamed for is the accusation's content
    ("en", "Putin blamed Ukraine on Saturday for the concert hall attack that killed 140 people near Moscow.", {"ACCUSE"}),
    ("en", "Mali's junta arrested a French national on Thursday over an alleged plot to destabilise the country.", {"COERCE"}),
    # "sostiene che" reports a claim
    ("it", "Washington sostiene che l'Iran abbia consegnato alla Russia missili balistici.", {"AID"}),
    # what a verdict was for (no threat, no theft); a word inside a longer trigger (the prison term is imprisonment)
    ("en", "A Russian court sentenced US soldier Gordon Black to nearly four years in prison for theft and threatening murder.",
     {"SANCTION", "COERCE"}),
    ("en", "Australia expelled Iran's ambassador, accusing Tehran of directing arson attacks on a synagogue.", {"SANCTION", "ACCUSE"}),
    # a subject and its verb after "after" are a clause, not a description
    ("en", "Kenyan President William Ruto withdrew the finance bill on Wednesday, a day after protesters stormed parliament in Nairobi.",
     {"CONCEDE", "PROTEST"}),
    # a participle after a comma describes the person before it
    ("it", "L'Iran ha rilasciato la cooperante Nazanin Zaghari-Ratcliffe, detenuta da quasi sei anni.", {"RETREAT"}),
    # an act whose absence is the condition of another is no event of its own
    ("en", "Benjamin Netanyahu said Israel would resume fighting in Gaza if Hamas did not free the hostages by Saturday.",
     {"ASSAULT", "THREATEN"}),
    ("en", "Washington and its allies will impose severe costs on Moscow if it invades Ukraine, Antony Blinken said in Kyiv on Wednesday.",
     {"SANCTION", "THREATEN"}),
    # a fronted time phrase dates the main clause; the distance from an act dates the act before it
    ("de", "Nach dem Überfall der Hamas hat Israel den Gazastreifen abgeriegelt.", {"COERCE"}),
    ("it", "Missili russi hanno colpito il porto di Odessa, ad appena un giorno dalla firma dell'accordo sul grano.", {"ASSAULT"}),
    ("de", "Armenien hat Russland nach den Gefechten an der Grenze zu Aserbaidschan um militärischen Beistand ersucht.", {"REQUEST"}),
    ("de", "Wegen eines russischen Hackerangriffs hat die Bundesregierung ihren Botschafter in Moskau zurückgerufen.", {"SANCTION"}),
    # the German zu-infinitive after a comma is what was alleged
    ("de", "Alijew hat Russland beschuldigt, ein aserbaidschanisches Passagierflugzeug abgeschossen zu haben.", {"ACCUSE"}),
])
def test_what_is_not_an_event_of_its_own(lang: str, text: str, types: set[str]) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert {e.type for e in doc.events} == types, [e.to_dict() for e in doc.events]


def test_a_plan_for_a_case_threatens_no_one() -> None:
    # a condition that names no party is a plan for a case, not a warning to anyone
    doc = dyads.analyze("Sollten die Verhandlungen scheitern, will Israel seine Offensive im Gazastreifen ausweiten.", lang="de", date="2024-05-01")
    assert not [e for e in doc.events if e.type == "THREATEN"], [e.to_dict() for e in doc.events]


def test_a_plan_the_reporter_describes_threatens_no_one() -> None:
    # a threat is said by someone; a conditional plan in the reporter's words is no threat
    doc = dyads.analyze("Die USA wollen ihre Sanktionen gegen Venezuela verschärfen, wenn Maduro keine freien Wahlen zulässt.",
                        lang="de", date="2024-05-01")
    assert [(e.type, e.modality) for e in doc.events] == [("SANCTION", "hypothetical")], [e.to_dict() for e in doc.events]


def test_a_restriction_is_no_threat() -> None:
    # "only if" restricts the act; it warns no one
    doc = dyads.analyze("Russland werde Atomwaffen nur einsetzen, wenn die Existenz des Landes bedroht sei, sagte Peskow.",
                        lang="de", date="2024-05-01")
    assert [(e.type, e.modality) for e in doc.events] == [("ASSAULT", "hypothetical")], [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text,kept", [
    # what a fronted phrase of belief or concern is about is perceived; the act after it is real
    ("en", "Convinced that Russia was behind the sabotage of a railway line, Poland shut down the last Russian consulate on Wednesday.",
     {"SANCTION"}),
    ("en", "Over concerns that Huawei could help Chinese intelligence, Britain banned the company from its 5G network.", {"SANCTION"}),
    # what a state feels threatened or provoked by is its perception, whatever the act
    ("de", "Nordkorea fühlt sich durch die gemeinsamen Militärübungen der USA und Südkoreas provoziert.", set()),
    ("en", "North Korea feels provoked by the joint military drills of the United States and South Korea.", set()),
    # what is watched with concern or held to be likely is perceived; any feared act is
    ("de", "Japan beobachtet die gemeinsamen Patrouillenflüge russischer und chinesischer Bomber mit großer Sorge.", set()),
    ("de", "Die Bundesregierung hält einen russischen Angriff auf NATO-Gebiet innerhalb von acht Jahren für möglich.", set()),
    ("de", "Die Ukraine fürchtet nach dem Eklat im Weißen Haus, dass Washington die Militärhilfe einstellen könnte.", set()),
    ("en", "Japan is watching the joint patrols of Russian and Chinese bombers with growing concern.", set()),
    ("it", "Tokyo osserva con allarme la cooperazione militare tra Russia e Corea del Nord.", set()),
    ("it", "Preoccupa Seul il trasferimento di tecnologia missilistica russa a Pyongyang.", set()),
    ("it", "Le incursioni di droni sugli aeroporti danesi vengono percepite a Copenaghen come un attacco ibrido russo.", set()),
    ("it", "Agli occhi di Helsinki, l'arrivo di centinaia di migranti al confine è un attacco ibrido orchestrato da Mosca.", set()),
    ("it", "Molti taiwanesi vedono nelle manovre cinesi attorno all'isola la prova generale di un'invasione.", set()),
    ("de", "Australien zeigt sich beunruhigt über das Sicherheitsabkommen zwischen China und den Salomonen.", set()),
    ("de", "Estland rechnet nach der Entfernung eines sowjetischen Denkmals in Narva mit russischen Cyberangriffen.", set()),
    # a danger reported, and what a party faces, are no threats
    ("de", "Ohne eine sofortige Waffenruhe droht im Norden des Gazastreifens eine Hungersnot, warnte das Welternährungsprogramm.", set()),
    # a German main clause warning of a danger names no one warned
    ("de", "Polen warnt nach einer Explosion an einer wichtigen Bahnstrecke vor weiteren russischen Sabotageakten.", set()),
])
def test_what_is_feared_or_believed_is_perceived(lang: str, text: str, kept: set[str]) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert {e.type for e in doc.events if e.modality != "perceived"} == kept, [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("de", "Sollte Russland ein Mitgliedsland angreifen, werde die NATO jeden Zentimeter verteidigen, sagte Stoltenberg."),
    ("en", "Should the talks fail, the EU will impose new sanctions on Russia."),
    ("en", "Were China to invade Taiwan, the United States would defend the island, Biden said."),
    # in the event of an attack
    ("de", "Bei einem Angriff auf ein Mitglied würde die NATO geschlossen reagieren."),
])
def test_a_condition_opened_by_its_verb(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert doc.events and all(e.modality == "hypothetical" or e.type == "THREATEN" for e in doc.events), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "NATO warned of a possible Russian attack on the Baltic states."),
    ("de", "Die NATO hat vor einem russischen Angriff auf das Baltikum gewarnt."),
    ("it", "La NATO ha messo in guardia contro un possibile attacco russo ai Paesi baltici."),
    ("it", "Taipei teme che Pechino sfrutti le sue esercitazioni attorno all'isola per preparare un blocco navale."),
])
def test_a_warning_about_a_danger_is_no_threat(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert not [e for e in doc.events if e.modality not in ("perceived",)], [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia was suspended from the UN Human Rights Council on Thursday."),
    ("it", "L'ambasciata israeliana ad Ankara è stata attaccata lunedì."),
    ("it", "Uccisi in Siria tre soldati americani."),
])
def test_an_agentless_passive_names_no_actor(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert not doc.events, [e.to_dict() for e in doc.events]


def test_pronominal_and_names_are_no_passive() -> None:
    doc = dyads.analyze("Il Dipartimento di Stato ha sanzionato quattro giudici della Corte penale internazionale.", lang="it", date="2025-06-05")
    assert any(e.type == "SANCTION" and {a.code for a in e.actors} == {"USA"} for e in doc.events), [e.to_dict() for e in doc.events]


def test_who_an_attack_is_attributed_to_acts() -> None:
    doc = dyads.analyze("Thousands of pagers exploded across Lebanon in an attack widely attributed to Israel.", lang="en", date="2024-09-17")
    assert any(e.type == "ASSAULT" and {a.code for a in e.actors} == {"ISR"} for e in doc.events), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text,expected", [
    # what a receiver secured or obtained was given by the other side
    ("en", "Argentina secured a 20 billion dollar loan from the International Monetary Fund on Friday.", ("AID", {"IMF"}, {"ARG"})),
    ("it", "L'Egitto ha ottenuto un prestito di tre miliardi dal Fondo monetario internazionale.", ("AID", {"IMF"}, {"EGY"})),
    # a participle clause shares the main clause's subject; the main verb's object is addressed
    ("en", "Poland sent Germany a diplomatic note on Monday demanding 1.3 trillion euros in reparations.", ("REQUEST", {"POL"}, {"DEU"})),
    # an object pronoun stands for the party last named
    ("en", "Algeria cut ties with Morocco on Tuesday, accusing it of hostile acts.", ("ACCUSE", {"DZA"}, {"MAR"})),
    ("it", "L'Algeria ha rotto le relazioni diplomatiche con il Marocco, accusandolo di azioni ostili.", ("ACCUSE", {"DZA"}, {"MAR"})),
])
def test_who_gives_and_who_is_meant(lang: str, text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    got = {(e.type, frozenset(a.code for a in e.actors), frozenset(r.code for r in e.recipients)) for e in doc.events}
    assert (expected[0], frozenset(expected[1]), frozenset(expected[2])) in got, got


@pytest.mark.parametrize("lang,text,expected", [
    # a warning that closes the sentence is made by its speaker to the party the main clause threatens
    ("it", "La Cina invaderebbe Taiwan se l'isola dichiarasse l'indipendenza, ha avvertito Pechino.", ("CHN", "TWN")),
    ("de", "Sollte der Westen der Ukraine Angriffe auf Russland erlauben, befände sich die NATO im Krieg mit Russland, warnte Wladimir Putin.",
     ("RUS", "NATO")),
])
def test_a_closing_warning_is_made_by_its_speaker(lang: str, text: str, expected: tuple[str, str]) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    threats = [(e.actors[0].code, e.recipients[0].code if e.recipients else None, e.modality) for e in doc.events if e.type == "THREATEN"]
    assert threats == [(expected[0], expected[1], "asserted")], threats


@pytest.mark.parametrize("lang,text,expected", [
    # a finite verb joined by "and" after an accusation is a second act of the main subject
    ("en", "The Czech Republic accused Russia of a blast at an ammunition depot and expelled 18 Russian diplomats.",
     {("ACCUSE", "CZE", "RUS"), ("SANCTION", "CZE", "RUS")}),
    ("it", "La Repubblica Ceca ha accusato la Russia dell'esplosione di un deposito e ha espulso 18 diplomatici russi.",
     {("ACCUSE", "CZE", "RUS"), ("SANCTION", "CZE", "RUS")}),
    # what a protest demands is the protest; the reason after "over" is no event of its own
    ("en", "Thousands of Armenians rallied in Yerevan on Thursday to demand Prime Minister Nikol Pashinyan's resignation.",
     {("PROTEST", "ARM", None)}),
    ("en", "Australia expelled Iran's ambassador on Tuesday over arson attacks on a Sydney restaurant.", {("SANCTION", "AUS", "IRN")}),
    # the UN's nuclear watchdog is named by its description, with no antecedent
    ("en", "Iran suspended its cooperation with the UN nuclear watchdog on Thursday.", {("SANCTION", "IRN", "IAEA")}),
])
def test_second_acts_purposes_and_reasons(lang: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, lang, "2024-05-01")
    assert got == expected, got


@pytest.mark.parametrize("lang,text,expected", [
    # a warning closing a conditional statement counts even with no party after the verb
    ("en", "If the West sends troops, Russia will strike them, Vladimir Putin warned on Tuesday.", ("THREATEN", "RUS", None)),
    # with no other party in the main clause, the warning is aimed at the one the condition names
    ("de", "Sollte sich Taiwan für unabhängig erklären, werde China nicht zögern, einen Krieg zu beginnen, warnte Verteidigungsminister Wei Fenghe.",
     ("THREATEN", "CHN", "TWN")),
    # what a party "must" do, in another's words, is that speaker's demand
    ("en", "Ukraine must withdraw its troops from the four regions, Vladimir Putin said on Friday.", ("REQUEST", "RUS", "UKR")),
    ("en", "The EU said Russia must withdraw its forces from Ukraine.", ("REQUEST", "EU", "RUS")),
    ("it", "L'Ucraina deve ritirare le sue truppe dalle quattro regioni, ha detto Putin.", ("REQUEST", "RUS", "UKR")),
    # where an organisation meets is the venue, not a party
    ("en", "Arab League ministers condemned Israel at an emergency meeting in Cairo on Sunday.", ("CONSULT", "LAS", None)),
    # "X-flagged", "X-made": the state named before the hyphen is the party
    ("en", "Iran's Revolutionary Guards seized a South Korean-flagged tanker in the Gulf on Monday.", ("COERCE", "IRN", "KOR")),
    ("en", "Germany chose on Monday to buy US-made F-35 stealth jets.", ("COOPERATE", "DEU", "USA")),
])
def test_speakers_venues_and_owners(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    got = _coded(text, lang, "2024-05-01")
    assert expected in got, got


@pytest.mark.parametrize("lang,text,expected", [
    # two parties acting on each other: one event each way
    ("en", "Ottawa and New Delhi expelled each other's top diplomats on Monday.", {("SANCTION", "CAN", "IND"), ("SANCTION", "IND", "CAN")}),
    ("it", "Armenia e Azerbaigian si sono accusati a vicenda di aver violato il cessate il fuoco.",
     {("ACCUSE", "ARM", "AZE"), ("ACCUSE", "AZE", "ARM")}),
])
def test_reciprocal_acts_go_both_ways(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = _coded(text, lang, "2024-05-01")
    assert got == expected, got


@pytest.mark.parametrize("lang,text,expected", [
    # what is denied is coded, negated; the denial is no refusal
    ("en", "Iran's foreign ministry denied on Monday that Tehran had supplied Russia with drones.", ("AID", "IRN", "RUS", "negated")),
    ("it", "Teheran ha smentito di aver fornito droni alla Russia.", ("AID", "IRN", "RUS", "negated")),
    # a fronted emotion is the perception of what follows "by"
    ("en", "Unnerved by North Korea's missile tests, Seoul and Washington agreed to deploy a missile shield.", ("MOBILIZE", "PRK", None, "perceived")),
    # an inverted condition's subject follows its opener
    ("de", "Die USA haben China vor ernsten Konsequenzen gewarnt, sollte Peking Russland Waffen liefern.", ("AID", "CHN", "RUS", "hypothetical")),
    # "ohne" negates only the act right after it
    ("de", "Nordkorea werde ohne Zögern Atomwaffen einsetzen, sollten Südkorea und die USA das Land angreifen, erklärte Kim Jong Un.",
     ("ASSAULT", "PRK", "KOR", "hypothetical")),
    # an earlier act of the subject, measured from: historical
    ("en", "Algeria closed its airspace to Moroccan aircraft on Wednesday, a month after cutting diplomatic ties with Rabat.",
     ("SANCTION", "DZA", "MAR", "historical")),
])
def test_denials_fears_conditions_and_earlier_acts(lang: str, text: str, expected: tuple[str, str, str | None, str]) -> None:
    got = _coded(text, lang, "2024-05-01", modality=True)
    assert expected in got, got


def test_a_circumstance_names_no_recipient() -> None:
    doc = dyads.analyze("Egyptian and Sudanese air force units began joint exercises near Khartoum on Saturday, amid tensions with Ethiopia.",
                        lang="en", date="2024-05-01")
    assert all("ETH" not in {r.code for r in e.recipients} for e in doc.events), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("lang,text,expected", [
    # what a threat is made "with" is the threatener's act, hypothetical
    ("en", "Mike Pompeo threatened Iran with the strongest sanctions in history unless it changed course.", ("SANCTION", "USA", "IRN", "hypothetical")),
    # a capital before an institution names its state
    ("en", "A Moscow court sentenced US journalist Evan Gershkovich to 16 years in prison.", ("SANCTION", "RUS", "USA", "asserted")),
    # possessed names coordinate: both leaders act
    ("en", "Serbian President Aleksandar Vucic and Kosovo's Prime Minister Albin Kurti held talks in Brussels.", ("CONSULT", "SRB", None, "asserted")),
    # a fear noun before a that-clause: the feared act is perceived
    ("de", "In Lettland haben viele Menschen Angst, dass Russland das Baltikum angreifen könnte.", ("ASSAULT", "RUS", None, "perceived")),
])
def test_threat_contents_courts_and_fears(lang: str, text: str, expected: tuple[str, str, str | None, str]) -> None:
    got = _coded(text, lang, "2024-05-01", modality=True)
    assert expected in got, got


def test_a_state_acting_at_home_names_no_foreign_recipient() -> None:
    doc = dyads.analyze("Turkish police detained Istanbul mayor Ekrem Imamoglu in a dawn raid on his home.", lang="en", date="2025-03-19")
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert coerce and coerce[0].actors[0].code == "TUR" and [r.code for r in coerce[0].recipients] == [None], [e.to_dict() for e in doc.events]
    # elsewhere the state itself is coded (decision 43)
    doc = dyads.analyze("Russische Behörden haben den Kremlkritiker Alexej Nawalny bei seiner Ankunft in Moskau festgenommen.", lang="de", date="2021-01-17")
    assert any(e.type == "COERCE" and {r.code for r in e.recipients} == {"RUS"} for e in doc.events), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("text,unwanted", [
    # a participle used as an adjective, and a field's workers, are no acts
    ("G7 leaders agreed on Thursday to give Ukraine a loan backed by the profits of frozen Russian assets.", "SANCTION"),
    ("Iran freed British-Iranian aid worker Nazanin Zaghari-Ratcliffe on Wednesday.", "AID"),
])
def test_english_attributes_are_no_acts(text: str, unwanted: str) -> None:
    doc = dyads.analyze(text, lang="en", date="2024-05-01")
    assert unwanted not in {e.type for e in doc.events}, [e.to_dict() for e in doc.events]


def test_a_relative_clause_on_the_object_names_no_recipient() -> None:
    doc = dyads.analyze("Hundreds of thousands marched in Hong Kong against a bill that would allow extraditions to mainland China.",
                        lang="en", date="2019-06-09")
    assert [(e.type, [r.code for r in e.recipients]) for e in doc.events] == [("PROTEST", [])], [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # services and legislatures the KB lists act for their state
    ("British Royal Marines seized an Iranian supertanker off Gibraltar on Thursday.", ("COERCE", "GBR", "IRN")),
    ("The US Senate ratified the accession of Finland and Sweden to NATO on Wednesday.", ("SUPPORT", "USA", "FIN")),
    # protesters across a country act for it
    ("Nearly 300,000 protesters blocked roads and fuel depots across France on Saturday.", ("PROTEST", "FRA", None)),
    # "in northern Syria" is where the troops are, not who acts
    ("The Pentagon ordered US troops in northern Syria to pull out of the country on Sunday.", ("RETREAT", "USA", None)),
    # "the jihadists" refers to the armed group named before
    ("Iraqi forces drove Islamic State out of Mosul, three years after the jihadists overran the city in June 2014.", ("ASSAULT", "ISIS", "IRQ")),
])
def test_english_actors_named_by_services_places_and_anaphors(text: str, expected: tuple[str, str, str | None]) -> None:
    got = _coded(text, "en", "2019-10-13")
    assert expected in got, got


@pytest.mark.parametrize("lang,text", [
    # what a state considers or perceives as a threat is its perception
    ("it", "Atene considera una minaccia alla sua sovranità l'invio della nave turca Oruc Reis in acque rivendicate dalla Grecia."),
    ("it", "La Cina percepisce il nuovo patto Aukus come una minaccia alla stabilità dell'Indo-Pacifico."),
])
def test_what_is_considered_a_threat_is_perceived(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2021-09-16")
    assert all(e.modality == "perceived" for e in doc.events), [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("text,unwanted_asserted", [
    # a list of names between "durch" and "bedroht" is still what the state feels threatened by
    ("Serbien sieht sich durch das neue Militärbündnis zwischen Kroatien, Albanien und dem Kosovo bedroht.", {"THREATEN"}),
    # what an act waits for (", bis ...") has not happened
    ("Israel hält den Grenzübergang Rafah geschlossen, bis die Hamas die Leichen aller getöteten Geiseln übergeben hat.", {"RETREAT", "ASSAULT"}),
    # an event noun whose "würde" comes several words later is hypothetical
    ("Ein Einmarsch der Türkei in Nordsyrien würde die Lage der Zivilbevölkerung dramatisch verschlechtern.", {"ASSAULT"}),
    # an inflected participle before its noun describes it
    ("Venezuela hat zehn inhaftierte US-Bürger im Austausch gegen nach El Salvador abgeschobene Venezolaner freigelassen.", {"COERCE"}),
])
def test_german_perceptions_conditions_and_attributes(text: str, unwanted_asserted: set[str]) -> None:
    doc = dyads.analyze(text, lang="de", date="2024-05-01")
    assert not {e.type for e in doc.events if e.modality == "asserted"} & unwanted_asserted, [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # "the United States" says nothing: its last word is no report verb
    ("Beijing banned exports of gallium, germanium and antimony to the United States.", {("SANCTION", "CHN", "USA")}),
    ("The United States will impose tariffs on Mexico if it does not stop migrants.", {("SANCTION", "USA", "MEX")}),
    # what an agreement provides, what a protest is against, and the summit a visit goes to are no acts of their own
    ("India and Pakistan signed an agreement on Thursday to open a visa-free corridor for Sikh pilgrims.", {("SUPPORT", "IND", None)}),
    ("Supporters of Iran-backed militias broke into the US embassy compound in Baghdad to protest against American air strikes.",
     {("PROTEST", "IRQ", "USA")}),
    ("Egypt pledged 500 million dollars on Tuesday for the reconstruction of Gaza after the latest fighting between Israel and Hamas.",
     {("AGREE", "EGY", "PSE")}),
])
def test_names_contents_and_topics(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2024-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a city naming a document is no party; a date is no part of a name
    ("Armenian lawmakers voted to join the International Criminal Court, ratifying its founding Rome Statute.", {("SUPPORT", "ARM", "ICC")}),
    ("Volodymyr Zelensky appealed to the US Congress on Wednesday for more air defences.", {("REQUEST", "UKR", "USA")}),
    # who is angered by an act is no party to it; a fronted phrase's name joins no list after its comma
    ("Armenian and American soldiers began ten days of joint exercises near Yerevan, angering Moscow.", {("COOPERATE", "ARM", None)}),
    ("Citing the threat from Russia, Lithuanian lawmakers voted to withdraw from the convention banning cluster munitions.",
     {("RETREAT", "LTU", None)}),
])
def test_documents_dates_reactions_and_fronted_names(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2024-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # an embassy in a capital names that capital's state; a possessor before a hyphenated adjective owns the role
    ("The United Arab Emirates reopened its embassy in Damascus on Thursday.", ("SUPPORT", "ARE", "SYR")),
    ("Libya's UN-recognised government formally asked Turkey for military support.", ("REQUEST", "LBY", "TUR")),
    # what the actor is concerned about is no recipient
    ("Indonesia sent fighter jets and warships to the Natuna Islands, concerned about Chinese fishing boats.", ("MOBILIZE", "IDN", None)),
])
def test_embassies_possessors_and_concerns(text: str, expected: tuple[str, str, str | None]) -> None:
    got = _coded(text, "en", "2019-12-27")
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # an act dated to an earlier year in a "since" clause is background history
    ("Egyptian President Abdel Fattah al-Sisi arrived in Doha on Tuesday, his first visit to Qatar since Cairo cut ties with it in 2017.",
     ("SANCTION", "EGY", "historical")),
    # forces sent "to help" are aid; the help a pledge is for is no act of its own
    ("The United States sent the aircraft carrier George Washington to the Philippines to help survivors of Typhoon Haiyan.",
     ("AID", "USA", "asserted")),
])
def test_since_years_and_help(text: str, expected: tuple[str, str, str]) -> None:
    doc = dyads.analyze(text, lang="en", date="2022-09-13")
    got = {(e.type, e.actors[0].code, e.modality) for e in doc.events}
    assert expected in got, got


def test_a_pledge_to_help_is_one_event() -> None:
    doc = dyads.analyze("The Gulf Cooperation Council pledged 20 billion dollars over ten years to Bahrain and Oman to help ease unrest.",
                        lang="en", date="2011-03-10")
    assert [e.type for e in doc.events] == ["AGREE"], [e.to_dict() for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # what a party tells others it does is addressed to them; whom a closing speaker tells is no party
    ("Hamas told Qatari and Egyptian mediators on Monday that it accepted their ceasefire proposal.", ("AGREE", "HAMAS", "QAT")),
    ("Bangladesh can no longer take in refugees from Myanmar, its foreign secretary told the UN Security Council.", ("AID", "BGD", "MMR")),
    # "US-hosted talks": the host is the counterpart
    ("Sudan's army did not send a delegation to the US-hosted ceasefire talks that opened in Switzerland on Wednesday.", ("CONSULT", "SDN", "USA")),
])
def test_audiences_and_hosts(text: str, expected: tuple[str, str, str]) -> None:
    got = _coded(text, "en", "2024-05-06")
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # a body suspending a member; a participle after a numeral before its noun is an adjective
    ("The African Union suspended Niger after the military coup.", {("SANCTION", "AU", "NER")}),
    ("Venezuela released six jailed American oil executives.", {("RETREAT", "VEN", "USA")}),
    # (but a numeral subject keeps its verb)
    ("The Group of 20 admitted the African Union as a permanent member on Saturday.", {("SUPPORT", "G20", "AU")}),
    # a verb-like word inside a noun compound is no act
    ("Chinese coast guard ships fired water cannon at a Philippine supply vessel near the Second Thomas Shoal.", {("ASSAULT", "CHN", "PHL")}),
])
def test_members_numerals_and_compounds(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2023-08-22")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "strike" with a state as its object is an attack; a labour strike is not
    ("Emmanuel Macron said France would strike Syria if it were proven that chemical weapons had been used.",
     {("ASSAULT", "FRA", "SYR", "hypothetical"), ("THREATEN", "FRA", "SYR", "asserted")}),
    ("Workers staged a general strike in France on Thursday.", {("PROTEST", "FRA", None, "asserted")}),
])
def test_strike_with_a_state_as_object(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2018-02-14", modality=True)
    assert got == expected, got


def test_its_title_belongs_to_the_subject() -> None:
    # "foreign secretary" names Britain by default; "its foreign secretary" is the subject's
    doc = dyads.analyze("Bangladesh can no longer take in refugees from Myanmar, its foreign secretary told the UN Security Council.",
                        lang="en", date="2019-03-01")
    assert [m.code for m in doc.mentions if m.text == "foreign secretary"] == ["BGD"], [(m.text, m.code) for m in doc.mentions]


@pytest.mark.parametrize("text,date,expected", [
    # the act keeps its own object; the threat is aimed at the party whose act is the condition,
    # here after an inverted "should"
    ("Abdul-Malik al-Houthi said his fighters would fire missiles and drones at Israel should the United States intervene in Gaza.",
     "2023-10-10", {("ASSAULT", "HOUTHIS", "ISR", "hypothetical"), ("THREATEN", "HOUTHIS", "USA", "asserted")}),
    # "a drone and missile attack": "and" inside the noun phrase opens no clause
    ("Yemen's Houthi movement claimed a drone and missile attack on Abu Dhabi on Monday that set fuel trucks ablaze.",
     "2022-01-18", {("ASSAULT", "HOUTHIS", "ARE", "asserted")}),
    # "four years after expelling": a distance in years dates the subject's earlier act
    ("Albania cut diplomatic ties with Iran over a cyberattack, four years after expelling Iran's ambassador in 2018.",
     "2022-09-07", {("SANCTION", "ALB", "IRN", "asserted"), ("SANCTION", "ALB", "IRN", "historical")}),
])
def test_conditions_suppositions_and_noun_phrases(text: str, date: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", date, modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,date,expected", [
    # "there" stands for the place named before
    ("Argentine President Javier Milei met Benjamin Netanyahu in Jerusalem and promised to move his country's embassy there.",
     "2024-02-06", {("CONSULT", "ARG", "ISR"), ("AGREE", "ARG", "ISR")}),
    # a pronoun after the trigger's preposition is the party named before
    ("Egyptian President Abdel Fattah al-Sisi arrived in Doha on Tuesday, his first visit to Qatar since Cairo cut ties with it in 2017.",
     "2022-09-13", {("CONSULT", "EGY", "QAT"), ("SANCTION", "EGY", "QAT")}),
    # a word several organisations are called by stands for the last one named
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS, accusing the bloc of serving foreign interests.",
     "2024-01-28", {("SANCTION", "MLI", "ECOWAS"), ("ACCUSE", "MLI", "ECOWAS")}),
    # the court that issued the warrant is not whom the arrest is aimed at
    ("Philippine police arrested former president Rodrigo Duterte at Manila airport on a warrant from the International Criminal Court.",
     "2025-03-11", {("COERCE", "PHL", None)}),
    # "<group>-linked insurgents" are the group's fighters
    ("Mozambican officials said Islamic State-linked insurgents had captured the port of Mocimboa da Praia.",
     "2020-08-12", {("COERCE", "ISIS", "MOZ")}),
])
def test_adverbs_pronouns_and_group_anaphors(text: str, date: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", date)
    assert got == expected, got


def test_any_act_that_would_is_a_supposition() -> None:
    # "any <act> ... would" is a supposition: nothing in it is an act that happened
    doc = dyads.analyze("Mali and Burkina Faso said any military intervention by ECOWAS in Niger would amount to a declaration of war "
                        "against them.", lang="en", date="2023-08-01")
    assert doc.events and all(e.modality == "hypothetical" for e in doc.events if e.actors[0].code == "ECOWAS"), \
        [(e.type, e.modality) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # a visit noun that names its visitor is an event of its own: guest -> host
    ("Serbia signed a contract to buy 12 Rafale fighter jets from France during a visit to Belgrade by Emmanuel Macron.",
     {("SUPPORT", "SRB", "FRA"), ("COOPERATE", "SRB", "FRA"), ("CONSULT", "FRA", "SRB")}),
    ("Guatemala agreed to take in deportees from the United States during a visit by Marco Rubio.",
     {("AGREE", "GTM", "USA"), ("CONSULT", "USA", "GTM")}),
    # "his" is the person named last when the subject is a state
    ("Mongolia did not arrest Vladimir Putin during his visit to Ulaanbaatar.", {("COERCE", "MNG", "RUS"), ("CONSULT", "RUS", "MNG")}),
])
def test_nominal_visits_with_their_visitor(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2025-02-03")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "call" that names something is no phone call; a name counts as one word in a trigger's gap
    ("Marco Rubio declared South Africa's ambassador Ebrahim Rasool persona non grata, calling him a politician who hates America.",
     {("SANCTION", "USA", "ZAF"), ("ACCUSE", "USA", "ZAF")}),
    ("Donald Trump called Narendra Modi a great friend.", set()),
    ("Indian warplanes struck what New Delhi called a militant training camp near Balakot, deep inside Pakistan.",
     {("ASSAULT", "IND", "PAK")}),
])
def test_naming_is_no_call_and_names_in_gaps(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2025-03-14")
    assert got == expected, got


@pytest.mark.parametrize("text,lang,expected", [
    # a fronted fear closed by a comma is the phrase's: the act after it is real, and a name
    # after the comma is the main clause's subject (not the object of "spill over")
    ("Fearing the fighting could spill over, Chad closed its border with Sudan.", "en", {("COERCE", "TCD", "SDN", "asserted")}),
    ("Fearing that unrest could spread, South Africa closed its border with Mozambique.", "en", {("COERCE", "ZAF", "MOZ", "asserted")}),
    # "die Sorge/Angst, X könnte ...": the feared case
    ("In Warschau wächst die Sorge, die USA könnten einen Teil ihrer Truppen aus Polen abziehen.", "de",
     {("RETREAT", "USA", "POL", "perceived")}),
])
def test_fronted_fears_and_feared_cases(text: str, lang: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, lang, "2024-11-06", modality=True)
    assert {e for e in got if e[3] == "asserted"} == {e for e in expected if e[3] == "asserted"}, got


@pytest.mark.parametrize("text,expected", [
    # a pronoun inside the trigger stands for the party named before
    ("Bolivia's interim government restored diplomatic relations with Israel, a decade after Evo Morales broke them off in 2009.",
     {("SUPPORT", "BOL", "ISR"), ("SANCTION", "BOL", "ISR")}),
    # a second gerund after "accused X of ... and" is more of what is alleged
    ("Vietnam accused Chinese forces of beating Vietnamese fishermen and seizing their catch near the Paracel Islands.",
     {("ACCUSE", "VNM", "CHN")}),
])
def test_pronouns_in_triggers_and_second_allegations(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2019-11-28")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a closing warning is a threat only when the warner's side would act (or bring the consequences)
    ("Ein Angriff auf das Atomkraftwerk Saporischschja würde eine Katastrophe auslösen, warnte IAEA-Chef Rafael Grossi.", set()),
    ("Russland könnte im Falle eines Waffenstillstands seine Truppen neu gruppieren und später erneut angreifen, warnte der "
     "estnische Geheimdienst.", {("ASSAULT", "RUS", None, "hypothetical")}),
    ("Ein russischer Einmarsch in die Ukraine hätte schwerwiegende Folgen für Moskau, warnte Bundeskanzler Olaf Scholz.",
     {("THREATEN", "DEU", "RUS", "asserted")}),
    # "befürchtet, X könnte ...": the feared act
    ("Vietnam fürchtet, die chinesische Küstenwache könnte seine Fischer bei den Paracel-Inseln erneut angreifen.",
     {("ASSAULT", "CHN", "VNM", "perceived")}),
])
def test_closing_warnings_of_observers(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-11-06", modality=True)
    assert {e for e in got if e[3] == "asserted"} == {e for e in expected if e[3] == "asserted"}, got


@pytest.mark.parametrize("text,date,expected", [
    # a fronted inverted condition; a state that "would strike"; a warning that names no party
    ("Were Iran to rebuild its nuclear sites, the United States would strike again, Donald Trump said on Monday.", "2025-07-14",
     {("ASSAULT", "USA", "IRN", "hypothetical"), ("THREATEN", "USA", "IRN", "asserted")}),
    ("Vladimir Putin warned on Thursday that Russia could strike decision-making centres in Kyiv with its new missile.", "2024-11-28",
     {("ASSAULT", "RUS", "UKR", "hypothetical"), ("THREATEN", "RUS", "UKR", "asserted")}),
    # who announces a passive act would do it
    ("Donald Trump said on Sunday that Iran would be bombed if it did not make a nuclear deal.", "2025-03-30",
     {("ASSAULT", "USA", "IRN", "hypothetical"), ("THREATEN", "USA", "IRN", "asserted")}),
    # a penalty announced "unless" the other party acts is a threat to that party
    ("Britain will recognise a Palestinian state in September unless Israel agrees to a ceasefire, Keir Starmer said.", "2025-07-29",
     {("SUPPORT", "GBR", "PSE", "hypothetical"), ("THREATEN", "GBR", "ISR", "asserted")}),
    # a condition about the speaker's own side ("its", "itself") is aimed at someone
    ("Iran would close the Strait of Hormuz if its oil exports were blocked, Vice President Mohammad Reza Rahimi warned.", "2011-12-27",
     {("COERCE", "IRN", None, "hypothetical"), ("THREATEN", "IRN", None, "asserted")}),
])
def test_conditional_statements_without_a_threat_verb(text: str, date: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", date, modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a meeting named in a circumstance phrase is an event of its own
    ("Volodymyr Zelensky pressed Donald Trump for Tomahawk cruise missiles during their meeting at the White House on Friday.",
     {("REQUEST", "UKR", "USA"), ("CONSULT", "UKR", "USA")}),
    ("Joe Biden warned Xi Jinping in a video call on Friday of consequences if China gave material support to Russia.",
     {("THREATEN", "USA", "CHN"), ("CONSULT", "USA", "CHN")}),
    ("Kim Jong Un pledged support for Russia's war in Ukraine during talks with Sergei Shoigu in Pyongyang.",
     {("AGREE", "PRK", "RUS"), ("CONSULT", "PRK", "RUS")}),
    ("Russia and Ukraine agreed at talks in Istanbul on Friday to swap 1,000 prisoners of war each.",
     {("AGREE", "RUS", None), ("CONSULT", "RUS", None)}),
    # (not a body's own meeting, nor a span of time)
    ("NATO allies pledged at their Washington summit to provide Ukraine with 40 billion euros in military aid.", {("AGREE", "NATO", "UKR")}),
    # a prison term is also imprisonment
    ("A Chinese court sentenced Canadian businessman Michael Spavor to eleven years in prison for espionage.",
     {("SANCTION", "CHN", "CAN"), ("COERCE", "CHN", "CAN")}),
])
def test_meetings_in_circumstances_and_prison_terms(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2025-02-03")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # who orders a consulate closed sanctions the one ordered; the reason after "retaliating for" is no act
    ("The United States ordered Russia to close its consulate in San Francisco, retaliating for cuts to American diplomatic staff.",
     {("SANCTION", "USA", "RUS", "asserted")}),
    ("Russia banned most food imports from the European Union on Thursday in retaliation for Western sanctions.",
     {("SANCTION", "RUS", "EU", "asserted")}),
    # "May" in a name is no modal
    ("Theresa May formally asked the European Union to delay Britain's departure from the bloc until June 30.",
     {("REQUEST", "GBR", "EU", "asserted")}),
])
def test_orders_reasons_and_names_that_look_like_modals(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2019-03-20", modality=True)
    assert got == expected, got


def test_fronted_phrase_parties_take_no_part_after_it() -> None:
    # the party a fronted perception phrase names is no actor of the acts after its comma
    got = _coded("Concerned by Iran's lack of cooperation, the IAEA board of governors passed a resolution censuring Tehran.",
                 "en", "2024-06-05")
    assert got == {("ACCUSE", "IAEA", "IRN")}, got
    got = _coded("Feeling threatened by Russia, Finland signed a defence agreement with the United States giving American forces access "
                 "to 15 military sites.", "en", "2023-12-18", modality=True)
    assert all(e[1] != "RUS" for e in got if e[3] == "asserted"), got


@pytest.mark.parametrize("text,expected", [
    # what a pact provides is its content (a purchase it is signed for is still coded)
    ("Japan and South Korea signed a pact to share military intelligence.", {("SUPPORT", "JPN", None, "asserted")}),
    ("India signed a deal to buy 26 Rafale jets from France.", {("SUPPORT", "IND", "FRA", "asserted"), ("COOPERATE", "IND", "FRA", "asserted")}),
    # a modal covers both coordinated verbs
    ("Turkey could close its border with Iraq and halt its oil exports.", {("COERCE", "TUR", "IRQ", "hypothetical"),
                                                                           ("SANCTION", "TUR", "IRQ", "hypothetical")}),
])
def test_pact_content_and_coordinated_modals(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2017-09-25", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # the noun object of a fear verb, an expected or suspected act, an act noun that alarms, a
    # view "sieht in X eine ...": perceived, whatever the type (SANCTION, AID, COERCE ...)
    ("Japan befürchtet neue chinesische Exportbeschränkungen für seltene Erden.", {("SANCTION", "JPN", "CHN", "perceived")}),
    ("Die Philippinen halten eine Blockade der Insel durch China für durchaus möglich.", {("COERCE", "PHL", "CHN", "perceived")}),
    ("Lettland rechnet damit, dass Russland weitere Truppen an die Grenze verlegt.", {("MOBILIZE", "RUS", None, "perceived")}),
    ("Südkorea vermutet, dass Nordkorea Russland mit Artilleriegranaten beliefert.", {("AID", "PRK", "RUS", "perceived")}),
    ("Die Stationierung chinesischer Kriegsschiffe vor Taiwan beunruhigt die Regierung in Tokio.", {("MOBILIZE", "CHN", None, "perceived")}),
    ("Taipeh sieht in den chinesischen Manövern eine Vorbereitung auf eine Blockade.", {("MOBILIZE", "CHN", None, "perceived")}),
    # accused, refuted and ruled-out acts are not asserted
    ("Polen verdächtigt Russland, Sabotageakte auf polnische Bahnstrecken verübt zu haben.", {("ACCUSE", "POL", "RUS", "asserted")}),
    ("Die israelische Armee wies Berichte zurück, wonach sie ein Flüchtlingslager bombardiert habe.",
     {("REJECT", "ISR", None, "asserted"), ("ASSAULT", "ISR", None, "negated")}),
    ("Frankreich hat eine Entsendung von Bodentruppen in die Ukraine ausgeschlossen.", {("MOBILIZE", "FRA", None, "negated")}),
])
def test_german_perceived_and_denied_acts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-11-06", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "Bei einem <act> ... werde X ..., drohte Y": the case and the act threatened for it are supposed
    ("Bei einem Angriff auf seine Tanker werde Iran die Straße von Hormus schließen, drohte Präsident Massud Peseschkian.",
     {("THREATEN", "IRN", None, "asserted")}),
    # what a party is ready for ("zur Vermittlung bereit") has not happened
    ("Die Türkei ist zur Vermittlung zwischen Moskau und Kiew bereit.", {("CONSULT", "TUR", "RUS", "hypothetical")}),
    # the subject of a falls/wenn/vorausgesetzt clause acts there, aimed at the main clause's subject
    ("Die EU werde die Sanktionen gegen Belarus verschärfen, falls Minsk weitere Migranten an die Grenze bringe, sagte Ursula "
     "von der Leyen.", {("SANCTION", "EU", "BLR", "hypothetical"), ("THREATEN", "EU", "BLR", "asserted")}),
    ("Serbien ist zu Gesprächen mit dem Kosovo bereit, vorausgesetzt, Pristina gibt seine Blockade der Grenzübergänge auf.",
     {("AGREE", "SRB", "XKX", "hypothetical"), ("RETREAT", "XKX", "SRB", "hypothetical")}),
])
def test_german_conditions_and_readiness(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-11-06", modality=True)
    assert {e for e in got if e[3] == "asserted"} == {e for e in expected if e[3] == "asserted"}, got
    assert expected <= got, got


@pytest.mark.parametrize("text,expected", [
    # the envoy that opens "den russischen Botschafter einbestellt" is the object: its state is the recipient
    ("Tschechien hat den russischen Botschafter einbestellt.", {("ACCUSE", "CZE", "RUS")}),
    # "teilte mit, <name> habe ...": the reported clause has its own subject
    ("Die ukrainische Marine teilte mit, Russland habe den Hafen von Odessa mit Drohnen angegriffen.", {("ASSAULT", "RUS", "UKR")}),
    # "sich bei X entschuldigen": X is the one apologised to
    ("Die Niederlande haben sich bei Indonesien für die Gewalt der Kolonialzeit entschuldigt.", {("CONCEDE", "NLD", "IDN")}),
])
def test_german_recipients_of_envoys_reports_and_apologies(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "de", "2024-11-06")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a German verb-final participle may stand further from its noun ("Soldaten ... abgezogen") ...
    ("Die Bundeswehr hat ihre letzten Soldaten von dem Stützpunkt in Mali abgezogen.", {("RETREAT", "DEU", "MLI", "asserted")}),
    # ... but not into another verb's zu-infinitive, nor across "nicht"/"nur" (the short form stays)
    ("Die Ukraine hat die Türkei gebeten, den Bosporus für russische Kriegsschiffe zu sperren.", {("REQUEST", "UKR", "TUR", "asserted")}),
    ("Russland hat einer Waffenruhe in der Ukraine bislang nicht zugestimmt.", {("AGREE", "RUS", None, "negated")}),
    # promised support is an AGREE
    ("Die USA haben der Ukraine weitere Unterstützung beim Wiederaufbau zugesichert.", {("AGREE", "USA", "UKR", "asserted")}),
])
def test_german_verb_bracket(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-11-06", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "fordern von X": X is the addressee (a junta "in Myanmar" stands for the state)
    ("Die ASEAN hat von der Militärjunta in Myanmar die Freilassung aller politischen Gefangenen gefordert.",
     {("REQUEST", "ASEAN", "MMR", "asserted")}),
    # "Aus Sorge/Furcht vor X hat Y ...": the fear is the fronted phrase's, Y's act is real
    ("Aus Sorge vor russischen Angriffen hat Finnland seine Grenze zu Russland geschlossen.",
     {("COERCE", "FIN", "RUS", "asserted"), ("ASSAULT", "FIN", "RUS", "perceived")}),
])
def test_german_addressees_and_fronted_fears(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-11-06", modality=True)
    assert {e for e in got if e[3] == "asserted"} == {e for e in expected if e[3] == "asserted"}, got


@pytest.mark.parametrize("text,expected", [
    # a closing ", drohte X" is a threat made, whatever colours the act threatened
    ("Im Ernstfall werde Iran amerikanische Stützpunkte in der Region angreifen, drohte Revolutionsgardenchef Hossein Salami.",
     {("ASSAULT", "IRN", "USA", "hypothetical"), ("THREATEN", "IRN", "USA", "asserted")}),
    ("Notfalls werde Russland Atomwaffen gegen Polen einsetzen, drohte Dmitri Medwedew.",
     {("ASSAULT", "RUS", "POL", "hypothetical"), ("THREATEN", "RUS", "POL", "asserted")}),
])
def test_german_closing_threat_is_made(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-11-06", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "X erklärte, sie habe ...": the pronoun opening the reported clause is the speaker, the demonym in the object the target
    ("Die Huthi-Miliz erklärte, sie habe ein amerikanisches Kriegsschiff im Roten Meer angegriffen.", {("ASSAULT", "HOUTHIS", "USA")}),
])
def test_german_reported_pronoun_subject(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "de", "2024-11-06")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "X zufolge": the source of the report is no subject
    ("Dem Weißen Haus zufolge hat Iran Drohnen an Russland geliefert.", {("AID", "IRN", "RUS")}),
    ("Der ukrainischen Marine zufolge hat Russland den Hafen von Odessa angegriffen.", {("ASSAULT", "RUS", "UKR")}),
])
def test_german_report_source_is_no_subject(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "de", "2024-11-06")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "did so", "did the same": the same act by the parties named before the pro-verb
    ("Slovenia's parliament voted to recognise a Palestinian state, days after Spain, Ireland and Norway did so.",
     {("SUPPORT", "SVN", "PSE"), ("SUPPORT", "ESP", "PSE")}),
    # (the other side doing the same turns the roles round; not inside a condition)
    ("Russia expelled two US diplomats, and Washington did the same a day later.", {("SANCTION", "RUS", "USA"), ("SANCTION", "USA", "RUS")}),
    ("Donald Trump warned that the United States would close down Colombia's drug fields unless Gustavo Petro did so.",
     {("THREATEN", "USA", "COL")}),
])
def test_pro_verbs_repeat_the_act(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = {e for e in _coded(text, "en", "2024-06-04") if e[0] != "COERCE"}
    assert got == expected, got


def test_german_reported_past_is_no_condition() -> None:
    # "hätten ... getroffen" after a report verb is the reported past, not a supposition
    got = _coded("Das russische Verteidigungsministerium teilte mit, seine Truppen hätten die Stadt Bachmut vollständig eingenommen.",
                 "de", "2023-05-21", modality=True)
    assert got and all(e[3] == "asserted" for e in got), got


def test_pluperfect_relative_of_the_subject_is_its_earlier_act() -> None:
    got = _coded("Russia handed back three Ukrainian navy vessels that it had seized near the Kerch Strait a year earlier.",
                 "en", "2019-11-18", modality=True)
    assert ("COERCE", "RUS", "UKR", "historical") in got and ("RETREAT", "RUS", "UKR", "asserted") in got, got


def test_the_party_taken_to_court_is_accused() -> None:
    got = _coded("South Africa took Israel to the International Court of Justice.", "en", "2023-12-29")
    assert got == {("ACCUSE", "ZAF", "ISR")}, got


def test_the_kind_of_talks_is_no_party() -> None:
    got = _coded("Bulgaria blocked the start of European Union membership talks with North Macedonia.", "en", "2020-11-17")
    assert got == {("REJECT", "BGR", "MKD")}, got


def test_a_conditional_offer_is_no_threat() -> None:
    # help the recipient would have to ask for is an offer: the act is hypothetical, nobody is threatened
    got = _coded("Turkey could send troops to Libya if the Tripoli government asked for them, Recep Tayyip Erdogan said.",
                 "en", "2019-12-10", modality=True)
    assert got == {("MOBILIZE", "TUR", "LBY", "hypothetical")}, got


def test_german_alleged_past_is_no_promise() -> None:
    # "soll ... geliefert haben": what a party is said to have done, not what it shall do
    got = _coded("Nordkorea soll Russland Artilleriegranaten geliefert haben.", "de", "2024-05-01", modality=True)
    assert got == {("AID", "PRK", "RUS", "asserted")}, got


@pytest.mark.parametrize("text,expected", [
    # a German denial with a zu-infinitive: the act denied is negated, the denial is no REJECT
    ("Iran bestreitet, Drohnen an Russland geliefert zu haben.", {("AID", "IRN", "RUS", "negated")}),
    # "betrachtet X als Provokation", "Aus Sicht Kiews ...": a party's view of an act
    ("Peking betrachtet die Waffenlieferungen der USA an Taiwan als Provokation.", set()),
    ("Aus Sicht Kiews ist der russische Truppenaufmarsch eine Drohung.", set()),
    # what a party refrains from or avoids is negated
    ("Indien verzichtet auf eine Verurteilung Russlands.", {("ACCUSE", "IND", "RUS", "negated")}),
    ("China vermeidet es, Russland offen zu unterstützen.", {("SUPPORT", "CHN", "RUS", "negated")}),
    # "denkt über ... nach": considered, not taken
    ("Die EU denkt über Sanktionen gegen Israel nach.", {("SANCTION", "EU", "ISR", "hypothetical")}),
])
def test_german_denials_and_views(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,lang,expected", [
    # a warning whose content is another party's act voices a danger: no threat by the warner
    ("Estland warnte, Moskau plane Sabotageakte in Europa.", "de", set()),
    ("Zelensky warned that Russia was preparing a new offensive in the east.", "en", set()),
    # ... but a warning about what the other party would suffer is a threat
    ("Iran warned that Israel would pay a heavy price for the strike.", "en", {("THREATEN", "IRN", "ISR", "asserted")}),
    # what a party prepares, plans or trains for has not happened
    ("Finnland rüstet sich für einen Angriff Russlands.", "de", {("ASSAULT", "FIN", "RUS", "hypothetical")}),
    ("Das Pentagon hat Planspiele für einen chinesischen Angriff auf Taiwan durchgeführt.", "de",
     {("ASSAULT", "CHN", "TWN", "hypothetical")}),
    # a capability is no act
    ("Nordkorea ist inzwischen imstande, die USA mit Atomraketen anzugreifen.", "de", {("ASSAULT", "PRK", "USA", "hypothetical")}),
    # Konjunktiv I "könne" in reported speech is a possibility
    ("Putin warnte, Russland könne Entscheidungszentren in Kiew angreifen.", "de", {("ASSAULT", "RUS", "UKR", "hypothetical")}),
    # a worry about what another party does is perceived
    ("Die NATO ist besorgt, dass Russland Atomwaffen in Belarus stationiert.", "de", set()),
    # the reaction coordinated after a perceived threat is real
    ("Litauen fühlt sich von Belarus bedroht und hat seine Grenze geschlossen.", "de", {("COERCE", "LTU", None, "asserted")}),
])
def test_warnings_preparations_and_capabilities(text: str, lang: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, lang)
    assert got == expected, got


@pytest.mark.parametrize("text,lang,expected", [
    # how a party names or views an act it sees is no act asserted
    ("Die chinesischen Manöver gelten in Taipeh als Einschüchterungsversuch.", "de", set()),
    ("Polen spricht von einem hybriden Angriff durch Belarus.", "de", set()),
    ("Die Ukraine bezeichnet die russischen Atomdrohungen als Erpressung.", "de", set()),
    # an offer under an inverted condition, and aid made dependent on a condition, are supposed
    ("Washington bot Teheran eine Lockerung der Sanktionen an, sollte der Iran die Anreicherung stoppen.", "de",
     {("CONCEDE", "USA", "IRN", "hypothetical"), ("CONCEDE", "IRN", None, "hypothetical")}),
    ("Die EU macht weitere Finanzhilfen für Ungarn von Reformen der Justiz abhängig.", "de", {("AID", "EU", "HUN", "hypothetical")}),
    ("The EU made further aid to Hungary conditional on judicial reforms.", "en", {("AID", "EU", "HUN", "hypothetical")}),
    # an act prepared or planned for, in English
    ("The Pentagon is preparing for a possible Chinese blockade of Taiwan.", "en", {("COERCE", "CHN", "TWN", "hypothetical")}),
])
def test_views_and_conditions_are_not_acts(text: str, lang: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, lang)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # impersonal "droht" names what is impending: no threat, and the act has not happened
    ("Dem Sudan droht nach Angaben der Vereinten Nationen die schlimmste Hungersnot seit Jahrzehnten.", set()),
    ("Venezuela droht nach dem Aufmarsch der US-Marine in der Karibik ein amerikanischer Militärschlag.",
     {("ASSAULT", "USA", "VEN", "hypothetical")}),  # (the strike would be the United States' against Venezuela)
    ("Russland droht der Ukraine mit neuen Angriffen.", {("THREATEN", "RUS", "UKR", "asserted")}),
    # a believed act in a Konjunktiv clause, and a feared act closing a weil-clause, are perceived
    ("Seoul vermutet, Nordkorea habe Russland Artilleriegranaten geliefert.", set()),
    ("Weil Seoul einen Raketenangriff aus dem Norden fürchtet, hat es die Stationierung des Thaad-Systems erlaubt.",
     {("MOBILIZE", "KOR", None, "asserted")}),
    # a denied plan, a counterfactual and "any further" act are not asserted
    ("Der Kreml bestreitet, einen Angriff auf die NATO zu planen.", {("ASSAULT", "RUS", "NATO", "negated")}),
    ("Ohne amerikanische Hilfe wäre die Ukraine der russischen Armee unterlegen.", {("AID", "USA", "UKR", "hypothetical")}),
    ("Finnland hält russische Sabotage an der Pipeline für die wahrscheinlichste Erklärung.", set()),
])
def test_german_impending_believed_and_counterfactual_acts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


def test_a_fronted_reason_clause_holds_the_fear() -> None:
    # "Weil sie sich ... bedroht fühlt, hat ...": the fear is the weil-clause's, the closure is real
    got = _coded("Weil sie sich von Serbien bedroht fühlt, hat die Regierung in Pristina die Grenzübergänge geschlossen.",
                 "de", "2023-01-10", modality=True)
    assert ("COERCE", "XKX", None, "asserted") in got, got


@pytest.mark.parametrize("text,expected", [
    # "Entweder ... oder es drohen ...": an alternative, and an impersonal "es drohen"
    ("Die USA haben Russland ein Ultimatum gestellt: Entweder Moskau stimmt einer Waffenruhe zu oder es drohen neue Sanktionen.",
     {("THREATEN", "USA", "RUS", "asserted"), ("AGREE", "RUS", None, "hypothetical")}),
    # what conditions are set for has not been given
    ("Erdogan stellte Schweden Bedingungen für die Zustimmung zum NATO-Beitritt.", {("AGREE", "TUR", "SWE", "hypothetical")}),
])
def test_german_alternatives_and_conditions_set(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a condition noun's dass-clause is supposed: "unter der Bedingung, dass", "unter der Voraussetzung, dass"
    ("Unter der Bedingung, dass Moskau seine Soldaten abzieht, würde Kiew verhandeln.",
     {("RETREAT", "RUS", "UKR", "hypothetical"), ("CONSULT", "UKR", None, "hypothetical")}),
    ("Die Hamas würde die Geiseln freilassen, unter der Voraussetzung, dass Israel seine Truppen abzieht.",
     {("RETREAT", "HAMAS", "ISR", "hypothetical"), ("RETREAT", "ISR", None, "hypothetical")}),
    # a danger noun's dass-clause or object is the danger seen, not an act
    ("Es besteht die Gefahr, dass Russland das Baltikum angreift.", set()),
    ("Die Bedrohung durch iranische Raketen hat Israel zum Bau neuer Abwehrsysteme veranlasst.", set()),
    # a warning to a party without a code about an act: no threat; the act warned against is feared
    ("Der Kreml hat die Europäer vor der Entsendung von Soldaten in die Ukraine gewarnt.", set()),
    ("China hat die USA vor Waffenlieferungen an Taiwan gewarnt.", {("THREATEN", "CHN", "USA", "asserted")}),
])
def test_german_condition_and_danger_nouns(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a verb-first condition ("Greift X Y an, ...") is hypothetical, and so is the act that would follow it
    ("Überfällt China Taiwan, würden die USA harte Sanktionen gegen Peking verhängen.",
     {("ASSAULT", "CHN", "TWN", "hypothetical"), ("SANCTION", "USA", "CHN", "hypothetical")}),
    ("Schießt Nordkorea eine weitere Rakete ab, wird Japan reagieren.", {("ASSAULT", "PRK", None, "hypothetical")}),
    # with a closing warning by the side that would act, the warning is the threat made
    ("Bombardiert Israel die iranischen Atomanlagen, wird Iran zurückschlagen, warnte Teheran.",
     {("ASSAULT", "ISR", "IRN", "hypothetical"), ("THREATEN", "IRN", "ISR", "asserted")}),
    # an ordinary sentence opening with a name keeps its act
    ("Äthiopiens Armee hat Stellungen der Rebellen in Tigray angegriffen, teilte die Regierung mit.",
     {("ASSAULT", "ETH", None, "asserted")}),
])
def test_german_verb_first_conditions(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "de", "2024-05-01", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a fronted phrase of fear or danger without a comma: what it names is feared, the act after the
    # finite verb is the real reaction, by the subject after that verb
    ("Wegen der Gefahr neuer Raketenangriffe hat Japan Abfangraketen stationiert.", {("MOBILIZE", "JPN", None, "asserted")}),
    ("Beunruhigt über die russische Aufrüstung hat Estland neue Panzer bestellt.", {("COOPERATE", "EST", None, "asserted")}),
    ("Angesichts der Gefahr eines russischen Angriffs verlegt die NATO Truppen nach Rumänien.",
     {("MOBILIZE", "NATO", "ROU", "asserted")}),
    ("Aus Sorge vor Zwischenfällen während des russischen Großmanövers hat Finnland seine Grenze geschlossen.",
     {("COERCE", "FIN", None, "asserted")}),
    # an act noun a copula judges a threat is a view
    ("Für Warschau ist die Stationierung russischer Atomwaffen in Belarus eine Provokation.", set()),
    ("Die chinesischen Militärübungen gelten in Taipeh als Provokation.", set()),
])
def test_german_fronted_fears_and_judged_acts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # the parties of a relative clause before the act take no part in it; a purchase agreed is coded once
    ("Polen, das sich von Russland bedroht fühlt, hat mit den USA den Kauf von Patriot-Systemen vereinbart.",
     {("COOPERATE", "POL", "USA", "asserted")}),
    ("Die Philippinen, die sich von China bedrängt fühlen, haben mit Japan ein Verteidigungsabkommen unterzeichnet.",
     {("SUPPORT", "PHL", "JPN", "asserted")}),
    ("Russland und die Ukraine haben einen Gefangenenaustausch vereinbart.", {("AGREE", "RUS", None, "asserted")}),
])
def test_german_relative_clause_parties_and_purchases(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


def test_a_conditional_consequence_told_by_an_observer_is_no_threat() -> None:
    # the speaker is not the party whose act the consequence announces
    got = _coded("Wenn die Ukraine Russland mit westlichen Raketen angreift, wäre die NATO direkt am Krieg beteiligt, sagte Putin.",
                 "de", "2024-09-12", modality=True)
    assert not any(e[0] == "THREATEN" for e in got), got


@pytest.mark.parametrize("text,expected", [
    # a pronoun in an after/since clause takes up the main clause's object: the earlier act
    ("Egypt restored diplomatic relations with Qatar, three years after severing them.",
     {("SUPPORT", "EGY", "QAT", "asserted"), ("SANCTION", "EGY", "QAT", "historical")}),
    ("Norway lifted its arms embargo on Colombia, two years after imposing it in 2021.",
     {("CONCEDE", "NOR", "COL", "asserted"), ("SANCTION", "NOR", "COL", "historical")}),
    # a relative clause "that it had imposed" after the lifted sanctions
    ("Canada lifted the tariffs on Chinese steel that it had imposed in 2018.",
     {("CONCEDE", "CAN", "CHN", "asserted"), ("SANCTION", "CAN", "CHN", "historical")}),
])
def test_pronoun_objects_of_earlier_acts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2023-06-01", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "over <noun phrase>" after an act gives its reason, not a second event
    ("Japan imposed sanctions on Russia over Moscow's offensive in Ukraine.", {("SANCTION", "JPN", "RUS")}),
    ("Chile expelled two diplomats from Venezuela, over their criticism of the election.", {("SANCTION", "CHL", "VEN")}),
    # ("over" before a comma is a particle: the act after it stands)
    ("Fearing the fighting could spread, Chad closed its border with Sudan.", {("COERCE", "TCD", "SDN")}),
])
def test_over_gives_a_reason(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2023-06-01")
    assert got == expected, got


@pytest.mark.parametrize("text,date,expected", [
    # territories and towns stand for the state that administers them
    ("Pakistani shelling killed five civilians in Indian-administered Kashmir.", "2023-06-01", {("ASSAULT", "PAK", "IND")}),
    ("Russian drones hit the port of Izmail on Tuesday.", "2023-08-16", {("ASSAULT", "RUS", "UKR")}),
    ("Russian missiles struck Dnipro overnight.", "2024-06-01", {("ASSAULT", "RUS", "UKR")}),
    # an agreed withdrawal leaves the state the region belongs to
    ("Eritrea agreed to withdraw its troops from the Tigray region.", "2023-01-10", {("CONCEDE", "ERI", "ETH")}),
    # KB: KFOR is NATO's force; Morsi was Egypt's president
    ("Serbia asked KFOR to let its troops return to Kosovo.", "2023-01-08", {("REQUEST", "SRB", "NATO")}),
    ("Mohamed Morsi arrived in Tehran on Thursday.", "2012-08-30", {("CONSULT", "EGY", "IRN")}),
])
def test_territories_and_kb_names(text: str, date: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", date)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a refusal to host is the host's act; what is not hosted is no negated event of its own
    ("Kazakhstan will not host military exercises of the CSTO this year.", {("REJECT", "KAZ", "CSTO", "asserted")}),
    # "<sanctions> imposed on X by Y": the agent after the target still acts
    ("The EU condemned the sanctions imposed on European lawmakers by China.",
     {("ACCUSE", "EU", "CHN", "asserted"), ("SANCTION", "CHN", "EU", "asserted")}),
    ("Chile retaliated for a tariff imposed by Argentina on Chilean wine.", {("SANCTION", "ARG", "CHL", "asserted")}),
])
def test_refused_hosting_and_reduced_passives(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2023-06-01", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "said X could <hostile act>": a possibility held out as a warning
    ("Pakistan said it could close its border with Afghanistan over the attacks.",
     {("COERCE", "PAK", "AFG", "hypothetical"), ("THREATEN", "PAK", "AFG", "asserted")}),
    # the act inside a one-trigger threat is coded too, hypothetical
    ("Donald Trump threatened to cut off aid to Guatemala unless it stopped the migrants.",
     {("THREATEN", "USA", "GTM", "asserted"), ("SANCTION", "USA", "GTM", "hypothetical")}),
])
def test_possible_and_threatened_acts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2023-06-01", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # an appositive "the first visit by a <demonym> <title>" restates the meeting, guest -> host
    ("Pedro Sanchez met Xi Jinping in Beijing on Friday, the first visit by a Spanish prime minister in a decade.",
     {("CONSULT", "ESP", "CHN")}),
    # "the North" / "the South" in Korean news
    ("North Korea fired artillery shells towards the South on Friday.", {("ASSAULT", "PRK", "KOR")}),
    # a reaction drawn from X: X reacts to the subject of the main clause
    ("China held military drills near Taiwan, drawing sharp criticism from Japan.",
     {("MOBILIZE", "CHN", None), ("ACCUSE", "JPN", "CHN")}),
])
def test_appositive_visits_koreas_and_reactions(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2023-06-01")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "X said <own side> would <act> if <other party> attacked": a warning to that party; the
    # condition is no event; an attack answers an attack
    ("Nikol Pashinyan said Armenia would join the war if Azerbaijani troops attacked Armenian territory.",
     {("THREATEN", "ARM", "AZE", "asserted"), ("ASSAULT", "ARM", "AZE", "hypothetical")}),
    # the answer's target is the one the main clause names
    ("Yoav Gallant said Israel would turn Beirut into rubble if Hezbollah attacked Israel.",
     {("THREATEN", "ISR", "HEZBOLLAH", "asserted"), ("ASSAULT", "ISR", "LBN", "hypothetical")}),
])
def test_said_would_if_is_a_warning(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2023-06-01", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "calling it a <noun phrase>": naming the party just mentioned so is a disapproval
    ("Burundi left the International Criminal Court, calling it a tool of the West.",
     {("SANCTION", "BDI", "ICC", "asserted"), ("ACCUSE", "BDI", "ICC", "asserted")}),
    # ", X said, calling it ...": the speaker disapproves of the main clause's actor
    ("Russian troops shelled the village, Kyiv said, calling it a war crime.",
     {("ASSAULT", "RUS", "UKR", "asserted"), ("ACCUSE", "UKR", "RUS", "asserted")}),
    # a warning is made even when what it announces is conditional
    ("Iran warned it would hit back if Israel attacked.", {("THREATEN", "IRN", "ISR", "asserted")}),
    # "X was received in <city> by <state>'s leader": X is the guest
    ("Narendra Modi was received in Moscow by Russia's president Vladimir Putin.", {("CONSULT", "IND", "RUS", "asserted")}),
])
def test_naming_warnings_and_passive_hosts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2024-07-08", modality=True)
    assert got == expected, got


def test_protest_against_a_party_is_by_the_place() -> None:
    # "protested in <city> against X": X is protested against; the protesters are of the city
    got = _coded("Thousands protested in Islamabad against a visit by Israel's foreign minister.", "en", "2024-07-08")
    assert ("PROTEST", "PAK", "ISR") in got, got


@pytest.mark.parametrize("text,expected", [
    # "the first visit to <place> by a <demonym> <title>": the guest is after "by"
    ("Emmanuel Macron met Joseph Aoun in Beirut, the first visit to Lebanon by a French president in years.",
     {("CONSULT", "FRA", "LBN")}),
    # "hoping to ease tensions between X and Y" is the purpose of the visit, not its parties
    ("Shinzo Abe arrived in Tehran hoping to ease tensions between Iran and the United States.", {("CONSULT", "JPN", "IRN")}),
])
def test_visit_guests_and_purposes(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2025-01-17")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # the modal of a German verb bracket makes the verb-final act intended
    ("Polen will seine Grenze zu Belarus schließen.", {("COERCE", "POL", "BLR", "future")}),
])
def test_german_intended_acts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text", [
    "Taiwan nimmt die chinesischen Militärmanöver rund um die Insel als Bedrohung wahr.",
    "Die Stationierung russischer Atomwaffen in Belarus wird in Warschau als Bedrohung wahrgenommen.",
    "Die russischen Manöver in Belarus empfinden Polen und Litauen als Bedrohung.",
])
def test_german_perceiving_an_act_as_a_threat(text: str) -> None:
    # "nimmt ... als Bedrohung wahr", its passive and an object put first: a view, no asserted act
    assert not _asserted(text, "de")


@pytest.mark.parametrize("text,lang,expected", [
    # a government's protest is diplomatic: ACCUSE, as the PLOVER manual codes it
    ("Peking protestierte scharf gegen den Besuch des taiwanischen Präsidenten in den USA.", "de", {("ACCUSE", "CHN", "TWN", "asserted")}),
    ("Polen hat gegen die Verletzung seines Luftraums durch russische Drohnen protestiert.", "de", {("ACCUSE", "POL", "RUS", "asserted")}),
    # a crowd's protest stays PROTEST
    ("Tens of thousands of Israelis protested in Tel Aviv.", "en", {("PROTEST", "ISR", None, "asserted")}),
])
def test_a_governments_protest_is_an_accusation(text: str, lang: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert _coded(text, lang, "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # the act a reason phrase names is background; the gold codes the reaction only
    ("Angesichts der Angriffe der Huthi auf Handelsschiffe haben die USA eine Marinemission im Roten Meer gestartet.",
     {("MOBILIZE", "USA", None, "asserted")}),
    ("Als Reaktion auf die Zölle hat China Exportkontrollen verhängt.", {("SANCTION", "CHN", None, "asserted")}),
    # the act a "nach dem ..." phrase names in a sentence stating a danger is its background
    ("Die Gefahr eines Kriegs zwischen Indien und Pakistan ist nach dem Anschlag in Kaschmir gestiegen.", set()),
    # a demand with "andernfalls/sonst" is a threat; what it announces is the demander's act, hypothetical
    ("China hat Japan zur Rücknahme der Äußerungen aufgefordert; andernfalls werde Peking Gegenmaßnahmen ergreifen.",
     {("REQUEST", "CHN", "JPN", "asserted"), ("THREATEN", "CHN", "JPN", "asserted")}),
    ("Trump hat Putin eine Frist für eine Waffenruhe gesetzt; andernfalls drohen Russland neue Sanktionen.",
     {("REQUEST", "USA", "RUS", "asserted"), ("THREATEN", "USA", "RUS", "asserted"), ("SANCTION", "USA", "RUS", "hypothetical")}),
    ("Die USA haben Venezuela aufgefordert, die Gefangenen freizulassen, wie sonst üblich.", {("REQUEST", "USA", "VEN", "asserted")}),
    # what a party is alarmed about or mistrusts is seen
    ("In Lettland herrscht Alarm wegen russischer Truppenbewegungen an der Grenze.", set()),
    ("Armenien misstraut den russischen Friedenstruppen in Bergkarabach.", set()),
    ("Südkorea ist beunruhigt, weil Nordkorea Truppen an die Grenze verlegt.", set()),
])
def test_german_background_reasons_and_otherwise(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a possibility, a judgement "für unwahrscheinlich", speculation: no act
    ("Die Möglichkeit eines chinesischen Angriffs auf Taiwan beschäftigt das Pentagon.", set()),
    ("Experten halten einen Angriff Chinas auf Taiwan für unwahrscheinlich.", set()),
    ("Spekulationen über eine Verlegung amerikanischer Truppen aus Deutschland halten an.", set()),
    # an option kept open is hypothetical; a near miss did not happen
    ("Moskau hält sich einen Einsatz von Atomwaffen offen.", {("ASSAULT", "RUS", None, "hypothetical")}),
    ("Russland hätte beinahe einen NATO-Staat angegriffen, behauptete der Bericht.", {("ASSAULT", "RUS", None, "negated")}),
    # the act a threat is made with is threatened
    ("Die Huthi haben mit weiteren Angriffen gedroht.", {("THREATEN", "HOUTHIS", None, "asserted"), ("ASSAULT", "HOUTHIS", None, "hypothetical")}),
    # every zu-infinitive of "drohte damit, ..." is threatened; a past counterfactual threatens no one
    ("Nordkorea drohte, Südkorea anzugreifen und Truppen an die Grenze zu verlegen.",
     {("THREATEN", "PRK", "KOR", "asserted"), ("MOBILIZE", "PRK", "KOR", "hypothetical")}),
    ("Hätte der Westen der Ukraine früher Kampfjets geliefert, wäre die Gegenoffensive erfolgreicher verlaufen, sagte Kuleba.",
     {("AID", "UKR", None, "hypothetical"), ("ASSAULT", "UKR", None, "hypothetical")}),
    # a government that protests lodges a complaint; crowds protest
    ("China hat in Manila protestiert.", {("ACCUSE", "CHN", "PHL", "asserted")}),
])
def test_german_possibilities_options_and_near_misses(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a summit the traveller skips is the organisation's, not the host city's
    ("Cyril Ramaphosa did not travel to Rio de Janeiro for the G20 summit.", {("CONSULT", "ZAF", "G20", "negated")}),
    # the one who orders troops to act acts, not a state named in a fronted clause
    ("Alarmed by a British warship off Guyana, Nicolas Maduro ordered 5,000 troops to deploy to the border.",
     {("MOBILIZE", "VEN", None, "asserted")}),
    # "the country" after a visit by a <demonym> <title>: the state named before
    ("Lula promised aid for Angola's farmers during the first visit by a Brazilian president to the country.",
     {("AGREE", "BRA", "AGO", "asserted"), ("CONSULT", "BRA", "AGO", "asserted")}),
])
def test_summits_orders_and_the_country(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _coded(text, "en", "2024-11-18", modality=True)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a split infinitive after "agreed to" is still what was agreed
    ("Serbia and Kosovo agreed to fully normalise their economic relations.", {("AGREE", "SRB", None)}),
    # ", pledging ..." after a signed pact says what the pact holds
    ("Mali and Niger signed a defence pact on Saturday, pledging to assist each other against any attack.",
     {("SUPPORT", "MLI", None)}),
])
def test_content_of_agreements(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    got = _coded(text, "en", "2023-09-16")
    assert got == expected, got


def test_a_swap_frees_on_both_sides() -> None:
    # "freed X in exchange for Y": the other side released someone too
    got = _coded("Belarus freed two Polish activists on Friday in exchange for a Belarusian agent held in Poland.", "en", "2024-08-02")
    assert {("RETREAT", "BLR", "POL"), ("RETREAT", "POL", "BLR")} <= got, got


def test_a_trailing_motive_is_no_event() -> None:
    # ", angered by <act>": why the act was done, not a second event
    got = _coded("Vietnam suspended fishing talks with China, angered by the sinking of a Vietnamese trawler.", "en", "2024-08-02")
    assert not any(e[0] == "ASSAULT" for e in got), got


@pytest.mark.parametrize("text", [
    "Japan hat Sicherheitsbedenken wegen der chinesischen Marinemanöver im Pazifik.",
    "Die Bevölkerung in Estland ist verunsichert wegen der russischen Truppenbewegungen.",
    "Die russischen Manöver lösen in den baltischen Staaten Ängste aus.",
    "Die Entsendung nordkoreanischer Soldaten nach Russland löst in Seoul Besorgnis aus.",
])
def test_german_worries_about_an_act(text: str) -> None:
    # what a party has misgivings about, or what causes fear, is seen, not asserted
    assert not _asserted(text, "de")


@pytest.mark.parametrize("text", [
    "Die USA verhängen womöglich neue Sanktionen gegen China.",
    "Israel greift gegebenenfalls auch Ziele im Iran an.",
    "Ein Treffen zwischen Trump und Putin ist denkbar.",
    "Ein Angriff Chinas auf Taiwan gilt als unwahrscheinlich.",
    "Es ist nicht ausgeschlossen, dass Nordkorea einen Atomtest durchführt.",
    "Nordkorea steht kurz vor einem neuen Atomtest.",
])
def test_german_possible_acts(text: str) -> None:
    # a possibility adverb, a judged likelihood, "nicht ausgeschlossen", "kurz vor": no asserted act
    assert not _asserted(text, "de")


def test_what_a_signed_agreement_grants_is_its_content() -> None:
    # "giving American forces access to 15 military sites": the agreement's content, not an act of its own
    got = _coded("Feeling threatened by Russia, Finland signed a defence agreement with the United States giving American forces "
                 "access to 15 military sites.", "en", "2023-12-18", modality=True)
    assert {e for e in got if e[3] == "asserted"} == {("SUPPORT", "FIN", "USA", "asserted")}, got


@pytest.mark.parametrize("text,expected", [
    # an agreement named as the framework of an act ("under the ceasefire deal") is no new agreement
    ("Israeli troops withdrew from the Netzarim corridor in the Gaza Strip on Sunday under the ceasefire deal.",
     {("RETREAT", "ISR", "PSE", "asserted")}),
    # a fronted "Uneasy about ..." holds its fear
    ("Uneasy about Ethiopia's push for access to the sea, the leaders of Eritrea, Egypt and Somalia agreed to deepen their "
     "security cooperation.", {("AGREE", "ERI", None, "asserted")}),
])
def test_english_frameworks_and_unease(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "en")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a mine is a weapon: laying mines is no attack, a mine that kills is one
    ("Aus Angst vor Russland will Polen an seiner Ostgrenze wieder Landminen verlegen.", set()),
    ("Im Donbass sind zwei Zivilisten durch eine russische Mine getötet worden.", {("ASSAULT", "RUS")}),
])
def test_german_mines_are_weapons(text: str, expected: set[tuple[str, str]]) -> None:
    got = {(e[0], e[1]) for e in _coded(text, "de", "2025-04-01", modality=True) if e[3] == "asserted"}
    assert got == expected, got


@pytest.mark.parametrize("text,lang", [
    ("Wer Taiwan angreift, muss mit einer harten Antwort rechnen, sagte der US-Außenminister.", "de"),
    ("Wer die Ukraine mit Waffen beliefert, wird zur Zielscheibe, drohte Medwedew.", "de"),
    ("Whoever attacks Taiwan will face a harsh response, the US secretary of state said.", "en"),
    ("Chiunque attacchi Taiwan dovrà aspettarsi una dura risposta, ha detto Blinken.", "it"),
    ("Quien ataque a un país de la OTAN recibirá una respuesta devastadora, advirtió Rutte.", "es"),
])
def test_a_generic_free_relative_is_a_supposition(text: str, lang: str) -> None:
    # "Wer X angreift, ...": the act of anyone who might do it has not happened, and the party
    # named in it is its target, not its doer; a closing ", drohte X" is the threat made
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    acts = [e for e in doc.events if e.type != "THREATEN"]
    assert acts and all(e.modality == "hypothetical" and not any(a.code for a in e.actors) for e in acts), [e.to_dict() for e in doc.events]
    assert all(e.modality == "asserted" and not e.recipients for e in doc.events if e.type == "THREATEN")


def test_a_free_relative_told_in_the_past_is_real() -> None:
    # "Wer protestierte, wurde festgenommen": what happened to real people, no supposition
    got = _asserted("Wer in Teheran gegen die Regierung protestierte, wurde von der Polizei festgenommen.", "de")
    assert any(e[0] == "COERCE" for e in got), got


@pytest.mark.parametrize("text", [
    "Die Spekulationen über einen israelischen Angriff auf iranische Atomanlagen nehmen zu.",
    "Gerüchte um einen russischen Angriff auf Moldau machen die Runde.",
    "Japan stellt sich auf eine chinesische Blockade Taiwans ein.",
])
def test_german_speculation_about_an_act(text: str) -> None:
    # an act speculated about, or one a party adjusts to, has not happened
    assert not _asserted(text, "de")


def test_german_source_of_an_assessment_is_no_party() -> None:
    # "Nach Einschätzung des BND ...": whose assessment it is, not who acts
    got = _not_perceived("Nach Einschätzung des BND könnte Russland ab 2029 NATO-Gebiet angreifen.", "de")
    assert got == {("ASSAULT", "RUS", None, "hypothetical")}, got


@pytest.mark.parametrize("text", [
    "Dass Russland die NATO angreift, halten Experten für unwahrscheinlich.",
    "Die Türkei stellt ihre Zustimmung zum NATO-Beitritt Schwedens unter die Bedingung, dass Stockholm die PKK verfolgt.",
    "Die EU knüpft weitere Finanzhilfen für Ungarn an Bedingungen.",
])
def test_german_fronted_suppositions_and_conditions_set(text: str) -> None:
    # a fronted dass-clause held unlikely, an approval put under a condition: nothing done yet
    assert not _asserted(text, "de")


@pytest.mark.parametrize("text,lang", [
    ("Sollte Russland die Ukraine besiegen, wäre Moldau das nächste Ziel, warnte Sandu.", "de"),
    ("If Russia wins in Ukraine, Moldova would be the next target, Sandu warned.", "en"),
])
def test_a_warning_of_being_the_next_target_is_no_threat(text: str, lang: str) -> None:
    # the warner's side named as the victim of another's act announces no act of its own
    assert not any(e.type == "THREATEN" for e in dyads.analyze(text, lang=lang, date="2024-05-01").events)


@pytest.mark.parametrize("text", [
    "Überzeugt, dass Moskau hinter dem Giftanschlag auf Sergej Skripal steckt, haben die USA 60 russische Diplomaten ausgewiesen.",
    "Die polnische Regierung wittert hinter mehreren Brandanschlägen russische Saboteure und hat das russische Konsulat in Posen geschlossen.",
])
def test_german_who_is_behind_an_act_is_a_belief(text: str) -> None:
    # the act someone is believed to be behind is no coded attack; the reaction is real
    got = _asserted(text, "de", "2024-05-01")
    assert {e[0] for e in got} == {"SANCTION"}, got


@pytest.mark.parametrize("text", [
    "Um China von einer Blockade Taiwans abzuhalten, haben die USA und Japan ihre Kommandostrukturen verzahnt.",
    "In einem geheimen Planspiel der Bundeswehr greift Russland im Jahr 2025 die NATO an.",
    "Trump will binnen zwei Wochen über einen Angriff auf den Iran entscheiden.",
])
def test_german_prevented_played_and_undecided_acts(text: str) -> None:
    # an act a party means to prevent, one in a war game, one still to be decided: none has happened
    assert not any(e[0] in ("COERCE", "ASSAULT", "PROTEST") for e in _asserted(text, "de")), _asserted(text, "de")


@pytest.mark.parametrize("text,expected", [
    # "sich ... ausgesetzt sehen" is being exposed to something, not suspending it
    ("Moldau, das sich seit Monaten Destabilisierungsversuchen aus Moskau ausgesetzt sieht, weist 45 russische Diplomaten aus.",
     {"SANCTION"}),
    ("Weil es sich ständigen Provokationen ausgesetzt sieht, verhängt Polen Sanktionen gegen Belarus.", {"SANCTION"}),
    ("Die Ukraine ist massiven Luftangriffen ausgesetzt und bittet die Verbündeten um mehr Luftabwehr.", {"REQUEST"}),
    # ... and a suspension stays one
    ("Russland hat seine Angriffe auf die Energieinfrastruktur ausgesetzt.", {"RETREAT"}),
    ("Die EU hat die Sanktionen gegen Syrien ausgesetzt.", {"CONCEDE"}),
])
def test_german_exposed_to_is_no_suspension(text: str, expected: set[str]) -> None:
    got = {e[0] for e in _asserted(text, "de")}
    assert got == expected, got


@pytest.mark.parametrize("text,lang,expected", [
    # "..., his third visit to China": the meeting already coded, named again
    ("Spanish Prime Minister Pedro Sanchez met Xi Jinping in Beijing on Friday, his third visit to China in three years.", "en",
     {("CONSULT", "ESP", "CHN", "asserted")}),
    # the forum on whose sidelines two leaders meet is the setting, not a party
    ("Fumio Kishida and Xi Jinping met on Thursday on the sidelines of the APEC summit in San Francisco, their first talks in a year.",
     "en", {("CONSULT", "JPN", None, "asserted")}),
    ("Nessun incontro tra Donald Trump e Hassan Rohani a margine dell'Assemblea generale dell'ONU a New York.", "it",
     {("CONSULT", "USA", None, "negated")}),
])
def test_restated_meetings_and_their_settings(text: str, lang: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, lang)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a German verb-final pattern opens with its object: the envoys' state is the recipient, and an
    # elided subject after "und hat" is the first clause's
    ("Die polnische Regierung ist besorgt und hat das russische Konsulat in Posen geschlossen.", {("SANCTION", "POL", "RUS", "asserted")}),
    ("Die USA haben 60 russische Diplomaten ausgewiesen.", {("SANCTION", "USA", "RUS", "asserted")}),
])
def test_german_envoys_are_objects(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text", [
    # what a fronted emotion is about is background; a fronted view holds its act; a view after
    # any noun ("als direkte Kriegsbeteiligung werten") too; a trailing V1 condition far after the act
    "Aus Ärger über die Anerkennung Palästinas hat Israel seinen Botschafter aus Irland zurückgerufen.",
    "Als Provokation empfindet Peking das Treffen Tsai Ing-wens mit dem US-Parlamentspräsidenten.",
    "Doch Angriffe mit westlichen Raketen auf russisches Gebiet würde Moskau als direkte Kriegsbeteiligung der NATO werten.",
])
def test_german_background_views_and_late_conditions(text: str) -> None:
    # (the recall of the ambassador, a SANCTION, is the one real act among them)
    got = {e[0] for e in _asserted(text, "de")} - {"SANCTION"}
    assert not got, got


@pytest.mark.parametrize("text", [
    # an evacuation of diplomats' families is no sanction; counter-tariffs ready for a case are not imposed
    "Aus Sorge vor einer weiteren Eskalation hat Großbritannien die Familien seiner Diplomaten aus Israel abgezogen.",
    "Gegenzölle der EU auf US-Waren im Wert von 93 Milliarden Euro liegen bereit, sollten die Handelsgespräche mit Washington scheitern.",
])
def test_german_evacuations_and_tariffs_held_ready(text: str) -> None:
    got = _asserted(text, "de")
    assert not got, got


@pytest.mark.parametrize("text", [
    "Trump schließt militärische Gewalt zur Übernahme Grönlands und des Panamakanals nicht aus.",
    "Trump schloss nicht aus, Grönland mit militärischer Gewalt zu übernehmen.",
    "Israel schließt einen Angriff auf die iranischen Atomanlagen nicht aus.",
])
def test_german_force_not_ruled_out_is_a_threat(text: str) -> None:
    # not ruling out one's own use of force against another: a threat made, the force only possible
    got = _not_perceived(text, "de", "2025-01-08")
    assert {e[0] for e in got if e[3] == "asserted"} == {"THREATEN"}, got
    assert any(e[0] == "ASSAULT" and e[3] == "hypothetical" for e in got), got


@pytest.mark.parametrize("text,expected", [
    # what a government protests against is the object of its complaint; the weapon of a
    # deployment is no attack; an act judged in a party's view is that party's perception
    ("China hat gegen die Stationierung amerikanischer Raketen auf den Philippinen protestiert.", {"ACCUSE"}),
    ("Die Stationierung amerikanischer Raketen in Deutschland bedroht nach Ansicht Moskaus die Sicherheit Russlands.", set()),
    ("Aus Sicht Pekings ist die Stationierung amerikanischer Raketen auf den Philippinen eine Provokation.", set()),
    # the state a complaint is lodged with is its recipient
    ("Japan sieht sich durch die chinesischen Militärübungen rund um Taiwan bedroht und hat bei Peking protestiert.", {"ACCUSE"}),
])
def test_german_protest_objects_and_views(text: str, expected: set[str]) -> None:
    got = _asserted(text, "de")
    assert {e[0] for e in got} == expected, got
    assert all(e[2] is not None for e in got), got


@pytest.mark.parametrize("text,expected", [
    # the state a person is handed to, not the person's nationality
    ("Montenegro extradited South Korean crypto entrepreneur Do Kwon to the United States on Monday.",
     {("COOPERATE", "MNE", "USA", "asserted")}),
    # "its ambassador" after "talks with Israel" is Israel's
    ("Britain suspended free trade talks with Israel on Tuesday and summoned its ambassador over the offensive in Gaza.",
     {("SANCTION", "GBR", "ISR", "asserted"), ("ACCUSE", "GBR", "ISR", "asserted")}),
    # a resignation announced "from Riyadh" is made to no one
    ("Lebanese Prime Minister Saad Hariri announced his resignation in a televised speech from Riyadh on Saturday.",
     {("CONCEDE", "LBN", None, "asserted")}),
    # the party a fronted anger is about is the target of the protest
    ("Angry at Japan's release of treated water from the Fukushima plant, thousands of South Koreans rallied in Seoul on Saturday.",
     {("PROTEST", "KOR", "JPN", "asserted")}),
    # a launch with no target is a show of force, not an attack; the speaker after the clause is no target
    ("North Korea launched a missile on Tuesday, the South Korean military said.", {("MOBILIZE", "PRK", None, "asserted")}),
    ("Iran launched missiles at Israel on Tuesday, the Israeli military said.", {("ASSAULT", "IRN", "ISR", "asserted")}),
    # refusing to rule out force is a veiled threat
    ("Trump refused to rule out military force to seize Greenland.", {("THREATEN", "USA", "GRL", "asserted")}),
])
def test_english_roles_refined(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "en")
    assert got == expected, got


def test_english_who_faces_sanctions_undergoes_them() -> None:
    got = _not_perceived("Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk said in Kyiv on Saturday that Russia would face "
                         "massive sanctions if it rejected a 30-day ceasefire.", "en", "2025-05-10")
    assert {(e[0], e[2], e[3]) for e in got} >= {("THREATEN", "RUS", "asserted"), ("SANCTION", "RUS", "hypothetical")}, got
    assert all(e[1] != "RUS" for e in got if e[0] in ("THREATEN", "SANCTION")), got


@pytest.mark.parametrize("text", [
    "Je nachdem, wie sich die Lage entwickelt, schickt Frankreich Soldaten in die Ukraine.",
    "Bei einer Verletzung der Waffenruhe greift Israel wieder an, warnte Netanjahu.",
])
def test_german_cases_in_the_present(text: str) -> None:
    # "je nachdem", and a case opened by "Bei einer ..." before a closing warning, announce acts for
    # a case even in the present tense
    got = {e for e in _asserted(text, "de") if e[0] != "THREATEN"}
    assert not got, got


@pytest.mark.parametrize("text,expected", [
    # easing needs its object: a domestic debt rule eased is no concession to anyone
    ("Der Bundestag hat wegen der russischen Bedrohung die Schuldenbremse für Verteidigungsausgaben gelockert.", set()),
    ("Washington hat die Sanktionen gegen Syrien gelockert.", {("CONCEDE", "USA", "SYR", "asserted")}),
    # sanctions eased, held out, are a promise; new sanctions held out are a threat
    ("Trump stellte eine Aufhebung der Sanktionen gegen Syrien in Aussicht.", {("AGREE", "USA", "SYR", "asserted")}),
])
def test_german_easing_needs_its_object(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de", "2025-05-13")
    assert got == expected, got


@pytest.mark.parametrize("text", [
    # an act after "nach dem" came before: no threat of it
    "Transnistrien droht nach dem Stopp der russischen Gaslieferungen eine humanitäre Krise, sollte Moldau keine Hilfe leisten, "
    "warnte die Führung in Tiraspol.",
    # an act held to be imminent has not happened
    "Weil es einen iranischen Angriff auf Israel für unmittelbar bevorstehend hält, hat das US-Außenministerium seinen Diplomaten "
    "in Israel Reisebeschränkungen auferlegt.",
])
def test_german_background_and_imminent_acts(text: str) -> None:
    got = {e for e in _asserted(text, "de") if e[0] in ("THREATEN", "ASSAULT")}
    assert not got, got


@pytest.mark.parametrize("text,expected", [
    # an act named in a background phrase ("als Reaktion auf", "wegen", "seit dem", a fronted "Nach")
    # is the reason or the time of the act reported, not news of its own, and governs nothing
    ("Kanada hat als Reaktion auf Trumps Drohungen Gegenzölle auf US-Waren verhängt.", {"SANCTION"}),
    ("Seit dem russischen Angriff auf die Ukraine hat Polen seine Verteidigungsausgaben verdreifacht.", set()),
    ("Nach Trumps Drohungen hat Kolumbien die Abschiebeflüge doch zugelassen.", set()),
    ("Die USA haben ihren Bürgern wegen der Kämpfe von Reisen in den Libanon abgeraten.", set()),
    ("Japan reagiert auf Chinas Drohungen mit einer Verstärkung seiner Truppen auf den Südwestinseln.", set()),
])
def test_german_background_phrases(text: str, expected: set[str]) -> None:
    got = {e[0] for e in _asserted(text, "de", "2025-05-01")}
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # an announced act is still to come
    ("Russland kündigte an, Truppen an die Grenze zu Finnland zu verlegen.", {("MOBILIZE", "RUS", "FIN", "future")}),
    # an expectation closing a weil-clause, a purchase under review, a rehearsed attack
    ("Weil Israel einen Angriff der Hisbollah erwartet, hat Israel seine Truppen im Norden verstärkt.",
     {("MOBILIZE", "ISR", None, "asserted")}),
    ("Weil es sich von Trump provoziert fühlt, lässt Kanada den Kauf von 88 Kampfjets des Typs F-35 aus den USA überprüfen.",
     {("COOPERATE", "CAN", "USA", "hypothetical")}),
    # travel advised against, neutrality given up, a safety closure: no event of their own
    ("Verärgert über Äußerungen Takaichis hat China seinen Bürgern von Reisen nach Japan abgeraten.", set()),
    ("Aus Sorge vor Russland haben Finnland und Schweden ihre Neutralität aufgegeben und die NATO-Mitgliedschaft beantragt.",
     {("REQUEST", "FIN", None, "asserted")}),
    ("Aus Sorge vor einer Eskalation hat Deutschland seine Botschaft in Teheran vorübergehend geschlossen.", set()),
    # an appeal to the United Nations, not a phone call; two states' exercise is cooperation
    ("Guyana hat die Vereinten Nationen angerufen.", {("REQUEST", "GUY", "UN", "asserted")}),
    ("Die Philippinen und die USA haben ihr bisher größtes Manöver begonnen.", {("COOPERATE", "PHL", None, "asserted")}),
])
def test_german_reactions_read_right(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # the fear belongs to the reason phrase after the finite verb; the verb-final act is the reaction
    ("Die Türkei hat wegen der Bedrohung durch die PKK Luftangriffe im Nordirak geflogen.", {("ASSAULT", "TUR", "PKK", "asserted")}),
    ("Dänemark hat wegen der Bedrohung durch Russland die Wehrpflicht auf Frauen ausgeweitet.", {("MOBILIZE", "DNK", "RUS", "asserted")}),
    ("Taiwan hat aus Sorge vor einer chinesischen Invasion seine Reservisten einberufen.", {("MOBILIZE", "TWN", None, "asserted")}),
])
def test_german_reaction_after_a_reason_phrase(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


def test_german_deadline_is_a_demand_and_its_act_is_demanded() -> None:
    # a deadline given is a demand; the act it asks for has not happened; "andernfalls" makes the threat
    got = _not_perceived("Die EU gibt Russland eine Frist bis Montag, um einer Waffenruhe zuzustimmen; andernfalls drohen neue "
                         "Sanktionen.", "de", "2025-07-29")
    assert {e for e in got if e[3] == "asserted"} == {("REQUEST", "EU", "RUS", "asserted"), ("THREATEN", "EU", "RUS", "asserted")}, got


@pytest.mark.parametrize("text,expected", [
    # a sentence that opens with "Das Land", "Die Insel" continues about the state the one before opened with
    ("Finnland fürchtet einen russischen Angriff. Das Land ist deshalb der NATO beigetreten.", ("SUPPORT", "FIN", "NATO", "asserted")),
    ("Taiwan sieht sich von China bedroht. Die Insel hat nun die Wehrpflicht verlängert.", ("MOBILIZE", "TWN", None, "asserted")),
])
def test_german_state_anaphora(text: str, expected: tuple[str, str, str | None, str]) -> None:
    got = _not_perceived(text, "de", "2025-03-18")
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # acts allowed only on a condition, talked about, given in exchange under a Konjunktiv: not done
    "Nur mit Zustimmung des Kongresses können die USA weitere Waffen an die Ukraine liefern.",
    "Erst nach einem Waffenstillstand will die EU über eine Lockerung der Sanktionen reden.",
    "Im Gegenzug für Sicherheitsgarantien wäre die Ukraine bereit, auf einen NATO-Beitritt zu verzichten.",
])
def test_german_acts_on_a_condition_or_talked_about(text: str) -> None:
    assert not _asserted(text, "de"), _asserted(text, "de")


def test_german_background_in_the_light_of() -> None:
    # "Im Lichte der chinesischen Manöver": the drills are the background of the scramble
    got = _asserted("Im Lichte der chinesischen Manöver hat Japan Kampfjets aufsteigen lassen.", "de")
    assert got == {("MOBILIZE", "JPN", None, "asserted")}, got


def test_german_plural_verb_first_condition() -> None:
    # "Reichen die Freiwilligen nicht aus, ...": a plural verb-first condition the lemmatiser reads as a noun
    got = _not_perceived("Reichen die Freiwilligen nicht aus, will Deutschland die Wehrpflicht wieder einführen.", "de")
    assert got == {("MOBILIZE", "DEU", None, "hypothetical")}, got


@pytest.mark.parametrize("text,expected", [
    # a warning of what WOULD follow (Italian conditional mood) is a threat; "potrebbe" about
    # another party voices a danger, and its act is coded as that party's possible act
    ("Il Cremlino ha avvertito che fornire a Kiev missili a lungo raggio significherebbe un coinvolgimento diretto della NATO.",
     {("THREATEN", "RUS", "UKR", "asserted")}),
    ("Il Pentagono ha avvertito che la Cina potrebbe schierare nuovi missili nel Mar Cinese Meridionale.",
     {("MOBILIZE", "CHN", None, "hypothetical")}),
])
def test_italian_conditional_warnings(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "consentire/permettere a X di", "autorizzare X a": the party allowed to act is the actor
    ("Londra ha consentito all'Ucraina di colpire la Russia con i missili Storm Shadow.", {("ASSAULT", "UKR", "RUS", "asserted")}),
    ("Il presidente americano ha autorizzato Kiev a colpire obiettivi militari in Russia.", {("ASSAULT", "UKR", "RUS", "asserted")}),
    ("Mosca reagirà se Berlino permetterà a Kiev di colpire la Russia con i missili Taurus.", {("ASSAULT", "UKR", "RUS", "hypothetical")}),
])
def test_italian_object_control(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a participle after the object describes what was done to it, by the main subject, at its date
    ("Hamas ha liberato quattro ostaggi thailandesi, rapiti il 7 ottobre 2023.",
     {("RETREAT", "HAMAS", "THA", "asserted"), ("ASSAULT", "HAMAS", "THA", "historical")}),
    # a gerund with an enclitic object: the main subject accuses the object just named
    ("La Russia ha espulso due diplomatici estoni, accusandoli di spionaggio.",
     {("SANCTION", "RUS", "EST", "asserted"), ("ACCUSE", "RUS", "EST", "asserted")}),
    # what a signed order does is the act; the signing is no SUPPORT
    ("Donald Trump ha firmato un ordine esecutivo per ritirare gli Stati Uniti dall'OMS.", {("SANCTION", "USA", "WHO", "asserted")}),
    # a rejected proposal is its owner's
    ("Kiev ha respinto la proposta russa di una tregua di Pasqua.", {("REJECT", "UKR", "RUS", "asserted")}),
    # "il primo paese di Y a <verb>": the subject acts, Y only ranks it
    ("La Spagna è diventata il primo paese della NATO a riconoscere lo Stato di Palestina.", {("SUPPORT", "ESP", "PSE", "asserted")}),
    # "<act noun> <demonym> di X": the adjective names the attacker; "Trent'anni dopo" dates it
    ("Trent'anni dopo l'invasione irachena del Kuwait, il presidente iracheno è arrivato in visita a Kuwait City.",
     {("ASSAULT", "IRQ", "KWT", "historical"), ("CONSULT", "IRQ", "KWT", "asserted")}),
    # the object of a trailing gerund clause is not the recipient of the act before it
    ("Le truppe americane si sono ritirate dall'Afghanistan, attraversando il confine con l'Uzbekistan.",
     {("RETREAT", "USA", "AFG", "asserted")}),
    # a spelled-out number inside a pattern's gap counts as one quantity
    ("L'India acquisterà dalla Francia ventisei caccia Rafale.", {("AGREE", "IND", "FRA", "asserted")}),
])
def test_italian_agency_structures(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "Come già nel <anno>," : the act is done again; the earlier time is coded too
    ("Come già nel 2014, la Russia ha sospeso le forniture di gas all'Ucraina.",
     {("SANCTION", "RUS", "UKR", "historical"), ("SANCTION", "RUS", "UKR", "asserted")}),
    # nominal headlines: a visit named by its owner; what the two sides of a call agreed
    ("Visita di Stato di Emmanuel Macron in Germania.", {("CONSULT", "FRA", "DEU", "asserted")}),
    ("Colloquio telefonico tra Emmanuel Macron e Olaf Scholz, che hanno concordato di rafforzare il sostegno a Kiev.",
     {("CONSULT", "FRA", None, "asserted"), ("AGREE", "FRA", None, "asserted")}),
])
def test_italian_repeated_acts_and_headlines(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "potrebbe ... presto": a possibility, however soon
    ("Ankara ha fatto sapere che la Turchia potrebbe colpire presto le milizie curde in Siria.", {("ASSAULT", "TUR", "SYR", "hypothetical")}),
    # protesters at a foreign embassy are of the city they stand in; the embassy's state is the recipient
    ("Migliaia di persone hanno protestato davanti all'ambasciata iraniana a Parigi.", {("PROTEST", "FRA", "IRN", "asserted")}),
    # "gli ha chiesto ... a Gaza": the clitic is the addressee, the place is not
    ("Emmanuel Macron ha telefonato a Benjamin Netanyahu e gli ha chiesto una tregua a Gaza.",
     {("CONSULT", "FRA", "ISR", "asserted"), ("REQUEST", "FRA", "ISR", "asserted")}),
    # a capital after a verb of giving is the government given to; after "concordato" it is the venue
    ("Parigi e Londra hanno promesso a Kiev nuovi missili a lungo raggio.", {("AGREE", "FRA", "UKR", "asserted")}),
    ("Polonia e Ucraina hanno concordato a Varsavia un piano comune.", {("AGREE", "POL", None, "asserted")}),
    # who launched the intercepted missile attacks the interceptor; where it came from is no party
    ("La difesa aerea israeliana ha intercettato un missile lanciato dagli Houthi dallo Yemen.", {("ASSAULT", "HOUTHIS", "ISR", "asserted")}),
])
def test_italian_addressees_and_launchers(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a threat read as one trigger: the threatened act inside it is coded too, hypothetical
    ("Washington ha minacciato di sospendere gli aiuti all'Egitto se il Cairo non libererà i prigionieri politici.",
     {("THREATEN", "USA", "EGY", "asserted"), ("SANCTION", "USA", "EGY", "hypothetical"), ("RETREAT", "EGY", None, "hypothetical")}),
    # a witness and the city of a summit are no parties
    ("La Serbia e il Kosovo hanno firmato un accordo economico alla presenza di Donald Trump.", {("SUPPORT", "SRB", None, "asserted")}),
    ("L'India non ha partecipato al vertice sulla sicurezza di Pechino.", {("CONSULT", "IND", None, "negated")}),
])
def test_italian_threat_contents_and_venues(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # the subject noun of a verb of the same type is that verb's event, not a second one
    ("L'agenzia di stampa libanese ha riferito che raid israeliani hanno colpito l'aeroporto di Beirut.",
     {("ASSAULT", "ISR", "LBN", "asserted")}),
    # an agreement named for its entry into force is no new agreement
    ("Nel giorno dell'entrata in vigore dell'accordo di pace, Israele ha liberato novanta detenuti palestinesi.",
     {("RETREAT", "ISR", "PSE", "asserted")}),
])
def test_italian_subject_nouns_and_existing_deals(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, "it")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # "davon abhängig, dass ...": both the act held back and the condition are supposed
    ("Russland macht einen Waffenstillstand davon abhängig, dass die Ukraine auf einen Nato-Beitritt verzichtet.", set()),
    # a state closing or thinning its own embassy for its staff's safety breaks no relations
    ("Aus Sorge um die Sicherheit ihres Personals haben die USA ihre Botschaft in Kiew für einen Tag geschlossen.", set()),
    ("Die Angst vor einem russischen Einmarsch wächst. Großbritannien zieht einen Teil seines Botschaftspersonals aus Kiew ab.", set()),
    # an agreement named as the basis of an act ("per Abkommen") is no new agreement
    ("Angesichts der Bedrohung durch Russland hat Schweden den US-Streitkräften per Abkommen Zugang zu 17 Militärstützpunkten gewährt.",
     {"COOPERATE"}),
    # a closure in protest is a sanction
    ("Aus Protest gegen die Anerkennung Palästinas hat Israel seine Botschaft in Dublin geschlossen.", {"SANCTION"}),
])
def test_german_conditions_set_safety_closures_and_frameworks(text: str, expected: set[str]) -> None:
    got = {e[0] for e in _asserted(text, "de")}
    assert got == expected, got


@pytest.mark.parametrize("text", [
    # raising readiness is a mobilisation; a compound noun the name guesser took for a person blocks no trigger
    "Taiwan hat seine Truppen in Alarmbereitschaft versetzt.",
    "Vor dem Hintergrund chinesischer Manöver hat Taiwan seine Truppen in Alarmbereitschaft versetzt.",
])
def test_german_alert_is_mobilisation(text: str) -> None:
    assert ("MOBILIZE", "TWN", None, "asserted") in _asserted(text, "de"), _asserted(text, "de")


def test_german_force_kept_open_is_the_one_near_nicht_aus() -> None:
    # the case a condition names is no threat of the one who keeps force open
    got = _asserted("Für den Fall eines chinesischen Angriffs auf Taiwan hat Japans Regierungschefin Sanae Takaichi ein militärisches "
                    "Eingreifen nicht ausgeschlossen.", "de", "2025-11-10")
    assert not any(e[1] == "CHN" for e in got), got


@pytest.mark.parametrize("text", [
    "Russland wird die Truppen nicht abziehen.",
    "Die USA werden die Sanktionen nicht aufheben.",
])
def test_german_future_negation_inside_the_span(text: str) -> None:
    # "wird ... nicht abziehen": the negation between the object and the verb is the act's, and a
    # concession that will not be made is a refusal, not a concession
    got = _not_perceived(text, "de")
    assert not any(e[0] == "CONCEDE" for e in got), got


def test_german_compass_words_are_no_towns() -> None:
    # "im Norden des Landes" is a direction, not the East Frisian town of Norden (which made the
    # army of the sentence German)
    doc = dyads.analyze("Israel hat seine Truppen im Norden des Landes verstärkt.", lang="de", date="2025-05-01")
    assert not any(m.text == "Norden" and m.kind == "place" for m in doc.mentions), [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("text,lang,expected", [
    # a government's advice to its own people addresses no other party ...
    ("Aus Sorge vor einer Eskalation hat Polen seine Bürger aufgerufen, Belarus sofort zu verlassen.", "de", set()),
    ("Fearing an escalation, the United States urged its citizens to leave Lebanon immediately.", "en", set()),
    # ... a request to another state about its people does
    ("The UN urged Israel to protect its citizens.", "en", {("REQUEST", "UN", "ISR", "asserted")}),
])
def test_appeals_to_own_people_are_no_requests(text: str, lang: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    got = _not_perceived(text, lang)
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # what looms over a party ("droht" with the party in the dative, or a plural verb after one
    # state) is no threat by it, and a sanction that looms is the other side's supposed act ...
    ("Der Ukraine droht die Munition auszugehen.", set()),
    ("Russland drohen weitere Sanktionen, wenn es die Angriffe fortsetzt.",
     {("ASSAULT", "RUS", None, "hypothetical")}),
    ("Nun droht Russland ein beispielloses Sanktionspaket der EU.", {("SANCTION", "EU", "RUS", "hypothetical")}),
    # (a "mit" in a later clause, a preposition "an" and coordinated parties do not make it a threat)
    ("Serbien drohen EU-Sanktionen, falls Belgrad sich nicht mit Brüssel abstimmt.", set()),
    ("Der Ukraine drohen an der Front schwere Verluste.", set()),
    ("Nun drohen auch Kanada und Mexiko Strafzölle von 25 Prozent, sollten beide Länder den Zustrom von Fentanyl in die USA nicht stoppen.",
     {("SANCTION", "USA", "CAN", "hypothetical")}),
    # ... while a threat keeps its "mit", its "an" or a party as its object
    ("Der Iran droht Israel mit Vergeltung.", {("THREATEN", "IRN", "ISR", "asserted")}),
    ("Trump droht Kanada neue Zölle an.", {("THREATEN", "USA", "CAN", "asserted")}),
    ("Russland und Belarus drohen Polen.", {("THREATEN", "RUS", "POL", "asserted")}),
])
def test_german_what_looms_is_no_threat(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a vote at home approving an act for another party: the approval is no SUPPORT of that party,
    # the act approved is coded if it is named ...
    ("Der Bundestag hat die Lieferung schwerer Waffen an die Ukraine gebilligt.", set()),
    ("Der US-Senat hat ein Hilfspaket für die Ukraine im Umfang von 61 Milliarden Dollar gebilligt.", {("AID", "USA", "UKR", "asserted")}),
    # ... while ratifying another state's accession is
    ("Das türkische Parlament hat den NATO-Beitritt Schwedens gebilligt.", {("SUPPORT", "TUR", "SWE", "asserted")}),
])
def test_german_approvals_at_home(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _not_perceived(text, "de") == expected


@pytest.mark.parametrize("text,actor", [
    # German writes compounds together or hyphenated: a state after an article or a finite verb
    # and before a role is the subject, the role its object ("Ukraine reservists" it is not)
    ("Aus Furcht vor Russland hat die Ukraine Reservisten einberufen.", "UKR"),
    ("Wegen der russischen Drohungen hat Moldau Reservisten einberufen.", "MDA"),
    ("Aus Furcht vor einer russischen Invasion hat die Ukraine Reservisten einberufen.", "UKR"),
])
def test_german_state_before_a_role_is_a_subject(text: str, actor: str) -> None:
    assert _asserted(text, "de", "2023-05-01") == {("MOBILIZE", actor, None, "asserted")}


@pytest.mark.parametrize("text,expected", [
    # an act named as the label of a view ("als Angriff ... ansieht", "bezeichnete ... als Angriff")
    # took place nowhere; the reaction after the view is real
    ("Weil China den Besuch Nancy Pelosis als Angriff auf seine Souveränität ansieht, hat Peking Sanktionen gegen die "
     "US-Politikerin verhängt.", {("SANCTION", "CHN", "USA", "asserted")}),
    ("Peking bezeichnete den Besuch als Angriff auf Chinas Souveränität.", set()),
])
def test_german_view_labels_are_no_acts(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _not_perceived(text, "de", "2022-08-05") == expected


@pytest.mark.parametrize("text,expected", [
    # a fear or expectation closing a fronted weil/da-clause makes its act perceived, and the
    # fearing party is the one whose army, government or agentless passive reacts after it
    ("Weil Israel mit einem Angriff der Hisbollah rechnet, hat die Armee Reservisten einberufen.", {("MOBILIZE", "ISR", None, "asserted")}),
    ("Weil Taiwan eine chinesische Invasion nicht ausschließt, hat die Regierung die Wehrpflicht verlängert.",
     {("MOBILIZE", "TWN", None, "asserted")}),
    ("Da Kiew mit einer russischen Offensive rechnete, wurden zusätzliche Truppen nach Charkiw verlegt.", {("MOBILIZE", "UKR", None, "asserted")}),
    ("Seoul hält es für sicher, dass Nordkorea einen Atomtest vorbereitet.", set()),
])
def test_german_expected_acts_and_the_reacting_party(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _not_perceived(text, "de", "2025-05-01") == expected


@pytest.mark.parametrize("text,expected", [
    # a fronted purpose, concession or case: its parties are not the main clause's, its act is supposed
    ("Damit Iran keine Atombombe baut, will Trump die iranischen Atomanlagen notfalls bombardieren lassen.",
     {("ASSAULT", "USA", "IRN", "hypothetical")}),
    ("Damit Russland die Ukraine nach einer Waffenruhe nicht erneut angreifen kann, fordert Kiew die Stationierung westlicher Truppen.",
     {("ASSAULT", "RUS", "UKR", "hypothetical"), ("REQUEST", "UKR", None, "asserted")}),
    ("Auch wenn Russland weitere Gebiete erobert, werde Kiew keinem Diktatfrieden zustimmen, sagte Präsident Selenskyj.",
     {("ASSAULT", "RUS", "UKR", "hypothetical"), ("REJECT", "UKR", None, "asserted")}),
    ("Im Falle eines chinesischen Angriffs auf Taiwan würden die USA eingreifen, sagte Biden.", {("ASSAULT", "CHN", "TWN", "hypothetical")}),
])
def test_german_fronted_purposes_concessions_and_cases(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _not_perceived(text, "de", "2025-05-01") == expected


@pytest.mark.parametrize("text,expected", [
    # a refusal of intent negates its infinitive however long the clause; a condition still to be
    # met ("Bis ... hat", "Bevor ... zustimmt") is supposed, one in the past is not
    ("Nordkorea denke nicht daran, sein Atomwaffenprogramm für Gespräche mit Washington aufzugeben, erklärte Kim Yo Jong.",
     ("CONCEDE", "negated")),
    ("Israel hat nicht vor, seine Soldaten nach dem Ende der Kämpfe aus dem Süden des Libanon abzuziehen.", ("RETREAT", "negated")),
    ("Bis Russland seine Truppen vollständig abgezogen hat, werde es keine Friedensgespräche geben, erklärte Kiew.",
     ("RETREAT", "hypothetical")),
    ("Bevor Ankara dem schwedischen Nato-Beitritt zustimmt, muss Washington F-16-Kampfjets liefern.", ("SUPPORT", "hypothetical")),
    ("Bevor Scholz nach Kiew reiste, traf er Macron in Paris.", ("CONSULT", "asserted")),
])
def test_german_refused_intents_and_conditions_to_be_met(text: str, expected: tuple[str, str]) -> None:
    got = {(e[0], e[3]) for e in _coded(text, "de", "2025-05-01", modality=True)}
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # the act warned against would be the warned party's, against the party of the infinitive clause
    ("Blinken warnte Wang Yi davor, Russland Waffen zu liefern.", ("AID", "CHN", "RUS")),
    ("Berlin warnt Peking davor, Taiwan anzugreifen.", ("ASSAULT", "CHN", "TWN")),
])
def test_german_act_warned_against_is_the_warned_partys(text: str, expected: tuple[str, str, str]) -> None:
    got = _coded(text, "de", "2025-05-01", modality=True)
    assert expected + ("hypothetical",) in got, got


@pytest.mark.parametrize("text,expected", [
    # a fear closing a trailing, relative or reported clause (active, passive or Konjunktiv) ...
    ("Vorsichtshalber hat Katar seinen Luftraum geschlossen, weil ein iranischer Vergeltungsschlag gegen den US-Stützpunkt "
     "Al-Udeid befürchtet wurde.", set()),
    ("Jordanien, das eine Vertreibung der Palästinenser aus Gaza befürchtet, hat seinen Botschafter aus Israel abberufen.",
     {("SANCTION", "JOR", "ISR", "asserted")}),
    ("Kiew teilte mit, dass man einen erneuten Vorstoß russischer Truppen auf die Hauptstadt aus Belarus befürchte.", set()),
    # ... a motive ("um ... einzuschüchtern"), an act that "steht bevor", all of one's own nationals
    ("China hat Kriegsschiffe in die Straße von Taiwan geschickt, um die Regierung in Taipeh einzuschüchtern.",
     {("MOBILIZE", "CHN", "TWN", "asserted")}),
    ("Ein Einmarsch Russlands in die Ukraine stehe unmittelbar bevor, warnte Biden.", {("ASSAULT", "RUS", "UKR", "hypothetical")}),
    ("Die US-Botschaft hat alle Amerikaner aufgefordert, Russland zu verlassen.", set()),
])
def test_german_trailing_fears_motives_and_own_nationals(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a feeling of threat in reported speech, however long its source; an infinitive far from its
    # future auxiliary; a case "bei weiteren Angriffen" before a werde-clause
    ("Vučić sagte, man fühle sich von dem neuen Militärbündnis zwischen Kroatien, Albanien und Kosovo bedroht.", set()),
    ("Putin werde in den kommenden Tagen die Ukraine angreifen, warnte Biden.", {("ASSAULT", "RUS", "UKR", "future")}),
])
def test_german_reported_feelings_and_far_futures(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


def test_german_case_of_further_attacks_is_supposed() -> None:
    got = _coded("Bei weiteren Angriffen auf Handelsschiffe werde die US-Marine zurückschlagen, warnte das Pentagon.", "de", "2025-05-01",
                 modality=True)
    assert not any(e[0] == "ASSAULT" and e[3] == "asserted" for e in got), got


@pytest.mark.parametrize("text,expected", [
    # the party of an attributive participle of threat is what the subject fears, no party of its act
    ("Die sich von Serbien bedroht fühlende Regierung in Pristina hat die Nato aufgefordert, mehr Soldaten zu schicken.",
     {("REQUEST", "XKX", "NATO", "asserted")}),
    ("Die von Russland bedrohten baltischen Staaten haben die Nato um mehr Truppen gebeten.", {("REQUEST", "EST", "NATO", "asserted")}),
])
def test_german_attributive_threat_participles(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a verbless headline before a colon is a sentence of its own: the clause after it opens its
    # sentence (a verb-first condition stays a condition, a real act is not coloured by the fear)
    ("Streit um Grönland: Stimmt Dänemark nicht zu, will Trump Zölle gegen Europa verhängen.",
     {("SANCTION", "USA", "DNK", "hypothetical")}),
    ("Angst vor Russland: Polen hat seine Grenze zu Belarus geschlossen.", {("COERCE", "POL", "BLR", "asserted")}),
    ("Selenskyj: Russland hat in der Nacht Kiew angegriffen.", {("ASSAULT", "RUS", "UKR", "asserted")}),
])
def test_german_headline_before_a_colon(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


def test_german_generic_relative_condition_is_supposed() -> None:
    got = _coded("Länder, die Russland mit Waffen beliefern, sollen nach dem Willen der EU mit Sanktionen belegt werden.", "de",
                 "2025-05-01", modality=True)
    assert not any(e[3] == "asserted" for e in got), got


@pytest.mark.parametrize("text", [
    # a warning of a danger with no one warned, a possibility "nicht auszuschließen", a case
    # "Bei weiteren russischen Angriffen": none of them an asserted act
    "Weil Washington vor einem iranischen Angriff auf israelisches Territorium gewarnt hatte, verlegte das Pentagon Schiffe.",
    "Ein russischer Angriff auf ein Nato-Land sei innerhalb der nächsten fünf bis acht Jahre nicht auszuschließen, sagte Pistorius.",
    "Bei weiteren russischen Angriffen auf die ukrainische Energie werde Kiew die Raffinerien angreifen, sagte Selenskyj.",
])
def test_german_dangers_possibilities_and_cases_are_not_asserted(text: str) -> None:
    got = _coded(text, "de", "2025-05-01", modality=True)
    assert not any(e[0] in ("THREATEN", "ASSAULT") and e[3] == "asserted" for e in got), got


@pytest.mark.parametrize("text,expected", [
    # whose assessment it is takes no part in the act; the infinitive of a possibility is supposed
    ("China könnte nach Einschätzung des US-Admirals Philip Davidson schon binnen sechs Jahren versuchen, Taiwan zu erobern.",
     {("ASSAULT", "CHN", None, "hypothetical")}),
    ("Nach Erkenntnissen amerikanischer Geheimdienste erwägt Russland, eine Atomwaffe im Weltraum zu stationieren.",
     {("MOBILIZE", "RUS", None, "hypothetical")}),
    ("Die Hamas hat nach eigenen Angaben einem Vorschlag Ägyptens und Katars für eine Waffenruhe zugestimmt.",
     {("AGREE", "HAMAS", "EGY", "asserted")}),
])
def test_german_assessors_and_possible_infinitives(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,date,expected", [
    # a past year closing the verb's own clause dates the act (not a reason's or a relative clause's year)
    ("Veterans said French paratroopers shot the farmer in 1958.", "2021-05-01", {("ASSAULT", "FRA", None, "historical")}),
    ("A court in Cairo sentenced the former minister over a riot in 2013.", "2021-05-01", {("SANCTION", "EGY", None, "asserted")}),
])
def test_english_trailing_past_year(text: str, date: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", date, modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a fronted inverted condition is an "if", not an obligation the closing speaker demands
    ("Should Iran attack a Gulf state, the United States would respond, Lloyd Austin said.", {("ASSAULT", "IRN", None, "hypothetical")}),
    # "calling them|it <complement>" describes; it is no call
    ("The Iranian leader rejected talks with Washington on Monday, calling them pointless.", {("REJECT", "IRN", "USA", "asserted")}),
    # the act named after "as" in a fronted "Seeing X as ..." is a view; the reaction after it is real
    ("Seeing Ethiopia's deal with Somaliland as an attack on its sovereignty, Somalia expelled Ethiopia's envoy on Monday.",
     {("ASSAULT", "ETH", "SOM", "perceived"), ("SANCTION", "SOM", "ETH", "asserted")}),
])
def test_english_conditions_descriptions_and_views(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # "<State>'s <armed group>": the group is the party, the state only says where it is ...
    ("The United States sanctioned Yemen's Houthis on Wednesday.", {("SANCTION", "USA", "HOUTHIS", "asserted")}),
    # where money comes from, a border's side and a second verb's destination are no recipients
    ("Norway transferred 200 million euros from the proceeds of frozen Russian funds to Ukraine on Monday.",
     {("AID", "NOR", "UKR", "asserted")}),
    ("Venezuelan soldiers blocked aid lorries at the Brazilian border on Sunday.", {("COERCE", "VEN", None, "asserted")}),
    ("Cuba freed 50 dissidents on Monday and flew them to Spain.", {("RETREAT", "CUB", None, "asserted")}),
    # those a march supports are not its target; the owner of the place of an agreed zone is no party
    ("Thousands of Jordanians marched in Amman on Friday in solidarity with the Palestinians.", {("PROTEST", "JOR", None, "asserted")}),
    ("Iran and Turkey agreed in Ankara on Tuesday to set up a buffer zone in Iraq's Sulaymaniyah province.",
     {("AGREE", "IRN", None, "asserted")}),
])
def test_english_recipients_that_are_places_or_owners(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a trigger that only restates part of another event is no event of its own: an area named by
    # an act noun, the object of a rejection, a protest's demand, a released person's detention,
    # an agentless supposed attack in a speaker's words
    ("Iran, Turkey and Russia signed an accord on Friday to set up three de-escalation zones in Syria.",
     {("SUPPORT", "IRN", None, "asserted")}),
    ("Iran seized a tanker on Monday, rebuffing France's call for restraint.",
     {("COERCE", "IRN", "FRA", "asserted"), ("REJECT", "IRN", "FRA", "asserted")}),
    ("Hundreds of students stormed the parliament in Tbilisi on Friday, demanding the resignation of the prime minister.",
     {("PROTEST", "GEO", None, "asserted")}),
    ("A Russian court freed an American teacher on Monday after two years in pre-trial detention.", {("RETREAT", "RUS", "USA", "asserted")}),
    ("The Japanese minister said on Monday that any armed attack on Japanese ships would trigger the alliance.", set()),
])
def test_english_folded_restatements(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


def test_english_exercise_partners_are_co_actors() -> None:
    # "with <demonym> troops taking part": an exercise held together, not aimed at the partner
    doc = dyads.analyze("Belarus started large military exercises on Monday, with Russian troops taking part.", lang="en", date="2024-05-01")
    assert [(e.type, sorted(a.code or "" for a in e.actors), [r.code for r in e.recipients]) for e in doc.events] == \
        [("COOPERATE", ["BLR", "RUS"], [])]


@pytest.mark.parametrize("text,modality", [
    # a warning that another party's act would bring conflict with the warner's own side is a threat
    ("The Egyptian president warned on Sunday that Israel's offensive in Rafah would lead to a direct conflict with Egypt.", "asserted"),
    # (while a warning that another party prepares an act voices a danger)
    ("Zelensky warned that Russia was preparing a new offensive against Ukraine.", "perceived"),
])
def test_english_warned_consequence_for_own_side(text: str, modality: str) -> None:
    doc = dyads.analyze(text, lang="en", date="2024-05-01")
    assert [e.modality for e in doc.events if e.type == "THREATEN"] == [modality]


@pytest.mark.parametrize("text,expected", [
    # "<coded role> of <uncoded role>" is one body: the coded role acts
    ("Poland's upper house of parliament ratified the defence treaty with Sweden on Friday.", {("SUPPORT", "POL", "SWE", "asserted")}),
    # "under a 2008 agreement" is the legal basis of the act, no agreement of its own
    ("India and Pakistan swapped prisoners on Monday under a 2008 agreement.", {("RETREAT", "IND", None, "asserted")}),
    # the state of a violated airspace is the one intruded on
    ("Two Russian bombers violated Japanese airspace on Tuesday.", {("MOBILIZE", "RUS", "JPN", "asserted")}),
    # an act named inside "amid tensions over ..." is the setting of the main act
    ("Kosovo closed its main border crossing with Serbia on Sunday amid tensions over ethnic Serbs' barricades in the north.",
     {("COERCE", "XKX", "SRB", "asserted")}),
])
def test_english_bodies_bases_airspace_and_settings(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a flag of convenience gives way to the crew's state named after it; a flag alone stays the recipient
    ("Finland detained a Cook Islands-flagged tanker with a Russian crew on Thursday.", {("COERCE", "FIN", "RUS", "asserted")}),
    ("Iran seized a Panama-flagged tanker in the Gulf on Friday.", {("COERCE", "IRN", "PAN", "asserted")}),
])
def test_english_flag_of_convenience_and_crew(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # the "by"-agent of a nominal attack acts, not the sentence's subject; an unnamed armed group
    # leaves the act with no actor, so it is not coded
    ("Mali said on Monday it had foiled an incursion by mercenaries, accusing Algeria of backing them.", {("ACCUSE", "MLI", "DZA", "asserted")}),
    ("Ukraine's foreign minister condemned on Monday the shelling of Kharkiv by Russian troops.",
     {("ACCUSE", "UKR", "RUS", "asserted"), ("ASSAULT", "RUS", "UKR", "asserted")}),
])
def test_english_by_agent_of_a_nominal(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # "it" after "notified|informed <party> that" is the notifier, as after "told <party> that"
    ("Burundi informed the UN on Friday that it was withdrawing from the ICC.", {("SANCTION", "BDI", "ICC", "asserted")}),
    ("Gambia notified the United Nations on Monday that it was withdrawing from the International Criminal Court.",
     {("SANCTION", "GMB", "ICC", "asserted")}),
])
def test_english_notified_that_it(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a context phrase after the act names no recipient ("as tensions with X mounted", "in defiance of ...")
    ("Japan and Australia signed a defence pact on Friday, as tensions with China mounted.", {("SUPPORT", "JPN", None, "asserted")}),
    ("Iran fired a ballistic missile on Sunday in defiance of UN resolutions.", {("MOBILIZE", "IRN", None, "asserted")}),
    # "hitting back at X's decision" answers a move: no attack
    ("Lithuania expelled two Belarusian diplomats on Monday, hitting back at Minsk's decision to expel its consul.",
     {("SANCTION", "LTU", "BLR", "asserted")}),
])
def test_english_context_phrases_and_replies(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "en", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # the parties of a trailing reason are not the main act's; an act held "bevorstehend" is impending
    ("Israel hat seine Luftabwehr in höchste Alarmbereitschaft versetzt, da ein iranischer Angriff als unmittelbar bevorstehend gilt.",
     {("MOBILIZE", "ISR", None, "asserted"), ("ASSAULT", "ISR", "IRN", "hypothetical")}),
    ("Nordkorea und Russland haben einen Beistandspakt geschlossen, weil sie sich gemeinsam von den USA bedroht fühlen.",
     {("SUPPORT", "PRK", None, "asserted")}),
])
def test_german_trailing_reasons_name_no_recipient(text: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, "de", "2025-05-01")
    assert got == expected, got


@pytest.mark.parametrize("text,lang,expected", [
    # an exercise of several states together is cooperation, in every language; an emotion opening
    # the sentence names its cause, not an act it reports
    ("Wary of China, the navies of India, the United States, Japan and Australia began the Malabar exercises on Tuesday.", "en",
     {("COOPERATE", "IND", None, "asserted")}),
    ("Manila e Washington hanno avviato le esercitazioni Balikatan.", "it", {("COOPERATE", "PHL", None, "asserted")}),
    ("Angry at the deployment of a Chinese oil rig, Vietnamese rioters set fire to foreign-owned factories on Wednesday.", "en",
     {("ASSAULT", "VNM", None, "asserted")}),
])
def test_joint_exercises_and_fronted_emotions(text: str, lang: str, expected: set[tuple[str | None, ...]]) -> None:
    got = _not_perceived(text, lang, "2024-05-01")
    assert got == expected, got


def test_english_place_naming_a_summit_is_a_venue() -> None:
    got = _coded("NATO leaders agreed at their Wales summit on Friday to set up a rapid reaction force.", "en", "2014-09-05", modality=True)
    assert ("AGREE", "NATO", None, "asserted") in got, got


@pytest.mark.parametrize("text,own,other", [
    # an order to one's own forces is the subject's own act, held out under "qualora/se"; no REQUEST
    ("Seul ha ordinato alle forze armate di abbattere i droni nordcoreani qualora sconfinassero.",
     ("ASSAULT", "KOR", "PRK", "hypothetical"), "REQUEST"),
    ("Tokyo ha ordinato alle forze di autodifesa di abbattere i missili nordcoreani se minacceranno il Giappone.",
     ("ASSAULT", "JPN", "PRK", "hypothetical"), "REQUEST"),
])
def test_italian_order_to_own_forces(text: str, own: tuple[str, ...], other: str) -> None:
    coded = _coded(text, "it", "2024-05-01", modality=True)
    assert own in coded and not any(e[0] == other for e in coded)


@pytest.mark.parametrize("text,expected", [
    # a relative clause between the subject and its verb lends no party to the main verb
    ("La Polonia, che nel 2021 aveva accusato la Bielorussia, ha espulso due diplomatici russi.",
     {("ACCUSE", "POL", "BLR", "historical"), ("SANCTION", "POL", "RUS", "asserted")}),
    # a fronted "Sentendosi minacciata da X," is a perception; the reaction after it is aimed at X
    ("Sentendosi minacciata dalla Bielorussia, la Lituania ha chiuso due valichi di frontiera.",
     {("THREATEN", "BLR", None, "perceived"), ("SANCTION", "LTU", "BLR", "asserted")}),
    # the euphonic "Ad" before a city is no part of the name after it
    ("Ad Atene Recep Tayyip Erdoğan ha incontrato Kyriakos Mitsotakis.", {("CONSULT", "TUR", "GRC", "asserted")}),
    # "Dopo aver <participio> nel <anno>," is an earlier act even in the year before the article's
    ("Dopo aver espulso nel 2023 tre diplomatici russi, Berlino ha chiuso i consolati di Mosca.",
     {("SANCTION", "DEU", "RUS", "historical"), ("SANCTION", "DEU", "RUS", "asserted")}),
    # the noun "tiranno" is no future verb
    ("Erdoğan ha definito al-Sisi un tiranno.", {("ACCUSE", "TUR", "EGY", "asserted")}),
])
def test_italian_relatives_perceptions_and_fronted_pasts(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "it", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a body with no code of its own ("delegazione", "missione") acts as the party that leads it
    ("Una delegazione guidata da Emmanuel Macron è arrivata a Pechino.", {("CONSULT", "FRA", "CHN", "asserted")}),
])
def test_italian_body_led_by(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "it", "2024-05-01", modality=True) == expected


@pytest.mark.parametrize("text,expected", [
    # the party to defend is the beneficiary of a threatened intervention, never its target
    ("Erdoğan ha minacciato un intervento militare in Siria per difendere i palestinesi.", {("THREATEN", "TUR", "SYR", "asserted")}),
    ("La Turchia ha minacciato un intervento militare per difendere i palestinesi.", {("THREATEN", "TUR", None, "asserted")}),
])
def test_italian_defended_party_is_no_target(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert _coded(text, "it", "2024-05-01", modality=True) == expected
