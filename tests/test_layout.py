"""The shape of DESIGN.md section 1: the core imports no face, and only the store speaks SQL."""

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "supervision_tui"
CORE = ["models", "store", "quality", "batch", "reports.figures", "reports.selection", "reports.overdue",
        "reports.sample", "export", "demo"]


def test_the_core_imports_neither_textual_nor_rich():
    code = (
        "import sys\n"
        + "".join(f"import supervision_tui.{m}\n" for m in CORE)
        + "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_checker_knows_nothing_of_sqlite():
    code = "import sys, supervision_tui.quality\nprint('sqlite3' in sys.modules or 'sqlite_utils' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sql_lives_only_in_the_store():
    sql = re.compile(r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts and sql.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
