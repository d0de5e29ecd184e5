"""Linking, third German round (all languages checked): national security councils, the Baltic
states as a group, and state media and agencies in the KB."""

from __future__ import annotations

import pytest

import dyads


def _actors(text: str, lang: str, date: str) -> list[list[str | None]]:
    doc = dyads.analyze(text, lang=lang, date=date)
    return [sorted(a.code or "" for a in e.actors) for e in doc.events]


def _assert_coded(text: str, lang: str, date: str, name: str, code: str | None) -> None:
    """Every mention with exactly the text ``name`` carries ``code``."""
    doc = dyads.analyze(text, lang=lang, date=date)
    found = [m for m in doc.mentions if m.text == name]
    assert found and all(m.code == code for m in found), [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("lang,text,council,code", [
    ("de", "Der Nationale Sicherheitsrat der Türkei hat Schweden kritisiert.", "Nationale Sicherheitsrat", "TUR"),
    ("de", "Warschau berief nach der Explosion den Nationalen Sicherheitsrat ein.", "Nationalen Sicherheitsrat", "POL"),
    ("de", "Die Inspektoren dürfen nur mit Zustimmung des Nationalen Sicherheitsrats zurückkehren.", "Nationalen Sicherheitsrats", None),
    ("en", "Turkey's National Security Council criticised Sweden.", "National Security Council", "TUR"),
    ("it", "Il Consiglio di sicurezza nazionale turco ha criticato la Svezia.", "Consiglio di sicurezza nazionale", "TUR"),
    ("fr", "Le Conseil de sécurité nationale turc a critiqué la Suède.", "Conseil de sécurité nationale", "TUR"),
    ("es", "El Consejo de Seguridad Nacional de Turquía criticó a Suecia.", "Consejo de Seguridad Nacional de Turquía", "TUR"),
])  # fmt: skip
def test_a_national_security_council_is_the_states_not_the_uns(lang: str, text: str, council: str, code: str | None) -> None:
    _assert_coded(text, lang, "2024-05-01", council, code)


@pytest.mark.parametrize("lang,text", [
    ("de", "Der UN-Sicherheitsrat hat Russland verurteilt."),
    ("de", "Der Sicherheitsrat hat Russland verurteilt."),
    ("en", "The Security Council condemned Russia."),
    ("it", "Il Consiglio di sicurezza ha condannato la Russia."),
    ("fr", "Le Conseil de sécurité a condamné la Russie."),
    ("es", "El Consejo de Seguridad condenó a Rusia."),
])  # fmt: skip
def test_the_security_council_alone_stays_the_uns(lang: str, text: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-05-01")
    assert any(m.kind == "organisation" and m.code == "UN" for m in doc.mentions), [m.to_dict() for m in doc.mentions]


@pytest.mark.parametrize("lang,text,actors", [
    ("de", "Die baltischen Staaten haben sich vom russischen Stromnetz abgekoppelt.", ["EST", "LTU", "LVA"]),
    ("de", "Die Baltenstaaten haben Russland kritisiert.", ["EST", "LTU", "LVA"]),
    ("de", "Polen und die baltischen Staaten haben Russland kritisiert.", ["EST", "LTU", "LVA", "POL"]),
    ("en", "The Baltic states have condemned Russia.", ["EST", "LTU", "LVA"]),
    ("it", "I paesi baltici hanno condannato la Russia.", ["EST", "LTU", "LVA"]),
    ("fr", "Les pays baltes ont condamné la Russie.", ["EST", "LTU", "LVA"]),
    ("es", "Los países bálticos condenaron a Rusia.", ["EST", "LTU", "LVA"]),
])  # fmt: skip
def test_the_baltic_states_act_as_three_states(lang: str, text: str, actors: list[str]) -> None:
    assert actors in _actors(text, lang, "2025-02-09")


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "Mali suspended the BBC for a month.", "BBC", "GBR"),
    ("en", "Moscow banned Voice of America last year.", "Voice of America", "USA"),
    ("en", "Minsk jailed a reporter of Radio Free Europe/Radio Liberty.", "Radio Free Europe/Radio Liberty", "USA"),
    ("en", "The government froze the budget of USAID.", "USAID", "USA"),
    ("de", "Die Regierung hat die Mittel für USAID eingefroren.", "USAID", "USA"),
    ("en", "Yahya Jammeh refused to leave office.", "Yahya Jammeh", "GMB"),
    ("en", "Osama bin Laden was killed in Pakistan.", "Osama bin Laden", "ALQAEDA"),
])  # fmt: skip
def test_state_media_agencies_and_leaders_in_the_kb(lang: str, text: str, name: str, code: str) -> None:
    _assert_coded(text, lang, "2011-05-02", name, code)


@pytest.mark.parametrize("lang,text,role,code", [
    ("de", "Der Libanon erlebt Unruhen. Die Armee hat den Ausnahmezustand verhängt.", "Armee", "LBN"),
    ("de", "Seoul misstraut Pjöngjang. Die Regierung hat das Abkommen ausgesetzt.", "Regierung", "KOR"),
    ("en", "Lebanon is in turmoil. The army declared a state of emergency.", "army", "LBN"),
    ("de", "Die Armee hat den Ausnahmezustand verhängt.", "Armee", None),
    ("de", "Die Regierung hat Israel kritisiert.", "Regierung", None),
    ("de", "Der Libanon erlebt Unruhen. Die Regierung hat Israel kritisiert.", "Regierung", None),
    ("de", "Die Bundesregierung hat Russland kritisiert.", "Bundesregierung", "DEU"),
])  # fmt: skip
def test_a_bare_institution_is_the_previous_sentences_state_or_nobodys(lang: str, text: str, role: str, code: str | None) -> None:
    _assert_coded(text, lang, "2024-05-01", role, code)


@pytest.mark.parametrize("text,noun", [
    ("Die Regierung des Landes hat Russland kritisiert.", "Landes"),
    ("Der Präsident des Landes reiste nach Paris.", "Landes"),
    ("Minsk werde sich nicht mit Soldaten am Krieg beteiligen.", "Krieg"),
])  # fmt: skip
def test_a_german_genitive_after_a_title_is_no_name(text: str, noun: str) -> None:
    doc = dyads.analyze(text, lang="de", date="2024-05-01")
    assert not any(noun in m.text and m.kind == "person" for m in doc.mentions), [m.to_dict() for m in doc.mentions]
    assert not any(m.code == "DEU" for m in doc.mentions)


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "Yemen's Houthi rebels fired missiles at a cargo ship.", "HOUTHIS"),
    ("en", "Fighters from Somalia's al-Shabaab group attacked a police station in Kenya.", "SHABAAB"),
    ("de", "Die jemenitischen Huthi-Rebellen haben ein Frachtschiff angegriffen.", "HOUTHIS"),
])  # fmt: skip
def test_the_home_state_before_an_armed_group_is_no_party(lang: str, text: str, actor: str) -> None:
    doc = dyads.analyze(text, lang=lang, date="2024-01-10")
    assert doc.events and all(a.code == actor for e in doc.events for a in e.actors), [
        (e.type, [(a.text, a.code) for a in e.actors]) for e in doc.events]
