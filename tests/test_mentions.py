"""Mentions in the five languages: KB states, demonyms, capitals, organisations, people resolved
by date, unknown people, elisions, hyphenated and long names; and a quality gate on KIND."""

from __future__ import annotations

import pytest
from conftest import shared_path

from dyads import Article, Pipeline
from dyads.model import Mention

_PIPE = Pipeline(stages=["normalize", "language", "sentences", "tokens", "mentions", "linking"])


def _mentions(text: str, lang: str, date: str | None = "2023-02-01") -> list[Mention]:
    doc = _PIPE(Article(text=text, lang=lang, date=date))
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return doc.mentions


def _find(ms: list[Mention], text: str) -> Mention:
    hits = [m for m in ms if m.text == text]
    assert hits, f"no mention '{text}' in {[(m.text, m.kind) for m in ms]}"
    return hits[0]


def _absent(ms: list[Mention], text: str) -> None:
    assert not any(m.text == text for m in ms), [(m.text, m.kind) for m in ms]


# ---- states, demonyms, capitals -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "state", "code"),
    [
        ("it", "Il Giappone e la Corea del Sud hanno firmato un accordo.", "Corea del Sud", "KOR"),
        ("en", "Japan and South Korea signed an agreement.", "South Korea", "KOR"),
        ("fr", "Le Japon et la Corée du Sud ont signé un accord.", "Corée du Sud", "KOR"),
        ("es", "Japón y Corea del Sur firmaron un acuerdo.", "Corea del Sur", "KOR"),
        ("de", "Japan und Südkorea haben ein Abkommen unterzeichnet.", "Südkorea", "KOR"),
    ],
)
def test_states(lang: str, text: str, state: str, code: str) -> None:
    m = _find(_mentions(text, lang), state)
    assert (m.kind, m.code, m.source) == ("state", code, "kb")


@pytest.mark.parametrize(
    ("lang", "text", "demonym", "code"),
    [
        ("it", "I funzionari giapponesi hanno protestato.", "giapponesi", "JPN"),
        ("en", "Japanese officials protested.", "Japanese", "JPN"),
        ("fr", "Les responsables japonais ont protesté.", "japonais", "JPN"),
        ("es", "Los funcionarios japoneses protestaron.", "japoneses", "JPN"),
        ("de", "Die japanische Regierung protestierte.", "japanische", "JPN"),
    ],
)
def test_demonyms(lang: str, text: str, demonym: str, code: str) -> None:
    m = _find(_mentions(text, lang), demonym)
    assert m.kind == "state" and m.code == code
    assert m.source in ("demonym", "modifier")  # linking turns a demonym qualifying a role into a modifier


@pytest.mark.parametrize(
    ("lang", "actor", "place"),
    [
        ("it", "Tokyo ha svelato il piano.", "Il ministro è arrivato a Tokyo."),
        ("en", "Tokyo unveiled the plan.", "The minister arrived in Tokyo."),
        ("fr", "Tokyo a dévoilé le plan.", "Le ministre est arrivé à Tokyo."),
        ("es", "Tokyo presentó el plan.", "El ministro llegó a Tokyo."),
        ("de", "Tokyo stellte den Plan vor.", "Der Minister ist in Tokyo angekommen."),
    ],
)
def test_capital_as_actor_or_place(lang: str, actor: str, place: str) -> None:
    m = _find(_mentions(actor, lang), "Tokyo")
    assert (m.kind, m.code, m.source) == ("state", "JPN", "capital")
    m = _find(_mentions(place, lang), "Tokyo")
    assert (m.kind, m.code) == ("place", "JPN")


# ---- organisations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "alias", "code"),
    [
        ("it", "L'Alleanza Atlantica ha risposto all'ONU.", "Alleanza Atlantica", "NATO"),
        ("it", "L'Alleanza Atlantica ha risposto all'ONU.", "ONU", "UN"),
        ("it", "La Nato e la Ue hanno discusso.", "Nato", "NATO"),
        ("it", "La Nato e la Ue hanno discusso.", "Ue", "EU"),
        ("en", "NATO and the UN met in Brussels.", "NATO", "NATO"),
        ("fr", "L'OTAN et l'ONU se sont réunies avec l'UE.", "OTAN", "NATO"),
        ("fr", "L'OTAN et l'ONU se sont réunies avec l'UE.", "UE", "EU"),
        ("es", "La OTAN y la ONU se reunieron con la UE.", "OTAN", "NATO"),
        ("es", "La OTAN y la ONU se reunieron con la UE.", "ONU", "UN"),
        ("de", "Die NATO und die UNO trafen sich mit der EU.", "EU", "EU"),
    ],
)
def test_organisation_aliases(lang: str, text: str, alias: str, code: str) -> None:
    m = _find(_mentions(text, lang), alias)
    assert (m.kind, m.code) == ("organisation", code)
    assert m.source == "kb"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Lo ha detto il portavoce del Ministero della Difesa.", "Ministero della Difesa"),
        ("en", "The Labour Party and Microsoft Corp reacted.", "Labour Party"),
        ("en", "The Labour Party and Microsoft Corp reacted.", "Microsoft Corp"),
        ("fr", "Le Parti socialiste a réagi.", "Parti socialiste"),
        ("es", "El Partido Popular ha reaccionado.", "Partido Popular"),
        ("de", "Das Innenministerium und die Deutsche Bank reagierten.", "Deutsche Bank"),
    ],
)
def test_organisations_without_code(lang: str, text: str, name: str) -> None:
    m = _find(_mentions(text, lang), name)
    assert m.kind == "organisation" and m.code is None


# ---- people ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Stoltenberg ha visitato Seul."),
        ("en", "Stoltenberg visited Seoul."),
        ("fr", "Stoltenberg a visité Séoul."),
        ("es", "Stoltenberg visitó Seúl."),
        ("de", "Stoltenberg besuchte Seoul."),
    ],
)
def test_kb_person_code_by_date(lang: str, text: str) -> None:
    m = _find(_mentions(text, lang, "2023-02-01"), "Stoltenberg")
    assert (m.kind, m.code, m.kb_id) == ("person", "NATO", "Q57287")
    # Before he led NATO he was Norway's prime minister.
    m = _find(_mentions(text, lang, "2010-05-01"), "Stoltenberg")
    assert m.code == "NOR"


@pytest.mark.parametrize(
    ("date", "name"),
    [("2019-06-01", "Mike Pompeo"), ("2023-06-01", "Antony Blinken"), ("2025-06-01", "Marco Rubio")],
)
def test_secretary_of_state_by_date(date: str, name: str) -> None:
    text = f"{name.split()[-1]} met his counterpart."
    m = _mentions(text, "en", date)[0]
    assert (m.kind, m.name, m.code, m.role) == ("person", name, "USA", "Secretary of State")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Ieri Mario Rossi ha incontrato i giornalisti.", "Mario Rossi"),
        ("en", "Yesterday Mario Rossi met reporters.", "Mario Rossi"),
        ("fr", "Hier, Mario Rossi a rencontré les journalistes.", "Mario Rossi"),
        ("es", "Ayer Mario Rossi se reunió con los periodistas.", "Mario Rossi"),
        ("de", "Gestern traf Mario Rossi die Journalisten.", "Mario Rossi"),
    ],
)
def test_unknown_person_has_no_code(lang: str, text: str, name: str) -> None:
    m = _find(_mentions(text, lang), name)
    assert (m.kind, m.code, m.source) == ("person", None, "pattern")


def test_person_titles_and_surnames() -> None:
    ms = _mentions("Il presidente Mattarella ha ricevuto Elly Schlein. Poi Schlein ha parlato.", "it")
    assert _find(ms, "Mattarella").kind == "person"
    assert _find(ms, "Elly Schlein").kind == "person"
    later = [m for m in ms if m.text == "Schlein"]
    assert later and later[0].kind == "person"  # the surname repeats the person named in full
    ms = _mentions("Bundeskanzler Helmut Kohl sagte, Herr Kinkel sei in Bonn.", "de")
    assert _find(ms, "Helmut Kohl").kind == "person"
    assert _find(ms, "Kinkel").kind == "person"
    assert _find(ms, "Bonn").kind == "place"


def test_lloyd_austin_long_form() -> None:
    ms = _mentions("Lloyd J. Austin III met Japanese officials.", "en", "2023-01-11")
    m = _find(ms, "Lloyd J. Austin III")
    assert (m.kind, m.name, m.code) == ("person", "Lloyd Austin", "USA")


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "Jean-Pierre Raffarin met Yoon Suk-yeol in Seoul.", "Jean-Pierre Raffarin", "person"),
        ("en", "Jean-Pierre Raffarin met Yoon Suk-yeol in Seoul.", "Yoon Suk-yeol", "person"),
        ("it", "Il treno per l'Emilia-Romagna e la Roma-Lido.", "Emilia-Romagna", "place"),
        ("de", "Der Ministerpräsident von Nordrhein-Westfalen reiste nach Baden-Württemberg.", "Baden-Württemberg", "place"),
        ("fr", "Marie-Claire Dupont est arrivée à Aix-en-Provence.", "Marie-Claire Dupont", "person"),
    ],
)
def test_hyphenated_names(lang: str, text: str, name: str, kind: str) -> None:
    assert _find(_mentions(text, lang), name).kind == kind


# ---- elisions ----------------------------------------------------------------------------


def test_elisions() -> None:
    ms = _mentions("Il sostegno dell'Occidente all'Ucraina e l'appello dell'ONU.", "it")
    assert (_find(ms, "Ucraina").kind, _find(ms, "Ucraina").code) == ("state", "UKR")
    assert _find(ms, "Occidente").kind == "place"
    assert _find(ms, "ONU").code == "UN"
    _absent(ms, "dell'Occidente")
    _absent(ms, "all'Ucraina")
    ms = _mentions("Le soutien de l'Ukraine à l'OTAN et d'Israël.", "fr")
    assert _find(ms, "Ukraine").code == "UKR"
    assert _find(ms, "OTAN").code == "NATO"
    assert _find(ms, "Israël").code == "ISR"


# ---- what is not a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("it", "Come ha detto ieri, la riunione è finita.", "Come"),
        ("en", "The talks ended on Monday in January.", "Monday"),
        ("de", "Dabei ging es um die Zukunft.", "Dabei"),
        ("fr", "Selon le ministre, rien ne change.", "Selon"),
        ("es", "Según el ministro, nada cambia.", "Según"),
    ],
)
def test_sentence_openers_are_not_names(lang: str, text: str, word: str) -> None:
    _absent(_mentions(text, lang), word)


def test_event_names_keep_their_host_place_but_not_as_an_actor() -> None:
    # KIND 2.3: "Coppa [Italia]", "Festival di [Sanremo]"; the state is where, not who.
    ms = _mentions("La Juventus ha vinto la Coppa Italia contro la Lazio.", "it")
    assert _find(ms, "Italia").kind == "place"
    assert _find(ms, "Juventus").kind == "organisation"
    assert _find(_mentions("Ha vinto il Festival di Sanremo.", "it"), "Sanremo").kind == "place"
    assert _find(_mentions("Ganó en los Juegos Olímpicos de Pekín.", "es"), "Pekín").kind == "place"
    _absent(_mentions("He won the Tour de France twice.", "en"), "France")


# ---- recognition rules: names without a KB entry ----------------------------------------------


def test_large_towns_the_lemmatiser_knows() -> None:
    ms = _mentions("Il sindaco di Firenze ha parlato con il sindaco di Bari.", "it")
    assert _find(ms, "Firenze").kind == "place"
    assert _find(ms, "Bari").kind == "place"


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("it", "Hanno parlato Mario Rossi, Brambillasca e Zanforlin.", ["Brambillasca", "Zanforlin"]),
        ("en", "The team included John Smith, Pettigrew and Hollingsworth.", ["Pettigrew", "Hollingsworth"]),
        ("es", "Hablaron Juan Pérez, Urdangarín y Zubizarreta.", ["Urdangarín", "Zubizarreta"]),
    ],
)
def test_names_listed_with_a_person_are_people(lang: str, text: str, names: list[str]) -> None:
    ms = _mentions(text, lang)
    for name in names:
        assert _find(ms, name).kind == "person"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "L'uragano Sandy ha colpito New York. Sandy si è poi indebolito."),
        ("en", "Hurricane Sandy hit New York. Sandy then weakened."),
        ("fr", "L'ouragan Sandy a frappé New York."),
    ],
)
def test_storm_names_are_not_people(lang: str, text: str) -> None:
    ms = _mentions(text, lang)
    _absent(ms, "Sandy")
    assert _find(ms, "New York").kind == "place"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Lo ha scritto su Twitter, mentre Twitter ha chiuso l'account."),
        ("en", "He wrote on Twitter that Twitter had erred."),
    ],
)
def test_platform_as_medium_is_not_an_actor(lang: str, text: str) -> None:
    tw = [m for m in _mentions(text, lang) if m.text == "Twitter"]
    assert len(tw) == 1 and tw[0].kind == "organisation" and tw[0].start > 20


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "La gara era diretta dall'arbitro uzbeko Irmatov.", "Irmatov"),
        ("es", "Lo dijo el ministro alemán Schwarzkopf ayer.", "Schwarzkopf"),
        ("fr", "Le ministre allemand Schwarzkopf a parlé.", "Schwarzkopf"),
    ],
)
def test_title_and_adjective_before_a_name(lang: str, text: str, name: str) -> None:
    assert _find(_mentions(text, lang), name).kind == "person"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("it", "I sondaggi davano de Blasio al 65 per cento."), ("en", "Polls gave de Blasio a lead.")],
)
def test_lower_case_surname_particles(lang: str, text: str) -> None:
    assert _find(_mentions(text, lang), "de Blasio").kind == "person"


def test_italian_bodies_and_their_towns() -> None:
    ms = _mentions("Con il patrocinio del Comune e della Provincia di Cagliari.", "it")
    assert _find(ms, "Comune").kind == "organisation"  # two bodies, not one
    ms = _mentions("I militari della Guardia di Finanza di Milano sono arrivati.", "it")
    assert _find(ms, "Guardia di Finanza").kind == "organisation"  # KIND 3.2: the body, then the town
    assert _find(ms, "Milano").kind == "place"
    ms = _mentions("Il segretario del Partito Democratico Enrico Letta ha parlato.", "it")
    assert _find(ms, "Partito Democratico").kind == "organisation"
    assert _find(ms, "Enrico Letta").kind == "person"


def test_italian_acronyms_written_as_names() -> None:
    ms = _mentions("La Uefa e la Cgil hanno protestato.", "it")
    assert _find(ms, "Uefa").kind == "organisation"
    assert _find(ms, "Cgil").kind == "organisation"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("it", "Il lanciatore dei Chicago Bulls ha firmato."), ("es", "El base de los Chicago Bulls firmó.")],
)
def test_city_teams(lang: str, text: str) -> None:
    assert _find(_mentions(text, lang), "Chicago Bulls").kind == "organisation"


def test_state_before_a_name_is_not_a_first_name() -> None:
    ms = _mentions("Lo ha detto il presidente degli Stati Uniti Barack Obama.", "it")
    assert _find(ms, "Stati Uniti").kind == "state"
    assert _find(ms, "Barack Obama").kind == "person"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "La presidente Mercedes Bresso ha risposto.", "Mercedes Bresso"),
        ("en", "Teacher Victoria Soto was killed.", "Victoria Soto"),
        ("it", "Nel 1968 Papa Paolo VI celebrò la messa.", "Paolo VI"),
    ],
)
def test_place_named_first_names(lang: str, text: str, name: str) -> None:
    assert _find(_mentions(text, lang), name).kind == "person"


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("it", "Un incidente nei pressi di Berceto.", "Berceto", "place"),
        ("en", "The mayor of Pietrasanta said so.", "Pietrasanta", "place"),
        ("it", "Lo ha detto il presidente della Trivelcom ieri.", "Trivelcom", "organisation"),
        ("en", "The chairman of Trivelcom resigned.", "Trivelcom", "organisation"),
        ("es", "El presidente de Trivelcom dimitió.", "Trivelcom", "organisation"),
    ],
)
def test_nouns_before_of_give_the_kind(lang: str, text: str, name: str, kind: str) -> None:
    assert _find(_mentions(text, lang), name).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "genus"),
    [
        ("it", "I resti dell'Homo habilis sono stati trovati in Kenya.", "Homo"),
        ("en", "Remains of Homo erectus were found in Kenya.", "Homo"),
    ],
)
def test_species_names_are_not_places(lang: str, text: str, genus: str) -> None:
    ms = _mentions(text, lang)
    _absent(ms, genus)
    assert _find(ms, "Kenya").kind == "state"


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("it", "Pirati attivi nel Corno d'Africa.", "Corno d'Africa"),
        ("en", "Pirates active in the Horn of Africa.", "Horn of Africa"),
        ("it", "Il 70% vive nell'Africa subsahariana.", "Africa subsahariana"),
        ("it", "Un ragazzo di Acquasanta Terme è stato ferito.", "Acquasanta Terme"),
    ],
)
def test_place_names_with_their_head_words(lang: str, text: str, place: str) -> None:
    assert _find(_mentions(text, lang), place).kind == "place"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lo ha detto il presidente della Repubblica Giorgio Napolitano.", {("Repubblica", "ORG"), ("Giorgio Napolitano", "PER")}),
        ("Il regime di Assad ha colpito la città.", {("regime", "ORG"), ("Assad", "PER")}),
        ("La polizia locale e i vigili del fuoco sono arrivati.", {("polizia locale", "ORG"), ("vigili del fuoco", "ORG")}),
        ("Un funzionario del ministero della Giustizia iracheno ha parlato.", {("ministero della Giustizia iracheno", "ORG")}),
        ("Il colpo di Stato è fallito.", set()),
        ("La Germania si ritira dalla trattativa.", {("Germania", "ORG")}),
        ("In Germania piove.", {("Germania", "LOC")}),
        ("Nel gruppo B la Russia supera 4-0 la Slovacchia.", {("Russia", "ORG"), ("Slovacchia", "ORG")}),
        ("L'Iran e gli Stati Uniti hanno rotto le relazioni.", {("Iran", "ORG"), ("Stati Uniti", "ORG")}),
        ("Il Viminale ha confermato le elezioni.", {("Viminale", "ORG")}),
        ("Proteste davanti alla Casa Bianca.", {("Casa Bianca", "LOC")}),
        ("Il Consiglio di Sicurezza dell'ONU ha votato.", {("Consiglio di Sicurezza", "ORG"), ("ONU", "ORG")}),
        ("Il Presidente del Senato ha parlato con l'ambasciata americana.", {("Senato", "ORG"), ("ambasciata americana", "ORG")}),
    ],
)
def test_kind_mapping_of_italian_bodies_and_agents(text: str, expected: set[tuple[str, str]]) -> None:
    """How mentions count in the KIND evaluation (guidelines 2.2, 2.3, 3.2)."""
    from dyads.eval.ner import _merge_institutions

    doc = _PIPE(Article(text=text, lang="it"))
    assert {(m.text, t) for m, t in _merge_institutions(doc, "it")} == expected


# ---- quality gate ------------------------------------------------------------------------


def test_italian_local_bodies_and_context_cues() -> None:
    ms = _mentions("Lo ha deciso la Regione Lazio con il Comune di Reggio Calabria, in località Raica. "
                   "Nato a Liverpool, Mario Rossi entrò nella Nato.", "it")
    assert _find(ms, "Regione Lazio").kind == "organisation"  # the body, not the territory (KIND)
    assert _find(ms, "Comune di Reggio Calabria").kind == "organisation"
    assert _find(ms, "Raica").kind == "place"
    nato = [m for m in ms if m.text == "Nato"]
    assert len(nato) == 1 and nato[0].start > 60  # "Nato a Liverpool": born, not the alliance


def test_kind_quality_gate() -> None:
    """Micro-F1 on the first 300 sentences of KIND (Italian WikiNews, dev split).

    Baseline measured with the default offline pipeline: micro-F1 0.747 (P 0.84, R 0.67) on
    412 entities. The gate is that minus 0.02, a margin for harmless changes; falling below it
    is a regression.
    """
    from dyads.eval.ner import evaluate_ner

    path = shared_path("eval", "ner", "kind-it", "evalita2023", "WN_dev.tsv")
    res = evaluate_ner(path, "it", limit=300)
    assert res["sentences"] == 300
    assert res["micro"]["f1"] >= 0.72, res["micro"]


# ---- coordinated people, a capital before a person, bodies named by a count ---------------------


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("es", "Erdogan y Putin se reunieron en Sochi.", ["Erdogan", "Putin"]),
        ("es", "Erdogan y Vladimir Putin hablaron por teléfono.", ["Erdogan", "Vladimir Putin"]),
        ("it", "Erdogan e Putin si sono incontrati a Sochi.", ["Erdogan", "Putin"]),
        ("fr", "Erdogan et Poutine se sont rencontrés à Sotchi.", ["Erdogan", "Poutine"]),
        ("de", "Erdogan und Putin trafen sich in Sotschi.", ["Erdogan", "Putin"]),
        ("en", "Erdogan and Putin met in Sochi.", ["Erdogan", "Putin"]),
    ],
)
def test_coordinated_known_people_stay_two(lang: str, text: str, people: list[str]) -> None:
    ms = _mentions(text, lang)
    for p in people:
        assert _find(ms, p).kind == "person"


def test_spanish_double_surname_with_y_stays_one_name() -> None:
    ms = _mentions("José Ortega y Gasset escribió sobre Europa.", "es")
    assert _find(ms, "José Ortega y Gasset").kind == "person"


@pytest.mark.parametrize(
    ("lang", "text", "place", "person"),
    [
        ("it", "Da Riad Donald Trump ha annunciato un accordo.", "Riad", "Donald Trump"),
        ("es", "Desde Riad Donald Trump anunció un acuerdo.", "Riad", "Donald Trump"),
        ("it", "A Parigi Emmanuel Macron ha detto di no.", "Parigi", "Emmanuel Macron"),
    ],
)
def test_person_does_not_absorb_a_capital_before_it(lang: str, text: str, place: str, person: str) -> None:
    ms = _mentions(text, lang)
    assert _find(ms, place).kind in ("place", "state")
    assert _find(ms, person).code == "USA" if person == "Donald Trump" else _find(ms, person).kind == "person"


def test_first_name_that_is_a_country_still_opens_a_name() -> None:
    ms = _mentions("Jordan Bardella ha parlato a Parigi.", "it")
    assert _find(ms, "Jordan Bardella").kind == "person"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Les Vingt-Sept ont adopté des sanctions.", "Les Vingt-Sept"),
        ("fr", "Selon le texte, les 27 ont décidé de prolonger les sanctions.", "les 27"),
        ("it", "I Ventisette hanno approvato le sanzioni.", "I Ventisette"),
        ("es", "Los Veintisiete aprobaron sanciones.", "Los Veintisiete"),
        ("de", "Die EU-27 verhängten Sanktionen.", "EU-27"),
    ],
)
def test_the_union_named_by_its_member_count(lang: str, text: str, name: str) -> None:
    assert _find(_mentions(text, lang), name).code == "EU"


def test_a_count_before_a_noun_is_not_the_union() -> None:
    ms = _mentions("Les 27 victimes ont été identifiées.", "fr")
    assert not any(m.code == "EU" for m in ms)


@pytest.mark.parametrize(
    ("lang", "text", "name", "sector"),
    [
        ("en", "The US Treasury sanctioned three banks.", "US Treasury", "GOV"),
        ("en", "The Treasury Department issued new rules.", "Treasury Department", "GOV"),
        ("en", "The US State Department condemned the attack.", "US State Department", "GOV"),
        ("en", "Congress approved the budget.", "Congress", "LEG"),
        ("en", "The US Congress approved the budget.", "US Congress", "LEG"),
        ("it", "Il Congresso ha approvato il bilancio.", "Congresso", "LEG"),
        ("fr", "Le Congrès a approuvé le budget.", "Congrès", "LEG"),
        ("es", "El Congreso de Estados Unidos aprobó el presupuesto.", "Congreso de Estados Unidos", "LEG"),
        ("de", "Der Kongress billigte den Haushalt.", "Kongress", "LEG"),
        ("de", "Das US-Außenministerium verurteilte den Angriff.", "US-Außenministerium", "GOV"),
    ],
)
def test_us_bodies(lang: str, text: str, name: str, sector: str) -> None:
    m = _find(_mentions(text, lang), name)
    assert (m.code, m.sector) == ("USA", sector)


def test_us_bodies_coordinated_stay_two() -> None:
    ms = _mentions("The US Treasury and Congress disagreed.", "en")
    assert _find(ms, "US Treasury").code == "USA"
    assert _find(ms, "Congress").sector == "LEG"


def test_spanish_congress_alone_is_not_the_us() -> None:
    ms = _mentions("El Congreso aprobó la ley de amnistía.", "es")
    assert _find(ms, "Congreso").code != "USA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russland kritisierte das Nordatlantische Bündnis.", "Nordatlantische Bündnis"),
        ("Der Generalsekretär des Nordatlantischen Bündnisses antwortete.", "Nordatlantischen Bündnisses"),
    ],
)
def test_german_names_of_nato(text: str, name: str) -> None:
    assert _find(_mentions(text, "de"), name).code == "NATO"


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Iran and Iraq signed a deal. Both countries condemned the attack.", "Both countries"),
        ("it", "L'Iran e l'Iraq hanno firmato un accordo. Entrambi i paesi hanno condannato l'attacco.", "Entrambi i paesi"),
        ("it", "L'Iran e l'Iraq hanno firmato un accordo. I due Paesi hanno condannato l'attacco.", "I due Paesi"),
        ("fr", "L'Iran et l'Irak ont signé un accord. Les deux pays ont condamné l'attaque.", "Les deux pays"),
        ("es", "Irán e Irak firmaron un acuerdo. Ambos países condenaron el ataque.", "Ambos países"),
        ("de", "Iran und Irak unterzeichneten ein Abkommen. Beide Länder verurteilten den Angriff.", "Beide Länder"),
    ],
)
def test_the_two_countries_is_a_pair_anaphor(lang: str, text: str, pair: str) -> None:
    m = _find(_mentions(text, lang), pair)
    assert m.kind == "role"
    assert set((m.value or "").split(",")) == {"IRN", "IRQ"}


# ---- Italian recognition rules (deities, laws named after people, portfolios, titles) ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dio è grande, disse il fedele.", {("Dio", "PER")}),
        ("Pregavano Gesù Cristo e la Madonna.", {("Gesù Cristo", "PER"), ("Madonna", "PER")}),
        ("Il ddl Mastella è stato approvato.", {("Mastella", "PER")}),
        ("Lo ha detto il Ministro dei Trasporti, Alessandro Bianchi.", {("Alessandro Bianchi", "PER")}),
        ("Il tempo passa, scrive Il Tempo.", {("Il Tempo", "ORG")}),
        ("È intervenuto il capo della Protezione Civile.", {("Protezione Civile", "ORG")}),
        ("Lo ha scritto su Twitter. Twitter ha sospeso l'account.", set()),
        ("Nuovo Centrodestra e Scelta Civica hanno votato.", {("Nuovo Centrodestra", "ORG"), ("Scelta Civica", "ORG")}),
    ],
)
def test_italian_recognition_rules(text: str, expected: set[tuple[str, str]]) -> None:
    from dyads.eval.ner import _merge_institutions

    doc = _PIPE(Article(text=text, lang="it"))
    assert {(m.text, t) for m, t in _merge_institutions(doc, "it")} == expected


def test_deity_rule_is_italian_only_and_leaves_place_names() -> None:
    ms = _mentions("Dio un discurso en Madrid.", "es")
    _absent(ms, "Dio")
    ms = _mentions("Il santuario della Madonna di Loreto.", "it")
    _absent(ms, "Madonna")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The Guardian reported it.", "The Guardian"),
        ("de", "Das berichtet Der Spiegel.", "Der Spiegel"),
    ],
)
def test_titled_names_with_article_keep_matching(lang: str, text: str, name: str) -> None:
    assert _find(_mentions(text, lang), name).kind == "organisation"


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        ("German Chancellor Olaf Scholz visited Kyiv.", "Olaf Scholz", "DEU"),
        ("German President Frank-Walter Steinmeier asked Poles for forgiveness.", "Frank-Walter Steinmeier", "DEU"),
    ],
)
def test_a_demonym_before_a_title_is_no_first_name(text: str, person: str, code: str) -> None:
    ms = _mentions(text, "en")
    assert _find(ms, person).code == code
    assert not any(m.kind == "person" and m.text.startswith("German") for m in ms)


def test_a_participle_after_an_auxiliary_is_no_envoy() -> None:
    _absent(_mentions("Washington ha inviato a Kiev un nuovo pacchetto di armi.", "it"), "inviato")
    assert _find(_mentions("Un inviato di Trump è arrivato a Mosca.", "it"), "inviato").kind == "role"


def test_a_region_of_a_state_carries_its_code() -> None:
    assert _find(_mentions("Israel invaded South Lebanon.", "en"), "South Lebanon").code == "LBN"


def test_a_regional_adjective_is_no_state() -> None:
    ms = _mentions("Honduras broke off ties with Taiwan, the Central American country said.", "en")
    assert not any(m.code == "USA" for m in ms)


# ---- curated places, KB gaps and German compounds on a body's name ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place", "code"),
    [
        ("Le truppe israeliane si sono ritirate da Khan Younis.", "it", "Khan Younis", "PSE"),
        ("Russian troops pulled out of Snake Island on Thursday.", "en", "Snake Island", "UKR"),
        ("A drone struck the shield over Chernobyl's reactor.", "en", "Chernobyl", "UKR"),
        ("Russische Soldaten haben in Butscha Zivilisten getötet.", "de", "Butscha", "UKR"),
    ],
)
def test_curated_places_carry_their_state(text: str, lang: str, place: str, code: str) -> None:
    ms = _mentions(text, lang)
    m = _find(ms, place)
    assert (m.kind, m.code) == ("place", code)
    _absent(ms, "Khan")  # not the one-word alternate name of a German town


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        ("The Group of 20 admitted the African Union.", "en", "Group of 20", "G20"),
        ("Iran and the E3 held nuclear talks in Geneva.", "en", "E3", "E3"),
        ("West African leaders gave the junta one week.", "en", "West African leaders", "ECOWAS"),
        ("The IAEA Board of Governors found Iran in breach.", "en", "IAEA Board of Governors", "IAEA"),
        ("Russia shot down an Azerbaijan Airlines jet.", "en", "Azerbaijan Airlines", "AZE"),
        ("Gazprom ha interrotto le forniture all'Austria.", "it", "Gazprom", "RUS"),
        ("La Camera dei Comuni ha bocciato l'accordo.", "it", "Camera dei Comuni", "GBR"),
    ],
)
def test_bodies_and_companies_that_stand_for_a_party(text: str, lang: str, name: str, code: str) -> None:
    assert _find(_mentions(text, lang, "2024-06-01"), name).code == code


def test_a_german_compound_on_a_body_name() -> None:
    ms = _mentions("Die Türkei hat den NATO-Beitritt Schwedens ratifiziert.", "de", "2024-01-23")
    assert _find(ms, "Schwedens").code == "SWE"
    assert not any("Beitritt" in m.text for m in ms)
    ms = _mentions("Finnland hat im NATO-Hauptquartier sein Gesuch eingereicht.", "de", "2022-05-18")
    assert _find(ms, "NATO-Hauptquartier").code == "NATO"
