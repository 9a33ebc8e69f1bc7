"""The SQL behind the quality leads' figures: reports, the dashboard, audit samples.

Every function takes the `Store` first and a `RecordFilter` for what the
report is narrowed to. SQLite does the aggregating; where Python must look at
rows one by one (the case history, a stratum's ids) they are streamed.

The unit of a score is one case discussion (one child in one supervision): a
record's band, where one is needed, is the band of its weakest discussion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..models import CRITERIA, Band
from .db import RecordFilter, Store

BANDS: tuple[str, ...] = tuple(b.value for b in Band)
UNSCORED = "unscored"

GROUP_KEYS = {
    "team": "r.team",
    "supervisor": "r.supervisor",
    "month": "substr(r.date, 1, 7)",
}

# The band of a record's weakest discussion (None when none is scored).
RECORD_BAND_SQL = (
    "(SELECT s.band FROM scores s WHERE s.record_id = r.id ORDER BY s.score, s.discussion_id LIMIT 1)"
)
RECORD_SCORE_SQL = "(SELECT min(s.score) FROM scores s WHERE s.record_id = r.id)"


def quality_where(filt: RecordFilter, signed_only: bool = False) -> tuple[str, list]:
    """The filter's WHERE on records `r`; with `signed_only`, drafts left out (a draft's
    scores still move as the manager writes, so quality figures count signed records)."""
    where, params = filt.where("r")
    if signed_only:
        where += " AND r.status != 'draft'"
    return where, params


# What counts as a supervision for the overdue rule (supervision_tui.reports.overdue): one the
# supervisor has signed (a draft is not one yet), not ad hoc case direction. Used by
# last_supervisions and supervisions, so home, dashboard and `report` count alike.
COUNTS_AS_SUPERVISION = "r.status != 'draft' AND r.type != 'ad_hoc' AND r.supervisee != ''"


def _key(by: str) -> str:
    try:
        return GROUP_KEYS[by]
    except KeyError:
        raise ValueError(f"cannot group by {by!r}; one of {', '.join(GROUP_KEYS)}") from None


# --- Scores: bands, means, criteria ------------------------------------------------------


@dataclass(frozen=True)
class BandRow:
    key: str
    n: int
    bands: dict[str, int]
    mean_score: float
    brief_descriptive: int
    extra: str = ""  # by supervisor: their team


def coverage(store: Store, filt: RecordFilter) -> dict[str, int]:
    """How many records and discussions the filter covers, how many are scored, and how many
    discussions are in drafts."""
    where, params = filt.where("r")
    records, discussions, drafts = store.db.execute(
        f"SELECT count(*), coalesce(sum(r.n_children), 0), "
        f"coalesce(sum(CASE WHEN r.status = 'draft' THEN r.n_children END), 0) FROM records r WHERE {where}",
        params,
    ).fetchone()
    scored, stale = store.db.execute(
        f"SELECT count(*), coalesce(sum(s.record_updated_at != r.updated_at), 0) "
        f"FROM scores s JOIN records r ON r.id = s.record_id WHERE {where}",
        params,
    ).fetchone()
    return {"records": records, "discussions": discussions, "scored": scored, "stale": stale,
            "draft_discussions": drafts}


def band_rows(store: Store, filt: RecordFilter, by: str, signed_only: bool = False) -> list[BandRow]:
    """Band distribution, mean score and brief/descriptive count per team, supervisor or month."""
    where, params = quality_where(filt, signed_only)
    band_sums = ", ".join(f"sum(s.band = '{b}')" for b in BANDS)
    extra = "max(r.team)" if by == "supervisor" else "''"
    rows = store.db.execute(
        f"""
        SELECT {_key(by)} AS k, count(*), {band_sums}, avg(s.score), sum(s.brief_descriptive), {extra}
        FROM scores s JOIN records r ON r.id = s.record_id
        WHERE {where}
        GROUP BY k ORDER BY k
        """,
        params,
    ).fetchall()
    out = []
    for row in rows:
        k, n = row[0], row[1]
        bands = dict(zip(BANDS, row[2 : 2 + len(BANDS)]))
        mean, brief, ex = row[2 + len(BANDS) :]
        out.append(BandRow(k, n, bands, round(mean, 1), brief, ex))
    return out


@dataclass
class CubeRow:
    """The scored discussions of one team, supervisor and month, summed."""

    team: str
    supervisor: str
    month: str
    n: int
    bands: dict[str, int]
    score_sum: int
    brief: int
    missing: dict[str, int]


def quality_cube(store: Store, filt: RecordFilter, signed_only: bool = False) -> list[CubeRow]:
    """One pass over the scores: sums per (team, supervisor, month), from which every band,
    mean, trend and missing-criterion figure is added up (the same figures as grouping each way)."""
    where, params = quality_where(filt, signed_only)
    band_sums = ", ".join(f"sum(s.band = '{b}')" for b in BANDS)
    misses = ", ".join(f"sum(1 - s.{c})" for c in CRITERIA)
    out = []
    for row in store.db.execute(
        f"""
        SELECT r.team, r.supervisor, substr(r.date, 1, 7), count(*), {band_sums}, sum(s.score),
               sum(s.brief_descriptive), {misses}
        FROM scores s JOIN records r ON r.id = s.record_id
        WHERE {where}
        GROUP BY r.team, r.supervisor, substr(r.date, 1, 7)
        """,
        params,
    ):
        nb = len(BANDS)
        out.append(CubeRow(row[0], row[1], row[2], row[3], dict(zip(BANDS, row[4:4 + nb])), row[4 + nb],
                           row[5 + nb], dict(zip(CRITERIA, row[6 + nb:]))))
    return out


def monthly_means(
    store: Store, filt: RecordFilter, by: str, signed_only: bool = False
) -> dict[str, list[tuple[str, int, float]]]:
    """For each team (or supervisor): [(month, n, mean score)] in month order, for trend lines."""
    where, params = quality_where(filt, signed_only)
    out: dict[str, list[tuple[str, int, float]]] = {}
    for k, month, n, mean in store.db.execute(
        f"""
        SELECT {_key(by)} AS k, substr(r.date, 1, 7) AS m, count(*), avg(s.score)
        FROM scores s JOIN records r ON r.id = s.record_id
        WHERE {where}
        GROUP BY k, m ORDER BY k, m
        """,
        params,
    ):
        out.setdefault(k, []).append((month, n, round(mean, 1)))
    return out


def criteria_missing(
    store: Store, filt: RecordFilter, signed_only: bool = False
) -> list[tuple[str, int, dict[str, int]]]:
    """Per team: (team, discussions scored, {criterion: discussions that miss it})."""
    where, params = quality_where(filt, signed_only)
    sums = ", ".join(f"sum(1 - s.{c})" for c in CRITERIA)
    rows = store.db.execute(
        f"""
        SELECT r.team, count(*), {sums}
        FROM scores s JOIN records r ON r.id = s.record_id
        WHERE {where}
        GROUP BY r.team ORDER BY r.team
        """,
        params,
    ).fetchall()
    return [(row[0], row[1], dict(zip(CRITERIA, row[2:]))) for row in rows]


# --- Supervision frequency, children, signatures ----------------------------------------------


def last_supervisions(store: Store, filt: RecordFilter, today: dt.date) -> list[dict]:
    """Each supervisee with a record on or before `today`: the last supervision that counts
    (supervision_tui.reports.overdue.COUNTS_AS_SUPERVISION: signed, not ad hoc; None when none
    does), the date of their first record, and their details from their latest record.

    A draft is not a supervision: leaving one never takes a worker off the overdue list.
    """
    where, params = filt.where("r")
    signed = dict(
        (row[0], row[1:]) for row in store.db.execute(
            f"""
            SELECT r.supervisee, max(r.date), r.next_supervision, count(*)
            FROM records r
            WHERE {where} AND r.date <= ? AND {COUNTS_AS_SUPERVISION}
            GROUP BY r.supervisee
            """,
            [*params, today.isoformat()],
        )
    )
    first = dict(store.db.execute(
        f"SELECT r.supervisee, min(r.date) FROM records r WHERE {where} AND r.date <= ? AND r.supervisee != '' "
        "GROUP BY r.supervisee",
        [*params, today.isoformat()],
    ).fetchall())
    rows = store.db.execute(
        f"""
        SELECT r.supervisee, max(r.date) AS latest, r.team, r.supervisor, r.experience_level, r.supervisee_started
        FROM records r
        WHERE {where} AND r.date <= ? AND r.supervisee != ''
        GROUP BY r.supervisee ORDER BY r.supervisee
        """,
        [*params, today.isoformat()],
    ).fetchall()
    out = []
    for supervisee, _latest, team, supervisor, level, started in rows:
        last, booked, n = signed.get(supervisee, (None, None, 0))
        out.append({"supervisee": supervisee, "last_date": last, "first_date": first.get(supervisee),
                    "next_supervision": booked, "team": team, "supervisor": supervisor,
                    "experience_level": level, "supervisee_started": started, "records": n})
    return out


def supervisions(store: Store, filt: RecordFilter, until: dt.date) -> list[tuple]:
    """Every supervision that counts for the policy (as `last_supervisions` counts them) up to
    `until`: (supervisee, date, team, supervisor, experience_level, supervisee_started), by
    supervisee then date, so the last one before any day is found without asking again."""
    where, params = filt.where("r")
    return store.db.execute(
        f"""
        SELECT r.supervisee, r.date, r.team, r.supervisor, r.experience_level, r.supervisee_started
        FROM records r WHERE {where} AND r.date <= ? AND {COUNTS_AS_SUPERVISION}
        ORDER BY r.supervisee, r.date
        """,
        [*params, until.isoformat()],
    ).fetchall()


# A last discussion whose key decision closes the case ("Close the case", "Case closure agreed"):
# the child is no longer waiting to be discussed.
CLOSED_SQL = """EXISTS (SELECT 1 FROM json_each(d.body, '$.decisions') j
    WHERE lower(json_extract(j.value, '$.decision')) LIKE 'close%'
       OR lower(json_extract(j.value, '$.decision')) LIKE '%case closure%'
       OR lower(json_extract(j.value, '$.decision')) LIKE '%close the case%')"""


def children_not_discussed(
    store: Store, filt: RecordFilter, as_of: dt.date, since: dt.date
) -> Iterator[dict]:
    """Children whose last discussion on or before `as_of` was before `since`, longest first.

    The filter chooses which children to list (those discussed in it), not which
    discussions count: a child's last discussion is the last anywhere (any team,
    any date up to `as_of`), with the team and workers of that discussion.
    Streamed: a large authority has thousands of children.
    """
    where, params = filt.where("r")
    chosen, chosen_params = "", []
    if where != "1=1":
        chosen = f"""AND l.case_ref IN (
            SELECT d.case_ref FROM discussions d JOIN records r ON r.id = d.record_id
            WHERE {where} AND d.date <= ? AND d.case_ref != '')"""
        chosen_params = [*params, as_of.isoformat()]
    cursor = store.db.execute(
        f"""
        WITH last AS (
            SELECT case_ref, max(date) AS last_date, count(*) AS n FROM discussions
            WHERE date <= ? AND case_ref != '' GROUP BY case_ref
        )
        SELECT l.case_ref, d.child_initials, d.plan_type, l.last_date, r.team, r.supervisor, r.supervisee,
               d.record_id, l.n, {CLOSED_SQL}
        FROM last l
        JOIN discussions d ON d.seq = (SELECT d2.seq FROM discussions d2 WHERE d2.case_ref = l.case_ref
                                       AND d2.date = l.last_date ORDER BY d2.seq DESC LIMIT 1)
        JOIN records r ON r.id = d.record_id
        WHERE l.last_date < ? {chosen}
        ORDER BY l.last_date, l.case_ref
        """,
        [as_of.isoformat(), since.isoformat(), *chosen_params],
    )
    keys = ("case_ref", "child_initials", "plan_type", "last_date", "team", "supervisor",
            "supervisee", "record_id", "discussions", "closed")
    for row in cursor:
        yield dict(zip(keys, row))


def unsigned_counts(store: Store, filt: RecordFilter, today: dt.date) -> list[tuple[str, int, int, str | None]]:
    """Per team: (team, drafts, awaiting the supervisee's signature, oldest unsigned date)."""
    where, params = filt.where("r")
    return store.db.execute(
        f"""
        SELECT r.team, sum(r.status = 'draft'), sum(r.status = 'completed'), min(r.date)
        FROM records r
        WHERE {where} AND r.status IN ('draft', 'completed') AND r.date <= ?
        GROUP BY r.team ORDER BY r.team
        """,
        [*params, today.isoformat()],
    ).fetchall()


def unsigned_records(store: Store, filt: RecordFilter, today: dt.date, limit: int | None) -> list[dict]:
    """The oldest records still unsigned by the supervisor (draft) or supervisee (completed)."""
    where, params = filt.where("r")
    sql = (
        f"SELECT r.id, r.date, r.team, r.supervisor, r.supervisee, r.status FROM records r "
        f"WHERE {where} AND r.status IN ('draft', 'completed') AND r.date <= ? ORDER BY r.date, r.id"
    )
    args = [*params, today.isoformat()]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    keys = ("id", "date", "team", "supervisor", "supervisee", "status")
    return [dict(zip(keys, r)) for r in store.db.execute(sql, args)]


def _unchecked(where: str) -> str:
    """The ids of discussions in the filter whose cross-record check is missing or out of date."""
    return f"""
        SELECT d.id FROM discussions d JOIN records r ON r.id = d.record_id
        LEFT JOIN history_checks h ON h.discussion_id = d.id AND h.record_updated_at = r.updated_at
        WHERE {where} AND d.case_ref != '' AND h.discussion_id IS NULL
    """


def history_stored(store: Store) -> bool:
    """Whether the database has the table of stored checks (a read-only, unmigrated one may not)."""
    return store.db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_checks'"
    ).fetchone() is not None


def case_history(store: Store, filt: RecordFilter, only_unchecked: bool = False) -> Iterator[tuple]:
    """Every discussion of every child, in case_ref then date order, for the cross-record checks.

    Yields (case_ref, in_filter, record_id, discussion_id, date, team, supervisor, body, seq).
    All of a child's discussions are streamed (their previous discussion may lie
    outside the filter), but `in_filter` says which ones the report is about. With
    `only_unchecked`, only the children with a discussion in the filter whose stored
    check is missing or stale, and `in_filter` marks those discussions alone.
    """
    where, params = filt.where("r")
    if not only_unchecked:
        return iter(store.db.execute(
            f"""
            SELECT d.case_ref, ({where}) AS in_filter, d.record_id, d.id, d.date, r.team, r.supervisor, d.body, d.seq
            FROM discussions d JOIN records r ON r.id = d.record_id
            WHERE d.case_ref != ''
            ORDER BY d.case_ref, d.date, d.seq
            """,
            params,
        ))
    return iter(store.db.execute(
        f"""
        WITH todo AS ({_unchecked(where)})
        SELECT d.case_ref, d.id IN (SELECT id FROM todo) AS in_filter, d.record_id, d.id, d.date, r.team,
               r.supervisor, d.body, d.seq
        FROM discussions d JOIN records r ON r.id = d.record_id
        WHERE d.case_ref IN (SELECT d2.case_ref FROM discussions d2 WHERE d2.id IN (SELECT id FROM todo))
        ORDER BY d.case_ref, d.date, d.seq
        """,
        params,
    ))


def cases_to_check(store: Store) -> list[str]:
    """The children with a discussion whose stored check is missing or out of date."""
    return [ref for (ref,) in store.db.execute(
        f"SELECT DISTINCT d.case_ref FROM discussions d WHERE d.id IN ({_unchecked('1=1')}) ORDER BY 1"
    )]


def case_discussions(store: Store, case_refs: list[str]) -> Iterator[tuple]:
    """(case_ref, discussion_id, record_id, record_updated_at, body, seq, date, team, supervisor,
    supervisee, status) of these children's discussions, in order."""
    return iter(store.db.execute(
        f"""
        SELECT d.case_ref, d.id, d.record_id, r.updated_at, d.body, d.seq, d.date, r.team, r.supervisor,
               r.supervisee, r.status
        FROM discussions d JOIN records r ON r.id = d.record_id
        WHERE d.case_ref IN ({', '.join('?' * len(case_refs))})
        ORDER BY d.case_ref, d.date, d.seq
        """,
        case_refs,
    ).fetchall())


def newest_change(store: Store) -> str:
    return store.db.execute("SELECT coalesce(max(updated_at), '') FROM records").fetchone()[0]


def save_history_checks(store: Store, checks: list[tuple], findings: list[tuple],
                        complete_as_of: str | None = None) -> None:
    """Store checks (discussion_id, record_id, record_updated_at, previous_id) and their findings
    (discussion_id, n, kind, message, record_id, case_ref, seq, date, team, supervisor, supervisee,
    status), replacing what those discussions had; with `complete_as_of`, every check is done."""
    with store._immediate():
        conn = store.db.conn
        conn.executemany("DELETE FROM history_findings WHERE discussion_id = ?", [(c[0],) for c in checks])
        conn.executemany("DELETE FROM history_checks WHERE discussion_id = ?", [(c[0],) for c in checks])
        conn.executemany("INSERT INTO history_checks VALUES (?, ?, ?, ?)", checks)
        conn.executemany(f"INSERT INTO history_findings VALUES ({', '.join('?' * 12)})", findings)
        if complete_as_of is not None:
            conn.execute("INSERT OR REPLACE INTO history_state VALUES ('complete_as_of', ?)", [complete_as_of])


def history_all_checked(store: Store) -> bool:
    """Cheaply: every discussion has a stored check and none is out of date (a complete check run,
    no record changed since, and as many checks as discussions with a case reference)."""
    row = store.db.execute("SELECT value FROM history_state WHERE key = 'complete_as_of'").fetchone()
    if row is None or store.db.execute("SELECT 1 FROM records WHERE updated_at > ? LIMIT 1", row).fetchone():
        return False
    checks = store.db.execute("SELECT count(*) FROM history_checks").fetchone()[0]
    return checks == store.db.execute("SELECT count(*) FROM discussions WHERE case_ref != ''").fetchone()[0]


def stored_history_counts(store: Store, filt: RecordFilter, all_checked: bool = False) -> list[tuple[str, str, int]]:
    """(team, kind, findings) from the stored checks of the filter's up-to-date discussions."""
    if all_checked:
        where, params = filt.where("f")
        return store.db.execute(
            f"SELECT f.team, f.kind, count(*) FROM history_findings f WHERE {where} "
            "GROUP BY f.team, f.kind ORDER BY f.team, f.kind",
            params,
        ).fetchall()
    where, params = filt.where("r")
    return store.db.execute(
        f"""
        SELECT r.team, f.kind, count(*)
        FROM history_findings f JOIN history_checks h ON h.discussion_id = f.discussion_id
        JOIN records r ON r.id = h.record_id AND r.updated_at = h.record_updated_at
        WHERE {where}
        GROUP BY r.team, f.kind ORDER BY r.team, f.kind
        """,
        params,
    ).fetchall()


def stored_history_recent(store: Store, filt: RecordFilter, limit: int | None,
                          all_checked: bool = False) -> list[tuple]:
    """The most recent stored findings: (case_ref, date, team, supervisor, record_id, discussion_id,
    kind, message, seq, n), newest first (ties: the reverse of case and discussion order)."""
    cols = "f.case_ref, f.date, {a}.team, {a}.supervisor, f.record_id, f.discussion_id, f.kind, f.message, f.seq, f.n"
    order = " ORDER BY f.date DESC, f.case_ref DESC, f.seq DESC, f.n DESC"
    if all_checked:
        where, params = filt.where("f")
        sql = f"SELECT {cols.format(a='f')} FROM history_findings f WHERE {where}{order}"
    else:
        where, params = filt.where("r")
        sql = f"""
            SELECT {cols.format(a='r')}
            FROM history_findings f JOIN history_checks h ON h.discussion_id = f.discussion_id
            JOIN records r ON r.id = h.record_id AND r.updated_at = h.record_updated_at
            WHERE {where}{order}
        """
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return store.db.execute(sql, params).fetchall()


# --- Drill-down: the records behind a figure ----------------------------------------------------


@dataclass(frozen=True)
class Drill:
    """Which records lie behind a figure: the report's filter narrowed further."""

    filt: RecordFilter = field(default_factory=RecordFilter)
    month: str | None = None  # "YYYY-MM"
    band: str | None = None  # a discussion in this band
    criterion_missing: str | None = None  # a discussion that misses this criterion
    brief_descriptive: bool = False  # a discussion judged brief and descriptive
    scored: bool = False  # at least one scored discussion
    case_ref: str | None = None  # the child was discussed
    statuses: tuple[str, ...] = ()
    record_ids: tuple[str, ...] = ()
    until: str | None = None  # dated on or before (ISO date)

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        w, p = self.filt.where("r")
        clauses.append(w)
        params.extend(p)
        if self.month:
            clauses.append("substr(r.date, 1, 7) = ?")
            params.append(self.month)
        if self.until:
            clauses.append("r.date <= ?")
            params.append(self.until)
        score_conds = []
        if self.band:
            if self.band not in BANDS:
                raise ValueError(f"unknown band {self.band!r}")
            score_conds.append("s.band = ?")
            params.append(self.band)
        if self.criterion_missing:
            if self.criterion_missing not in CRITERIA:
                raise ValueError(f"unknown criterion {self.criterion_missing!r}")
            score_conds.append(f"s.{self.criterion_missing} = 0")
        if self.brief_descriptive:
            score_conds.append("s.brief_descriptive = 1")
        if score_conds or self.scored:
            clauses.append(
                "EXISTS (SELECT 1 FROM scores s WHERE s.record_id = r.id"
                + "".join(f" AND {c}" for c in score_conds)
                + ")"
            )
        if self.case_ref:
            clauses.append("EXISTS (SELECT 1 FROM discussions d WHERE d.record_id = r.id AND d.case_ref = ?)")
            params.append(self.case_ref)
        if self.statuses:
            clauses.append(f"r.status IN ({', '.join('?' * len(self.statuses))})")
            params.extend(self.statuses)
        if self.record_ids:
            clauses.append(f"r.id IN ({', '.join('?' * len(self.record_ids))})")
            params.extend(self.record_ids)
        return " AND ".join(clauses), params


def drill_records(store: Store, drill: Drill, *, limit: int = 200, offset: int = 0) -> list[dict]:
    """A page of the records behind a figure, newest first, with their weakest band and score."""
    where, params = drill.where()
    rows = store.db.execute(
        f"""
        SELECT r.id, r.date, r.team, r.supervisor, r.supervisee, r.status, r.n_children,
               {RECORD_BAND_SQL}, {RECORD_SCORE_SQL}
        FROM records r WHERE {where}
        ORDER BY r.date DESC, r.id DESC LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    ).fetchall()
    keys = ("id", "date", "team", "supervisor", "supervisee", "status", "n_children", "band", "score")
    return [dict(zip(keys, r)) for r in rows]


def drill_count(store: Store, drill: Drill) -> int:
    where, params = drill.where()
    return store.db.execute(f"SELECT count(*) FROM records r WHERE {where}", params).fetchone()[0]


# --- Audit samples ------------------------------------------------------------------------------


def strata(store: Store, filt: RecordFilter) -> list[tuple[str, str, int]]:
    """(team, band of the weakest discussion or 'unscored', records) for every non-empty stratum."""
    where, params = filt.where("r")
    return store.db.execute(
        f"""
        SELECT team, band, count(*) FROM (
            SELECT r.team AS team, coalesce({RECORD_BAND_SQL}, '{UNSCORED}') AS band
            FROM records r WHERE {where}
        ) GROUP BY team, band ORDER BY team, band
        """,
        params,
    ).fetchall()


def stratum_ids(store: Store, filt: RecordFilter, team: str, band: str) -> Iterator[str]:
    """The ids of one stratum's records in a fixed order (by id), streamed."""
    where, params = filt.where("r")
    band_cond = f"{RECORD_BAND_SQL} IS NULL" if band == UNSCORED else f"{RECORD_BAND_SQL} = ?"
    args = [*params, team] + ([] if band == UNSCORED else [band])
    for (rid,) in store.db.execute(
        f"SELECT r.id FROM records r WHERE {where} AND r.team = ? AND {band_cond} ORDER BY r.id", args
    ):
        yield rid


def sample_rows(store: Store, record_ids: list[str]) -> list[dict]:
    """What an auditor needs to find each sampled record, in the order of `record_ids`."""
    out: dict[str, dict] = {}
    keys = ("id", "date", "team", "supervisor", "supervisee", "status", "n_children", "band", "score")
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        for row in store.db.execute(
            f"SELECT r.id, r.date, r.team, r.supervisor, r.supervisee, r.status, r.n_children, "
            f"{RECORD_BAND_SQL}, {RECORD_SCORE_SQL} FROM records r WHERE r.id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            out[row[0]] = dict(zip(keys, row))
    return [out[i] for i in record_ids if i in out]


# --- Names the filters can take -----------------------------------------------------------------

NAME_COLUMNS = ("team", "supervisor", "supervisee")


def names(store: Store, column: str) -> list[str]:
    """Every team, supervisor or supervisee name in the records, as spelt there."""
    if column not in NAME_COLUMNS:
        raise ValueError(f"no names in {column!r}; one of {', '.join(NAME_COLUMNS)}")
    return [n for (n,) in store.db.execute(
        f"SELECT DISTINCT {column} FROM records WHERE {column} != '' ORDER BY {column}"
    )]


def sample_discussion_rows(store: Store, record_ids: list[str]) -> list[dict]:
    """One row per case discussion of the sampled records, with the checker's stored verdicts.

    In the order of `record_ids`, then each record's own order of discussions;
    score, band and the criteria are None where the discussion is not scored.
    """
    keys = ("record_id", "discussion_id", "date", "team", "supervisor", "supervisee",
            "child_initials", "case_ref", "checker_score", "checker_band", *CRITERIA)
    crits = ", ".join(f"s.{c}" for c in CRITERIA)
    by_record: dict[str, list[dict]] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        for row in store.db.execute(
            f"SELECT r.id, d.id, r.date, r.team, r.supervisor, r.supervisee, d.child_initials, d.case_ref, "
            f"s.score, s.band, {crits} FROM records r JOIN discussions d ON d.record_id = r.id "
            f"LEFT JOIN scores s ON s.discussion_id = d.id "
            f"WHERE r.id IN ({', '.join('?' * len(chunk))}) ORDER BY r.id, d.position",
            chunk,
        ):
            by_record.setdefault(row[0], []).append(dict(zip(keys, row)))
    return [row for rid in record_ids for row in by_record.get(rid, [])]
