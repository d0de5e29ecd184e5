"""Linking and gaps in five languages: who acts for whom, and words lost with their links."""

from __future__ import annotations

import pytest

import dyads
from dyads.model import Doc


def _m(doc: Doc, text: str) -> list[dict[str, object]]:
    return [m.to_dict() for m in doc.mentions if m.text == text]


@pytest.mark.parametrize("lang,text,role,code", [
    ("it", "I funzionari giapponesi hanno incontrato i colleghi.", "funzionari", "JPN"),
    ("en", "Japanese officials met their colleagues on Monday.", "officials", "JPN"),
    ("fr", "Les responsables japonais ont rencontré leurs collègues.", "responsables", "JPN"),
    ("es", "Los funcionarios japoneses se reunieron con sus colegas.", "funcionarios", "JPN"),
    ("de", "Japanische Beamte trafen ihre Kollegen in Berlin.", "Beamte", "JPN"),
])  # fmt: skip
def test_demonym_plus_role(lang: str, text: str, role: str, code: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2023-02-01")
    assert any(m["code"] == code for m in _m(doc, role)), [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("lang,text,person,code", [
    ("it", "Il segretario generale della NATO, Jens Stoltenberg, è arrivato a Seul. Stoltenberg ha incontrato Yoon.", "Stoltenberg", "NATO"),
    ("en", "Antony J. Blinken, the US Secretary of State, arrived in Tokyo. Blinken met Hayashi.", "Blinken", "USA"),
    ("fr", "Le président français Emmanuel Macron est arrivé à Pékin. Macron a rencontré Xi Jinping.", "Macron", "FRA"),
    ("es", "El presidente del Gobierno, Pedro Sánchez, viajó a Rabat. Sánchez se reunió con el rey.", "Sánchez", "ESP"),
    ("de", "Bundeskanzler Olaf Scholz reiste nach Peking. Scholz traf Xi Jinping.", "Scholz", "DEU"),
])  # fmt: skip
def test_people_act_for_their_state_or_organisation(lang: str, text: str, person: str, code: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2023-02-01")
    assert _m(doc, person) and all(m["code"] == code for m in _m(doc, person)), [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("lang,text,anaphor", [
    ("it", "La NATO ha riunito i ministri a Bruxelles. L'alleanza ha condannato l'attacco.", "L'alleanza"),
    ("en", "NATO gathered its ministers in Brussels. The alliance condemned the attack.", "The alliance"),
    ("fr", "L'OTAN a réuni ses ministres à Bruxelles. L'Alliance a condamné l'attaque.", "L'Alliance"),
    ("es", "La OTAN reunió a sus ministros en Bruselas. La Alianza condenó el ataque.", "La Alianza"),
    ("de", "Die NATO versammelte ihre Minister in Brüssel. Das Bündnis verurteilte den Angriff.", "Bündnis"),
])  # fmt: skip
def test_organisation_anaphora_after_the_name(lang: str, text: str, anaphor: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2023-02-01")
    found = [m for m in doc.mentions if m.kind == "organisation" and m.code == "NATO" and anaphor.lower() in m.text.lower()]
    assert found, [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("lang,text,pair", [
    ("it", "Gli Stati Uniti e il Giappone hanno firmato un accordo. I due paesi rafforzeranno la cooperazione.", "I due paesi"),
    ("en", "The United States and Japan signed a deal. The two countries will expand cooperation.", "The two countries"),
    ("fr", "Les États-Unis et le Japon ont signé un accord. Les deux pays renforceront leur coopération.", "Les deux pays"),
    ("es", "Estados Unidos y Japón firmaron un acuerdo. Los dos países reforzarán su cooperación.", "Los dos países"),
    ("de", "Die USA und Japan unterzeichneten ein Abkommen. Die beiden Länder wollen enger zusammenarbeiten.", "Die beiden Länder"),
])  # fmt: skip
def test_the_two_nations(lang: str, text: str, pair: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2023-02-01")
    ms = [m for m in doc.mentions if m.text == pair]
    assert ms and ms[0].value is not None and set(ms[0].value.split(",")) == {"USA", "JPN"}, [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("lang,text,after", [
    ("it", "La Corea del Sud ha firmato con la , uno stato membro della NATO, un grande contratto.", "la"),
    ("en", "South Korea visited  and then signed a contract with Poland.", "visited"),
    ("fr", "La Corée du Sud a signé avec la , un État membre de l'OTAN, un contrat.", "la"),
    ("es", "Corea del Sur firmó con la , un Estado miembro de la OTAN, un contrato.", "la"),
    ("de", "Südkorea unterzeichnete mit der , einem Mitgliedstaat der NATO, einen Vertrag.", "der"),
])  # fmt: skip
def test_gaps_are_found_at_the_right_offsets(lang: str, text: str, after: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2023-02-01")
    gaps = [m for m in doc.mentions if m.kind == "gap"]
    assert gaps, [m.to_dict() for m in doc.mentions]
    g = gaps[0]
    assert doc.text[g.start:g.end] == g.text and g.text.strip() == ""
    assert doc.text[:g.start].rstrip().endswith(after)


def test_gap_filler_from_a_nato_member_named_elsewhere() -> None:
    text = ("La Polonia ha chiesto nuovi carri armati. La Corea del Sud ha firmato con la , "
            "uno stato membro della NATO, un grande contratto.")
    doc = dyads.analyze(text, lang="it", date="2022-08-27")
    gap = next(m for m in doc.mentions if m.kind == "gap")
    assert gap.value == "POL" and gap.inferred and gap.confidence >= 0.5
    ev = next(e for e in doc.events if e.trigger.text.startswith("firmato"))
    assert [(r.code, r.inferred) for r in ev.recipients] == [("POL", True)]


def test_gap_free_text_has_no_gaps() -> None:
    doc = dyads.analyze("The ministers met in the capital and agreed on a plan for the region.", lang="en", date="2023-01-01")
    assert not [m for m in doc.mentions if m.kind == "gap"]


@pytest.mark.parametrize("lang,text,name,code", [
    ("de", "Der russische Geheimdienst hat den US-Journalisten Evan Gershkovich festgenommen.", "Evan Gershkovich", "USA"),
    ("it", "Il cooperante italiano Alberto Trentini è stato arrestato a Caracas.", "Alberto Trentini", "ITA"),
    ("en", "Canada's Justin Trudeau and Spain's Pedro Sanchez travelled to Kyiv.", "Pedro Sanchez", "ESP"),
])
def test_nationality_before_a_person(lang: str, text: str, name: str, code: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    person = next(m for m in doc.mentions if m.text == name)
    assert person.code == code


def test_german_nationality_compounds_name_people_not_wars() -> None:
    doc = dyads.analyze("Die G7-Staaten und die US-Regierung äußerten sich zum Gaza-Krieg.", lang="de", date="2024-05-01")
    codes = {m.text: m.code for m in doc.mentions}
    assert codes.get("US-Regierung") == "USA"
    assert codes.get("Gaza-Krieg") is None


def test_leader_and_administration() -> None:
    doc = dyads.analyze("The Trump administration deported more than 200 Venezuelans to El Salvador.", lang="en", date="2025-03-20")
    ev = next(e for e in doc.events if e.type == "COERCE")
    assert {a.code for a in ev.actors} == {"USA"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die jemenitischen Huthi haben ein Schiff angegriffen.", "de"),
        ("The Lebanese Hezbollah fired rockets at Israel.", "en"),
    ],
)
def test_the_home_demonym_of_an_armed_group_is_no_second_party(text: str, lang: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-01-10")
    assert not any(m.kind == "state" and m.code in ("YEM", "LBN") for m in doc.mentions)
    assert all(a.code in ("HOUTHIS", "HEZBOLLAH") for e in doc.events for a in e.actors)
