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


def screen_lines(app) -> list[str]:
    """What the terminal shows, line by line."""
    from textual.geometry import Region

    screen = app.screen
    lines = []
    for y in range(app.size.height):
        strip = screen._compositor.render_strips(Region(0, y, app.size.width, 1))
        lines.append(strip[0].text if strip else "")
    return lines


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


@pytest.mark.parametrize("leave", ["enter", "ctrl+n"])
async def test_a_scale_with_its_reason_keeps_both(store, leave):
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_draft_at(pilot, "risk")
        d = screen.record.discussions[0]
        await type_text(pilot, "Dad still visits.")
        before = d.risk.rstrip()
        assert before.endswith("Dad still visits.")
        await pilot.press("tab")
        box = app.focused
        assert box.id == "safety-scale" and "4, " in box.placeholder  # the placeholder shows the form
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
