"""schema/ is generated from the code: a change to either without the other fails here."""

from pathlib import Path

import pytest

from supervision_tui.schema_files import schema_files

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


@pytest.mark.parametrize("name", sorted(schema_files()))
def test_schema_file_matches_code(name):
    expected = schema_files()[name]
    path = SCHEMA_DIR / name
    assert path.exists(), f"schema/{name} is missing: run scripts/generate_schema.py"
    assert path.read_text(encoding="utf-8") == expected, (
        f"schema/{name} has drifted from the code: run scripts/generate_schema.py"
    )


def test_record_schema_validates_a_record_and_refuses_unknown_fields():
    import json

    import jsonschema

    from supervision_tui.models import SupervisionRecord

    schema = json.loads((SCHEMA_DIR / "supervision_record.schema.json").read_text())
    good = json.loads(SupervisionRecord(date="2026-03-02").model_dump_json())
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "colour": "red"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "status": "published"}, schema)
