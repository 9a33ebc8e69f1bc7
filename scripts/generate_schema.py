"""Write schema/ from the models and the store's migrations: run after changing either."""

from pathlib import Path

from supervision_tui.schema_files import schema_files

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"

if __name__ == "__main__":
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name, text in schema_files().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote schema/{name}")
