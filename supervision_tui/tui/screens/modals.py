"""Small dialogs, each a ModalScreen returning a value through dismiss()."""

from __future__ import annotations

import asyncio

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from ..safe_markup import escape
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, OptionList, RadioButton, RadioSet, Static, TextArea


class StepList(OptionList):
    """PageDown goes to the last step in view, then on a page at a time (PageUp likewise), as in
    a file list; OptionList's own moves a screenful from wherever the highlight is, so from the
    middle of a short list it lands on the last step."""

    def _page(self, direction: int) -> None:
        if self.highlighted is None or not self._lines:
            return super()._move_page(direction)
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        edge = top + height - 1 if direction > 0 else top
        edge = max(0, min(edge, len(self._lines) - 1))
        here = self._index_to_line[self.highlighted]
        if (here < edge) if direction > 0 else (here > edge):
            target = edge  # first to the edge of what is in view
        else:
            target = max(0, min(here + direction * (height - 1), len(self._lines) - 1))
        self.highlighted = self._lines[target][0]

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)


class StepListModal(ModalScreen[int | None]):
    """Jump to any step of the flow."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, labels: list[str], current: int) -> None:
        super().__init__()
        self.labels = labels
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="steps-dialog"):
            yield Static("[b]Go to step[/b]", classes="dialog-title")
            yield StepList(*[f"{i + 1:>2}. {label}" for i, label in enumerate(self.labels)], id="step-list")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self.current
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)


class ResumeDraftModal(ModalScreen[bool]):
    """Offer back the draft this user was writing when the app last closed."""

    BINDINGS = [Binding("escape", "dismiss(False)", "Later")]

    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("[b]Carry on where you left off?[/b]", classes="dialog-title")
            yield Static(Content.from_markup(self.summary))
            with Horizontal(classes="buttons"):
                yield Button("Continue the draft", id="resume", variant="primary")
                yield Button("Later", id="later")

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "resume")


class ConfirmModal(ModalScreen[bool]):
    """A yes-or-no question before something that cannot be undone: Enter or y yes, Esc or n no."""

    BINDINGS = [
        Binding("y", "dismiss(True)", "Yes"),
        Binding("n", "dismiss(False)", "No"),
        Binding("escape", "dismiss(False)", "No"),
    ]

    def __init__(self, title: str, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.title_ = title
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog"):
            yield Static(Content.from_markup(f"[b]{escape(self.title_)}[/b]"), classes="dialog-title")
            yield Static(Content.from_markup(self.question))
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} (y)", id="yes", variant="error")
                yield Button(f"{self.no} (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()  # Enter answers yes

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


@dataclass
class Response:
    name: str
    agrees: bool
    comment: str


@dataclass
class AddendumText:
    reason: str
    text: str


class FormModal(ModalScreen):
    """A small form: its fields, an error line, and OK / Cancel. Esc cancels (None).

    Subclasses give `heading`, `ok_label`, `fields()` and `result()`, which returns the value
    to dismiss with, or a `Problem` saying what is missing (shown, and the dialog stays).
    """

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        # Enter in a one-line field, handled as it arrives (Input.Submitted would come after the keys
        # typed behind it): it moves to `enter_goes_to[field]`, or else completes the form.
        Binding("enter", "field_enter", show=False, priority=True),
    ]
    heading = ""
    ok_label = "OK"
    enter_goes_to: dict[str, str] = {}

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "field_enter":
            return isinstance(self.focused, Input)
        return True

    async def action_field_enter(self) -> None:
        field = self.focused
        reached = asyncio.Event()  # what was typed before Enter may still be queued at the field
        if field is not None and field.call_later(reached.set):
            await reached.wait()
        target = self.enter_goes_to.get(field.id or "") if field is not None else None
        if target:
            self.set_focus(self.query_one(f"#{target}"))
        else:
            self._ok()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"[b]{self.heading}[/b]", classes="dialog-title")
            yield from self.fields()
            yield Static("", classes="field-error", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button(self.ok_label, id="ok", variant="success")
                yield Button("Cancel", id="cancel")

    def fields(self) -> ComposeResult:
        raise NotImplementedError

    def result(self):
        raise NotImplementedError

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        value = self.result()
        if isinstance(value, Problem):
            error = self.query_one("#form-error", Static)
            error.update(value.message)
            error.display = True
            return
        self.dismiss(value)


@dataclass
class Problem:
    message: str


class SignModal(FormModal):
    """The supervisor signs: the record is then complete and can only be added to."""

    heading = "Sign as supervisor"
    ok_label = "Sign"

    def __init__(self, name: str, summary: str) -> None:
        super().__init__()
        self.name_ = name
        self.summary = summary

    def fields(self) -> ComposeResult:
        yield Static(Content.from_markup(self.summary), classes="hint")
        with Horizontal(classes="field-line"):
            yield Label("Name", classes="field-label")
            yield Input(self.name_, id="sign-name", compact=True)

    def result(self) -> str | Problem:
        name = self.query_one("#sign-name", Input).value.strip()
        return name or Problem("Type the name to sign with.")


class ResponseModal(FormModal):
    """The supervisee agrees, or records their disagreement in their own words."""

    heading = "The supervisee's response"
    ok_label = "Record response"
    enter_goes_to = {"response-name": "agrees"}

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name_ = name

    def fields(self) -> ComposeResult:
        with Horizontal(classes="field-line"):
            yield Label("Supervisee", classes="field-label")
            yield Input(self.name_, id="response-name", compact=True)
        with RadioSet(id="agrees", classes="review-status"):
            # Neither is chosen: the supervisee answers, the form never answers for them.
            yield RadioButton("Agrees with the record", name="yes")
            yield RadioButton("Disagrees", name="no")
        yield Label("In their own words (needed if they disagree):")
        yield TextArea(id="response-comment", soft_wrap=True, tab_behavior="focus", compact=True)

    def result(self) -> Response | Problem:
        name = self.query_one("#response-name", Input).value.strip()
        pressed = self.query_one(RadioSet).pressed_button
        comment = self.query_one("#response-comment", TextArea).text
        if not name:
            return Problem("Whose response is this? Type the supervisee's name.")
        if pressed is None:
            return Problem("Does the supervisee agree with the record? Choose one (arrows, then Enter).")
        agrees = pressed.name == "yes"
        if not agrees and not comment.strip():
            return Problem("A disagreement needs the supervisee's own words.")
        return Response(name, agrees, comment)


class AddendumModal(FormModal):
    """A signed record is never edited: a change is an addendum with its reason."""

    heading = "Add an addendum"
    ok_label = "Add addendum"
    enter_goes_to = {"addendum-reason": "addendum-text"}

    def __init__(self, author: str) -> None:
        super().__init__()
        self.author = author

    def fields(self) -> ComposeResult:
        yield Static(Content.from_markup(
            f"Added by [b]{escape(self.author)}[/b], dated now. The signed record itself does not change."),
            classes="hint")
        with Horizontal(classes="field-line"):
            yield Label("Reason", classes="field-label")
            yield Input(id="addendum-reason", placeholder="Why is this being added?", compact=True)
        yield Label("Addendum:")
        yield TextArea(id="addendum-text", soft_wrap=True, tab_behavior="focus", compact=True)

    def result(self) -> AddendumText | Problem:
        reason = self.query_one("#addendum-reason", Input).value.strip()
        text = self.query_one("#addendum-text", TextArea).text
        if not reason or not text.strip():
            return Problem("An addendum needs both its reason and its text.")
        return AddendumText(reason, text)


class WhoAreYouModal(FormModal):
    """Asked once: the name records carry as supervisor, signer and addendum author, and a role."""

    heading = "Who is recording?"
    ok_label = "Save"
    enter_goes_to = {"user-name": "user-role"}

    def __init__(self, name: str = "", role: str = "", account: str = "") -> None:
        super().__init__()
        self.name_ = name
        self.role_ = role
        self.account = account

    def fields(self) -> ComposeResult:
        from ...user import ROLES

        yield Static(Content.from_markup(
            "Your name goes on the records you write and sign, and in the audit log beside the "
            f"computer account ([b]{escape(self.account)}[/b]). Asked once; ctrl+p changes it."),
            classes="hint")
        with Horizontal(classes="field-line"):
            yield Label("Your name", classes="field-label")
            yield Input(self.name_, id="user-name", placeholder="e.g. Priya Shah", compact=True)
        with Horizontal(classes="field-line"):
            yield Label("Your role", classes="field-label")
            yield Input(self.role_, id="user-role", placeholder="e.g. Team manager", compact=True,
                        suggester=SuggestFromList(ROLES, case_sensitive=False))

    def on_mount(self) -> None:
        self.query_one("#user-name", Input).focus()

    def result(self):
        from ...user import User, UserError

        try:
            return User(self.query_one("#user-name", Input).value.strip(),
                        self.query_one("#user-role", Input).value.strip())
        except UserError as e:
            return Problem(f"{str(e)[0].upper()}{str(e)[1:]}.")
