"""KB entries added for the gaps the blind rounds found: each name gives its code through the pipeline."""

from __future__ import annotations

import pytest

from dyads import analyze
from dyads.kb import load_kb


def _codes(text: str, lang: str, date: str = "2024-05-01") -> dict[str, str | None]:
    return {m.text: m.code for m in analyze(text, lang=lang, date=date).mentions}


@pytest.mark.parametrize(("lang", "text", "name", "code"), [
    # national agencies act for their state (like CIA, Mossad, FSB)
    ("fr", "Le Ministère de la Sécurité d'État a accusé la NSA.", "Ministère de la Sécurité d'État", "CHN"),
    ("en", "China's Ministry of State Security accused the US National Security Agency of cyberattacks.",
     "US National Security Agency", "USA"),
    ("fr", "Le ministère chinois de la Sécurité d'État accuse la NSA.", "NSA", "USA"),
    ("de", "Die NSA hat Angela Merkel abgehört.", "NSA", "USA"),
    ("fr", "Le Pentagone a annoncé l'envoi de troupes en Pologne.", "Pentagone", "USA"),
    # organisations: spellings and inflections
    ("fr", "Une roquette a été tirée par le Djihad islamique.", "Djihad islamique", "PIJ"),
    ("de", "Die EU und das Mercosur-Bündnis haben eine Einigung erzielt.", "Mercosur-Bündnis", "MERCOSUR"),
    ("de", "Iran hat die Zusammenarbeit mit der Internationalen Atomenergiebehörde ausgesetzt.",
     "Internationalen Atomenergiebehörde", "IAEA"),
    ("it", "I ribelli del Fronte popolare di liberazione del Tigrè hanno firmato.",
     "Fronte popolare di liberazione del Tigrè", "TPLF"),
    ("fr", "Le Mali a exigé le retrait de la Minusma.", "Minusma", "UN"),  # a UN mission acts for the UN (decision 31)
    # places and a city adjective
    ("de", "Kämpfer haben in der Stadt al-Faschir Zivilisten getötet.", "al-Faschir", "SDN"),
    ("fr", "Le journaliste a été condamné à Iekaterinbourg.", "Iekaterinbourg", "RUS"),
    ("de", "Ein Istanbuler Gericht hat den Kulturmäzen Osman Kavala verurteilt.", "Istanbuler", "TUR"),
    # people
    ("de", "Ein Istanbuler Gericht hat den Kulturmäzen Osman Kavala verurteilt.", "Osman Kavala", "TUR"),
    ("en", "Dutch Foreign Minister Caspar Veldkamp summoned the Israeli ambassador.", "Caspar Veldkamp", "NLD"),
    ("en", "The Houthis said their prime minister, Ahmed al-Rahawi, had been killed.", "Ahmed al-Rahawi", "HOUTHIS"),
])  # fmt: skip
def test_gap_names_are_coded(lang: str, text: str, name: str, code: str) -> None:
    assert _codes(text, lang).get(name) == code


def test_offices_of_added_people_follow_dates() -> None:
    people = {p.name: p for p in load_kb().people}
    assert people["Caspar Veldkamp"].office_at("2024-12-01").title == "Minister of Foreign Affairs"
    assert people["Hoshyar Zebari"].office_at("2010-01-01").title == "Foreign Minister"
    assert people["Hoshyar Zebari"].office_at("2015-06-01").title == "Finance Minister"
