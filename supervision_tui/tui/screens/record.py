"""One record, read-only: the whole record with its assessment, sign-offs, addenda and audit trail.

From here a draft is continued, a draft is signed, the supervisee responds to a
signed record, and a signed record is given an addendum (never edited).
"""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from ..safe_markup import escape
from textual.screen import Screen
from textual.widgets import Footer, Static

from ...models import Status, SupervisionRecord
from ...store import Store, StoreError
from ..record_text import record_markup, supervisee_agrees
from ..scoring import score_saved
from .modals import AddendumModal, AddendumText, Response, ResponseModal, SignModal


class RecordScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("e", "edit", "Continue"),
        Binding("s", "sign", "Sign"),
        Binding("r", "respond", "Response", tooltip="The supervisee agrees, or says why not in their own words"),
        Binding("a", "addendum", "Addendum"),
        Binding("u", "audit", "Audit"),
    ]

    def __init__(self, store: Store, record_id: str, find: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.record_id = record_id
        self.find = find  # words searched for: highlighted, and the page opens at the first
        self.record: SupervisionRecord = store.load(record_id)

    def compose(self) -> ComposeResult:
        yield Static(id="record-title")
        with VerticalScroll(id="record-scroll"):
            yield Static(id="record-text")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_record()
        self.query_one("#record-scroll").focus()
        if self.find:
            self.call_after_refresh(self._scroll_to_match)
        if hasattr(self.app, "keys_ready"):
            self.app.keys_ready()  # keys typed while this opened (PageDown, a) are this page's

    def _find_pattern(self) -> re.Pattern | None:
        words = [re.escape(w) for w in (self.find or "").replace('"', " ").split() if w]
        # the search matches word stems ("attend" finds "attendance"): so does the highlight
        return re.compile(r"\b(?:" + "|".join(words) + r")\w*", re.IGNORECASE) if words else None

    def _scroll_to_match(self) -> None:
        """Open at the first line the search matched, a little above it."""
        pattern = self._find_pattern()
        text = self.query_one("#record-text", Static)
        if pattern is None or text.content_region.width <= 0:
            return
        lines = self._content.wrap(text.content_region.width)
        for y, line in enumerate(lines):
            if pattern.search(line.plain):
                self.query_one("#record-scroll").scroll_to(y=max(0, y - 2), animate=False)
                return

    def refresh_record(self) -> None:
        from ...quality import assess

        self.record = self.store.load(self.record_id)
        r = self.record
        assessments = [assess(d) for d in r.discussions]
        audit = self.store.audit_entries(self.record_id)
        from ...store.audits import audits_for
        from ..audit_text import audits_markup

        content = Content.from_markup(
            record_markup(r, assessments, audit) + audits_markup(audits_for(self.store, self.record_id)))
        pattern = self._find_pattern()
        if pattern is not None:
            content = content.highlight_regex(pattern, style="reverse bold")
        self._content = content
        self.query_one("#record-text", Static).update(content)
        hint = {
            Status.draft: "draft",
            Status.completed: "awaiting the supervisee",
            Status.agreed: "signed by both" if supervisee_agrees(r) is not False else "signed; the supervisee disagrees",
        }[r.status]
        self.query_one("#record-title", Static).update(
            Content.from_markup(f"[b]Record[/b] · {escape(r.supervisee)} · {r.date:%d/%m/%Y} · [dim]{hint}[/dim]"))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """Offer only what the record's state allows (greyed out in the footer otherwise)."""
        status = self.record.status
        if action in ("edit", "sign"):
            return status == Status.draft
        if action == "respond":
            return status == Status.completed
        if action in ("addendum", "audit"):
            return status != Status.draft
        return True

    def action_back(self) -> None:
        self.dismiss(None)

    def action_audit(self) -> None:
        from .audit import AuditScreen

        def done(audit_id: str | None) -> None:
            if audit_id:
                self.refresh_record()

        self.app.push_screen(AuditScreen(self.store, self.record_id), done)

    def action_edit(self) -> None:
        self.dismiss("edit")

    def action_sign(self) -> None:
        r = self.record
        summary = (f"Supervision with {escape(r.supervisee)}, {len(r.discussions)} child(ren). "
                   "After signing, the record can only be added to.")

        def done(name: str | None) -> None:
            if name:
                try:
                    signed = self.store.sign_as_supervisor(self.record_id, name)
                except StoreError as e:
                    self.notify(str(e), severity="error")
                else:
                    score_saved(self.app, self.store, signed)
                self.refresh_record()

        self.app.push_screen(SignModal(self.store.actor, summary), done)  # the user signs, as themselves

    def action_respond(self) -> None:
        def done(response: Response | None) -> None:
            if response:
                try:
                    self.store.record_supervisee_response(self.record_id, response.name, response.agrees,
                                                          response.comment)
                except StoreError as e:
                    self.notify(str(e), severity="error")
                self.refresh_record()

        self.app.push_screen(ResponseModal(self.record.supervisee), done)

    def action_addendum(self) -> None:
        def done(addendum: AddendumText | None) -> None:
            if addendum:
                try:
                    self.store.add_addendum(self.record_id, self.store.actor, addendum.reason, addendum.text)
                except StoreError as e:
                    self.notify(str(e), severity="error")
                self.refresh_record()

        self.app.push_screen(AddendumModal(self.store.actor), done)
