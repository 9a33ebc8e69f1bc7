"""The measurement: printed for dev.jsonl (when the shared set is present) and for our own notes.

Figures are printed (run with -s to see them); the own-notes figures are also asserted, since
those notes live here. Speed is printed by the benchmark, never asserted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from supervision_tui.quality.evaluation import evaluate, format_figures, load_jsonl, spearman

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
HERE = Path(__file__).resolve().parent
OWN = HERE / "quality_notes.jsonl"  # written and labelled by us, in styles of our own
FRESH = HERE / "quality_notes_fresh.jsonl"  # written after the checker, as a late held-out check


def test_spearman_with_ties():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # ties take the average rank
    assert spearman([1, 1, 2, 2], [0, 0, 1, 1]) == pytest.approx(1.0)
    assert spearman([5, 5, 5], [1, 2, 3]) == 0.0


def test_own_labelled_notes():
    rows = load_jsonl(OWN) + load_jsonl(FRESH)
    assert len(rows) >= 30
    f = evaluate(rows)
    print()
    print(format_figures(f, f"own notes: {OWN.name} + {FRESH.name}"))
    assert f.macro_f1 >= 0.85
    assert f.brief_descriptive["f1"] >= 0.9
    assert f.band_within_one >= 0.95


def test_dev_set():
    if not DEV.exists():
        pytest.skip(f"{DEV} not present")
    f = evaluate(load_jsonl(DEV))
    print()
    print(format_figures(f, f"dev set: {DEV}"))
    assert f.n == len(load_jsonl(DEV))


# Notes written and labelled by separate authors who never saw the checker's code, dev.jsonl
# or our own notes.
#
# quality_notes_blind.jsonl: the checker was never changed in response to them. Kept as a guard
# against regressions on unseen phrasing: do not tune the checker to these words either.
#
# quality_notes_second.jsonl: measured once before any change (macro F1 0.904, brief F1 1.000,
# band exact 0.683, within one 0.900, Spearman 0.860); its errors were then read to find kinds
# of phrasing the checker missed, so it is a seen set now, kept as a regression guard. Where its
# labeller and dev.jsonl disagree (an escalation decision such as "Decision: ICPC" is progress in
# dev.jsonl, not here) the checker follows dev.jsonl.
#
# quality_notes_third.jsonl: a third author, asked for other services and styles; measured once
# before any change (macro F1 0.889, brief F1 0.936, band exact 0.667, within one 0.900,
# Spearman 0.866), then read for what the checker missed (mostly impact told by an adult, and
# reflection without textbook words), so a seen set too.
#
# quality_notes_fourth.jsonl: a fourth author (dialogues, Q&A templates, letters); measured once
# after the changes above (macro F1 0.904, brief F1 0.977, band exact 0.767, within one 0.933,
# Spearman 0.892), then read for what the checker missed (mostly notes written as a dialogue),
# so a seen set too.
#
# quality_notes_fifth.jsonl: a fifth author (other services and settings); measured once after
# the changes above (macro F1 0.890, brief F1 0.905, band exact 0.733, within one 0.950,
# Spearman 0.864; the checker before this session's changes: 0.887, 0.884, 0.733, 0.950,
# 0.859), then read for what it missed (mostly reflection told as a worker's view), so seen.
#
# quality_notes_sixth.jsonl: a sixth author; measured once after the changes above (macro F1
# 0.928, brief F1 0.933, band exact 0.783, within one 0.933, Spearman 0.840; the checker before
# this session's changes: 0.903, 0.913, 0.767, 0.883, 0.823), then read for the impact on the
# child it missed, so seen.
#
# quality_notes_seventh.jsonl: a seventh author; measured once, after every change of rubric
# 2026.11-2, and the checker was not changed after seeing the figures. Rubric 2026.11-3 used it
# as a guard: one note two of its new rules got wrong (b7-051) was read, and both were narrowed.
#
# quality_notes_eighth.jsonl: an eighth author (task lists, dialogues, letters, lower case);
# measured once before rubric 2026.11-3 (macro F1 0.847, brief F1 1.000, band exact 0.667, within
# one 0.950, Spearman 0.872), then read for what the checker missed (mostly a decision's reason
# after a dash, "SW - task" lists, and risk weighed in plain words), so seen.
#
# quality_notes_ninth.jsonl: a ninth author; measured once after the first changes of rubric
# 2026.11-3 (macro F1 0.866, brief F1 0.969, band exact 0.733, within one 0.967, Spearman 0.937:
# the same as rubric 2026.11-2), then read for what the checker missed (challenge as redirection,
# reasons in the next sentence, questions and answers), so seen.
#
# quality_notes_tenth.jsonl, _eleventh.jsonl, _twelfth.jsonl: three more authors, each measured
# once before its errors were read, in that order, with the changes read from the sets before it
# (macro F1 0.892, 0.868, 0.901; band exact 0.867, 0.733, 0.800; rubric 2026.11-2 gave 0.870,
# 0.825, 0.891), so seen.
#
# quality_notes_thirteenth.jsonl, _fourteenth.jsonl: two more authors, each measured once before
# its errors were read (macro F1 0.891 and 0.848, band exact 0.833 and 0.783; rubric 2026.11-2
# gave 0.873 and 0.840), so seen.
#
# quality_notes_fifteenth.jsonl: a fifteenth author; measured once, after every change of rubric
# 2026.11-3, and not changed after (macro F1 0.878, brief F1 0.980, band exact 0.833, within one
# 0.967, Spearman 0.907; rubric 2026.11-2 on it: 0.865, 0.980, 0.817, 0.967, 0.882). With the
# first set, the fair guide to unseen notes.
#
# quality_notes_sixteenth.jsonl: a sixteenth author (Mosaic and LCS oversight forms, hasty
# notes, a letter); measured once, before any of its notes were read, with the checker of issue
# 12's first changes (a box is a hint), three ways: free text macro F1 0.903, band exact 0.767;
# dealt into the boxes 0.887, 0.750; all in the first box 0.903, 0.767 (rubric 2026.11-3 on it:
# 0.893, 0.733; dealt 0.787, 0.517). Its errors were then read, so it is seen.
#
# quality_notes_seventeenth.jsonl: a seventeenth author, never read and never tuned to: measured
# exactly once, after the last change of rubric 2026.12-2 (free text macro F1 0.891, brief F1
# 0.889, band exact 0.750, within one 0.983, Spearman 0.913; dealt into the boxes 0.871 and band
# exact 0.667; first box as free text). Rubric 2026.11-3 on it: free 0.903, band exact 0.817;
# dealt 0.818, 0.633. Its errors were then read (rubric 2026.12-3 on), so it is seen.
#
# quality_notes_eighteenth.jsonl, _nineteenth.jsonl: an eighteenth author (Mosaic and LCS
# oversight forms, abbreviations) and a nineteenth (narrative, reflective managers' prose), both
# by other hands, measured once before any of their notes were read, with rubric 2026.12-3,
# through import, score and export (score --input for free text; 0 verdicts differed from in
# process). Eighteenth: free text macro F1 0.950, band exact 0.850 (brief F1 0.976, within one
# 0.950, Spearman 0.918); dealt 0.945, 0.850; first box 0.950, 0.850. Nineteenth: free 0.934,
# 0.900 (brief F1 0.976, within one 0.967, Spearman 0.893); dealt 0.926, 0.883; first box 0.934,
# 0.900. Their errors were then read (rubric 2026.12-4), so both are seen.
#
# quality_notes_twentieth.jsonl, _twentyfirst.jsonl: a twentieth author (a busy front door and
# assessment team, abbreviations and dates) and a twenty-first (children in care and care
# leavers, narrative, some long but descriptive), by other hands, measured once before any of
# their notes were read, after the last change of rubric 2026.12-4, through import, score and
# export (0 verdicts differed from in process). Twentieth: free text macro F1 0.928, band exact
# 0.833 (brief F1 1.000, within one 0.967, Spearman 0.915); dealt 0.928, 0.833; first box as free
# text. Twenty-first: free 0.920, 0.767 (brief F1 1.000, within one 0.967, Spearman 0.897);
# dealt 0.927, 0.767; first box as free text. Their errors were then read (rubric 2026.12-5), so
# both are seen.
#
# quality_notes_twentysecond.jsonl, _twentythird.jsonl: a twenty-second author (a disabled
# children's team and a leaving-care team: first-person prose, forms whose headings promise more
# than they hold) and a twenty-third (a front door and child-protection team: terse, abbreviated,
# dash bullets), by other hands who saw only LABELS.md and DOMAIN.md, measured after the last
# change of rubric 2026.12-5, through import, score and export (0 verdicts differed from in
# process), and never read. Twenty-second: free text macro F1 0.922, band exact 0.750 (brief F1
# 1.000, within one 0.933, Spearman 0.888); dealt 0.912, 0.717; first box as free text.
# Twenty-third: free 0.926, 0.767 (brief F1 0.952, within one 0.983, Spearman 0.939); dealt
# 0.928, 0.750; first box as free text. Rubric 2026.12-6 read impact on the child in general
# terms (tests/test_quality_impact_forms.py, own words first), then read both sets' impact
# errors (only impact), so both are now seen: twenty-second free 0.934, 0.817, dealt 0.925, 0.817
# (impact recall 0.76 -> 0.94, precision 0.84 -> 0.86); twenty-third free 0.940, 0.867, dealt
# 0.942, 0.850 (impact recall 0.76 -> 0.97, precision 1.00); first box as free text. Then
# progress was read in general terms (tests/test_quality_progress_forms.py, own words first) and
# both sets' progress errors read: twenty-second free 0.959, 0.883, dealt 0.950, 0.867 (progress
# recall 0.62 -> 0.96, precision 0.84 -> 0.93); twenty-third free 0.950, 0.883, dealt 0.951, 0.850
# (progress recall 0.71 -> 0.85, precision 0.96 -> 0.97); first box as free text.
#
# quality_notes_twentysixth.jsonl to _twentyninth.jsonl: four authors written for the next round
# by other hands who saw only LABELS.md and DOMAIN.md, measured once on rubric 2026.12-5 before
# anyone read them, then given to the checker's work as material (so no longer unseen).
# Twenty-sixth (youth justice and exploitation, dictated run-on prose): free text macro F1 0.817,
# band exact 0.533 (brief F1 0.939, within one 0.833, Spearman 0.773). Twenty-seventh (fostering
# and kinship, practice-model headings, third person): 0.863, 0.633 (0.978, 0.900, 0.816).
# Twenty-eighth (assessment and MASH, ticket-like: arrows, slashes, initials, "me by Fri"):
# 0.652, 0.450 (0.912, 0.717, 0.749). Twenty-ninth (disabled children's and long-term CIN, formal
# oversight addressed to the worker, letters to the child): 0.895, 0.733 (0.981, 0.933, 0.880).
#
# Rubric 2026.12-6 then read key decisions in general terms (tests/test_quality_decisions_forms.py,
# own words first) and read every set's decisions misses (chiefly the twenty-sixth to twenty-
# ninth): decisions precision / recall, free text, twenty-sixth 1.00 / 1.00 (0.97 / 0.81),
# twenty-seventh 1.00 / 0.95 (1.00 / 0.90), twenty-eighth 1.00 / 0.85 (1.00 / 0.38), twenty-ninth
# 1.00 / 1.00 (0.97 / 1.00); free macro F1 / band exact 0.846 / 0.567, 0.872 / 0.650, 0.701 /
# 0.500, 0.904 / 0.750; twenty-third 0.955 / 0.900 (decisions recall 0.90 -> 0.97), twenty-second
# unchanged. No floor was raised.
# Between the impact and the decisions rounds, the progress round (which read the twenty-sixth's
# and twenty-seventh's progress errors, not the others') left them at, free text: twenty-sixth
# 0.833, 0.550; twenty-seventh 0.869, 0.633; twenty-eighth 0.661, 0.450; twenty-ninth 0.903, 0.750.
# Rubric 2026.12-6 then read reflection and actions in general terms (own words first,
# tests/test_quality_reflection_actions_forms.py; then these sets' reflection and actions misses):
# free text / dealt macro F1 and band exact, with the impact, progress and decisions changes beside
# it: twenty-sixth 0.856, 0.600 / 0.871, 0.617; twenty-seventh 0.875, 0.650 / 0.877, 0.667;
# twenty-eighth 0.739, 0.500 / 0.741, 0.517; twenty-ninth 0.906, 0.767 / 0.900, 0.733;
# twenty-second 0.961, 0.900 / 0.951, 0.883; twenty-third 0.956, 0.917 / 0.956, 0.867; first box
# as free text.
# Rubric 2026.12-7 then read reflection in more voices (tests/test_quality_reflection_forms2.py;
# then the misses of the thirty-first and thirty-third authors and of these sets): against main
# just before it, free text macro F1 / band exact twenty-eighth 0.750 / 0.517 -> 0.769 / 0.517
# (reflection recall 0.67 -> 0.94), twenty-sixth 0.858 -> 0.860, twenty-third 0.960 -> 0.963
# (0.917), the others unchanged; dev.jsonl unchanged. No floor was raised.#
# quality_notes_twentyfourth.jsonl, _twentyfifth.jsonl: the measure of rubric 2026.12-6, written
# for it by other hands who saw only LABELS.md and DOMAIN.md (a children-in-care and adolescents
# team in first-person prose; a family help and pre-proceedings team in forms, bullets and
# abbreviations), kept away from everyone who changed the checker and never read: measured
# once on rubric 2026.12-5 before the round and once after its last change, through import,
# score and export (the same figures as in process). Twenty-fourth: free text macro F1
# 0.890 -> 0.899, band exact 0.617 -> 0.650 (brief F1 0.952, within one 0.883 -> 0.917, Spearman
# 0.847 -> 0.865); dealt 0.877 -> 0.886, 0.600 -> 0.633. Twenty-fifth: free 0.877 -> 0.899,
# 0.667 -> 0.783 (brief F1 0.978, within one 0.883 -> 0.933, Spearman 0.898 -> 0.919); dealt
# 0.891 -> 0.913, 0.683 -> 0.817. First box as free text.
#
# Rubric 2026.12-7 read management challenge in general terms (own words first,
# tests/test_quality_challenge_forms.py; then the labelled sets' challenge misses and the
# thirty-first's and thirty-third's): on the labelled sets here and dev.jsonl, 157 challenge
# flips toward the labels and 2 against over free, dealt and first box; no floor was raised.
#
# Rubric 2026.12-7 read impact on the child in general terms again (own words first,
# tests/test_quality_impact_forms2.py), then the impact misses of the thirty-first and thirty-
# third authors (not yet in tests/). Against main just before it, the pooled tests/ sets went
# free 0.938, 0.868 -> 0.939, 0.869, dealt 0.931, 0.846 -> 0.931, 0.848 (impact recall 0.89,
# tp 743 -> 750, fp unchanged); every impact flip on a labelled set went toward its label. No
# floor was raised.
#
# Rubric 2026.12-7 read lived experience in general terms (tests/test_quality_lived_forms.py;
# with the reflection, impact and cost changes landed beside it, before the challenge change): the sets here pooled, free text
# macro F1 0.937 -> 0.940, band exact 0.866 -> 0.871, lived P / R 0.945 / 0.898 -> 0.949 / 0.932
# (dealt 0.929 -> 0.932, 0.844 -> 0.850); dev.jsonl free 0.997 -> 0.995, band 1.000 (lived
# precision 0.955 -> 0.913: "sleeping in her own bed again" now reads as lived). No floor moved.#
# Rubric 2026.12-8 read impact on the child a third time, own words first
# (tests/test_quality_impact_forms3.py: notes to the supervisee as "you", the child's words or
# behaviour after the work, "Outcome of last actions:", babies and children who do not speak read
# through charts and carers, no change despite the work, siblings, a question then its answer),
# then the impact misses of the thirty-fourth and thirty-sixth authors (not yet in tests/) and of
# the sets here. Against main just before it (with the round's lived-experience change landed
# between its two steps), the pooled tests/ sets (1,988 notes) went free 0.943, 0.859 -> 0.944,
# 0.861, dealt 0.936, 0.844 -> 0.937, 0.846 (impact P / R 0.912 / 0.869 -> 0.913 / 0.888, tp 845 ->
# 863, fp 82 -> 82); dev.jsonl unchanged (0.995, 1.000). Every impact flip on these sets went
# toward its label but one dealt (b15-043, already a false hit as free text). No floor was raised.
#
# Rubric 2026.12-9 read impact on the child a fourth time, own words first
# (tests/test_quality_impact_forms4.py: answers in question-and-answer logs, arrows and signs,
# what the child now does differently, a baby through weight and contact notes; a verdict with no
# change of the child's beside it is only named), then the impact misses of the thirty-eighth and
# fortieth authors (not yet in tests/) and of the thirty* sets here. Against main just before it
# (9efbeff), the pooled tests/ sets went free 0.947, 0.869 -> 0.948, 0.873, dealt 0.941, 0.855 ->
# 0.942, 0.859 (impact P / R 0.909 / 0.888 -> 0.913 / 0.896); the seven thirty* sets free 0.921,
# 0.790 -> 0.923, 0.802; dev.jsonl unchanged (0.995, 1.000). No floor was raised.
#
# quality_notes_thirtieth.jsonl to _thirtythird.jsonl: four authors written for rubric 2026.12-7 by
# other hands who saw only LABELS.md and DOMAIN.md, each measured once on rubric 2026.12-6 before
# anyone read them, through import, score and export (the same figures as in process). The
# thirtieth (leaving care and unaccompanied asylum-seeking children, first person) and the
# thirty-second (adolescents and exploitation, blunt, Q&A) were the round's measure, never read:
# free text macro F1 / band exact 0.825 / 0.483 -> 0.863 / 0.517 (dealt 0.825 / 0.450 -> 0.860 /
# 0.483) and 0.849 / 0.633 -> 0.864 / 0.733 (dealt 0.844 / 0.617 -> 0.854 / 0.683). The thirty-first
# (rural neglect, third person, GCP2) and thirty-third (domestic abuse, Safe & Together, letters to
# the child) were material: first read 0.881 / 0.650 and 0.837 / 0.617, after the round (read, so
# flattering) 0.945 / 0.850 and 0.900 / 0.683 (dealt 0.940 / 0.833, 0.895 / 0.733). First box as
# free text on all four.
# quality_notes_thirtyfourth.jsonl to _thirtyseventh.jsonl: four authors written for rubric 2026.12-8 by
# other hands who saw only LABELS.md and DOMAIN.md, each measured once on rubric 2026.12-7 before
# anyone read them, through import, score and export (0 of 720 verdicts different from in process on
# each path). The thirty-fifth (pre-birth, under-fives and PLO; systemic, long paragraphs in the
# "we" of manager and worker) and the thirty-seventh (adolescents; written to the supervisee as
# "you") were the round's measure, never read: free text macro F1 / band exact 0.833 / 0.700 ->
# 0.846 / 0.700 (dealt 0.832 / 0.667 -> 0.846 / 0.650) and 0.859 / 0.617 -> 0.906 / 0.600 (dealt
# 0.860 / 0.683 -> 0.915 / 0.650). The thirty-fourth (children with disabilities; terse lower-case
# shorthand) and thirty-sixth (children in care and kinship; a recording template's headings)
# were material: first read 0.808 / 0.600 and 0.902 / 0.733, after the round (read, so flattering)
# 0.911 / 0.783 and 0.931 / 0.850 (dealt 0.911 / 0.767, 0.924 / 0.800). First box as free text on
# all four.
#
# Rubric 2026.12-9 read decisions and actions reported rather than commanded (own words first,
# tests/test_quality_decisions_actions_forms2.py), then the misses of the sets here and of the
# thirty-eighth and fortieth authors (material, not yet in tests/). Against 75c82d9: the seven
# quality_notes_thirty*.jsonl sets free 0.909 / 0.757 -> 0.921 / 0.790 (dealt 0.908 / 0.750 ->
# 0.921 / 0.786; decisions R 0.88 -> 0.95, actions R 0.87 -> 0.99, precision 0.99-1.00); the
# thirty-fifth 0.846 / 0.700 -> 0.902 / 0.733, the thirty-seventh 0.906 / 0.600 -> 0.923 / 0.700;
# all sets here pooled 0.945 / 0.863 -> 0.948 / 0.870; dev.jsonl unchanged. No floor was raised.
# quality_notes_thirtyeighth.jsonl to _fortyfirst.jsonl: four authors written for rubric 2026.12-9 by
# other hands who saw only LABELS.md and DOMAIN.md, each measured once on rubric 2026.12-8 (75c82d9)
# before anyone read them, through import, score and export (0 of 720 verdicts different from in
# process on each path). The thirty-ninth (child protection, domestic abuse and parents' drug and
# alcohol use; long first-person prose) and the forty-first (minutes of supervision in the third
# person and passive voice; neglect in large sibling groups) were the round's measure, never read:
# free text macro F1 / band exact 0.898 / 0.667 -> 0.901 / 0.683 (dealt 0.886 / 0.650 -> 0.890 /
# 0.667) and 0.890 / 0.650 -> 0.892 / 0.650 (dealt 0.891 / 0.600 -> 0.892 / 0.600). The
# thirty-eighth (early help / CIN, a numbered Q&A log) and the fortieth (exploitation; dash bullets,
# arrows and abbreviations) were material: first read 0.888 / 0.717 and 0.787 / 0.550, after the
# round (read, so flattering) 0.935 / 0.817 and 0.885 / 0.700 (dealt 0.921 / 0.817, 0.900 / 0.750).
# First box as free text on all four. Floors below the figures at 139df7d.
#
# Rubric 2026.12-10 adds the learned second reading (quality/second_reading.py), trained on every
# set here: from this rubric on, a set's figures below are on notes the reading learned from, and
# only a held-out figure (scripts/train_second_reading.py --holdout) or a new author says how it
# carries. quality_notes_fortythird.jsonl (child protection on a Signs of Safety map) and
# _fortyfourth.jsonl (a disabled children's team, dictated to speech-to-text, few stops or capitals)
# were the round's material, first measured at b25b812 (rules alone, before anyone read them): free
# text 0.900 / 0.667 and 0.821 / 0.567; held out of the reading's training, with it 0.927 / 0.750 and
# 0.837 / 0.583. Floors below the figures once trained on (0.939 and 0.881 macro F1).
#
# Rubric 2026.12-11: the forty-second and forty-fifth (round 10's measure, spent) and six authors
# written for round 11 by other hands from LABELS.md and DOMAIN.md alone join as material: the
# forty-eighth (kinship care, long sentences joined by semicolons), forty-ninth (youth justice and
# exploitation, headings of the manager's own on lines of their own), fiftieth (a practice
# supervisor coaching a newly qualified worker called "F"), fifty-first (case-management fields
# with pipes, then "Manager comments:"), fifty-second (typed fast, misspelt) and fifty-third
# (hospital and complex health). First read at 142b166, free text: 0.951 / 0.850, 0.895 / 0.817,
# 0.829 / 0.750 (actions F1 0.28: "F to ..."), 0.908 / 0.800, 0.943 / 0.850, 0.922 / 0.883. Each
# held out of the retrained second reading in turn, with this rubric's rules (read, so flattering):
# 0.947 / 0.833, 0.924 / 0.883, 0.912 / 0.867, 0.908 / 0.800, 0.942 / 0.850, 0.926 / 0.900. Floors
# below the figures once trained on.
# Six more written mid-round, measured once on e583511 before anyone read them (free text; the
# second reading had not seen them either) and then read: the fifty-fourth (a children's home,
# "Bottom line:" over each decision) 0.842 / 0.533 (decisions F1 0.20), fifty-fifth (fostering)
# 0.958 / 0.883, fifty-sixth (edge of care, shorthand) 0.942 / 0.850, fifty-seventh (a council's
# fixed template, weak notes full of "as above") 0.970 / 0.883, fifty-eighth (private law, a
# neutral voice) 0.957 / 0.900, fifty-ninth (early help, warm praise) 0.953 / 0.933.
#
# Rubric 2026.12-12: twelve authors written for round 12 by other hands from LABELS.md and DOMAIN.md
# alone, first measured on 5445044 (rules and second reading, neither had seen them; free text):
# the sixty-fourth (a consultation transcript, "Me:" and first names, "Outcome:" lines) 0.846 / 0.633,
# sixty-fifth (adolescents, an academic register) 0.926 / 0.750, sixty-sixth (edge of care, soft
# challenge) 0.923 / 0.817, sixty-seventh (a case-management form in capitals) 0.933 / 0.817,
# sixty-eighth (long descriptive notes, the worker's feelings) 0.939 / 0.817, sixty-ninth (Signs of
# Safety columns in kinship care) 0.917 / 0.783, seventieth (pre-birth, Kolb headings) 0.922 / 0.800,
# seventy-first (leaving care, "we") 0.941 / 0.883, seventy-second (out of hours, lowercase, " / ")
# 0.852 / 0.600, seventy-third (a children's home) 0.929 / 0.867, seventy-fourth (early help bullets)
# 0.881 / 0.683, seventy-fifth (youth justice, English a second language) 0.934 / 0.817. Then read;
# floors below the figures once the rules were changed and the reading trained on them.
#
# Rubric 2026.12-14: eight authors written for round 13 the same way, first measured on 892ef15
# (rules and second reading, neither had seen them; free text, macro F1 / band exact): the
# eightieth (Mosaic third person, "TM queried") 0.973 / 0.917, eighty-first (own "Home -" labels)
# 0.922 / 0.817, eighty-second (young children's own words) 0.951 / 0.900, eighty-third (a locum's
# abbreviations, "cont. plan", "nfa") 0.870 / 0.583, eighty-fourth (exploitation, "we") 0.966 / 0.883,
# eighty-fifth (neglect in numbers, GCP2) 0.942 / 0.833, eighty-sixth (group supervision, peers'
# challenge) 0.944 / 0.900, eighty-seventh (future and conditional tenses) 0.976 / 0.967. Then read;
# on rubric 2026.12-15 (its rules and the reading trained on them): 0.986 / 0.950, 0.955 / 0.900,
# 0.969 / 0.900, 0.976 / 0.967, 0.980 / 0.967, 0.963 / 0.883, 0.992 / 0.950, 0.983 / 0.950. Floors
# below those.
OTHER_AUTHORS = {
    "quality_notes_blind.jsonl": dict(macro_f1=0.85, brief_f1=0.9, within_one=0.95, spearman=0.85),
    "quality_notes_second.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.9, spearman=0.85),
    "quality_notes_third.jsonl": dict(macro_f1=0.9, brief_f1=0.9, within_one=0.95, spearman=0.85),
    "quality_notes_fourth.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.95, spearman=0.85),
    "quality_notes_fifth.jsonl": dict(macro_f1=0.9, brief_f1=0.9, within_one=0.95, spearman=0.85),
    "quality_notes_sixth.jsonl": dict(macro_f1=0.9, brief_f1=0.9, within_one=0.9, spearman=0.85),
    "quality_notes_seventh.jsonl": dict(macro_f1=0.88, brief_f1=0.9, within_one=0.9, spearman=0.8),
    "quality_notes_eighth.jsonl": dict(macro_f1=0.86, brief_f1=0.95, within_one=0.9, spearman=0.85),
    "quality_notes_ninth.jsonl": dict(macro_f1=0.88, brief_f1=0.9, within_one=0.9, spearman=0.85),
    "quality_notes_tenth.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.9, spearman=0.85),
    "quality_notes_eleventh.jsonl": dict(macro_f1=0.87, brief_f1=0.9, within_one=0.95, spearman=0.85),
    "quality_notes_twelfth.jsonl": dict(macro_f1=0.9, brief_f1=0.9, within_one=0.9, spearman=0.85),
    "quality_notes_thirteenth.jsonl": dict(macro_f1=0.88, brief_f1=0.9, within_one=0.95, spearman=0.85),
    "quality_notes_fourteenth.jsonl": dict(macro_f1=0.86, brief_f1=0.9, within_one=0.9, spearman=0.85),
    "quality_notes_fifteenth.jsonl": dict(macro_f1=0.85, brief_f1=0.95, within_one=0.95, spearman=0.85),
    "quality_notes_sixteenth.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.95, spearman=0.85),
    "quality_notes_seventeenth.jsonl": dict(macro_f1=0.85, brief_f1=0.85, within_one=0.95, spearman=0.85),
    "quality_notes_eighteenth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.93, spearman=0.88),
    "quality_notes_nineteenth.jsonl": dict(macro_f1=0.91, brief_f1=0.95, within_one=0.95, spearman=0.86),
    "quality_notes_twentieth.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.93, spearman=0.88),
    "quality_notes_twentyfirst.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.93, spearman=0.86),
    "quality_notes_twentysecond.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.9, spearman=0.85),
    "quality_notes_twentythird.jsonl": dict(macro_f1=0.9, brief_f1=0.93, within_one=0.95, spearman=0.9),
    "quality_notes_twentyfourth.jsonl": dict(macro_f1=0.88, brief_f1=0.93, within_one=0.9, spearman=0.85),
    "quality_notes_twentyfifth.jsonl": dict(macro_f1=0.88, brief_f1=0.95, within_one=0.9, spearman=0.9),
    "quality_notes_twentysixth.jsonl": dict(macro_f1=0.8, brief_f1=0.9, within_one=0.8, spearman=0.75),
    "quality_notes_twentyseventh.jsonl": dict(macro_f1=0.85, brief_f1=0.95, within_one=0.85, spearman=0.8),
    "quality_notes_twentyeighth.jsonl": dict(macro_f1=0.65, brief_f1=0.9, within_one=0.7, spearman=0.7),
    "quality_notes_twentyninth.jsonl": dict(macro_f1=0.88, brief_f1=0.95, within_one=0.9, spearman=0.85),
    "quality_notes_thirtieth.jsonl": dict(macro_f1=0.85, brief_f1=0.95, within_one=0.8, spearman=0.75),
    "quality_notes_thirtyfirst.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.9, spearman=0.88),
    # brief_f1 0.95 -> 0.94 at rubric 2026.12-9: a32-046's child's words opening their own line are now
    # read (lived experience, as labelled), and depth wrongly met on that short note then makes it
    # read as not brief; a depth error, not a lived one (0.949 measured)
    # (brief F1 0.94 -> 0.93 and, below, the sixty-seventh's Spearman 0.92 -> 0.90 at rubric 2026.12-16: the
    # second reading unmeets only below 0.2 and never in a criterion's own box, chosen on never-read authors and the demo)
    "quality_notes_thirtysecond.jsonl": dict(macro_f1=0.85, brief_f1=0.93, within_one=0.88, spearman=0.83),
    "quality_notes_thirtythird.jsonl": dict(macro_f1=0.89, brief_f1=0.95, within_one=0.93, spearman=0.83),
    "quality_notes_thirtyfourth.jsonl": dict(macro_f1=0.89, brief_f1=0.95, within_one=0.9, spearman=0.83),
    "quality_notes_thirtyfifth.jsonl": dict(macro_f1=0.83, brief_f1=0.95, within_one=0.85, spearman=0.72),
    "quality_notes_thirtysixth.jsonl": dict(macro_f1=0.91, brief_f1=0.95, within_one=0.95, spearman=0.85),
    "quality_notes_thirtyseventh.jsonl": dict(macro_f1=0.89, brief_f1=0.93, within_one=0.83, spearman=0.79),
    "quality_notes_thirtyeighth.jsonl": dict(macro_f1=0.92, brief_f1=0.94, within_one=0.96, spearman=0.88),
    "quality_notes_thirtyninth.jsonl": dict(macro_f1=0.88, brief_f1=0.91, within_one=0.85, spearman=0.78),
    "quality_notes_fortieth.jsonl": dict(macro_f1=0.87, brief_f1=0.92, within_one=0.83, spearman=0.86),
    "quality_notes_fortyfirst.jsonl": dict(macro_f1=0.87, brief_f1=0.92, within_one=0.90, spearman=0.86),
    "quality_notes_fortythird.jsonl": dict(macro_f1=0.92, brief_f1=0.95, within_one=0.95, spearman=0.85),
    # (brief F1 0.95 -> 0.92 at rubric 2026.12-16: the second reading meets only at 0.6 now, chosen on
    # never-read authors, and three of its lived-experience meetings here now weigh 0.50-0.60)
    "quality_notes_fortyfourth.jsonl": dict(macro_f1=0.86, brief_f1=0.92, within_one=0.9, spearman=0.86),
    "quality_notes_fortysecond.jsonl": dict(macro_f1=0.92, brief_f1=0.95, within_one=0.95, spearman=0.85),
    "quality_notes_fortyfifth.jsonl": dict(macro_f1=0.92, brief_f1=0.95, within_one=0.95, spearman=0.9),
    "quality_notes_fortyeighth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.88),
    # its headings stand alone on their lines ("Decision", then the decision below): dealt sentence
    # by sentence, a heading lands in another box than its words (0.933 free, 0.875 dealt)
    "quality_notes_fortyninth.jsonl": dict(macro_f1=0.91, brief_f1=0.95, within_one=0.95, spearman=0.88, dealt_gap=0.07),
    "quality_notes_fiftieth.jsonl": dict(macro_f1=0.9, brief_f1=0.95, within_one=0.95, spearman=0.88),
    # "Child: ... | Plan: CIN | Seen alone: N": a line of fields is dealt field by field (0.914 free, 0.880 dealt)
    "quality_notes_fiftyfirst.jsonl": dict(macro_f1=0.89, brief_f1=0.87, within_one=0.95, spearman=0.9, dealt_gap=0.05),
    "quality_notes_fiftysecond.jsonl": dict(macro_f1=0.93, brief_f1=0.88, within_one=0.95, spearman=0.9),
    "quality_notes_fiftythird.jsonl": dict(macro_f1=0.91, brief_f1=0.93, within_one=0.95, spearman=0.92),
    "quality_notes_fiftyfourth.jsonl": dict(macro_f1=0.91, brief_f1=0.95, within_one=0.95, spearman=0.88),
    "quality_notes_fiftyfifth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.9),
    "quality_notes_fiftysixth.jsonl": dict(macro_f1=0.92, brief_f1=0.92, within_one=0.95, spearman=0.84),
    "quality_notes_fiftyseventh.jsonl": dict(macro_f1=0.94, brief_f1=0.88, within_one=0.95, spearman=0.92),
    "quality_notes_fiftyeighth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.91),
    "quality_notes_fiftyninth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.92),
    "quality_notes_sixtyfourth.jsonl": dict(macro_f1=0.92, brief_f1=0.95, within_one=0.95, spearman=0.89),
    "quality_notes_sixtyfifth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.91),
    "quality_notes_sixtysixth.jsonl": dict(macro_f1=0.93, brief_f1=0.93, within_one=0.95, spearman=0.9),
    "quality_notes_sixtyseventh.jsonl": dict(macro_f1=0.94, brief_f1=0.9, within_one=0.95, spearman=0.9),
    "quality_notes_sixtyeighth.jsonl": dict(macro_f1=0.93, brief_f1=0.84, within_one=0.95, spearman=0.9),
    "quality_notes_sixtyninth.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.92),
    "quality_notes_seventieth.jsonl": dict(macro_f1=0.92, brief_f1=0.93, within_one=0.95, spearman=0.93),
    "quality_notes_seventyfirst.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.95, spearman=0.89),
    "quality_notes_seventysecond.jsonl": dict(macro_f1=0.94, brief_f1=0.95, within_one=0.95, spearman=0.93),
    "quality_notes_seventythird.jsonl": dict(macro_f1=0.92, brief_f1=0.93, within_one=0.95, spearman=0.92),
    "quality_notes_seventyfourth.jsonl": dict(macro_f1=0.91, brief_f1=0.93, within_one=0.95, spearman=0.89),
    "quality_notes_seventyfifth.jsonl": dict(macro_f1=0.95, brief_f1=0.95, within_one=0.95, spearman=0.92),
    "quality_notes_eightieth.jsonl": dict(macro_f1=0.96, brief_f1=0.95, within_one=0.97, spearman=0.92),
    "quality_notes_eightyfirst.jsonl": dict(macro_f1=0.93, brief_f1=0.95, within_one=0.97, spearman=0.91),
    "quality_notes_eightysecond.jsonl": dict(macro_f1=0.94, brief_f1=0.95, within_one=0.93, spearman=0.88),
    "quality_notes_eightythird.jsonl": dict(macro_f1=0.95, brief_f1=0.97, within_one=0.97, spearman=0.93),
    "quality_notes_eightyfourth.jsonl": dict(macro_f1=0.96, brief_f1=0.97, within_one=0.97, spearman=0.93),
    "quality_notes_eightyfifth.jsonl": dict(macro_f1=0.94, brief_f1=0.9, within_one=0.93, spearman=0.87),
    "quality_notes_eightysixth.jsonl": dict(macro_f1=0.97, brief_f1=0.97, within_one=0.95, spearman=0.91),
    "quality_notes_eightyseventh.jsonl": dict(macro_f1=0.96, brief_f1=0.97, within_one=0.95, spearman=0.91),
    # round 14's material (the ninetieth to ninety-seventh), read and trained on at rubric 2026.12-16
    "quality_notes_ninetieth.jsonl": dict(macro_f1=0.96, brief_f1=0.95, within_one=0.96, spearman=0.89),
    "quality_notes_ninetyfirst.jsonl": dict(macro_f1=0.96, brief_f1=0.97, within_one=0.97, spearman=0.91),
    "quality_notes_ninetysecond.jsonl": dict(macro_f1=0.96, brief_f1=0.97, within_one=0.96, spearman=0.9),
    "quality_notes_ninetythird.jsonl": dict(macro_f1=0.95, brief_f1=0.95, within_one=0.96, spearman=0.9),
    "quality_notes_ninetyfourth.jsonl": dict(macro_f1=0.95, brief_f1=0.93, within_one=0.96, spearman=0.89),
    "quality_notes_ninetyfifth.jsonl": dict(macro_f1=0.94, brief_f1=0.97, within_one=0.97, spearman=0.89),
    "quality_notes_ninetysixth.jsonl": dict(macro_f1=0.97, brief_f1=0.95, within_one=0.97, spearman=0.92),
    "quality_notes_ninetyseventh.jsonl": dict(macro_f1=0.96, brief_f1=0.97, within_one=0.97, spearman=0.91),
    # round 15's material (the hundred-and-first to hundred-and-fifth: permanence, a question form,
    # hospital safeguarding, telegraphic youth justice, group supervision), first read by 3db91f6's
    # rules (free 0.949 / 0.917, 0.917 / 0.850, 0.928 / 0.917, 0.943 / 0.833, 0.957 / 0.917), then
    # read at rubric 2026.12-18; not yet in the second reading's weights (README, rubric 2026.12-18)
    "quality_notes_hundredfirst.jsonl": dict(macro_f1=0.95, brief_f1=0.98, within_one=0.96, spearman=0.92),
    "quality_notes_hundredsecond.jsonl": dict(macro_f1=0.94, brief_f1=0.96, within_one=0.98, spearman=0.93),
    "quality_notes_hundredthird.jsonl": dict(macro_f1=0.94, brief_f1=0.96, within_one=0.98, spearman=0.94),
    "quality_notes_hundredfourth.jsonl": dict(macro_f1=0.94, brief_f1=0.96, within_one=0.97, spearman=0.91),
    "quality_notes_hundredfifth.jsonl": dict(macro_f1=0.95, brief_f1=0.96, within_one=0.97, spearman=0.93),
}


@pytest.mark.parametrize("name", list(OTHER_AUTHORS))
def test_other_authors_notes(name):
    rows = load_jsonl(HERE / name)
    assert len(rows) == 60
    f = evaluate(rows)
    print()
    print(format_figures(f, f"another author's notes: {name}"))
    floor = OTHER_AUTHORS[name]
    assert f.macro_f1 >= floor["macro_f1"]
    assert f.brief_descriptive["f1"] >= floor["brief_f1"]
    assert f.band_within_one >= floor["within_one"]
    assert f.spearman >= floor["spearman"]


def test_dealt_into_boxes_is_seeded_and_keeps_every_sentence():
    from supervision_tui.models import CaseDiscussion
    from supervision_tui.quality.evaluation import dealt_discussion, note_sentences

    text = "Mia (7) said school is boring.\nMum is drinking again. SW to visit by 3/3.\nDecision: CP plan stays because nothing has changed."
    a, b = dealt_discussion(text, seed=3), dealt_discussion(text, seed=3)
    assert a.model_dump(exclude={"id"}) == b.model_dump(exclude={"id"})
    dealt = [getattr(a, k) for k in CaseDiscussion.SECTION_FIELDS]
    assert sorted(note_sentences(" ".join(dealt))) == sorted(note_sentences(text))
    assert len(note_sentences(text)) == 4


@pytest.mark.parametrize("path", ["dealt", "first_box"])
def test_app_path_on_own_notes(path):
    """The app's path (assess over a CaseDiscussion) on our own notes: dealt into random boxes
    and all in the first box. Printed, with a floor so a box can never again be worth more than
    its words."""
    from supervision_tui.quality.evaluation import assessor

    rows = load_jsonl(OWN) + load_jsonl(FRESH)
    f = evaluate(rows, assessor(path))
    print()
    print(format_figures(f, f"own notes via {path}"))
    assert f.band_within_one >= 0.85


@pytest.mark.parametrize("name", list(OTHER_AUTHORS))
def test_other_authors_notes_dealt_into_boxes(name):
    """The app's path on other authors' notes: sentences dealt at random into the seven boxes
    must read about as well as the free text (a box is a hint, never evidence)."""
    from supervision_tui.quality.evaluation import assessor

    rows = load_jsonl(HERE / name)
    free, dealt = evaluate(rows), evaluate(rows, assessor("dealt"))
    print()
    print(f"{name}: macro F1 free {free.macro_f1:.3f}, dealt {dealt.macro_f1:.3f}; "
          f"band exact free {free.band_exact:.3f}, dealt {dealt.band_exact:.3f}")
    assert dealt.macro_f1 >= free.macro_f1 - OTHER_AUTHORS[name].get("dealt_gap", 0.03)
    # an author whose free text already misses this mark is held to its own floor
    assert dealt.band_within_one >= min(0.9, OTHER_AUTHORS[name]["within_one"])


# Case discussions as a manager typed them into the app's boxes and tables, labelled blind by
# another hand from what they say (a box's name is only where the words were typed): sixty of the
# demo's, drawn to hold as many Impact boxes the checker met as it did not (round 15). Bands follow
# from the labels by LABELS.md's rule, as the checker's do. At rubric 2026.12-16, before round 15:
# macro F1 0.914, band exact 0.767, impact F1 0.740 (recall 0.600).
TYPED_SETS = {
    "quality_boxes_demo.jsonl": dict(macro_f1=0.93, band_exact=0.85, impact_f1=0.92, within_one=0.98),
}


@pytest.mark.parametrize("name", list(TYPED_SETS))
def test_discussions_as_typed_in_the_app(name):
    from supervision_tui.quality.evaluation import TYPED, assessor, paths_for

    rows = load_jsonl(HERE / name)
    assert paths_for(rows) == (TYPED,)
    f = evaluate(rows, assessor(TYPED, rows=rows))
    print()
    print(format_figures(f, f"discussions as typed: {name}"))
    floor = TYPED_SETS[name]
    assert f.macro_f1 >= floor["macro_f1"]
    assert f.band_exact >= floor["band_exact"]
    assert f.per_criterion["child_impact"]["f1"] >= floor["impact_f1"]
    assert f.band_within_one >= floor["within_one"]


def test_typed_discussions_through_the_commands_give_the_checkers_verdicts(tmp_path):
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, str(root / "scripts" / "evaluate.py"), str(HERE / "quality_boxes_demo.jsonl"),
                           "--through-cli", "--json"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["through_cli"] == {"typed": {"differ_from_in_process": 0}}
    wrong = subprocess.run([sys.executable, str(root / "scripts" / "evaluate.py"), str(HERE / "quality_boxes_demo.jsonl"),
                            "--via", "dealt"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert wrong.returncode == 2 and "use --via typed" in wrong.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "t", "discussion": {"update": 5, "bogus": 1}}) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(root / "scripts" / "evaluate.py"), str(bad)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "row 1 (x): not a case discussion: update" in done.stderr


def test_the_users_path_through_the_commands_gives_the_checkers_verdicts(tmp_path):
    """import, score and export (score --input for free text) say of each labelled note what the
    checker says in process, so figures measured either way are the same."""
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    notes = root / "tests" / "quality_notes_fresh.jsonl"
    done = subprocess.run([sys.executable, str(root / "scripts" / "evaluate.py"), str(notes), "--through-cli", "--json"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    rows = load_jsonl(notes)
    from supervision_tui.quality.evaluation import assessor

    for path in ("free", "dealt", "first_box"):
        assert out["through_cli"][path]["differ_from_in_process"] == 0
        here = evaluate(rows, assessor(path)).as_dict()
        assert out[path]["macro_f1"] == pytest.approx(here["macro_f1"])
        assert out[path]["band_exact"] == pytest.approx(here["band_exact"])
