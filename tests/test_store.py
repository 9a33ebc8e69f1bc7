"""The store's promises (DESIGN.md section 4)."""

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest
from helpers import full_record

from supervision_tui.models import Action, CaseDiscussion, Status, SupervisionRecord
from supervision_tui.store import RecordFilter, RecordLocked, Store, StoreError


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "s.db", actor="tester")
    yield s
    s.close()


def test_new_database_is_private_and_in_wal_mode(tmp_path):
    s = Store.open(tmp_path / "new.db")
    s.save(full_record())
    for name in os.listdir(tmp_path):
        mode = stat.S_IMODE(os.stat(tmp_path / name).st_mode)
        assert mode == 0o600, f"{name} is {oct(mode)}"
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert s.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    s.close()


def test_every_field_round_trips(store):
    record = store.save(full_record())
    loaded = store.load(record.id)
    assert loaded == record
    # and the dump is identical field for field, nested lists included
    assert loaded.model_dump() == record.model_dump()
    assert loaded.discussions[0].previous_actions[1].note == "family declined for now"
    assert loaded.discussions[0].safety_scale == 4


def test_signed_record_refuses_edits_and_takes_an_addendum(store):
    record = store.save(full_record())
    signed = store.sign_as_supervisor(record.id, "Priya Shah")
    assert signed.status == Status.completed
    edited = signed.model_copy(update={"status": Status.draft, "supervisee": "Someone Else"})
    with pytest.raises(RecordLocked):
        store.save(edited)
    assert store.load(record.id).supervisee == "Tom Ellery"
    store.add_addendum(record.id, "Priya Shah", "date of RCPC was wrong", "The RCPC was on 12 November.")
    agreed = store.record_supervisee_response(record.id, "Tom Ellery", agrees=False, comment="I think the plan is working.")
    assert agreed.status == Status.agreed
    assert agreed.addenda[0].reason == "date of RCPC was wrong"
    assert agreed.signoffs[1].comment == "I think the plan is working."
    with pytest.raises(RecordLocked):
        store.sign_as_supervisor(record.id, "Priya Shah")
    actions = [e.action for e in store.audit_entries(record.id)]
    assert actions == ["create", "sign_supervisor", "addendum", "sign_supervisee"]
    assert store.verify().ok


def test_draft_cannot_take_an_addendum_and_disagreement_needs_words(store):
    record = store.save(full_record())
    with pytest.raises(StoreError):
        store.add_addendum(record.id, "x", "why", "text")
    store.sign_as_supervisor(record.id, "Priya Shah")
    with pytest.raises(StoreError):
        store.record_supervisee_response(record.id, "Tom", agrees=False, comment="  ")


def test_editing_an_audit_row_is_refused_and_detected(store, tmp_path):
    record = store.save(full_record())
    store.sign_as_supervisor(record.id, "Priya Shah")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    # someone who drops the guard and edits is still caught by the hash chain
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    conn.commit()
    conn.close()
    result = store.verify()
    assert not result.ok
    assert any("altered" in p for p in result.problems)


def test_editing_a_signed_record_behind_the_stores_back_is_detected(store, tmp_path):
    record = store.save(full_record())
    store.sign_as_supervisor(record.id, "Priya Shah")
    assert store.verify().ok
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute(
        "UPDATE discussions SET body = replace(body, 'never any breakfast', 'plenty of breakfast')"
    )
    conn.commit()
    conn.close()
    result = store.verify()
    assert not result.ok
    assert any(record.id in p for p in result.problems)


def test_deleted_audit_row_breaks_the_chain(store, tmp_path):
    for _ in range(3):
        store.save(full_record())
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.commit()
    conn.close()
    assert not store.verify().ok


def test_list_filters_and_pages(store):
    for day in range(1, 31):
        store.save(full_record(date=dt.date(2026, 4, day), team="A" if day % 2 else "B", next_supervision=None))
    assert store.count() == 30
    assert store.count(RecordFilter(team="A")) == 15
    page1 = store.list_records(RecordFilter(team="B"), limit=10)
    page2 = store.list_records(RecordFilter(team="B"), limit=10, offset=10)
    assert [r.date.day for r in page1] == list(range(30, 10, -2))
    assert [r.date.day for r in page2] == list(range(10, 0, -2))
    window = RecordFilter(date_from=dt.date(2026, 4, 10), date_to=dt.date(2026, 4, 12))
    assert store.count(window) == 3
    assert len(list(store.iter_records(window, batch=2))) == 3


def test_full_text_search_finds_words_and_stems(store):
    a = store.save(full_record())
    store.save(full_record(discussions=[CaseDiscussion(case_ref="CMS-1", update="Housing is overcrowded.")]))
    hits = store.search("breakfast")
    assert {h.record_id for h in hits} == {a.id}
    assert hits[0].case_ref == "CMS-204511"
    assert "[breakfast]" in hits[0].snippet
    assert store.search("overcrowd")  # porter stemming
    assert store.search('"unbalanced quote AND (') == []  # user input never reaches FTS syntax


def test_previous_discussion_carries_the_childs_last_actions(store):
    first = store.save(full_record(date=dt.date(2026, 1, 5), next_supervision=None))
    second = full_record(date=dt.date(2026, 2, 5), next_supervision=None)
    prev = store.previous_discussion("CMS-204511", second.date, exclude_record_id=second.id)
    assert prev is not None and prev.id == first.discussions[0].id
    assert prev.actions[0].action == "Book legal gateway"
    assert store.previous_discussion("CMS-204511", dt.date(2025, 12, 1)) is None


def test_invalid_values_never_reach_the_store():
    with pytest.raises(ValueError):
        SupervisionRecord(date="2026-02-30")
    with pytest.raises(ValueError):
        SupervisionRecord(date="2026-02-03", status="published")
    with pytest.raises(ValueError):
        CaseDiscussion(safety_scale=11)
    with pytest.raises(ValueError):
        Action(action="x", due="next week")
    with pytest.raises(ValueError):
        SupervisionRecord(date="2026-02-03", next_supervision="2026-01-01")


def test_import_is_all_or_nothing(store):
    good = full_record()
    store.save(good)
    before = store.count()
    with pytest.raises(StoreError):
        store.import_records([full_record(), good])  # the second is already there
    assert store.count() == before


def test_migration_from_the_first_version_keeps_data(tmp_path):
    path = tmp_path / "old.db"
    old = Store.open(path, migrate=False)
    old.migrate(stop_before="m002_scores_and_pseudonyms")
    assert old.schema_version == ["m001_initial"]
    record = old.save(full_record())
    assert not old.db["scores"].exists()
    old.close()
    new = Store.open(path)
    assert new.schema_version[:3] == ["m001_initial", "m002_scores_and_pseudonyms", "m003_record_order_index"]
    assert "m004_i16_audits" in new.schema_version and new.db["audits"].exists()
    indexes = {i.name for i in new.db["records"].indexes}
    assert "idx_records_date_id" in indexes and "idx_records_date" not in indexes
    assert new.db["scores"].exists() and new.db["pseudonyms"].exists()
    assert new.load(record.id) == record
    assert new.verify().ok
    new.close()


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    Store.open(path).close()
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(os.path.dirname(__file__))!r})
        from helpers import full_record
        from supervision_tui.store import Store
        s = Store.open({str(path)!r}, actor=sys.argv[1])
        for i in range(60):
            s.save(full_record(supervisee=sys.argv[1] + str(i)))
        s.close()
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, who]) for who in ("alice", "bob")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    s = Store.open(path)
    assert s.count() == 120
    assert len(s.audit_entries()) == 120
    assert s.verify().ok
    s.close()


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello, this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a supervision-tui database"):
        Store.open(bad)


def test_bulk_import_is_searchable_and_later_saves_still_index(store):
    imported = full_record()
    assert store.import_records([imported]) == 1
    assert [h.record_id for h in store.search("breakfast")] == [imported.id]
    later = store.save(full_record(discussions=[CaseDiscussion(case_ref="CMS-9", update="Trampoline accident at school.")]))
    assert [h.record_id for h in store.search("trampoline")] == [later.id]
    # a failed import leaves the index trigger in place
    with pytest.raises(StoreError):
        store.import_records([full_record(), imported])
    again = store.save(full_record(discussions=[CaseDiscussion(case_ref="CMS-10", update="Scooter stolen.")]))
    assert [h.record_id for h in store.search("scooter")] == [again.id]


def test_import_refuses_a_case_discussion_that_belongs_to_another_record(store):
    first = store.save(full_record())
    thief = full_record(discussions=[first.discussions[0]])
    with pytest.raises(StoreError, match="already in the database"):
        store.import_records([thief])
    assert store.load(first.id).discussions[0].id == first.discussions[0].id
    assert store.count() == 1


def test_a_database_this_process_holds_is_never_opened_raw_again(tmp_path, monkeypatch):
    """POSIX locks belong to the process: closing any descriptor of the database drops the
    locks SQLite holds through another connection (then the WAL can be deleted under it).
    A second connection (an export's snapshot, the app's scoring) must not read it raw."""
    import builtins

    db = tmp_path / "held.db"
    store = Store.open(db)
    store.save(full_record())
    opened = []
    real_open = builtins.open

    def spying_open(file, *args, **kwargs):
        if os.path.abspath(str(file)) == str(db):
            opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying_open)
    with store.snapshot() as view:
        assert view.db.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    second = Store.open(db)
    second.close()
    assert opened == []
    store.close()
    # once nothing holds it, the file is checked again before SQLite touches it
    Store.open(db).close()
    assert len(opened) == 1
    (tmp_path / "foreign.db").write_bytes(b"not a database at all")
    with pytest.raises(StoreError, match="not a supervision-tui database"):
        Store.open(tmp_path / "foreign.db")


def _older_version_with_an_unlogged_addendum(path):
    """A database as versions before m007 left it: an imported record's addendum stored but not
    logged (as their import and demo did), and one added in the app, logged."""
    from supervision_tui.models import Addendum, SupervisionRecord

    old = Store.open(path, migrate=False)
    old.migrate(stop_before="m007_addenda_logged_on_upgrade")
    signed = SupervisionRecord.model_validate({**full_record().model_dump(), "status": "completed"})
    old.import_records([signed])
    imported = Addendum(author="Priya Shah", reason="date corrected", text="The visit was on the 3rd.")
    with old._immediate():
        old._insert_addendum(signed.id, imported)
    in_app = old.add_addendum(signed.id, "Priya Shah", "spelling", "Read 'Ellery' for 'Elery'.")
    old.close()
    return signed.id, imported, in_app


def test_an_upgrade_logs_the_addenda_an_older_version_left_unlogged_once(tmp_path):
    path = tmp_path / "old.db"
    _, imported, in_app = _older_version_with_an_unlogged_addendum(path)
    store = Store.open(path)
    upgrades = [e for e in store.audit_entries() if e.action == "upgrade"]
    assert len(upgrades) == 1 and list(upgrades[0].detail["addenda"]) == [imported.id]
    result = store.verify()
    assert result.ok, result.problems
    assert len(result.notes) == 1 and "1 addendum was stored by an older version" in result.notes[0]
    store.close()
    again = Store.open(path)  # opening again logs nothing more
    assert len([e for e in again.audit_entries() if e.action == "upgrade"]) == 1
    again.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE addenda SET text = 'The visit was on the 5th.' WHERE id = ?", [imported.id])
    conn.commit()
    conn.close()
    edited = Store.open(path).verify()  # an edit after the upgrade is caught
    assert any(imported.id in p for p in edited.problems)


def test_an_upgrade_entry_cannot_vouch_for_an_addendum_the_log_already_holds(tmp_path):
    path = tmp_path / "old.db"
    record_id, _, in_app = _older_version_with_an_unlogged_addendum(path)
    store = Store.open(path)
    forged_text = "Nothing happened."
    conn = store.db.conn
    conn.execute("UPDATE addenda SET text = ? WHERE id = ?", [forged_text, in_app.id])
    from supervision_tui.store.db import _addendum_hash

    with store._immediate():
        store._audit("upgrade", None, {"addenda": {in_app.id: _addendum_hash(
            in_app.id, record_id, in_app.author, in_app.created_at.isoformat(), in_app.reason, forged_text)}})
    result = store.verify()
    assert not result.ok and any(in_app.id in p for p in result.problems)
    store.close()
