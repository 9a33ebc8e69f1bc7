"""Recording a supervision: a guided flow, one step a page, with the live quality panel.

session details -> for each child: the child, last time's actions, then the
reflective cycle (what is happening ... progress and escalation) -> another
child? -> the worker -> review -> sign.

The record (`self.record`) is the state: every change typed goes into it at
once, and it is saved as a draft on leaving a field, on changing step, every
`AUTOSAVE_S` seconds while it has unsaved changes (so within half a second of
the last key), and before the app quits. A save is one small write (about a
millisecond); scoring the saved record runs in a worker thread (tui/scoring.py).
The quality panel re-assesses `ASSESS_DELAY_S` after the last keystroke, so
typing never waits for the checker; it advises and never blocks a save.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re

from textual import on
from textual._context import active_message_pump
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from ..safe_markup import escape
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Button, Checkbox, Footer, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from ...models import (
    EXPERIENCE_LABELS,
    PLAN_TYPE_LABELS,
    SUPERVISION_TYPE_LABELS,
    ActionReview,
    CaseDiscussion,
    ExperienceLevel,
    PlanType,
    Status,
    SupervisionRecord,
    SupervisionType,
)
from ...store import Store, StoreError
from rich.text import Text
from ...safe_text import strip_controls
from ..dates import DateError, DateValidator, parse_date, show_date
from ..memory import settle_memory
from ..record_text import record_markup
from ..scoring import score_saved
from ..steps import Step, child_label, resume_step, steps_for
from ..widgets.action_list import ActionList
from ..widgets.decision_list import DecisionList
from ..widgets.line_area import LineArea
from ..widgets.previous_actions import PreviousActions
from ..widgets.quality_panel import QualityPanel
from ..widgets.step_progress import StepProgress

AUTOSAVE_S = 0.4  # while changed: a killed terminal loses at most the last half second of typing
PLAN_SHORT = {p.value: (label.split("(")[-1].rstrip(")") if "(" in label else label)
              for p, label in PLAN_TYPE_LABELS.items()}
ASSESS_DELAY_S = 0.15
# An answer needs paragraphs: in its box Enter is a new line, and the empty box says how to move on
ANSWER_KEYS = "Enter: a new line · ctrl+n: next step"
RISK_KEYS = "Enter: a new line · Tab: the safety scale"


_SCALE = re.compile(r"(\d{1,3})(?:\s*(?:/|out of)\s*10)?(?:(?:\s*[,;:\u2013\u2014-]|\.(?=\s)|\s)\s*(.*))?", re.S)


def read_scale(text: str) -> tuple[int | None, str]:
    """A safety box's number and the reason typed after it: "4, the shouting has stopped" is
    (4, "the shouting has stopped"); "4/10" is (4, ""); words without a number first are (None, "")."""
    m = _SCALE.fullmatch(text.strip())
    if not m:
        return None, ""
    return int(m.group(1)), (m.group(2) or "").strip()


def _reviewed(d: CaseDiscussion) -> bool:
    """Whether the manager has started reviewing the actions brought in for this child."""
    return any(p.status is not None or p.note.strip() for p in d.previous_actions)


def _field(label: str, widget, error_id: str | None = None) -> Vertical:
    """A label beside a field, and a line for the field's validation message."""
    children = [Horizontal(Label(label, classes="field-label"), widget, classes="field-line")]
    if error_id:
        children.append(Static("", classes="field-error", id=error_id))
    return Vertical(*children, classes="field")


class SupervisionScreen(Screen):
    """A new or continued supervision record."""

    BINDINGS = [
        # Priority, so the step has changed before the next key is delivered: keys typed straight
        # after ctrl+n belong to the next step's field, never to the field being taken away.
        Binding("ctrl+n", "step(1)", "Next", priority=True),
        Binding("ctrl+o", "step(-1)", "Back", priority=True),
        Binding("ctrl+g", "steps", "Steps"),
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "close", "Close"),
        # Enter in a one-line field moves on. Priority, like Tab, so focus moves when the key
        # arrives: keys typed straight after it (a fast typist, a paste) go to the next field.
        Binding("enter", "field_done", show=False, priority=True),
        # Up from the case reference to the children discussed before, also as the key arrives:
        # "Up Enter" sent together picks the child rather than moving on from the empty field.
        Binding("up", "to_known_children", show=False, priority=True),
        # Left and right between buttons side by side ("Add another child", "On to the worker")
        Binding("left", "next_button(-1)", show=False, priority=True),
        Binding("right", "next_button(1)", show=False, priority=True),
    ]

    def __init__(self, store: Store, record: SupervisionRecord, *, today: dt.date,
                 known_supervisees: list[str] | None = None, start_at: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.record = record
        self.today = today
        self.known_supervisees = known_supervisees or []
        self.steps = steps_for(record)
        self.index = self._where_left() if start_at is None else start_at
        self.dirty = False
        self.saved_once = False
        self._saved_json = record.model_dump_json()  # what the store holds (or what nothing changed from)
        self._assess_timer: Timer | None = None
        self._looked_up: dict[str, str] = {d.id: d.case_ref for d in record.discussions if d.previous_actions}
        self._children_offered: list[dict] = []
        self._problems: dict[str, str] = {}  # field -> its message, while what is typed there is invalid
        self._sign_as = ""  # a name typed in "Sign as", kept across steps
        self._scale_text: dict[str, str] = {}  # a safety scale typed but not yet a number 0-10, by child
        # What is typed but cannot be read (a date that does not exist), by field id or action id: the
        # record cannot hold it, so it is shown again as typed when its page comes back, with its message
        self._unread: dict[str, str] = {}

    # Layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="flow-head"):
            yield Static(id="flow-title")
            yield StepProgress(id="flow-progress")
        with Horizontal(id="flow-body"):
            yield Vertical(id="step")
            yield QualityPanel(id="quality")
        yield Footer()

    async def on_mount(self) -> None:
        self.set_interval(AUTOSAVE_S, self._autosave)
        await self._show_step()
        if hasattr(self.app, "keys_ready"):
            self.app.keys_ready()  # keys typed while this opened go to its first field now

    def _where_left(self) -> int:
        """A reopened draft opens at the step it was left on; else at the last that holds something."""
        from ...user import remembered_place

        place = remembered_place(self.record.id)
        keys = [s.key for s in self.steps]
        return keys.index(place) if place in keys else resume_step(self.record, self.steps)

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def _title(self) -> None:
        r = self.record
        who = escape(r.supervisee) if r.supervisee.strip() else "new supervision"
        state = "[$warning]unsaved changes[/]" if self.dirty else ("[$success]draft saved[/]" if self.saved_once else "[dim]draft[/dim]")
        self.query_one("#flow-title", Static).update(
            Content.from_markup(f"[b]Supervision[/b] · {who} · {show_date(r.date)} · {state}")
        )

    def _where(self) -> str:
        s = self.step
        n = len(self.record.discussions)
        if s.child is not None:
            return f"Child {s.child + 1} of {n} · {child_label(self.record, s.child)} · {s.prompt.title}"
        if s.kind == "worker":
            return f"The worker · {s.prompt.title}"
        return s.prompt.title

    async def _show_step(self) -> None:
        """Replace the page with the current step's page."""
        step = self.step
        container = self.query_one("#step", Vertical)
        await container.remove_children()
        child = child_label(self.record, step.child)
        prompt = step.prompt
        header = [
            Static(prompt.help, classes="step-help"),
            Static(Content.from_markup(f"[b]Ask:[/b] [i]{escape(prompt.ask.format(child=child))}[/i]"),
                   classes="step-ask"),
        ]
        if step.kind == "review" and self.app.size.height < 30:
            header = header[1:]  # a small terminal: the record gets the lines, the question stays
        page = self._page(step)
        for widget in page:
            if widget.id == "answer":
                widget.step_key = step.key  # whose answer it is, for its Changed messages
        await container.mount_all([*header, *page])
        self.query_one(StepProgress).set_step(self.index, len(self.steps), self._where())
        panel = self.query_one(QualityPanel)
        panel.display = step.is_child_writing
        if step.is_child_writing:
            self.reassess_now()
        self._title()
        self._focus_first()  # at once, so keys typed straight after a step change land in the page
        if self.record.status == Status.draft:
            from ...user import remember_place

            remember_place(self.record.id, step.key)
        self.call_after_refresh(settle_memory)

    def _focus_first(self) -> None:
        if self.step.kind == "session" and self.record.supervisee.strip():
            # the supervisee chosen on the home screen: start at the first field still to fill
            empty = [box for box in self.query_one("#step").query(Input) if not box.value.strip()]
            if empty:
                self.set_focus(empty[0])
                return
        for widget in self.query_one("#step").query("TextArea, Input, Select, RadioSet, Checkbox, Button"):
            if widget.focusable:
                if isinstance(widget, TextArea):
                    widget.move_cursor(widget.document.end)  # carry on writing where the answer ends
                if isinstance(widget, Input):
                    # the page opening here is no Tab into the field: typing carries on after what is
                    # there rather than replacing it unseen (Tab into a field still selects it)
                    widget.select_on_focus = False
                    widget.cursor_position = len(widget.value)
                # at once: widget.focus() waits its turn behind keys already typed, which would
                # then go to the page just taken away
                self.set_focus(widget)
                return
        # A page with nothing to type in (the review): its scroll takes the keys, so PageDown reads
        # on at once. Never leave focus where it was: that widget has just been taken away, and
        # keys sent to it would go nowhere (Esc, ctrl+o, even ctrl+q) until the terminal is killed.
        scroll = self.query_one("#step").query("VerticalScroll")
        self.set_focus(scroll.first() if scroll else None)

    def _page(self, step: Step) -> list:
        r = self.record
        if step.kind == "session":
            return self._session_page()
        if step.kind == "child":
            d = r.discussions[step.child]
            return [
                *self._known_children_list(step.child),
                _field("Case reference", Input(d.case_ref, placeholder="e.g. CMS-204511", compact=True, id="case-ref")),
                _field("Initials", Input(d.child_initials, placeholder="e.g. K.B. (never a full name)",
                                         compact=True, max_length=8, id="initials")),
                _field("Plan", Select([(label, p.value) for p, label in PLAN_TYPE_LABELS.items()],
                                      value=d.plan_type.value, allow_blank=False, compact=True, id="plan-type")),
                Static("", classes="hint", id="child-hint"),
                Horizontal(Button("Remove this child", id="remove-child", variant="error", compact=True),
                           classes="buttons"),
            ]
        if step.kind == "previous":
            d = r.discussions[step.child]
            return [VerticalScroll(PreviousActions(d.previous_actions, id="previous"), classes="list-scroll")]
        if step.kind == "section":
            d = r.discussions[step.child]
            if step.field == "decisions":
                return [VerticalScroll(DecisionList(d.decisions, id="decisions"), classes="list-scroll")]
            if step.field == "actions":
                return [VerticalScroll(ActionList(d.actions, unread=self._unread, id="actions"),
                                       classes="list-scroll")]
            keys = RISK_KEYS if step.field == "risk" else ANSWER_KEYS
            widgets = [TextArea(getattr(d, step.field), id="answer", soft_wrap=True, placeholder=keys,
                                show_line_numbers=False, tab_behavior="focus")]
            if step.field == "risk":
                # Below the text, so the page starts in the text. A number, then the reason if any
                # ("4, the shouting has stopped"): the number is the scale, the reason joins the risk
                # text on leaving the box. Anything else is kept and the line says why it is no scale.
                widgets.append(_field(
                    "Safety 0-10",
                    # wraps: a reason typed after the number reads whole at 80 columns
                    LineArea(self._scale_text.get(d.id, "" if d.safety_scale is None else str(d.safety_scale)),
                             placeholder="e.g. 4, mum is protective", id="safety-scale"),
                    "safety-error"))
                widgets.append(Static("", classes="hint", id="safety-hint"))
            return widgets
        if step.kind == "more":
            n = len(r.discussions)
            names = ", ".join(child_label(r, i) for i in range(n)) or "none yet"
            return [
                Static(Text(f"Children discussed so far: {strip_controls(names).rstrip('.')}."), classes="hint"),
                Horizontal(
                    Button("Add a child" if n == 0 else "Add another child", id="add-child", variant="primary"),
                    Button("On to the worker", id="no-more"),
                    classes="buttons",
                ),
            ]
        if step.kind == "worker":
            return [TextArea(getattr(r.worker, step.field), id="answer", soft_wrap=True, placeholder=ANSWER_KEYS,
                             show_line_numbers=False, tab_behavior="focus")]
        if step.kind == "review":
            from ...quality import assess_boxes

            both = [assess_boxes(d) for d in r.discussions]
            assessments, boxes = [a for a, _ in both], [b for _, b in both]
            return [VerticalScroll(Static(Content.from_markup(record_markup(r, assessments, boxes=boxes)), id="review-text"),
                                   classes="list-scroll")]
        if step.kind == "sign":
            return self._sign_page()
        raise AssertionError(step.kind)

    def _known_children(self, index: int) -> list[dict]:
        """The supervisee's children discussed before, less those already in this record."""
        from ...store.tui_queries import supervisee_children

        r = self.record
        here = {d.case_ref for i, d in enumerate(r.discussions) if i != index and d.case_ref}
        return [c for c in supervisee_children(self.store, r.supervisee, exclude_record_id=r.id)
                if c["case_ref"] not in here]

    def _known_children_list(self, index: int) -> list:
        """A list to pick the child from (hidden when the supervisee has no earlier children)."""
        children = self._known_children(index)
        self._children_offered = children
        if not children:
            return []
        width = max(len(c["case_ref"]) for c in children)
        options = []
        for c in children:
            plan = PLAN_SHORT.get(c["plan_type"], c["plan_type"])
            last = show_date(dt.date.fromisoformat(c["last"]))
            options.append(Option(Content.assemble(
                f"{c['case_ref']:<{width}}", "  ", f"{c['child_initials'] or '-':<6}", "  ",
                f"{plan:<11}", "  ", (f"last {last}", "dim")), id=c["case_ref"]))
        who = escape(self.record.supervisee.strip())
        return [
            Static(Content.from_markup(
                f"[b]{who}'s children before[/b] [dim]↑ then Enter to pick one, or type a new one below[/dim]"),
                classes="known-title"),
            OptionList(*options, id="known-children", compact=True),
        ]

    @on(OptionList.OptionSelected, "#known-children")
    def _child_picked(self, event: OptionList.OptionSelected) -> None:
        """A child discussed before: their case reference, initials and plan fill the fields."""
        event.stop()
        index = self.step.child
        chosen = next((c for c in self._children_offered if c["case_ref"] == event.option.id), None)
        if index is None or chosen is None:
            return
        d = self.record.discussions[index]
        self._set_case_ref(d, chosen["case_ref"])
        d.child_initials = chosen["child_initials"]
        d.plan_type = PlanType(chosen["plan_type"])
        self.query_one("#case-ref", Input).value = d.case_ref
        self.query_one("#initials", Input).value = d.child_initials
        self.query_one("#plan-type", Select).value = d.plan_type.value
        self._changed()
        hint = self.query_one("#child-hint", Static)
        hint.update(Text(f"{strip_controls(child_label(self.record, index))} filled in. "
                         "Ctrl+N: the actions set for them last time."))
        self.query_one("#case-ref", Input).focus()

    def action_to_known_children(self) -> None:
        known = self.query_one("#known-children", OptionList)
        if known.highlighted is None:
            known.highlighted = 0  # now, not when the list gets round to its focus event: Enter picks it
        self.set_focus(known)

    def _button_row(self) -> list[Button]:
        focused = self.focused
        if not isinstance(focused, Button):
            return []
        return [b for b in focused.parent.children if isinstance(b, Button) and b.focusable]

    def action_next_button(self, by: int) -> None:
        row = self._button_row()
        at = row.index(self.focused) + by
        if 0 <= at < len(row):
            self.set_focus(row[at])

    def _session_page(self) -> list:
        r = self.record
        return [
            VerticalScroll(
                _field("Supervisee", Input(r.supervisee, placeholder="The social worker's name", compact=True,
                                           id="supervisee",
                                           suggester=SuggestFromList(self.known_supervisees, case_sensitive=False))),
                _field("Team", Input(r.team, placeholder="e.g. Assessment North", compact=True, id="team")),
                _field("Date", Input(self._unread.get("date", show_date(r.date)), placeholder="DD/MM/YYYY", compact=True, id="date",
                                     validators=[DateValidator(required=True, today=self.today)]), "date-error"),
                _field("Type", Select([(label, t.value) for t, label in SUPERVISION_TYPE_LABELS.items()],
                                      value=r.type.value, allow_blank=False, compact=True, id="type")),
                _field("Experience", Select([(label, e.value) for e, label in EXPERIENCE_LABELS.items()],
                                            value=r.experience_level.value, allow_blank=False, compact=True,
                                            id="experience")),
                _field("In post since", Input(self._unread.get("started", show_date(r.supervisee_started)), placeholder="DD/MM/YYYY (optional)",
                                              compact=True, id="started", validators=[DateValidator(today=self.today)]),
                       "started-error"),
                _field("Caseload", Input(self._unread.get("caseload", "" if r.caseload is None else str(r.caseload)), placeholder="children allocated",
                                         compact=True, id="caseload", max_length=20),  # (letters show an error, never vanish)
                       "caseload-error"),
                Checkbox("Agenda agreed together", value=bool(r.agenda_agreed_jointly), id="agenda", compact=True),
                classes="list-scroll",
            )
        ]

    def _sign_advice(self) -> Content:
        """What must be put right (errors in fields) and what is advised, as the record stands now."""
        lines = []
        problems = self.problems()
        if problems:
            lines.append("[b $error]To put right before signing[/b $error]")
            lines += [f"[$error]•[/] {escape(p)}" for p in problems]
        lines.append("[b]Before you sign[/b] [dim](advice: nothing here stops you)[/dim]")
        done = "Nothing else outstanding." if problems else "Nothing outstanding."
        lines += [f"[$warning]•[/] {escape(a)}" for a in self.advice()] or [f"[$success]✓[/] {done}"]
        return Content.from_markup("\n".join(lines))

    def _refresh_sign_page(self) -> None:
        """A field's error appeared or went while on the sign page: the lists and a refusal follow it."""
        if self.step.kind != "sign" or not self.query("#advice"):
            return
        self.query_one("#advice", Static).update(self._sign_advice())
        error = self.query_one("#sign-error", Static)
        if error.display:  # a refusal is showing: it says what is still wrong, or goes once nothing is
            problems = self.problems()
            error.update("Not signed. Put right first:\n" + "\n".join(f"• {p}" for p in problems))
            error.display = bool(problems)

    def _sign_page(self) -> list:
        r = self.record
        return [
            VerticalScroll(
                Static(self._sign_advice(), id="advice"),
                _field("Next supervision", Input(self._unread.get("next-supervision", show_date(r.next_supervision)), placeholder="DD/MM/YYYY",
                                                 compact=True, id="next-supervision",
                                                 validators=[DateValidator(future=True, today=self.today)]), "next-error"),
                _field("Sign as", Input(self._sign_as or self.store.actor, compact=True, id="sign-name")),
                Horizontal(
                    Button("Sign as supervisor", id="sign", variant="success"),
                    Button("Keep as draft", id="keep-draft"),
                    classes="buttons",
                ),
                Static("", classes="field-error", id="sign-error"),
                classes="list-scroll",
            )
        ]

    # What the checker and the record's own rules advise ---------------------------------------

    def advice(self) -> list[str]:
        from ...quality import assess, decision_has_reason

        r = self.record
        out = []
        if not r.supervisee.strip():
            out.append("The supervisee's name is missing.")
        for i, d in enumerate(r.discussions):
            who = child_label(r, i)
            if not d.case_ref.strip():
                out.append(f"Child {i + 1} has no case reference.")
            unreviewed = sum(1 for p in d.previous_actions if p.status is None)
            if unreviewed:
                out.append(f"{who}: {unreviewed} action(s) from last time not reviewed.")
            for a in d.actions:
                if a.action.strip() and not a.owner.strip():
                    out.append(f"{who}: action '{a.action.strip()[:40]}' has no owner.")
                elif a.action.strip() and a.due is None:
                    out.append(f"{who}: action '{a.action.strip()[:40]}' has no date.")
            for k in d.decisions:
                if k.decision.strip() and not decision_has_reason(k.decision, k.rationale):
                    out.append(f"{who}: decision '{k.decision.strip()[:40]}' has no rationale.")
            a = assess(d)
            if a.brief_descriptive:
                out.append(f"{who}: the checker finds this discussion brief and descriptive.")
        if not any(getattr(r.worker, f).strip() for f in ("wellbeing", "workload", "development")):
            out.append("Nothing is recorded about the worker's wellbeing, workload or development.")
        return out

    # Live quality -------------------------------------------------------------------------------

    def _schedule_assess(self) -> None:
        if not self.step.is_child_writing:
            return
        if self._assess_timer is not None:
            self._assess_timer.stop()
        self._assess_timer = self.set_timer(ASSESS_DELAY_S, self.reassess_now)

    def reassess_now(self) -> None:
        """Assess the current child's discussion and redraw the panel."""
        from ...quality import assess_boxes, next_prompt

        if self._assess_timer is not None:  # this is the assessment it was waiting to run
            self._assess_timer.stop()
            self._assess_timer = None
        step = self.step
        if step.child is None:
            return
        d = self.record.discussions[step.child]
        a, boxes = assess_boxes(d)
        self.query_one(QualityPanel).show(a, child_label(self.record, step.child), next_prompt(a), boxes.get(step.field))

    # Edits go into the record at once --------------------------------------------------------

    def _changed(self) -> None:
        was = self.dirty
        self.dirty = True
        if not was:
            self._title()

    def _error(self, error_id: str, message: str) -> None:
        """Show (or clear) a field's message; while it shows, the record cannot be signed."""
        where = f"{self._where()}: " if self.step.child is not None else ""
        key = f"{self.step.key}#{error_id}"
        before = dict(self._problems)
        if message:
            self._problems[key] = where + message
        else:
            self._problems.pop(key, None)
        if self._problems != before:
            self._refresh_sign_page()
        try:
            error = self.query_one(f"#{error_id}", Static)
        except Exception:
            return
        error.update(message)
        error.display = bool(message)

    def problems(self) -> list[str]:
        """What is typed but cannot be recorded as it stands (a date that does not exist, ...)."""
        return list(self._problems.values())

    @on(TextArea.Changed, "#answer")
    def _answer_changed(self, event: TextArea.Changed) -> None:
        step = self.step
        if getattr(event.text_area, "step_key", step.key) != step.key:
            return  # from a step already left (its box is gone): never written into this step's answer
        text = event.text_area.text
        if step.kind == "section":
            setattr(self.record.discussions[step.child], step.field, text)
            self._schedule_assess()
        elif step.kind == "worker":
            setattr(self.record.worker, step.field, text)
        self._changed()

    @on(TextArea.Changed, "#safety-scale")
    def _scale_changed(self, event: TextArea.Changed) -> None:
        """A number 0-10 is the scale; a reason may follow it ("4, the shouting has stopped")."""
        step = self.step
        if step.child is None:
            return
        d = self.record.discussions[step.child]
        value = event.text_area.text
        self._scale_text[d.id] = value
        scale, reason = read_scale(value)
        d.safety_scale = scale if scale is not None and scale <= 10 else None
        hint = ""
        if value.strip() and scale is None:
            message = ("The safety scale is a number from 0 to 10, then the reason if you like "
                       "(4, the shouting has stopped). These words are kept: on leaving this step "
                       "they go into the text above.")
        elif scale is not None and scale > 10:
            message = "The safety scale runs from 0 (certain harm) to 10 (safe enough to close)."
        else:
            message = ""
            if reason:
                hint = f"Safety {scale}/10. The reason joins the risk text above when you leave this box."
        self._error("safety-error", message)
        if self.query("#safety-hint"):
            hint_line = self.query_one("#safety-hint", Static)
            hint_line.update(hint)
            hint_line.display = bool(hint)
        if not message:
            self._schedule_assess()
        self._changed()

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        r = self.record
        # the box as it is now: a Changed posted before the box was filled in (at its mount) can
        # arrive after, and must not take back what was filled
        value = event.input.value
        wid = event.input.id
        step = self.step
        d = r.discussions[step.child] if step.child is not None else None
        if wid == "supervisee":
            r.supervisee = value
        elif wid == "team":
            r.team = value
        elif wid == "sign-name":
            self._sign_as = value  # kept while the flow is open (used only when signing)
            return
        elif wid in ("date", "started", "next-supervision"):
            error_id = {"date": "date-error", "started": "started-error", "next-supervision": "next-error"}[wid]
            try:
                day = parse_date(value, today=r.date if wid == "next-supervision" else self.today,
                                 future=wid == "next-supervision", clock=self.today)
            except DateError as e:
                self._unread[wid] = value
                self._error(error_id, str(e))
                return
            if wid == "date":
                if day is None:
                    self._unread[wid] = value
                    self._error(error_id, "The date of the supervision is needed (DD/MM/YYYY).")
                    return
                if r.next_supervision and r.next_supervision < day:
                    r.next_supervision = None
                r.date = day
            elif wid == "started":
                r.supervisee_started = day
            else:
                if day is not None and day < r.date:
                    self._unread[wid] = value
                    self._error(error_id, f"The next supervision cannot be before this one ({show_date(r.date)}).")
                    return
                r.next_supervision = day
            self._unread.pop(wid, None)
            self._error(error_id, "")
        elif wid == "caseload":
            if not value.strip():
                r.caseload = None
                self._error("caseload-error", "")
            elif value.strip().isdigit() and int(value) <= 500:
                r.caseload = int(value)
                self._error("caseload-error", "")
            else:
                self._unread[wid] = value
                self._error("caseload-error", "A caseload is a number of children, 0 to 500.")
                return
            self._unread.pop(wid, None)
        elif wid == "case-ref" and d is not None:
            self._set_case_ref(d, value.strip())
        elif wid == "initials" and d is not None:
            d.child_initials = value.strip()
        else:
            return  # inputs inside the list widgets report through their own messages
        self._changed()

    # Buttons that change the step: Enter on them runs the change before the next key is delivered
    _STEP_BUTTONS = {"add-child": "_add_child", "no-more": "_no_more"}

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "next_button":
            return len(self._button_row()) > 1
        if action == "to_known_children":
            return (self.focused is not None and self.focused.id == "case-ref"
                    and bool(self.query("#known-children")))
        if action == "field_done":
            # elsewhere Enter is the widget's own (a new line, a choice, a button's press)
            field = self.focused
            # a tick box too: Enter moves on (space ticks), as in every other field; it never unticks
            return (isinstance(field, (Input, Checkbox, LineArea))
                    or (isinstance(field, Button) and field.id in self._STEP_BUTTONS))
        return True

    async def action_field_done(self) -> None:
        await self._settle_typing()  # the name typed before Enter is whole before it is looked up
        field = self.focused
        if isinstance(field, Button):
            await getattr(self, self._STEP_BUTTONS[field.id])()
            return
        if isinstance(field, Input) and field.id == "supervisee":
            self.record.supervisee = field.value  # the box is whole now; its Changed may still be on its way
            self._fill_from_supervisee()
        self.focus_next()

    @on(Input.Blurred, "#supervisee")
    def _supervisee_left(self) -> None:
        self._fill_from_supervisee()

    @on(Input.Blurred, "#date, #started, #next-supervision")
    def _date_left(self, event: Input.Blurred) -> None:
        """A date typed short ("15/12") is shown in full on leaving the field: it says which year."""
        r = self.record
        day = {"date": r.date, "started": r.supervisee_started, "next-supervision": r.next_supervision}[event.input.id]
        try:
            typed = parse_date(event.value, today=r.date if event.input.id == "next-supervision" else self.today,
                               future=event.input.id == "next-supervision")
        except DateError:
            return
        if typed is not None and typed == day and event.value.strip() != show_date(day):
            event.input.value = show_date(day)

    def _fill_from_supervisee(self) -> None:
        """A known supervisee: take their team, experience and start date from their last record."""
        from ...store.tui_queries import supervisee_details

        r = self.record
        if not r.supervisee.strip():
            return
        details = supervisee_details(self.store, r.supervisee.strip(), exclude_record_id=r.id)
        if not details:
            return
        if not r.team.strip() and details["team"]:
            r.team = details["team"]
            self.query_one("#team", Input).value = r.team
        if r.supervisee_started is None and details["supervisee_started"]:
            r.supervisee_started = dt.date.fromisoformat(details["supervisee_started"])
            self.query_one("#started", Input).value = show_date(r.supervisee_started)
        r.experience_level = ExperienceLevel(details["experience_level"])
        self.query_one("#experience", Select).value = r.experience_level.value

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        r = self.record
        if event.value is Select.NULL:
            return
        wid = event.select.id
        if wid == "type":
            r.type = SupervisionType(event.value)
        elif wid == "experience":
            r.experience_level = ExperienceLevel(event.value)
        elif wid == "plan-type" and self.step.child is not None:
            r.discussions[self.step.child].plan_type = PlanType(event.value)
        else:
            return
        self._changed()

    @on(Checkbox.Changed, "#agenda")
    def _agenda(self, event: Checkbox.Changed) -> None:
        self.record.agenda_agreed_jointly = event.value
        self._changed()

    @on(DecisionList.Changed)
    def _decisions(self, event: DecisionList.Changed) -> None:
        self.record.discussions[self.step.child].decisions = event.decisions
        self._changed()
        self._schedule_assess()

    @on(ActionList.Changed)
    def _actions(self, event: ActionList.Changed) -> None:
        self.record.discussions[self.step.child].actions = event.actions
        for a in event.actions:
            self._unread.pop(a.id, None)
        if self.query(ActionList):
            self._unread.update(self.query_one(ActionList).unread_dates())
        self._error("due-error", "; ".join(event.problems))
        self._changed()
        self._schedule_assess()

    @on(PreviousActions.Changed)
    def _reviews(self, event: PreviousActions.Changed) -> None:
        self.record.discussions[self.step.child].previous_actions = event.reviews
        self._changed()

    def on_descendant_blur(self, event) -> None:
        if event.widget.id == "safety-scale":
            self._keep_scale_words(leaving_step=False)  # (saves)
        self.save_draft()

    # Children -------------------------------------------------------------------------------

    def _set_case_ref(self, d: CaseDiscussion, case_ref: str) -> None:
        """A new case reference is another child: the actions brought in for the old one go,
        unless the manager has already reviewed them (their work is never thrown away)."""
        if case_ref != d.case_ref and not _reviewed(d):
            d.previous_actions = []
            self._looked_up.pop(d.id, None)
        d.case_ref = case_ref

    def _carry_forward(self, index: int) -> None:
        """Bring in the actions set at this child's previous supervision, to be reviewed."""
        d = self.record.discussions[index]
        if self._looked_up.get(d.id) == d.case_ref:
            return
        if _reviewed(d):
            return  # already reviewed: never throw the manager's work away
        self._looked_up[d.id] = d.case_ref
        prev = self.store.previous_discussion(d.case_ref, before=self.record.date, exclude_record_id=self.record.id)
        d.previous_actions = [
            ActionReview(action_id=a.id, action=a.action, owner=a.owner, due=a.due)
            for a in (prev.actions if prev else [])
            if a.action.strip()
        ]
        self._changed()

    @on(Button.Pressed, "#add-child")
    async def _add_child(self) -> None:
        self.record.discussions.append(CaseDiscussion())
        self._changed()
        self.steps = steps_for(self.record)
        self.index = next(i for i, s in enumerate(self.steps)
                          if s.kind == "child" and s.child == len(self.record.discussions) - 1)
        self.save_draft()
        await self._show_step()

    @on(Button.Pressed, "#no-more")
    async def _no_more(self) -> None:
        await self.action_next()

    @on(Button.Pressed, "#remove-child")
    def _ask_remove_child(self) -> None:
        """Removing a child throws away what was written about them: ask first."""
        from .modals import ConfirmModal

        index = self.step.child
        if index is None:
            return
        d = self.record.discussions[index]
        written = sum(1 for f in d.SECTION_FIELDS if getattr(d, f).strip()) + len(d.decisions) + len(d.actions)
        what = f" and everything written about them ({written} answer(s))" if written else ""
        question = (f"Remove [b]{escape(child_label(self.record, index))}[/b]{what} from this supervision?"
                    "\n[dim]Enter or y removes; Esc or n keeps them.[/dim]")

        async def answer(remove: bool | None) -> None:
            if remove:
                await self._remove_child(index)

        self.app.push_screen(ConfirmModal("Remove this child?", question, yes="Remove", no="Keep"), answer)

    async def _remove_child(self, index: int) -> None:
        del self.record.discussions[index]
        self._changed()
        self.steps = steps_for(self.record)
        self.index = next(i for i, s in enumerate(self.steps) if s.kind == "more")
        self.save_draft()
        await self._show_step()

    # Moving between steps ------------------------------------------------------------------------

    async def _settle_typing(self) -> None:
        """Wait until what was typed before this key has reached the record.

        ctrl+n is handled as it arrives, but the keys before it may still be queued at the
        field, and its Changed messages on their way up to this screen. A callback queued at
        each of them, in turn, runs only after what they already hold: once the last has run,
        the page can be taken away without losing a character.
        """
        node = self.focused
        chain = []
        while node is not None and node is not self:
            chain.append(node)
            node = node.parent
        chain.append(self)
        # Twice: a key handled in the first pass posts its Changed message behind our callback,
        # and that message reaches this screen only in the second.
        for pump in chain * 2:
            if pump is active_message_pump.get(None):
                continue  # (the pump running this cannot also run the callback)
            reached = asyncio.Event()
            if pump.call_later(reached.set):
                await reached.wait()

    async def action_step(self, by: int) -> None:
        await self._settle_typing()
        await self.go_to(self.index + by)

    async def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        if index == self.index:
            return
        leaving = self.step
        self._keep_scale_words()
        if leaving.kind == "child":
            d = self.record.discussions[leaving.child]
            if d.case_ref:
                self._carry_forward(leaving.child)
        self.save_draft()
        self.index = index
        await self._show_step()


    def keep_scale_words(self) -> None:
        """Before the app quits: what the safety box holds joins the record as on leaving the step."""
        if self.is_mounted:
            self._keep_scale_words()

    def _keep_scale_words(self, leaving_step: bool = True) -> None:
        """What the safety box holds besides its number joins the risk text, visibly, as the box is
        left: "4, the shouting has stopped" keeps 4 as the scale and the reason in the text. Words
        that are no scale at all ("scaled 8 because ...") join it whole, and the scale stays empty."""
        step = self.step
        if step.field != "risk" or not self.query("#safety-scale"):
            return
        d = self.record.discussions[step.child]
        box = self.query_one("#safety-scale", LineArea)
        folded = _fold_scale_words(d.risk, box.value, leaving_step)
        if folded is None:
            return
        d.risk, d.safety_scale, left = folded
        said = (f"Safety {d.safety_scale}/10; the reason was added to the risk text." if left
                else "The words typed in the safety box were added to the risk text.")
        self._scale_text.pop(d.id, None)
        if self.query("#answer"):
            answer = self.query_one("#answer", TextArea)
            with answer.prevent(TextArea.Changed):  # (the record has it already)
                answer.text = d.risk  # shown where it went
        with box.prevent(TextArea.Changed):
            box.value = left
        self._error("safety-error", "")
        if self.query("#safety-hint"):
            self.query_one("#safety-hint", Static).display = False
        self._changed()
        self._schedule_assess()
        if not leaving_step:
            self.save_draft()  # a field left is saved (the step's change saves it otherwise)
        self.notify(said, timeout=4)

    async def action_next(self) -> None:
        await self.go_to(self.index + 1)

    def action_steps(self) -> None:
        from .modals import StepListModal

        labels = []
        for i, s in enumerate(self.steps):
            if s.child is not None:
                labels.append(f"{child_label(self.record, s.child)} · {s.prompt.title}")
            elif s.kind == "worker":
                labels.append(f"Worker · {s.prompt.title}")
            else:
                labels.append(s.prompt.title)

        async def chosen(index: int | None) -> None:
            if index is not None:
                await self.go_to(index)

        self.app.push_screen(StepListModal(labels, self.index), chosen)

    # Saving and signing ------------------------------------------------------------------------

    def save_draft(self, score: bool = True) -> bool:
        """Save the record if it has unsaved changes; True when it is safely in the store.

        `score`: also score it (in the background). The half-second autosave while typing
        does not: the next step change, close or signature does.
        """
        if not self.dirty or self.record.status != Status.draft:
            return not self.dirty
        put_back = self._fold_safety_box_for_saving()
        try:
            current = self.record.model_dump_json()
            if current == self._saved_json:  # a field was only visited, or changed and changed back
                self.dirty = False
                if self.is_mounted:
                    self._title()
                return True
            try:
                self.record = self.store.save(self.record)
            except StoreError as e:
                self.notify(str(e), title="Not saved", severity="error")
                return False
            self._saved_json = self.record.model_dump_json()
        finally:
            put_back()
        self.dirty = False
        self.saved_once = True
        if score:
            score_saved(self.app, self.store, self.record)
        if self.is_mounted:
            self._title()
        return True

    def _fold_safety_box_for_saving(self):
        """A reason typed after the number in the safety box goes into the draft as soon as it is
        typed, as if the box were left, so a terminal killed meanwhile loses none of it; on screen
        it stays in the box until the box is left. Returns what puts the screen's record back."""
        step = self.step
        if step.field != "risk" or step.child is None or not self.query("#safety-scale"):
            return lambda: None
        d = self.record.discussions[step.child]
        folded = _fold_scale_words(d.risk, self.query_one("#safety-scale", LineArea).value, leaving_step=True)
        if folded is None:
            return lambda: None
        risk, scale = d.risk, d.safety_scale
        d.risk, d.safety_scale, _ = folded

        def put_back() -> None:
            d.risk, d.safety_scale = risk, scale

        return put_back

    def _autosave(self) -> None:
        if self.dirty:
            self.save_draft(score=False)

    def action_save(self) -> None:
        self.dirty = True
        if self.save_draft():
            self.notify("Draft saved.", timeout=2)

    def action_close(self) -> None:
        self._keep_scale_words()
        self.save_draft()
        self.dismiss(self.record.id if self.saved_once else None)

    @on(Button.Pressed, "#keep-draft")
    def _keep(self) -> None:
        self.action_close()

    @on(Button.Pressed, "#sign")
    def _sign(self) -> None:
        problems = self.problems()
        if problems:
            # A signed record can never be corrected: nothing typed wrongly may be signed.
            error = self.query_one("#sign-error", Static)
            error.update("Not signed. Put right first:\n" + "\n".join(f"• {p}" for p in problems))
            error.display = True
            self.notify(problems[0], title="Not signed", severity="error")
            return
        name = self.query_one("#sign-name", Input).value.strip() or self.store.actor
        self.dirty = True
        self._saved_json = ""  # the record must be in the store before it is signed
        if not self.save_draft():
            return
        try:
            self.record = self.store.sign_as_supervisor(self.record.id, name)
        except StoreError as e:
            self.notify(str(e), title="Not signed", severity="error")
            return
        score_saved(self.app, self.store, self.record)
        self.notify(f"Signed by {name}. The supervisee can now agree or record their view.", timeout=4)
        self.dismiss(self.record.id)


__all__ = ["AUTOSAVE_S", "SupervisionScreen"]


def _fold_scale_words(risk: str, words: str, leaving_step: bool) -> tuple[str, int | None, str] | None:
    """The risk text, scale and what stays in the box once the safety box's words join the risk
    text; None when there is nothing to move (a bare number, or words without one while the step
    is not being left)."""
    words = words.strip()
    scale, reason = read_scale(words)
    if not words or (scale is not None and not reason):
        return None
    if scale is not None and scale <= 10:
        added, left = f"Safety scale {scale}/10: {reason}", str(scale)
    elif not leaving_step:
        return None  # no scale yet: the words wait in the box (its line says why) until the step is left
    else:
        added, left = words, ""
    risk = f"{risk.rstrip()}\n\n{added}" if risk.strip() else added
    return risk, (scale if left else None), left
