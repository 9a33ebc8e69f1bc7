"""Faults found walking a whole supervision of two children at 80x24 after issue 14's fixes, each pinned."""

from __future__ import annotations

import pytest
from test_tui_first_hour import DEV_DRAFT, _shown, app_for, open_draft_at, type_text
from test_tui_support import build_store, settle


@pytest.fixture
def store(tmp_path):
    s = build_store(tmp_path / "walk.db")
    yield s
    s.close()


def on_screen(app, widget) -> str:
    """The words the terminal shows inside `widget`'s region (borders and wrapping left out)."""
    region = widget.region
    strips = app.screen._compositor.render_strips()
    lines = [strip.text[region.x:region.right] for strip in strips[region.y:region.bottom]]
    return " ".join(" ".join(line.replace("▏", " ") for line in lines).split())


# 1. The action's owner reads whole as it is typed --------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_an_owner_reads_whole_as_it_is_typed(store, size):
    owner = "Social worker (Priya Shah)"
    app = app_for(store)
    async with app.run_test(size=size) as pilot:
        screen = await open_draft_at(pilot, "actions")
        await pilot.press("tab", "tab", "tab")  # Dev's action, its owner, its date, the new action
        assert app.focused.id == "action-2"
        await type_text(pilot, "Book the FGC")
        await pilot.press("enter")
        assert app.focused.id == "owner-2"
        await type_text(pilot, owner)
        await pilot.pause()
        assert _shown(app.focused) == owner
        assert screen.record.discussions[0].actions[-1].owner == owner


# 6. A date error's example is a date ahead, by the app's clock ---------------------------------------


def _example_in(message: str):
    import datetime as dt
    import re

    day, month, year = re.search(r"e\.g\. (\d\d)/(\d\d)/(\d{4})", message).groups()
    return dt.date(int(year), int(month), int(day))


def test_the_example_in_a_date_error_is_next_month():
    import datetime as dt

    from supervision_tui.tui.dates import DateError, parse_date

    for today, expected in ((dt.date(2026, 3, 10), dt.date(2026, 4, 10)), (dt.date(2026, 12, 31), dt.date(2027, 1, 28))):
        with pytest.raises(DateError) as e:
            parse_date("31/02/2027", today=today)
        assert _example_in(str(e.value)) == expected


@pytest.mark.parametrize("step", ["sign", "actions"])
async def test_a_date_error_in_the_app_gives_a_future_example(store, step):
    import datetime as dt

    from test_tui_support import SUPERVISOR

    from supervision_tui.tui.app import SupervisionApp

    today = dt.date(2026, 11, 5)  # months after the draft's own date
    app = SupervisionApp(store, today=today, supervisor=SUPERVISOR, offer_draft=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, step)
        if step == "actions":
            await pilot.press("tab", "tab")
            assert app.focused.id == "due-1"
            app.focused.value = ""
        await type_text(pilot, "31/02/2027")
        await pilot.pause()
        message = screen.problems()[0]
        assert "not a real date" in message
        assert _example_in(message) == dt.date(2026, 12, 5)


# 2. The safety box takes what its placeholder asks for: a number, then the reason ------------------


async def _in_the_safety_box(pilot):
    """The risk step with "Dad still visits." typed, then Tab to the safety box: (screen, the
    child's discussion, the risk text so far, the box)."""
    screen = await open_draft_at(pilot, "risk")
    d = screen.record.discussions[0]
    await type_text(pilot, "Dad still visits.")
    before = d.risk.rstrip()
    assert before.endswith("Dad still visits.")
    await pilot.press("tab")
    box = pilot.app.focused
    assert box.id == "safety-scale"
    return screen, d, before, box


@pytest.mark.parametrize("leave", ["enter", "ctrl+n"])
async def test_a_scale_with_its_reason_keeps_both(store, leave):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, d, before, box = await _in_the_safety_box(pilot)
        assert "4, " in box.placeholder  # the placeholder shows the form
        await type_text(pilot, "4, the shouting has stopped")
        await pilot.pause()
        assert box.value == "4, the shouting has stopped"
        assert screen.problems() == []  # not refused
        assert d.safety_scale == 4
        await pilot.press(leave)
        await settle(pilot)
        assert d.safety_scale == 4
        assert d.risk == before + "\n\nSafety scale 4/10: the shouting has stopped"
        saved = app.store.load(DEV_DRAFT).discussions[0]
        assert saved.safety_scale == 4 and saved.risk.endswith("Safety scale 4/10: the shouting has stopped")
        if leave == "enter":  # still on the step: the reason shows in the text, the box keeps the number
            assert box.value == "4"
            assert screen.query_one("#answer").text.endswith("Safety scale 4/10: the shouting has stopped")
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert app.store.load(DEV_DRAFT).discussions[0].risk.count("the shouting has stopped") == 1


async def test_a_reason_in_the_safety_box_is_in_the_draft_before_the_box_is_left(store):
    """A terminal killed while the manager is still in the safety box loses none of the reason:
    the draft is saved as if the box were left, and leaving it later adds the reason only once."""
    from supervision_tui.tui.screens.supervision import AUTOSAVE_S

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, d, before, box = await _in_the_safety_box(pilot)
        await type_text(pilot, "3, mum has let him stay over twice")
        await pilot.pause(AUTOSAVE_S * 3)
        assert app.focused is box and box.value == "3, mum has let him stay over twice"  # still typing there
        saved = app.store.load(DEV_DRAFT).discussions[0]
        assert saved.safety_scale == 3
        assert saved.risk == before + "\n\nSafety scale 3/10: mum has let him stay over twice"
        assert screen.query_one("#answer").text.rstrip() == before  # on screen it moves when the box is left
        await type_text(pilot, " this month")
        await pilot.pause(AUTOSAVE_S * 3)
        assert app.store.load(DEV_DRAFT).discussions[0].risk.endswith("twice this month")
        await pilot.press("ctrl+n")
        await settle(pilot)
        saved = app.store.load(DEV_DRAFT).discussions[0]
        assert saved.risk == before + "\n\nSafety scale 3/10: mum has let him stay over twice this month"
        assert saved.safety_scale == 3


# 5. The sign page lists an error as it is typed, and a refusal goes once it is put right -------------


async def test_the_sign_page_follows_a_date_error_and_its_correction(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "sign")
        assert app.focused.id == "next-supervision"
        advice = screen.query_one("#advice")
        await type_text(pilot, "31/02/2027")
        await pilot.pause()
        listed = str(advice.render())
        assert "To put right before signing" in listed and "31/02/2027" in listed
        assert "Nothing outstanding" not in listed
        screen.query_one("#sign").press()
        await settle(pilot)
        refusal = screen.query_one("#sign-error")
        assert refusal.display and "Not signed" in str(refusal.render())
        # put right: the list and the refusal follow
        screen.query_one("#next-supervision").focus()
        await pilot.press(*["backspace"] * 10)
        await type_text(pilot, "28/03/2026")
        await pilot.pause()
        assert screen.problems() == []
        assert "To put right" not in str(advice.render())
        assert not refusal.display


# 7. PageDown in the step list moves a page, not to the end --------------------------------------------


async def test_pagedown_in_the_step_list_moves_by_a_page(store):
    from textual.widgets import OptionList

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "reflection")
        here = screen.index
        await pilot.press("ctrl+g")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        page = options.scrollable_content_region.height
        last = options.option_count - 1
        assert options.highlighted == here and here + page >= last  # a screenful on would reach the end
        await pilot.press("pagedown")
        await pilot.pause()
        assert options.highlighted == page - 1  # the last step in view, not the last step
        await pilot.press("pagedown")
        await pilot.pause()
        assert options.highlighted == min(last, 2 * page - 2)
        await pilot.press("pageup")
        await pilot.pause()
        assert options.highlighted == round(options.scroll_y)  # the first in view


# 3. Enter: a new line in an answer's text box, the next field in a one-line field; the docs say so ---


async def test_enter_is_a_new_line_in_an_answer_and_the_box_and_help_say_so(store):
    from pathlib import Path

    import supervision_tui.tui as tui

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "lived_experience")
        box = app.focused
        assert box.id == "answer" and box.text == ""
        assert "Enter: a new line" in _shown(box) and "ctrl+n: next step" in _shown(box)  # the empty box says so
        await type_text(pilot, "She said school is boring.")
        await pilot.press("enter")
        await type_text(pilot, "Her drawing shows dad outside.")
        await pilot.pause()
        assert app.focused is box
        assert screen.record.discussions[0].lived_experience == "She said school is boring.\nHer drawing shows dad outside."
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.step.field == "reflection"
        assert app.store.load(DEV_DRAFT).discussions[0].lived_experience.count("\n") == 1
    help_text = (Path(tui.__file__).parent / "help.md").read_text()
    assert "in a text box: a new line" in help_text


# 4. Nothing a manager needs is cut at 80x24, 100x30 or 120x40 ------------------------------------------

SIZES_3 = [(80, 24), (100, 30), (120, 40)]


def _table_text(table) -> str:
    return "\n".join(strip.text for strip in table.render_lines(table.region.reset_offset))


async def _drawn(pilot, table, text: str) -> None:
    """Wait until the table (filled by a worker, measured when idle) shows `text`."""
    for _ in range(100):
        if text in _table_text(table):
            return
        await pilot.pause(0.05)


def _fits(table) -> None:
    """No column runs past the table's right edge (nothing to scroll sideways to)."""
    assert table.virtual_size.width <= table.scrollable_content_region.width, (
        table.virtual_size.width, table.scrollable_content_region.width, _table_text(table))


@pytest.mark.parametrize("size", SIZES_3)
async def test_home_tables_fit_the_terminal(tmp_path, size):
    from supervision_tui.models import ExperienceLevel, SignOff, SignRole, Status, SupervisionRecord

    from test_tui_support import TODAY

    store = build_store(tmp_path / "teams.db")
    teams = {"Grace Kovacs": "Adolescent Safeguarding Uttoxeter", "Kelly Mensah": "Front Door (MASH)"}
    store.import_records([SupervisionRecord(
        supervisor="Carla Kovacs", supervisee=name, team=team, date=TODAY.replace(month=1, day=2),
        experience_level=ExperienceLevel.experienced, status=Status.completed,
        signoffs=[SignOff(role=SignRole.supervisor, name="Carla Kovacs")]) for name, team in teams.items()])
    from supervision_tui.tui.app import SupervisionApp

    app = SupervisionApp(store, today=TODAY, supervisor="", offer_draft=False)  # everyone's
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#supervisees-table")
        await _drawn(pilot, table, "Grace Kovacs")
        _fits(table)
        shown = _table_text(table)
        for name, team in teams.items():
            assert name in shown
            assert all(word in shown for word in team.split()), (team, shown)
        await pilot.press("3")
        await settle(pilot)
        records = app.screen.query_one("#records-table")
        await _drawn(pilot, records, "Inadequate")
        _fits(records)
        shown = _table_text(records)
        assert "Carla Kovacs" in shown and "Outstanding" in shown
    store.close()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("field", ["update", "challenge", "progress"])
async def test_the_quality_panels_questions_are_in_view(store, size, field):
    from supervision_tui.quality import assess_boxes, next_prompt
    from supervision_tui.tui.widgets.quality_panel import QualityPanel

    app = app_for(store)
    async with app.run_test(size=size) as pilot:
        screen = await open_draft_at(pilot, field)
        screen.reassess_now()
        await settle(pilot)
        panel = screen.query_one(QualityPanel)
        assessment, boxes = assess_boxes(screen.record.discussions[0])
        prompt, box = next_prompt(assessment), boxes.get(field)
        in_view = on_screen(app, panel)
        assert panel.virtual_size.height <= panel.size.height or size == (120, 40), "nothing below the last line"
        for question in {prompt, box.prompt if box and not box.met else prompt}:
            assert " ".join(question.split()) in in_view, (question, in_view)


@pytest.mark.parametrize("record_id, keys", [
    (DEV_DRAFT, ["esc Back", "e Continue", "s Sign", "f1 Help"]),
    ("66666666-6666-4666-8666-666666666661", ["esc Back", "r Response", "a Addendum", "u Audit", "f1 Help"]),
])
async def test_the_record_pages_footer_fits_80_columns(store, record_id, keys):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_record(record_id)
        await settle(pilot)
        footer = on_screen(app, app.screen.query_one("Footer"))
        for key in keys:
            assert key in footer, (key, footer)


# 8. Keys typed in one burst with the key that opens a screen go to that screen --------------------------


def _keys(text: str) -> list[str]:
    return [{" ": "space"}.get(ch, ch) for ch in text]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_n_then_a_name_and_enter_in_one_burst_start_that_supervision(store, size):
    """tmux sends "n", "Ama Osei" and Enter at once: the letters once landed on home ("s" opened
    the supervisor filter) and Enter started a supervision with whoever was highlighted."""
    from test_tui_flow import send_burst

    from supervision_tui.tui.screens.supervision import SupervisionScreen

    app = app_for(store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        send_burst(app, ["n", *_keys("Ama Osei"), "enter"])
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SupervisionScreen)
        assert screen.record.supervisee == "Ama Osei"
        assert screen.record.team == "Assessment North"  # looked up whole, on Enter
        assert app.focused.id == "team"


async def test_slash_then_words_in_one_burst_search_them(store):
    from test_tui_flow import send_burst

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        send_burst(app, ["slash", *_keys("Freedom Programme"), "enter"])
        await settle(pilot)
        assert app.screen.query_one("#search").value == "Freedom Programme"
        assert app.screen.query_one("#supervisor").value == SUPERVISOR_FILTER(app)
        assert app.screen.query_one("#search-table").row_count == 1


def SUPERVISOR_FILTER(app) -> str:
    return app.screen.supervisor or ""


async def test_enter_on_a_draft_then_pagedown_reads_on(store):
    """Enter on a record's row and the keys straight after it: they are the record page's."""
    from test_tui_flow import send_burst

    from supervision_tui.tui.screens.record import RecordScreen

    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        send_burst(app, ["enter", "pagedown"])
        await settle(pilot)
        assert isinstance(app.screen, RecordScreen)
        assert app.screen.query_one("#record-scroll").scroll_y > 0


async def test_words_in_the_safety_box_read_whole_at_80_columns(store):
    words = "Scaled 6 because he is safe at home and school"
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_draft_at(pilot, "risk")
        await pilot.press("tab")
        assert app.focused.id == "safety-scale"
        await type_text(pilot, words)
        await pilot.pause()
        assert _shown(app.focused) == words


async def test_words_in_the_safety_box_are_kept_when_the_app_quits(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_draft_at(pilot, "risk")
        await pilot.press("tab")
        await type_text(pilot, "Scaled 6 because he is safe at home")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert store.load(DEV_DRAFT).discussions[0].risk.endswith("Scaled 6 because he is safe at home")


# A date typed wrongly stays as typed when its page comes back, so the error that stops the
# signature is always one the manager can see (it vanished from the box and still stopped signing)


async def test_a_wrong_action_date_comes_back_as_typed_and_once_put_right_signs(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "actions")
        await pilot.press("tab", "tab")
        assert app.focused.id == "due-1"
        app.focused.value = ""
        await type_text(pilot, "31/02/2027")
        await pilot.pause()
        assert screen.problems()
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert screen.step.field == "actions"
        due = screen.query_one("#due-1")
        assert due.value == "31/02/2027"  # as typed, not emptied
        assert "not a real date" in on_screen(app, screen.query_one("#actions"))
        due.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "20/03/2026")
        await pilot.pause()
        assert screen.problems() == []


async def test_a_wrong_session_date_comes_back_as_typed(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "session")
        date = screen.query_one("#date")
        date.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "30/02/2026")
        await pilot.pause()
        assert screen.problems()
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert screen.query_one("#date").value == "30/02/2026"
        assert screen.query_one("#date-error").display


async def test_a_scale_reason_left_with_ctrl_n_stays_in_the_risk_text_only(store):
    """Walk at 80x24: "6, he is safe at home" then ctrl+n at once put the risk text into the
    Impact box too (the moved reason's change reached the screen after the step had changed)."""
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "risk")
        d = screen.record.discussions[0]
        impact = d.impact
        await type_text(pilot, "Dad still visits.")
        await pilot.press("tab")
        await type_text(pilot, "6, he is safe at home")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.step.field == "impact"
        await type_text(pilot, " Sleeping better.")
        await settle(pilot)
        assert d.impact == impact + " Sleeping better."
        assert d.risk.endswith("Dad still visits.\n\nSafety scale 6/10: he is safe at home")
        saved = app.store.load(DEV_DRAFT).discussions[0]
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = app.store.load(DEV_DRAFT).discussions[0]
        assert saved.impact == impact + " Sleeping better." and "Safety scale" not in saved.impact


async def test_a_supervision_started_from_a_supervisee_starts_at_the_first_empty_field(store):
    """Walk at 120x40: Enter on Kelly's row, then "16" typed for her caseload replaced her name."""
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#supervisees-table")
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        table.move_cursor(row=names.index("Ama Osei"))
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert screen.record.supervisee == "Ama Osei"
        await type_text(pilot, "16")
        await pilot.pause()
        assert screen.record.supervisee == "Ama Osei"  # never replaced
        assert screen.record.caseload == 16 or app.focused.value.endswith("16")


async def test_a_page_that_opens_in_a_filled_box_carries_on_after_its_text(store):
    """A reopened child page opens in its case reference: typing must not replace it unseen."""
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "child")
        case_ref = screen.query_one("#case-ref")
        before = case_ref.value
        assert before and app.focused is case_ref
        await type_text(pilot, "A")
        await pilot.pause()
        assert case_ref.value == before + "A"


async def test_last_times_actions_marked_in_one_burst_are_each_marked(store):
    """Walk at 120x40: Space (done), Tab, Tab, Right, Right, Space (no longer needed) sent together
    marked the second action only: the first Space was acted on where the focus had gone."""
    from test_tui_flow import send_burst

    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Ama Osei")
        await pilot.press("enter", "ctrl+n")
        await settle(pilot)
        await pilot.press("enter")  # add a child
        await settle(pilot)
        await pilot.press("up", "enter", "ctrl+n")  # K.B., whose actions were set last time
        await settle(pilot)
        screen = app.screen
        assert screen.step.kind == "previous" and app.focused.id == "review-1"
        send_burst(app, ["space", "tab", "tab", "right", "right", "space"])
        await settle(pilot)
        statuses = [r.status.value if r.status else None for r in screen.record.discussions[0].previous_actions]
        assert statuses == ["done", "no_longer_needed"]


# The caseload box dropped letters silently ("18 kids" became "18"): what is typed stays, with a message


async def test_letters_in_the_caseload_stay_as_typed_with_a_message_until_put_right(store):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "session")
        box = screen.query_one("#caseload")
        box.focus()
        await pilot.pause()
        box.value = ""
        await type_text(pilot, "18 kids")
        await pilot.pause()
        assert box.value == "18 kids"
        assert "number of children" in on_screen(app, screen.query_one("#caseload-error"))
        assert any("number of children" in p for p in screen.problems())  # signing refuses it
        assert screen.record.caseload == 18  # the draft keeps what it had until a number is typed
        await pilot.press(*["backspace"] * 5)
        await pilot.pause()
        assert box.value == "18" and screen.problems() == [] and screen.record.caseload == 18
