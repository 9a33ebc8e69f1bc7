"""Who is using the program: the person's name and role, and the OS account they are logged in as.

A manager names themselves once; the name and role are kept in `user.json` in their config
directory (platformdirs), and `$SUPERVISION_TUI_USER` ("Name" or "Name, role") overrides the
file for one run. The name is what records show (supervisor, signer, addendum author); the
store's audit log keeps the OS account beside it, so a shared login is still traceable.
No textual, no rich: the TUI asks, this module keeps.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

ENV_USER = "SUPERVISION_TUI_USER"
ENV_CONFIG_DIR = "SUPERVISION_TUI_CONFIG_DIR"  # tests and portable installs: where user.json lives
ROLES = ("Team manager", "Senior practitioner", "Practice supervisor", "Service manager",
         "Quality lead", "Auditor")


class UserError(ValueError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    role: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise UserError("a name is needed: the one your records should carry")
        if len(self.name) > 80 or len(self.role) > 80:
            raise UserError("a name or role is at most 80 characters")

    @property
    def label(self) -> str:
        """"Priya Shah, Team manager", or the name alone."""
        return f"{self.name}, {self.role}" if self.role.strip() else self.name


def os_account() -> str:
    """The login name the program runs under (what a shared terminal cannot hide)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container without a passwd entry)
        return f"uid-{os.getuid()}"


def config_dir() -> Path:
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("supervision-tui", appauthor=False))


def config_path() -> Path:
    return config_dir() / "user.json"


def from_env() -> User | None:
    """`$SUPERVISION_TUI_USER`: "Priya Shah" or "Priya Shah, Team manager"."""
    value = os.environ.get(ENV_USER, "").strip()
    if not value:
        return None
    name, _, role = value.partition(",")
    return User(name.strip(), role.strip())


def load_user() -> User | None:
    """The user: `$SUPERVISION_TUI_USER`, else the saved file, else None (not named yet)."""
    user = from_env()
    if user is not None:
        return user
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return User(str(data["name"]).strip(), str(data.get("role", "")).strip())
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none saved yet, or unreadable: ask again rather than guess


def save_user(user: User) -> Path:
    """Keep the name and role for next time, readable by the user only."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(asdict(user), f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)
    return path


# Where the user left each draft: reopened, a draft opens at that step, not the one before -----

PLACES_KEPT = 50


def _places_path() -> Path:
    return config_dir() / "places.json"


def remembered_place(record_id: str) -> str | None:
    try:
        return json.loads(_places_path().read_text(encoding="utf-8")).get(record_id)
    except (OSError, ValueError, AttributeError):
        return None


def remember_place(record_id: str, place: str) -> None:
    """Keep `place` (a step of the flow) for this draft; the oldest go beyond PLACES_KEPT."""
    path = _places_path()
    try:
        places = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(places, dict):
            places = {}
    except (OSError, ValueError):
        places = {}
    places.pop(record_id, None)
    places[record_id] = place
    places = dict(list(places.items())[-PLACES_KEPT:])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(places, f)
    except OSError:
        pass  # only a convenience: the draft itself is in the store
