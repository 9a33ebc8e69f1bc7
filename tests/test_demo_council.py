"""The demo as a council a quality lead would recognise (issue 17, item 6): the band mix, the
spread of scores and of teams, children not discussed and supervision on time, printed
(`pytest -s tests/test_demo_council.py`) and held to what a council's audits look like."""

import datetime as dt
from collections import Counter

import pytest

from supervision_tui.batch import score_store
from supervision_tui.demo import generate_records
from supervision_tui.reports import ReportOptions, build_report
from supervision_tui.store import Store

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("council") / "demo.db", actor="test")
    store.import_records(generate_records(1500, seed=7, today=TODAY))
    score_store(store, jobs=1)
    yield store
    store.close()


def test_the_demo_looks_like_a_councils_audits(council):
    rows = council.db.execute("SELECT band, score FROM scores").fetchall()
    bands = Counter(b for b, _ in rows)
    n = len(rows)
    share = {b: bands[b] / n for b in ("inadequate", "requires_improvement", "good", "outstanding")}
    spread = Counter(min(s // 10, 9) for _, s in rows)
    print(f"\n{n:,} case discussions: " + ", ".join(f"{b} {100 * v:.0f}%" for b, v in share.items()))
    print("scores by tens: " + " ".join(f"{10 * k}-{10 * k + 9}: {spread[k]}" for k in range(10)))
    rep = build_report(council, ReportOptions(today=TODAY, limit=None, include_history=False))
    teams = [(t.key, t.bands["inadequate"] / t.discussions, t.mean_score) for t in rep.by_team if t.discussions >= 30]
    print(f"{len(teams)} teams: inadequate {min(t[1] for t in teams):.0%} to {max(t[1] for t in teams):.0%}, "
          f"mean score {min(t[2] for t in teams):.1f} to {max(t[2] for t in teams):.1f}")
    children = council.db.execute("SELECT count(DISTINCT case_ref) FROM discussions").fetchone()[0]
    late = sorted(o.days_overdue for o in rep.overdue)
    print(f"children not discussed for 8 weeks: {rep.not_discussed_total} of {children} "
          f"({rep.not_discussed_closed} more closed); supervisees overdue: {rep.overdue_total} of "
          f"{rep.supervisees_total}, median {late[len(late) // 2] if late else 0} days")
    on_time = [o for o in rep.on_time if o.team == "All teams"]
    print("on time at each month's end: " + ", ".join(f"{o.month} {o.pct:.0f}%" for o in on_time))

    # mostly requires improvement and good; some inadequate, a few outstanding
    assert share["requires_improvement"] + share["good"] >= 0.6
    assert 0.05 <= share["inadequate"] <= 0.2 and 0.03 <= share["outstanding"] <= 0.2
    assert share["good"] >= 0.2
    # no team that is nearly all inadequate
    assert max(t[1] for t in teams) <= 0.5
    # cases close and a leaver's children go to colleagues, so most children have been discussed
    # lately (59% were not, before the demo closed cases and reallocated them)
    assert rep.not_discussed_total / children <= 0.4
    assert rep.not_discussed_closed > 0
    assert rep.overdue_total / rep.supervisees_total <= 0.5


def test_seasonal_gaps_and_workers_who_leave(council):
    per_month = dict(council.db.execute(
        "SELECT substr(date, 1, 7), count(*) FROM records WHERE type != 'ad_hoc' GROUP BY 1").fetchall())
    # August has fewer supervisions than the months around it
    assert per_month["2026-08"] < min(per_month["2026-07"], per_month["2026-09"])
    last = dict(council.db.execute("SELECT supervisee, max(date) FROM records GROUP BY supervisee").fetchall())
    gone = [w for w, d in last.items() if dt.date.fromisoformat(d) < TODAY - dt.timedelta(days=60)]
    assert gone  # some workers left the council during the year
