"""Keys typed while a screen opens wait for it, then arrive in order; a choice's keys act at once.

"n" then a name, or Enter on a row then the first words, come in one burst from tmux, a
paste or a fast typist. The screen they are meant for is still mounting when they arrive:
without this they land on the screen being left ("s" there opens the supervisor filter)
or nowhere. From the key that opens a screen until that screen says it is ready (or
`HOLD_S` has passed, so that a key never waits for a screen that does not come), keys wait
here; then each is handled as if it had just arrived.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.timer import Timer
from textual.widgets import Checkbox, RadioSet

# Widgets that take no typing, only keys bound to choices: their keys are acted on as they arrive
KEYS_ON_ARRIVAL = (RadioSet, Checkbox)

HOLD_S = 1.0


class HeldKeys(App):
    """An App mixin: `hold_keys()` as a key opens a screen, `keys_ready()` once it has its focus."""

    _held_keys: list[events.Key] | None = None
    _hold_timer: Timer | None = None

    def hold_keys(self) -> None:
        if self._held_keys is None:
            self._held_keys = []
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(HOLD_S, self._release_keys)

    def keys_ready(self) -> None:
        if self._held_keys is not None:
            self.call_later(self._release_keys)  # behind any key already queued: it is held too

    async def _release_keys(self) -> None:
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        held = self._held_keys or []
        self._held_keys = None
        for event in held:
            await super().on_event(event)

    async def on_event(self, event: events.Event) -> None:
        # (a key already delivered, bubbling back up to the app for its bindings, is not held)
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held_keys is not None:
                self._held_keys.append(event)
                return
            if isinstance(self.focused, KEYS_ON_ARRIVAL) and await self._bound_now(event.key):
                return
        await super().on_event(event)

    async def _bound_now(self, key: str) -> bool:
        """A choice's own keys (space in a tick box, right and space in a set of options) are acted on
        as they arrive. Left to bubble back up, a key sent just before Tab was acted on by whatever had
        the focus by then: "Done" for one action ticked the next one's instead."""
        return await self._check_bindings(key, priority=True) or await self._check_bindings(key)
