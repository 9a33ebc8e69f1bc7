"""`supervision-tui score --input FILE`: CSV or JSON Lines, one output per row, in order."""

import json

import pytest
from click.testing import CliRunner
from helpers import full_record

from supervision_tui.cli import cli
from supervision_tui.quality import assess_text

WEAK = "Discussed, continue with plan."
STRONG = (
    "J told me she is scared when dad shouts; I wonder whether the shouting is why she has stopped eating at school. "
    "Decision: strategy discussion today because the risk has increased. Action: SW to visit J at school by Friday."
)


def run(*args):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(f'id,author,text\nn1,TM,"{WEAK}"\nn2,TM,"{STRONG}"\n,TM,\n', encoding="utf-8")
    return path


def test_csv_rows_come_back_in_order_with_their_ids(csv_file, tmp_path):
    out = tmp_path / "out.jsonl"
    db = tmp_path / "never.db"
    result = run("score", "--db", str(db), "--input", str(csv_file), "--output", str(out))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["row"] for r in rows] == [1, 2, 3]
    assert [r.get("id") for r in rows] == ["n1", "n2", None]
    assert "id" not in rows[2]  # a row without an id carries none
    assert rows[0]["score"] == assess_text(WEAK).score
    assert rows[1]["score"] == assess_text(STRONG).score
    assert rows[0]["brief_descriptive"] is True
    assert set(rows[1]["criteria"]["reflection"]) >= {"met", "strength", "evidence", "prompt"}
    assert not db.exists()  # scoring a file never touches the database


def test_json_prints_one_object_per_row_on_stdout(csv_file):
    result = run("score", "--input", str(csv_file), "--json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["row"] for line in lines] == [1, 2, 3]
    assert "Scored 3 rows" in result.stderr


def test_jsonl_rows_may_be_text_records_or_discussions(tmp_path):
    record = full_record()
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": 7, "note": STRONG}),
            record.model_dump_json(),
            "",
            record.discussions[0].model_dump_json(),
            json.dumps({"note": WEAK}),
        ]) + "\n",
        encoding="utf-8",
    )
    result = run("score", "--input", str(path), "--text-column", "note", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["row"] for r in rows] == [1, 2, 3, 4]
    assert rows[0]["id"] == "7"
    assert rows[1]["id"] == record.id and rows[1]["kind"] == "record"
    assert [d["case_ref"] for d in rows[1]["discussions"]] == ["CMS-204511", "CMS-300912"]
    assert rows[1]["score"] == min(d["score"] for d in rows[1]["discussions"])
    assert rows[2]["id"] == record.discussions[0].id
    assert rows[2]["score"] == rows[1]["discussions"][0]["score"]
    assert "id" not in rows[3]


def test_the_format_is_sniffed_when_the_extension_says_nothing(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(json.dumps({"id": "a", "text": WEAK}) + "\n", encoding="utf-8")
    result = run("score", "--input", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "a"


@pytest.mark.parametrize(
    "name, content, extra, message",
    [
        ("n.csv", "id,body\n1,hello\n", [], "no column 'text' (--text-column); the columns are: id, body"),
        ("n.csv", 'id,text\n1,"unclosed\n', [], "malformed CSV"),
        ("n.csv", "id,text\n1,hello,extra\n", [], "line 2: malformed CSV (3 fields, the header has 2)"),
        ("n.jsonl", '{"text": "ok"}\n{"text": \n', [], "n.jsonl line 2: malformed JSON"),
        ("n.jsonl", '{"body": "ok"}\n', [], "no 'text' field"),
        ("n.jsonl", '{"supervisor": "A", "date": "2026-02-30"}\n', [], "n.jsonl line 1: date"),
        ("n.jsonl", '{"text": 5}\n', [], "'text' is not text"),
        ("n.csv", "", [], "empty, no header row"),
    ],
)
def test_bad_input_is_one_clear_line_and_nothing_is_written(tmp_path, name, content, extra, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("score", "--db", str(tmp_path / "x.db"), "--input", str(path), "--output", str(out), *extra)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert not out.exists()
    assert not (tmp_path / "x.db").exists()
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_missing_input_file(tmp_path):
    result = run("score", "--input", str(tmp_path / "gone.csv"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'gone.csv'}: no such file"


def test_bad_input_with_json_prints_nothing_on_stdout(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text(f'id,text\n1,"{WEAK}"\n2,"{WEAK}",x\n', encoding="utf-8")
    result = run("score", "--input", str(path), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""  # every row is checked before the first is written


def test_a_run_that_fails_half_way_leaves_no_output_file(csv_file, tmp_path, monkeypatch):
    import supervision_tui.quality as quality

    calls = []

    def failing(text, child=None):
        calls.append(text)
        if len(calls) == 2:
            raise RuntimeError("checker crashed")
        return assess_text(text, child)

    monkeypatch.setattr(quality, "assess_text", failing)
    out = tmp_path / "out.jsonl"
    result = run("score", "--input", str(csv_file), "--output", str(out))
    assert result.exit_code != 0
    assert len(calls) == 2
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]  # no temporary file left behind


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("to", ["--json", "--output"])
def test_the_first_bad_row_of_a_long_file_is_named_before_anything_is_printed(tmp_path, jobs, to):
    # long enough that the rows are checked on worker processes, in many tasks: with --json
    # before the first line is printed, with --output as they are scored, the file never published
    lines = [json.dumps({"id": str(i), "text": WEAK}) for i in range(400)]
    lines[249] = '{"text": "cut off'
    lines[330] = '{"text": 5}'
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("score", "--input", str(path), "--jobs", jobs, *(["--json"] if to == "--json" else ["--output", str(out)]))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.jsonl"]
    assert result.stderr.strip().startswith("Error: n.jsonl line 250: malformed JSON")
    assert len(result.stderr.strip().splitlines()) == 1


def _as_array(items, indent=None):
    return json.dumps(items, indent=indent)


@pytest.mark.parametrize("read_size", [1, 7, 1 << 16])
@pytest.mark.parametrize("indent", [None, 2])
def test_a_json_array_is_read_an_item_at_a_time_whatever_the_pieces(tmp_path, read_size, indent):
    from supervision_tui.batch import inputs

    items = [{"id": "a", "text": WEAK}, {"id": 12345, "text": STRONG}, {"id": "c", "text": "x ] , [ \" }"},
             {"text": "é ✓ 😀"}]
    path = tmp_path / "n.json"
    path.write_text(" \n" + _as_array(items, indent) + "\n", encoding="utf-8")
    with open(path, encoding="utf-8") as fh:
        fh.read(0)
        rows = list(inputs._iter_json_array(fh, "n.json", read_size=read_size))
    assert [json.loads(raw) for _, _, raw in rows] == items
    assert [where for _, where, _ in rows] == [f"n.json item {i}" for i in range(1, 5)]


def test_a_json_array_scores_like_json_lines(tmp_path):
    items = [{"id": "a", "text": WEAK}, {"id": "b", "text": STRONG}]
    array, lines = tmp_path / "n.json", tmp_path / "n.jsonl"
    array.write_text(_as_array(items, 1), encoding="utf-8")
    lines.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    a, b = run("score", "--input", str(array), "--json"), run("score", "--input", str(lines), "--json")
    assert a.exit_code == 0 and b.exit_code == 0
    assert a.stdout == b.stdout and len(a.stdout.splitlines()) == 2
    assert run("score", "--input", str(tmp_path / "empty.json"), "--json").exit_code == 1
    (tmp_path / "empty.json").write_text("[ ]", encoding="utf-8")
    assert run("score", "--input", str(tmp_path / "empty.json"), "--json").exit_code == 0


@pytest.mark.parametrize(
    "content, message",
    [
        ('[{"text": "ok"}, {"text": "cut', "n.json item 2: malformed JSON (Unterminated string starting at character 10 of the item)"),
        ('[{"text": "ok"} {"text": "b"}]', "n.json item 1: malformed JSON (a ',' or ']' should follow it)"),
        ('[{"text": "ok"},', "n.json: malformed JSON (the array is never closed)"),
        ('[{"text": "ok"}] {"text": "b"}', "n.json: malformed JSON (more after the array's closing ']')"),
        ('[{"text": "ok"}, 5]', "n.json item 2: expected a JSON object"),
        ('[{"text": "ok"}, {"text": 5}]', "n.json item 2: 'text' is not text"),
    ],
)
def test_a_bad_json_array_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "n.json"
    path.write_text(content, encoding="utf-8")
    result = run("score", "--input", str(path), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"Error: {message}"
