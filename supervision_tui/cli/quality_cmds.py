"""`supervision-tui check`: assess one note (free text, a case discussion, or a whole record)."""

from __future__ import annotations

import json
import sys

import click

COMMANDS: list[click.Command] = []


def _read_input(source: str | None) -> str:
    from ..limits import MAX_JSON_CHARS

    # read at most one character past the largest input anything accepts: a 50 MB note is
    # refused in a moment, not checked for minutes
    if source is None or source == "-":
        return sys.stdin.read(MAX_JSON_CHARS + 1)
    try:
        with open(source, encoding="utf-8") as f:
            return f.read(MAX_JSON_CHARS + 1)
    except FileNotFoundError:
        raise click.ClickException(f"{source}: no such file") from None
    except IsADirectoryError:
        raise click.ClickException(f"{source}: is a directory, not a note") from None
    except UnicodeDecodeError:
        raise click.ClickException(f"{source}: not UTF-8 text") from None
    except OSError as e:
        raise click.ClickException(f"{source}: {e.strerror or e}") from None


def _items(text: str):
    """(id, label, Assessment) for each thing the input holds."""
    from pydantic import ValidationError

    from ..models import CaseDiscussion, SupervisionRecord
    from ..quality import assess, assess_text
    from .common import describe_validation_error

    from .. import limits

    stripped = text.strip()
    if not stripped:
        raise click.ClickException("the note is empty: nothing to check")
    try:
        if not stripped.startswith("{"):
            return [(None, "note", assess_text(limits.check_text(text)))]
        data = limits.loads(stripped)
    except json.JSONDecodeError as e:
        raise click.ClickException(f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    except limits.LimitError as e:
        raise click.ClickException(str(e)) from None
    if not isinstance(data, dict):
        raise click.ClickException("expected a JSON object (a case discussion or a supervision record)")
    try:
        if "discussions" in data or "supervisor" in data or "date" in data:
            record = SupervisionRecord.model_validate(data)
            if not record.discussions:
                raise click.ClickException("the record has no case discussions to check")
            return [
                (d.id, f"{d.child_initials or 'child'} {d.case_ref}".strip(), assess(d))
                for d in record.discussions
            ]
        d = CaseDiscussion.model_validate(data)
    except ValidationError as e:
        raise click.ClickException(f"not a valid record or case discussion: {describe_validation_error(e)}") from None
    return [(d.id, f"{d.child_initials or 'child'} {d.case_ref}".strip(), assess(d))]


def _render(console, label: str, a) -> None:
    from rich.table import Table

    from .common import esc

    from ..models import BAND_LABELS
    from ..quality import next_prompt
    from ..quality.rubric import SPECS

    colour = {"inadequate": "red", "requires_improvement": "yellow", "good": "green", "outstanding": "bold green"}[
        a.band.value
    ]
    verdict = "[red]brief and descriptive[/]" if a.brief_descriptive else "[green]not brief or descriptive[/]"
    console.print(
        f"[bold]{esc(label)}[/]  score [bold]{a.score}[/]/100  band [{colour}]{BAND_LABELS[a.band]}[/]  {verdict}"
        f"  [dim](rubric {a.rubric_version})[/]"
    )
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("", width=2, no_wrap=True)
    table.add_column("Criterion", no_wrap=True)
    table.add_column("Strength", justify="right", no_wrap=True)
    table.add_column("Evidence, or the question to answer")
    for cid, c in a.criteria.items():
        key = cid.value if hasattr(cid, "value") else str(cid)
        mark = "[green]✓[/]" if c.met else "[red]✗[/]"
        text = esc(c.evidence) if c.met else f"[italic]{esc(c.prompt)}[/]"
        table.add_row(mark, SPECS[key].title, f"{c.strength:.2f}", text)
    console.print(table)
    console.print(f"[bold]Next:[/] {esc(next_prompt(a))}")


@click.command("check")
@click.argument("source", required=False, metavar="[FILE|-]")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per assessed item.")
def check(source: str | None, as_json: bool) -> None:
    """Assess one note: free text, a case discussion as JSON, or a whole record as JSON.

    Reads FILE, or standard input when FILE is "-" or missing. Prints the score, the band,
    Ofsted's "brief, descriptive" verdict and each criterion with its evidence or the
    question that would meet it.
    """
    text = _read_input(source)
    items = _items(text)
    if as_json:
        for item_id, _label, a in items:
            out = a.model_dump(mode="json")
            if item_id:
                out = {"id": item_id, **out}
            click.echo(json.dumps(out, ensure_ascii=False))
        return
    from rich.console import Console

    console = Console()
    for i, (_item_id, label, a) in enumerate(items):
        if i:
            console.print()
        _render(console, label, a)


COMMANDS.append(check)
