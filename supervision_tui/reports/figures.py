"""The quality leads' figures, as plain data: one `Report` that the command line
prints (table, JSON, CSV) and the dashboard draws.

Pure Python over the store's report queries (`store/reports.py`): no textual,
no rich. Every figure row carries a `drill` (not exported) naming the records
behind it, so any face can show them.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from dataclasses import dataclass, field, fields, is_dataclass

from ..models import CRITERIA, ExperienceLevel
from ..store import RecordFilter, Store
from ..store import reports as q
from .overdue import OverduePolicy, overdue_status

BANDS = q.BANDS
HISTORY_KINDS = ("copied_forward", "action_copied", "action_not_reviewed")


@dataclass(frozen=True)
class ReportOptions:
    filt: RecordFilter = field(default_factory=RecordFilter)
    today: dt.date | None = None  # None: the real today
    not_discussed_weeks: int = 8
    policy: OverduePolicy = field(default_factory=OverduePolicy)
    limit: int | None = 100  # longest lists (children, findings, unsigned records) keep this many
    include_history: bool = True

    @property
    def day(self) -> dt.date:
        return self.today or dt.date.today()

    @property
    def as_of(self) -> dt.date:
        """Where "not discussed" is measured from: --today, else the period's end when it is
        past, else today."""
        if self.today:
            return self.today
        if self.filt.date_to and self.filt.date_to < dt.date.today():
            return self.filt.date_to
        return dt.date.today()


# --- Figures ---------------------------------------------------------------------------------


@dataclass
class BandFigure:
    """Band distribution and mean score of the scored discussions in one group."""

    key: str  # the team, supervisor or month
    discussions: int
    bands: dict[str, int]
    mean_score: float
    brief_descriptive: int
    brief_descriptive_pct: float
    team: str = ""  # by supervisor: their team
    trend: list[float] = field(default_factory=list)  # monthly mean scores, oldest first
    change: float | None = None  # by month: mean score minus the month before's
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)

    @property
    def direction(self) -> str:
        """'up', 'down' or 'flat': the month-on-month (or first-to-last month) trend."""
        delta = self.change
        if delta is None and len(self.trend) >= 2:
            delta = self.trend[-1] - self.trend[0]
        if delta is None or abs(delta) < 1:
            return "flat"
        return "up" if delta > 0 else "down"


@dataclass
class MissingCriterion:
    criterion: str
    missing: int
    pct: float
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)


@dataclass
class CriteriaFigure:
    """The criteria a team's discussions most often miss, most missed first."""

    team: str
    discussions: int
    missing: list[MissingCriterion]


@dataclass
class OverdueFigure:
    supervisee: str
    team: str
    supervisor: str
    experience_level: str
    supervisee_started: dt.date | None
    last_supervision: dt.date
    rule: str
    interval_days: int
    due: dt.date
    days_since: int
    days_overdue: int
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass
class LevelSummary:
    experience_level: str
    supervisees: int
    overdue: int


@dataclass
class ChildFigure:
    """A child not discussed in supervision for longer than the report's threshold."""

    case_ref: str
    child_initials: str
    plan_type: str
    last_discussed: dt.date
    weeks_since: int
    team: str
    supervisor: str
    supervisee: str
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)


@dataclass
class HistoryFigure:
    """A copied-forward note or action, or a previous action never reviewed."""

    kind: str
    case_ref: str
    date: dt.date
    team: str
    supervisor: str
    record_id: str
    discussion_id: str
    message: str
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)


@dataclass
class UnsignedTeam:
    team: str
    drafts: int
    awaiting_supervisee: int
    oldest: dt.date | None
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)


@dataclass
class UnsignedRecord:
    id: str
    date: dt.date
    team: str
    supervisor: str
    supervisee: str
    status: str
    days_unsigned: int
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)


@dataclass
class Report:
    today: dt.date
    filters: dict
    policy: dict
    not_discussed_weeks: int
    coverage: dict[str, int]
    by_team: list[BandFigure]
    by_supervisor: list[BandFigure]
    by_month: list[BandFigure]
    criteria_missing: list[CriteriaFigure]
    overdue: list[OverdueFigure]  # every supervisee, most overdue first
    overdue_by_level: list[LevelSummary]
    not_discussed: list[ChildFigure]  # longest first, at most `limit`
    not_discussed_total: int
    not_discussed_as_of: dt.date  # a child's last discussion anywhere up to this day counts
    history: list[HistoryFigure] | None  # most recent first, at most `limit`; None when not computed
    history_counts: dict[str, int]
    history_by_team: dict[str, dict[str, int]]
    unsigned_by_team: list[UnsignedTeam]
    unsigned: list[UnsignedRecord]  # oldest first, at most `limit`
    unsigned_total: int

    def to_dict(self) -> dict:
        """Plain JSON-ready data (dates as ISO strings, no drill-downs)."""
        return _plain(self)


def _plain(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj) if f.name != "drill"}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- Building the report ----------------------------------------------------------------------


def band_figures(store: Store, filt: RecordFilter, by: str) -> list[BandFigure]:
    """Band distribution and mean score by "team", "supervisor" or "month", with the trend."""
    rows = q.band_rows(store, filt, by)
    trends = q.monthly_means(store, filt, by) if by != "month" else {}
    out: list[BandFigure] = []
    previous_mean: float | None = None
    for row in rows:
        if by == "team":
            drill = q.Drill(_narrow(filt, team=row.key), scored=True)
        elif by == "supervisor":
            drill = q.Drill(_narrow(filt, supervisor=row.key), scored=True)
        else:
            drill = q.Drill(filt, month=row.key, scored=True)
        fig = BandFigure(
            key=row.key,
            discussions=row.n,
            bands=row.bands,
            mean_score=row.mean_score,
            brief_descriptive=row.brief_descriptive,
            brief_descriptive_pct=_pct(row.brief_descriptive, row.n),
            team=row.extra,
            trend=[mean for _, _, mean in trends.get(row.key, [])],
            drill=drill,
        )
        if by == "month":
            fig.change = None if previous_mean is None else round(row.mean_score - previous_mean, 1)
            previous_mean = row.mean_score
        out.append(fig)
    if by == "month":
        series = [f.mean_score for f in out]
        for i, f in enumerate(out):
            f.trend = series[: i + 1]
    return out


def _narrow(filt: RecordFilter, **kw) -> RecordFilter:
    data = {f.name: getattr(filt, f.name) for f in fields(filt)}
    data.update(kw)
    return RecordFilter(**data)


def criteria_figures(store: Store, filt: RecordFilter) -> list[CriteriaFigure]:
    out = []
    for team, n, missing in q.criteria_missing(store, filt):
        items = [
            MissingCriterion(c, missing[c], _pct(missing[c], n),
                             q.Drill(_narrow(filt, team=team), criterion_missing=c))
            for c in CRITERIA
        ]
        # most missed first; ties in the rubric's order
        items.sort(key=lambda m: (-m.missing, CRITERIA.index(m.criterion)))
        out.append(CriteriaFigure(team, n, items))
    return out


def overdue_figures(
    store: Store, filt: RecordFilter, today: dt.date, policy: OverduePolicy
) -> tuple[list[OverdueFigure], list[LevelSummary]]:
    """Every supervisee's standing against the policy on `today` (the date filters do not apply:
    overdue is about now)."""
    base = _narrow(filt, date_from=None, date_to=None)
    figs = []
    for row in q.last_supervisions(store, base, today):
        last = dt.date.fromisoformat(row["last_date"])
        started = _date(row["supervisee_started"])
        st = overdue_status(row["experience_level"], started, last, today, policy)
        figs.append(
            OverdueFigure(
                supervisee=row["supervisee"],
                team=row["team"],
                supervisor=row["supervisor"],
                experience_level=row["experience_level"],
                supervisee_started=started,
                last_supervision=last,
                rule=st.rule,
                interval_days=st.interval_days,
                due=st.due,
                days_since=st.days_since,
                days_overdue=st.days_overdue,
                drill=q.Drill(_narrow(base, supervisee=row["supervisee"]), until=today.isoformat()),
            )
        )
    figs.sort(key=lambda f: (-f.days_overdue, f.supervisee))
    levels = []
    for level in ExperienceLevel:
        of_level = [f for f in figs if f.experience_level == level.value]
        levels.append(LevelSummary(level.value, len(of_level), sum(f.overdue for f in of_level)))
    return figs, levels


def not_discussed_figures(
    store: Store, filt: RecordFilter, today: dt.date, weeks: int, limit: int | None
) -> tuple[list[ChildFigure], int]:
    """Children discussed in the filter whose last discussion anywhere, up to `today`, is more
    than `weeks` weeks before `today`."""
    since = today - dt.timedelta(weeks=weeks)
    out, total = [], 0
    for row in q.children_not_discussed(store, filt, today, since):
        total += 1
        if limit is None or len(out) < limit:
            last = dt.date.fromisoformat(row["last_date"])
            out.append(
                ChildFigure(
                    case_ref=row["case_ref"],
                    child_initials=row["child_initials"],
                    plan_type=row["plan_type"],
                    last_discussed=last,
                    weeks_since=(today - last).days // 7,
                    team=row["team"],
                    supervisor=row["supervisor"],
                    supervisee=row["supervisee"],
                    drill=q.Drill(RecordFilter(), case_ref=row["case_ref"], until=today.isoformat()),
                )
            )
    return out, total


def history_figures(
    store: Store, filt: RecordFilter, limit: int | None
) -> tuple[list[HistoryFigure], dict[str, int], dict[str, dict[str, int]]]:
    """Copied-forward notes and actions, and previous actions never reviewed.

    Walks each child's discussions in date order (streamed from SQLite), asking
    the checker to compare each discussion in the filter with the one before it.
    Keeps the counts of every finding and the `limit` most recent findings.
    """
    from ..models import CaseDiscussion
    from ..quality import history_findings

    parse = CaseDiscussion.model_validate_json
    counts: Counter[str] = Counter()
    by_team: dict[str, Counter[str]] = {}
    kept: list[tuple] = []  # a min-heap on (date, seq): the most recent `limit` findings
    seq = 0
    case = None
    prev_body: str | None = None
    prev_parsed = None
    for case_ref, in_filter, rid, did, date, team, supervisor, body in q.case_history(store, filt):
        if case_ref != case:
            case, prev_body, prev_parsed = case_ref, None, None
        if in_filter:
            current = parse(body)
            if prev_parsed is None and prev_body is not None:
                prev_parsed = parse(prev_body)
            for finding in history_findings(current, prev_parsed):
                counts[finding.kind] += 1
                by_team.setdefault(team, Counter())[finding.kind] += 1
                seq += 1
                item = (date, seq, HistoryFigure(
                    kind=finding.kind, case_ref=case_ref, date=dt.date.fromisoformat(date), team=team,
                    supervisor=supervisor, record_id=rid, discussion_id=did, message=finding.message,
                    drill=q.Drill(RecordFilter(), record_ids=(rid,)),
                ))
                if limit is None or len(kept) < limit:
                    heapq.heappush(kept, item)
                elif limit and item[:2] > kept[0][:2]:
                    heapq.heapreplace(kept, item)
            prev_parsed = current
        else:
            prev_parsed = None
        prev_body = body
    findings = [item[2] for item in sorted(kept, key=lambda i: i[:2], reverse=True)]
    return (
        findings,
        {k: counts.get(k, 0) for k in (*HISTORY_KINDS, *sorted(set(counts) - set(HISTORY_KINDS)))},
        {team: dict(c) for team, c in sorted(by_team.items())},
    )


def unsigned_figures(
    store: Store, filt: RecordFilter, today: dt.date, limit: int | None
) -> tuple[list[UnsignedTeam], list[UnsignedRecord], int]:
    teams = [
        UnsignedTeam(team, drafts, awaiting, _date(oldest),
                     q.Drill(_narrow(filt, team=team), statuses=("draft", "completed"), until=today.isoformat()))
        for team, drafts, awaiting, oldest in q.unsigned_counts(store, filt, today)
    ]
    total = sum(t.drafts + t.awaiting_supervisee for t in teams)
    records = []
    for row in q.unsigned_records(store, filt, today, limit):
        day = dt.date.fromisoformat(row["date"])
        records.append(UnsignedRecord(
            id=row["id"], date=day, team=row["team"], supervisor=row["supervisor"],
            supervisee=row["supervisee"], status=row["status"], days_unsigned=(today - day).days,
            drill=q.Drill(RecordFilter(), record_ids=(row["id"],)),
        ))
    return teams, records, total


def build_report(store: Store, options: ReportOptions = ReportOptions()) -> Report:
    """Every figure of the quality report for the options' filter and day."""
    filt, today = options.filt, options.day
    overdue, levels = overdue_figures(store, filt, today, options.policy)
    children, children_total = not_discussed_figures(
        store, filt, options.as_of, options.not_discussed_weeks, options.limit
    )
    if options.include_history:
        history, history_counts, history_by_team = history_figures(store, filt, options.limit)
    else:
        history, history_counts, history_by_team = None, {}, {}
    unsigned_teams, unsigned, unsigned_total = unsigned_figures(store, filt, today, options.limit)
    return Report(
        today=today,
        filters={
            "from": filt.date_from.isoformat() if filt.date_from else None,
            "to": filt.date_to.isoformat() if filt.date_to else None,
            "team": filt.team,
            "supervisor": filt.supervisor,
        },
        policy=options.policy.as_dict(),
        not_discussed_weeks=options.not_discussed_weeks,
        coverage=q.coverage(store, filt),
        by_team=band_figures(store, filt, "team"),
        by_supervisor=band_figures(store, filt, "supervisor"),
        by_month=band_figures(store, filt, "month"),
        criteria_missing=criteria_figures(store, filt),
        overdue=overdue,
        overdue_by_level=levels,
        not_discussed=children,
        not_discussed_total=children_total,
        not_discussed_as_of=options.as_of,
        history=history,
        history_counts=history_counts,
        history_by_team=history_by_team,
        unsigned_by_team=unsigned_teams,
        unsigned=unsigned,
        unsigned_total=unsigned_total,
    )


# --- Flat rows for CSV -------------------------------------------------------------------------

CSV_COLUMNS = (
    "figure", "team", "supervisor", "month", "supervisee", "experience_level", "case_ref",
    "child_initials", "record_id", "date", "criterion", "kind", "status",
    "discussions", *BANDS, "mean_score", "brief_descriptive", "brief_descriptive_pct", "change",
    "missing", "missing_pct", "rule", "interval_days", "last_supervision", "due", "days_since",
    "days_overdue", "weeks_since", "drafts", "awaiting_supervisee", "days_unsigned", "value", "message",
)


def csv_rows(report: Report):
    """The report as rows of one long table: a `figure` column says which figure each row is."""

    def row(figure: str, **values) -> dict:
        out = {c: "" for c in CSV_COLUMNS}
        out["figure"] = figure
        for k, v in values.items():
            out[k] = "" if v is None else (v.isoformat() if isinstance(v, dt.date) else v)
        return out

    for name, value in report.coverage.items():
        yield row(f"coverage_{name}", value=value)
    for by, figs in (("team", report.by_team), ("supervisor", report.by_supervisor), ("month", report.by_month)):
        for f in figs:
            keyed = {by: f.key}
            if by == "supervisor":
                keyed["team"] = f.team
            yield row(f"by_{by}", **keyed, discussions=f.discussions, **f.bands, mean_score=f.mean_score,
                      brief_descriptive=f.brief_descriptive, brief_descriptive_pct=f.brief_descriptive_pct,
                      change=f.change)
    for c in report.criteria_missing:
        for m in c.missing:
            yield row("criteria_missing", team=c.team, discussions=c.discussions, criterion=m.criterion,
                      missing=m.missing, missing_pct=m.pct)
    for o in report.overdue:
        yield row("overdue", supervisee=o.supervisee, team=o.team, supervisor=o.supervisor,
                  experience_level=o.experience_level, rule=o.rule, interval_days=o.interval_days,
                  last_supervision=o.last_supervision, due=o.due, days_since=o.days_since,
                  days_overdue=o.days_overdue)
    for lv in report.overdue_by_level:
        yield row("overdue_by_level", experience_level=lv.experience_level, value=lv.overdue,
                  discussions="", message=f"{lv.overdue} of {lv.supervisees} supervisees overdue")
    yield row("not_discussed_total", value=report.not_discussed_total)
    for ch in report.not_discussed:
        yield row("not_discussed", case_ref=ch.case_ref, child_initials=ch.child_initials, team=ch.team,
                  supervisor=ch.supervisor, supervisee=ch.supervisee, date=ch.last_discussed,
                  weeks_since=ch.weeks_since)
    for kind, n in report.history_counts.items():
        yield row("history_total", kind=kind, value=n)
    for team, kinds in report.history_by_team.items():
        for kind, n in kinds.items():
            yield row("history_by_team", team=team, kind=kind, value=n)
    for h in report.history or []:
        yield row("history", kind=h.kind, case_ref=h.case_ref, date=h.date, team=h.team,
                  supervisor=h.supervisor, record_id=h.record_id, message=h.message)
    yield row("unsigned_total", value=report.unsigned_total)
    for t in report.unsigned_by_team:
        yield row("unsigned_by_team", team=t.team, drafts=t.drafts, awaiting_supervisee=t.awaiting_supervisee,
                  date=t.oldest)
    for u in report.unsigned:
        yield row("unsigned", record_id=u.id, date=u.date, team=u.team, supervisor=u.supervisor,
                  supervisee=u.supervisee, status=u.status, days_unsigned=u.days_unsigned)


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values) -> str:
    """A one-line sparkline of the values, scaled between their own minimum and maximum.

    Plain text, so the command line and the dashboard draw the same trend.
    """
    values = list(values)
    if not values:
        return ""
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        return SPARK[3] * len(values)
    return "".join(SPARK[round((v - lo) / (hi - lo) * (len(SPARK) - 1))] for v in values)
