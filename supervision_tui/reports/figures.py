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

from ..models import BAND_LABELS, CRITERIA, EXPERIENCE_LABELS, PLAN_TYPE_LABELS, ExperienceLevel
from ..store import RecordFilter, Store
from ..store import reports as q
from .overdue import OverduePolicy, overdue_status

BANDS = q.BANDS
HISTORY_KINDS = ("copied_forward", "action_copied", "action_not_reviewed")
TREND_MONTHS = 6  # one span for every trend: the CLI, the dashboard, JSON and CSV
SMALL_N = 10  # a month with fewer scored notes than this is flagged: read its mean with care
SIGNED = ("completed", "agreed")
ACTIVE_DAYS = 183  # not supervised for this long: taken to have left (not counted as on time or late)
ALL_TEAMS = "All teams"

# The words a manager uses, for tables and CSV (the ids stay in JSON keys).
CRITERION_LABELS = {
    "depth": "Enough detail",
    "reflection": "Reflection and analysis",
    "lived_experience": "Child's lived experience",
    "child_impact": "Impact on the child",
    "risk": "Risk and safety",
    "challenge": "Manager's challenge",
    "decisions": "Decisions with reasons",
    "actions": "Actions with owner and date",
    "progress": "Progress and drift",
}
PLAN_LABELS = {k.value: v for k, v in PLAN_TYPE_LABELS.items()}
LEVEL_LABELS = {k.value: v for k, v in EXPERIENCE_LABELS.items()}
BAND_NAMES = {k.value: v for k, v in BAND_LABELS.items()}
HISTORY_LABELS = {
    "copied_forward": "Note copied forward",
    "action_copied": "Action copied forward",
    "action_not_reviewed": "Previous action not reviewed",
}


@dataclass(frozen=True)
class ReportOptions:
    filt: RecordFilter = field(default_factory=RecordFilter)
    today: dt.date | None = None  # None: the real today
    not_discussed_weeks: int = 8
    policy: OverduePolicy = field(default_factory=OverduePolicy)
    limit: int | None = 100  # longest lists (overdue, children, findings, unsigned records) keep this many
    include_history: bool = True
    include_drafts: bool = False  # quality figures count signed records only, unless filt.status says

    @property
    def signed_only(self) -> bool:
        """Whether the quality figures (bands, means, criteria, trends) leave drafts out."""
        return not self.include_drafts and self.filt.status is None

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
class TrendPoint:
    """One complete month of a trend: its mean score and how many scored notes it rests on."""

    month: str
    n: int
    mean: float
    small: bool  # fewer than SMALL_N notes


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
    trend: list[TrendPoint] = field(default_factory=list)  # the last TREND_MONTHS complete months
    change: float | None = None  # the last complete month's mean minus the month before's
    change_from: str | None = None  # the two months compared
    change_to: str | None = None
    change_small_n: bool = False  # one of the two months has fewer than SMALL_N notes
    complete: bool = True  # by month: the month is over and wholly inside the period
    drill: q.Drill = field(default_factory=q.Drill, repr=False, compare=False)

    @property
    def direction(self) -> str:
        """'up', 'down' or 'flat' (under one point): the last complete month against the one
        before; 'none' when there are not two complete months to compare."""
        if self.change is None:
            return "none"
        if abs(self.change) < 1:
            return "flat"
        return "up" if self.change > 0 else "down"


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
    last_supervision: dt.date | None  # the last signed supervision (reports.overdue); None: none signed
    rule: str
    interval_days: int
    due: dt.date
    days_since: int | None
    days_overdue: int
    booked: dt.date | None = None  # the next supervision set at the last signed one
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
class OnTimeFigure:
    """How many of a team's supervisees were supervised on time, measured at a month's end."""

    team: str  # "All teams" for the whole selection
    month: str
    supervisees: int  # supervised within ACTIVE_DAYS before the month's end
    on_time: int  # not overdue at the month's end
    pct: float


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
    overdue: list[OverdueFigure]  # the overdue supervisees only, most overdue first, at most `limit`
    overdue_total: int  # supervisees overdue
    supervisees_total: int  # supervisees with a supervision on record
    overdue_by_level: list[LevelSummary]
    not_discussed: list[ChildFigure]  # longest first, at most `limit`
    not_discussed_total: int
    not_discussed_as_of: dt.date  # a child's last discussion anywhere up to this day counts
    not_discussed_closed: int  # not discussed since, but that discussion decided to close the case
    history: list[HistoryFigure] | None  # most recent first, at most `limit`; None when not computed
    history_counts: dict[str, int]
    history_by_team: dict[str, dict[str, int]]
    unsigned_by_team: list[UnsignedTeam]
    unsigned: list[UnsignedRecord]  # oldest first, at most `limit`
    unsigned_total: int
    on_time: list[OnTimeFigure] = field(default_factory=list)  # per team and complete month
    trend: list[TrendPoint] = field(default_factory=list)  # mean score of every note, by complete month
    quality_statuses: str = "signed"  # what the quality figures count: "signed", "all" or one status
    drafts_left_out: int = 0  # discussions in drafts that the quality figures leave out
    limit: int | None = None
    trend_months: int = TREND_MONTHS
    small_n: int = SMALL_N

    @property
    def lists(self) -> dict[str, dict[str, int]]:
        """For each list that `limit` may cut: how many rows it shows of how many."""
        history_total = sum(self.history_counts.values())
        out = {
            "overdue": (len(self.overdue), self.overdue_total),
            "not_discussed": (len(self.not_discussed), self.not_discussed_total),
            "history": (len(self.history or []), history_total if self.history is not None else 0),
            "unsigned": (len(self.unsigned), self.unsigned_total),
        }
        return {k: {"shown": a, "total": b, "cut": a < b} for k, (a, b) in out.items()}

    def to_dict(self) -> dict:
        """Plain JSON-ready data (dates as ISO strings, no drill-downs)."""
        data = _plain(self)
        data["lists"] = self.lists
        for fig in ("by_team", "by_supervisor", "by_month"):
            for plain, f in zip(data[fig], getattr(self, fig)):
                plain["direction"] = f.direction
        return data


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


def month_is_complete(month: str, filt: RecordFilter, today: dt.date) -> bool:
    """A month is complete when it ended before `today` (and by the period's end) and the period
    covers it from its first day: a month four days old, or cut by --from, is not compared."""
    start = dt.date.fromisoformat(f"{month}-01")
    end = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1) - dt.timedelta(days=1)
    if end >= today or (filt.date_to and end > filt.date_to):
        return False
    return not (filt.date_from and start < filt.date_from)


def trend_points(points, filt: RecordFilter, today: dt.date) -> list[TrendPoint]:
    """The last TREND_MONTHS complete months of [(month, n, mean)], each with its n."""
    out = [TrendPoint(m, n, mean, n < SMALL_N) for m, n, mean in points if month_is_complete(m, filt, today)]
    return out[-TREND_MONTHS:]


def _set_change(fig: BandFigure, before: TrendPoint | None, after: TrendPoint | None) -> None:
    if before is None or after is None:
        return
    fig.change = round(after.mean - before.mean, 1)
    fig.change_from, fig.change_to = before.month, after.month
    fig.change_small_n = before.small or after.small


def _from_cube(cube: list, by: str) -> tuple[list, dict]:
    """Band rows and monthly (month, n, mean) series by team, supervisor or month, added up from
    the store's quality cube: the same figures as grouping the scores each way."""
    key = {"team": lambda c: c.team, "supervisor": lambda c: c.supervisor, "month": lambda c: c.month}[by]
    groups: dict[str, dict] = {}
    series: dict[str, dict[str, list[int]]] = {}
    for c in cube:
        k = key(c)
        g = groups.setdefault(k, {"n": 0, "bands": dict.fromkeys(BANDS, 0), "sum": 0, "brief": 0, "team": ""})
        g["n"] += c.n
        g["sum"] += c.score_sum
        g["brief"] += c.brief
        g["team"] = max(g["team"], c.team)
        for b in BANDS:
            g["bands"][b] += c.bands[b]
        m = series.setdefault(k, {}).setdefault(c.month, [0, 0])
        m[0] += c.n
        m[1] += c.score_sum
    rows = [q.BandRow(k, g["n"], g["bands"], round(g["sum"] / g["n"], 1), g["brief"],
                      g["team"] if by == "supervisor" else "")
            for k, g in sorted(groups.items())]
    trends = {k: [(m, n, round(total / n, 1)) for m, (n, total) in sorted(months.items())]
              for k, months in series.items()}
    return rows, trends


def history_filter(filt: RecordFilter) -> RecordFilter:
    """The filter the trends read: the period's start left out, so that a month's report still
    shows the months before it and compares its month with the one before."""
    return _narrow(filt, date_from=None)


def band_figures(
    store: Store, filt: RecordFilter, by: str, today: dt.date | None = None, signed_only: bool = False,
    cube: list | None = None, trend_cube: list | None = None,
) -> list[BandFigure]:
    """Band distribution and mean score by "team", "supervisor" or "month", with the trend over
    the last complete months up to the period's end and the last month-on-month change."""
    today = today or dt.date.today()
    if cube is None:
        cube = q.quality_cube(store, filt, signed_only)
    past = history_filter(filt)
    if trend_cube is None:
        trend_cube = cube if filt.date_from is None else q.quality_cube(store, past, signed_only)
    rows, _ = _from_cube(cube, by)
    history_rows, trends = _from_cube(trend_cube, by)
    months = [TrendPoint(r.key, r.n, r.mean_score, r.n < SMALL_N) for r in history_rows
              if month_is_complete(r.key, past, today)] if by == "month" else []
    statuses = SIGNED if signed_only else ()
    out: list[BandFigure] = []
    for row in rows:
        if by == "team":
            drill = q.Drill(_narrow(filt, team=row.key), scored=True, statuses=statuses)
        elif by == "supervisor":
            drill = q.Drill(_narrow(filt, supervisor=row.key), scored=True, statuses=statuses)
        else:
            drill = q.Drill(filt, month=row.key, scored=True, statuses=statuses)
        fig = BandFigure(
            key=row.key,
            discussions=row.n,
            bands=row.bands,
            mean_score=row.mean_score,
            brief_descriptive=row.brief_descriptive,
            brief_descriptive_pct=_pct(row.brief_descriptive, row.n),
            team=row.extra,
            drill=drill,
        )
        if by == "month":
            fig.complete = month_is_complete(row.key, filt, today)
            if fig.complete:  # against the complete month before it, inside the period or not
                before = [p for p in months if p.month < row.key]
                _set_change(fig, before[-1] if before else None,
                            TrendPoint(row.key, row.n, row.mean_score, row.n < SMALL_N))
        else:
            fig.trend = trend_points(trends.get(row.key, []), past, today)
            if len(fig.trend) >= 2:
                _set_change(fig, fig.trend[-2], fig.trend[-1])
        out.append(fig)
    return out


def _narrow(filt: RecordFilter, **kw) -> RecordFilter:
    data = {f.name: getattr(filt, f.name) for f in fields(filt)}
    data.update(kw)
    return RecordFilter(**data)


def criteria_figures(
    store: Store, filt: RecordFilter, signed_only: bool = False, cube: list | None = None
) -> list[CriteriaFigure]:
    out = []
    statuses = SIGNED if signed_only else ()
    if cube is None:
        cube = q.quality_cube(store, filt, signed_only)
    per_team: dict[str, list] = {}
    for c in cube:
        t = per_team.setdefault(c.team, [0, Counter()])
        t[0] += c.n
        t[1].update(c.missing)
    for team, (n, missing) in sorted(per_team.items()):
        items = [
            MissingCriterion(c, missing[c], _pct(missing[c], n),
                             q.Drill(_narrow(filt, team=team), criterion_missing=c, statuses=statuses))
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
        last = _date(row["last_date"])
        started = _date(row["supervisee_started"])
        st = overdue_status(row["experience_level"], started, last, today, policy, _date(row["first_date"]))
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
                booked=_date(row["next_supervision"]),
                drill=q.Drill(_narrow(base, supervisee=row["supervisee"]), until=today.isoformat()),
            )
        )
    figs.sort(key=lambda f: (-f.days_overdue, f.supervisee))
    levels = []
    for level in ExperienceLevel:
        of_level = [f for f in figs if f.experience_level == level.value]
        levels.append(LevelSummary(level.value, len(of_level), sum(f.overdue for f in of_level)))
    return figs, levels


def trend_months(filt: RecordFilter, today: dt.date) -> list[str]:
    """The last TREND_MONTHS complete months of the period (or before today), oldest first."""
    day = min(today, filt.date_to) if filt.date_to else today
    year, month = day.year, day.month
    months: list[str] = []
    for _ in range(TREND_MONTHS + 2):
        key = f"{year:04d}-{month:02d}"
        if filt.date_from and key < filt.date_from.isoformat()[:7]:
            break
        if month_is_complete(key, filt, today):
            months.append(key)
        if len(months) == TREND_MONTHS:
            break
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def on_time_figures(
    store: Store, filt: RecordFilter, today: dt.date, policy: OverduePolicy
) -> list[OnTimeFigure]:
    """The share of supervisees supervised on time, per team, at the end of each complete month.

    Each month's end is a 'today' for the overdue rule (reports/overdue.py); a supervisee counts
    for the team of their last supervision; one not supervised for ACTIVE_DAYS has left.
    """
    import bisect
    from itertools import groupby

    base = _narrow(filt, date_from=None, date_to=None)
    months = trend_months(history_filter(filt), today)
    if not months:
        return []
    ends = []
    for month in months:
        start = dt.date.fromisoformat(f"{month}-01")
        ends.append(dt.date(start.year + start.month // 12, start.month % 12 + 1, 1) - dt.timedelta(days=1))
    counts: dict[tuple[str, str], list[int]] = {}
    # each supervisee's supervisions in date order, read once: the last before each month's end
    for _, rows in groupby(q.supervisions(store, base, ends[-1]), key=lambda r: r[0]):
        rows = list(rows)
        dates = [r[1] for r in rows]
        for month, end in zip(months, ends):
            i = bisect.bisect_right(dates, end.isoformat()) - 1
            if i < 0:
                continue
            _, day, team, _, level, started = rows[i]
            last = dt.date.fromisoformat(day)
            if (end - last).days > ACTIVE_DAYS:
                continue
            st = overdue_status(level, _date(started), last, end, policy)
            for t in (team, ALL_TEAMS):
                c = counts.setdefault((month, t), [0, 0])
                c[0] += 1
                c[1] += not st.overdue
    out: list[OnTimeFigure] = []
    for month, team in sorted(counts, key=lambda k: (k[0], k[1] == ALL_TEAMS, k[1])):
        n, ok = counts[month, team]
        out.append(OnTimeFigure(team, month, n, ok, _pct(ok, n)))
    return out


def not_discussed_figures(
    store: Store, filt: RecordFilter, today: dt.date, weeks: int, limit: int | None
) -> tuple[list[ChildFigure], int]:
    """Children discussed in the filter whose last discussion anywhere, up to `today`, is more
    than `weeks` weeks before `today`."""
    since = today - dt.timedelta(weeks=weeks)
    out, total, closed = [], 0, 0
    for row in q.children_not_discussed(store, filt, today, since):
        if row["closed"]:
            closed += 1  # the last discussion decided to close the case
            continue
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
    return out, total, closed


def history_figures(
    store: Store, filt: RecordFilter, limit: int | None
) -> tuple[list[HistoryFigure], dict[str, int], dict[str, dict[str, int]]]:
    """Copied-forward notes and actions, and previous actions never reviewed.

    Read from the checks `score` stores (`refresh_history`); a discussion with no
    up-to-date stored check is checked now, by walking its child's discussions in date
    order and asking the checker to compare each with the one before. Keeps the counts
    of every finding and the `limit` most recent findings.
    """
    from ..models import CaseDiscussion
    from ..quality import history_findings

    parse = CaseDiscussion.model_validate_json
    stored = q.history_stored(store)
    counts: Counter[str] = Counter()
    by_team: dict[str, Counter[str]] = {}
    # a min-heap on (date, case_ref, discussion seq, n): the most recent `limit` findings
    kept: list[tuple] = []

    def keep(key: tuple, make) -> None:
        if limit is None or len(kept) < limit:
            heapq.heappush(kept, (key, make()))
        elif limit and key > kept[0][0]:
            heapq.heapreplace(kept, (key, make()))

    def figure(kind, case_ref, date, team, supervisor, rid, did, message) -> HistoryFigure:
        return HistoryFigure(kind=kind, case_ref=case_ref, date=dt.date.fromisoformat(date), team=team,
                             supervisor=supervisor, record_id=rid, discussion_id=did, message=message,
                             drill=q.Drill(RecordFilter(), record_ids=(rid,)))

    all_checked = stored and q.history_all_checked(store)
    case = None
    prev_body: str | None = None
    prev_parsed = None
    for case_ref, in_filter, rid, did, date, team, supervisor, body, dseq in (
        () if all_checked else q.case_history(store, filt, only_unchecked=stored)
    ):
        if case_ref != case:
            case, prev_body, prev_parsed = case_ref, None, None
        if in_filter:
            current = parse(body)
            if prev_parsed is None and prev_body is not None:
                prev_parsed = parse(prev_body)
            for n, finding in enumerate(history_findings(current, prev_parsed)):
                counts[finding.kind] += 1
                by_team.setdefault(team, Counter())[finding.kind] += 1
                keep((date, case_ref, dseq, n), lambda f=finding: figure(
                    f.kind, case_ref, date, team, supervisor, rid, did, f.message))
            prev_parsed = current
        else:
            prev_parsed = None
        prev_body = body
    if stored:
        for team, kind, n in q.stored_history_counts(store, filt, all_checked):
            counts[kind] += n
            by_team.setdefault(team, Counter())[kind] += n
        for case_ref, date, team, supervisor, rid, did, kind, message, dseq, n in q.stored_history_recent(
            store, filt, limit, all_checked
        ):
            keep((date, case_ref, dseq, n), lambda r=(kind, case_ref, date, team, supervisor, rid, did, message):
                 figure(*r))
    findings = [item[1] for item in sorted(kept, key=lambda i: i[0], reverse=True)]
    return (
        findings,
        {k: counts.get(k, 0) for k in (*HISTORY_KINDS, *sorted(set(counts) - set(HISTORY_KINDS)))},
        {team: dict(c) for team, c in sorted(by_team.items())},
    )


def refresh_history(store: Store, case_refs: list[str] | None = None, chunk: int = 500) -> int:
    """Check again, and store, every discussion of the children whose stored cross-record
    checks are missing or out of date (or of `case_refs`); how many discussions were checked.

    A whole child is checked again, so a discussion added between two others is compared
    with the one before it and the one after it with it.
    """
    from ..models import CaseDiscussion
    from ..quality import history_findings

    parse = CaseDiscussion.model_validate_json
    complete = case_refs is None
    as_of = q.newest_change(store)  # a record changed after this is checked again next time
    refs = sorted(set(case_refs)) if case_refs is not None else q.cases_to_check(store)
    done = 0
    for start in range(0, max(len(refs), 1), chunk):
        checks, found = [], []
        case, prev, prev_id = None, None, None
        part = refs[start:start + chunk]
        for case_ref, did, rid, updated, body, seq, date, team, supervisor, supervisee, status in (
            q.case_discussions(store, part) if part else ()
        ):
            if case_ref != case:
                case, prev, prev_id = case_ref, None, None
            current = parse(body)
            for n, f in enumerate(history_findings(current, prev)):
                found.append((did, n, f.kind, f.message, rid, case_ref, seq, date, team, supervisor, supervisee,
                              status))
            checks.append((did, rid, updated, prev_id))
            prev, prev_id = current, did
        last = start + chunk >= len(refs)
        q.save_history_checks(store, checks, found, complete_as_of=as_of if complete and last else None)
        done += len(checks)
    return done


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
    filt, today, signed = options.filt, options.day, options.signed_only
    overdue, levels = overdue_figures(store, filt, today, options.policy)
    late = [o for o in overdue if o.overdue]
    cube = q.quality_cube(store, filt, signed)
    trend_cube = cube if filt.date_from is None else q.quality_cube(store, history_filter(filt), signed)
    by_month = band_figures(store, filt, "month", today, signed, cube, trend_cube)
    past_months = _from_cube(trend_cube, "month")[0]
    coverage = q.coverage(store, filt)
    children, children_total, children_closed = not_discussed_figures(
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
            "status": str(filt.status) if filt.status else None,
        },
        policy=options.policy.as_dict(),
        not_discussed_weeks=options.not_discussed_weeks,
        coverage=coverage,
        by_team=band_figures(store, filt, "team", today, signed, cube, trend_cube),
        by_supervisor=band_figures(store, filt, "supervisor", today, signed, cube, trend_cube),
        by_month=by_month,
        criteria_missing=criteria_figures(store, filt, signed, cube),
        overdue=late if options.limit is None else late[: options.limit],
        overdue_total=len(late),
        supervisees_total=len(overdue),
        overdue_by_level=levels,
        not_discussed=children,
        not_discussed_total=children_total,
        not_discussed_as_of=options.as_of,
        not_discussed_closed=children_closed,
        history=history,
        history_counts=history_counts,
        history_by_team=history_by_team,
        unsigned_by_team=unsigned_teams,
        unsigned=unsigned,
        unsigned_total=unsigned_total,
        on_time=on_time_figures(store, filt, today, options.policy),
        trend=trend_points([(r.key, r.n, r.mean_score) for r in past_months], history_filter(filt), today),
        quality_statuses="signed" if signed else (str(filt.status) if filt.status else "all"),
        drafts_left_out=coverage["draft_discussions"] if signed else 0,
        limit=options.limit,
    )


# --- One tidy table per figure (CSV files, XLSX sheets) -------------------------------------------


def _d(v):
    return "" if v is None else (v.isoformat() if isinstance(v, dt.date) else v)


def _band_cols() -> list[str]:
    return [BAND_NAMES[b] for b in BANDS] + [f"{BAND_NAMES[b]} %" for b in BANDS]


def _band_cells(f: BandFigure) -> list:
    return [f.bands[b] for b in BANDS] + [_pct(f.bands[b], f.discussions) for b in BANDS]


def _change_cells(f: BandFigure) -> list:
    return [_d(f.change_from), _d(f.change_to), _d(f.change), f.direction, "yes" if f.change_small_n else ""]


CHANGE_COLS = ["Compared from", "Compared to", "Change", "Direction", f"Fewer than {SMALL_N} notes"]


def tables(report: Report) -> dict[str, tuple[list[str], list[list]]]:
    """Every figure as its own table: {name: (column headings, rows)}, headings in plain words.

    The CSV report writes one file per table and the XLSX one sheet per table.
    """
    t: dict[str, tuple[list[str], list[list]]] = {}
    f = report.filters
    cov = report.coverage
    quality = {"signed": "signed records only (drafts left out)", "all": "every record, drafts included"}
    t["selection"] = (["Item", "Value"], [
        ["Report date", _d(report.today)],
        ["From", f["from"] or ""], ["To", f["to"] or ""], ["Team", f["team"] or ""],
        ["Supervisor", f["supervisor"] or ""], ["Status", f.get("status") or ""],
        ["Records", cov["records"]], ["Case discussions", cov["discussions"]],
        ["Scored", cov["scored"]], ["Changed since scored", cov["stale"]],
        ["Quality figures count", quality.get(report.quality_statuses, f"{report.quality_statuses} records only")],
        ["Draft discussions left out of quality figures", report.drafts_left_out],
        ["Children not discussed: as at", _d(report.not_discussed_as_of)],
        ["Children whose last discussion closed the case (not counted as not discussed)",
         report.not_discussed_closed],
        ["Trend span (complete months)", report.trend_months],
        ["Small month (fewer notes than)", report.small_n],
        ["Lists cut at", report.limit or "not cut"],
    ])
    for by, figs, label in (("team", report.by_team, "Team"), ("supervisor", report.by_supervisor, "Supervisor")):
        cols = [label] + (["Team"] if by == "supervisor" else []) + ["Notes", *_band_cols(), "Mean score",
                "Brief and descriptive", "Brief and descriptive %", *CHANGE_COLS]
        rows = [[x.key] + ([x.team] if by == "supervisor" else []) + [x.discussions, *_band_cells(x), x.mean_score,
                x.brief_descriptive, x.brief_descriptive_pct, *_change_cells(x)] for x in figs]
        t[f"quality_by_{by}"] = (cols, rows)
        t[f"trend_by_{by}"] = ([label, "Month", "Notes", "Mean score", f"Fewer than {SMALL_N} notes"], [
            [x.key, p.month, p.n, p.mean, "yes" if p.small else ""] for x in figs for p in x.trend])
    t["quality_by_month"] = (["Month", "Complete", "Notes", *_band_cols(), "Mean score", "Brief and descriptive",
                              "Brief and descriptive %", *CHANGE_COLS], [
        [x.key, "yes" if x.complete else "no (to date)", x.discussions, *_band_cells(x), x.mean_score,
         x.brief_descriptive, x.brief_descriptive_pct, *_change_cells(x)] for x in report.by_month])
    t["criteria_missing"] = (["Team", "Notes", "Criterion", "Criterion id", "Notes missing it", "Missing %"], [
        [c.team, c.discussions, CRITERION_LABELS[m.criterion], m.criterion, m.missing, m.pct]
        for c in report.criteria_missing for m in c.missing])
    t["on_time_by_team"] = (["Team", "Month", "Supervisees", "Supervised on time", "On time %"], [
        [o.team, o.month, o.supervisees, o.on_time, o.pct] for o in report.on_time])
    t["overdue_by_level"] = (["Experience level", "Supervisees", "Overdue"], [
        [LEVEL_LABELS.get(lv.experience_level, lv.experience_level), lv.supervisees, lv.overdue]
        for lv in report.overdue_by_level])
    t["overdue"] = (["Supervisee", "Team", "Supervisor", "Experience level", "Rule", "Interval (days)",
                     "Last supervision", "Due", "Days since", "Days overdue"], [
        [o.supervisee, o.team, o.supervisor, LEVEL_LABELS.get(o.experience_level, o.experience_level), o.rule,
         o.interval_days, _d(o.last_supervision), _d(o.due), o.days_since, o.days_overdue] for o in report.overdue])
    t["not_discussed"] = (["Case ref", "Child", "Plan", "Last discussed", "Weeks since", "Team", "Supervisor",
                           "Supervisee"], [
        [c.case_ref, c.child_initials, PLAN_LABELS.get(c.plan_type, c.plan_type), _d(c.last_discussed),
         c.weeks_since, c.team, c.supervisor, c.supervisee] for c in report.not_discussed])
    t["history_by_team"] = (["Team", "Finding", "Count"], [
        [team, HISTORY_LABELS.get(k, k), n] for team, kinds in report.history_by_team.items() for k, n in kinds.items()])
    t["history"] = (["Date", "Finding", "Case ref", "Team", "Supervisor", "Record", "Detail"], [
        [_d(h.date), HISTORY_LABELS.get(h.kind, h.kind), h.case_ref, h.team, h.supervisor, h.record_id, h.message]
        for h in report.history or []])
    t["unsigned_by_team"] = (["Team", "Drafts (supervisor to sign)", "Awaiting supervisee", "Oldest"], [
        [u.team, u.drafts, u.awaiting_supervisee, _d(u.oldest)] for u in report.unsigned_by_team])
    t["unsigned"] = (["Date", "Days unsigned", "Status", "Team", "Supervisor", "Supervisee", "Record"], [
        [_d(u.date), u.days_unsigned, u.status, u.team, u.supervisor, u.supervisee, u.id] for u in report.unsigned])
    t["lists"] = (["List", "Shown", "Total"], [[k, v["shown"], v["total"]] for k, v in report.lists.items()])
    return t


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
