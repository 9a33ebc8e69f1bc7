"""Actions' look-alikes, in our own words (round 13).

A contact arrangement ("mum fortnightly, supervised") is a standing rhythm, not a task with a
date. The tasks they look like still count.
"""

from __future__ import annotations

import pytest
from test_quality_impact_forms import _first_box, _free

CONTACT_NOT_MET = [
    "Leo (7) CLA.\nContact - dad fortnightly at the centre, supervised.",
    "Leo (7) CLA.\nFamily time: nan monthly, unsupervised, at her flat.",
    "Leo (7) CLA. Contact unchanged: mum weekly supervised, aunt fortnightly unsupervised.",
]

CONTACT_MEET = [
    "Leo (7) CLA.\nContact - SW to book supervised sessions with dad by 12/6.",
    "Leo (7) CLA.\nSupervised contact - SW - review the venue by end of May.",
]


@pytest.mark.parametrize("text", CONTACT_NOT_MET)
def test_contact_arrangements_are_not_actions(text):
    assert not _free(text, "actions"), text
    assert not _first_box(text, "actions"), text


@pytest.mark.parametrize("text", CONTACT_MEET)
def test_contact_tasks_still_count(text):
    assert _free(text, "actions"), text
    assert _first_box(text, "actions"), text


# The next meeting as where someone is asked to come, not when the task is due.
INVITED_NOT_MET = [
    "Leo (7) CIN. SW to invite the school nurse to the next review.",
    "Leo (7) CIN. Amy to ask the housing officer to come to his next core group.",
    "Leo (7) CIN. Actions: SW to bring the new partner to the next meeting.",
]
INVITED_MEET = [
    "Leo (7) CIN. SW to invite the school nurse to the review on 3 June.",
    "Leo (7) CIN. SW to invite the school nurse before the next review.",
    "Leo (7) CIN. SW to ask the school for a report by the next core group.",
]


@pytest.mark.parametrize("text", INVITED_NOT_MET)
def test_the_next_meeting_as_a_destination_is_no_date(text):
    assert not _free(text, "actions"), text
    assert not _first_box(text, "actions"), text


@pytest.mark.parametrize("text", INVITED_MEET)
def test_a_date_or_deadline_with_the_invitation_still_counts(text):
    assert _free(text, "actions"), text
    assert _first_box(text, "actions"), text
