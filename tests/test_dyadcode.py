"""Dyad-conditioned coding: which trigger relates SOURCE to TARGET, and how context changes it.

Sentences written for these tests by the dyads team.
"""

from __future__ import annotations

import pytest

from dyads.dyadcode import BACKOFF_VERBS, code_pair


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        # a discontinued cooperative act is a sanction
        ("Norway has suspended its development aid to Mali after the coup.", "Norway", "Mali", "SANCTION"),
        ("Canada sharply reduced military assistance to Honduras last year.", "Canada", "Honduras", "SANCTION"),
        # a lifted restriction is a concession
        ("Kenya lifted its ban on Somali charter flights on Friday.", "Kenya", "Somali", "CONCEDE"),
        # refused or negated cooperation is a refusal
        ("Hungary says it will not accept any asylum seekers from Greece.", "Hungary", "Greece", "REJECT"),
        # promised cooperation is an agreement
        ("Peru said it would release the two Chilean fishermen next week.", "Peru", "Chilean fishermen", "AGREE"),
        # a call made to do something else is coded by its purpose
        ("The Austrian chancellor called the Slovak prime minister to congratulate him on his victory.",
         "Austrian chancellor", "Slovak prime minister", "SUPPORT"),
        # a cancelled visit is a refusal to meet
        ("The Thai premier has cancelled a planned visit to Laos.", "Thai premier", "Laos", "REJECT"),
        # an obligation laid on the target by the source is a request
        ("The Belgian minister said Morocco must take back its citizens.", "Belgian minister", "Morocco", "REQUEST"),
    ],
)
def test_context_rules(text: str, source: str, target: str, expected: str) -> None:
    assert code_pair(text, source, target, lang="en") == expected


def test_main_verb_after_source_wins_over_later_nouns() -> None:
    # "freed" relates the two; the arrest mentioned afterwards is background
    text = "Uganda has freed a Tanzanian journalist who was arrested last month."
    assert code_pair(text, "Uganda", "Tanzanian journalist", lang="en") == "RETREAT"


def test_light_verb_takes_its_object_event() -> None:
    text = "The Chilean government ordered an investigation against the mining company."
    assert code_pair(text, "Chilean government", "mining company", lang="en") == "ACCUSE"


def test_backoff_verb_list_codes_untriggered_sentence() -> None:
    text = "Finland handed the Estonian museum a collection of old maps."
    assert code_pair(text, "Finland", "Estonian museum", lang="en") == "AID"


def test_month_name_is_not_a_protest() -> None:
    text = "Ireland returned three stolen paintings to Spain on March 3, 2015."
    assert code_pair(text, "Ireland", "Spain", lang="en") == "RETREAT"


def test_withdrawn_peacekeepers_is_a_sanction() -> None:
    text = "Fiji withdrew its peacekeepers from Sudan after the attacks."
    assert code_pair(text, "Fiji", "Sudan", lang="en") == "SANCTION"


def test_backoff_list_uses_plover_types() -> None:
    from dyads.model import PLOVER_TYPES

    assert set(BACKOFF_VERBS.values()) <= set(PLOVER_TYPES)
