"""Start-up time (issue 9): the window's start path loads no library it does not need yet.

Each check runs in a fresh Python, the way a user starts the application, and reads `sys.modules`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from puskesos_desktop.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[1]
BASELINE_DB = ROOT / "tests" / "fixtures" / "puskesos-0001_baseline.sqlite3"
# What the window's start path must leave for later: migrations, lokal's package (its PII detectors;
# the region tables are read without it), printing, spreadsheets, bundle crypto, the PostgreSQL dialect.
DEFERRED = ("alembic", "lokal", "reportlab", "openpyxl", "cryptography", "pyrage", "sqlalchemy.dialects.postgresql")

_START = """
import json, sys
from puskesos_desktop import app
from puskesos_desktop.services.container import build_services
from puskesos_desktop.settings import Settings
services = build_services(Settings.from_args(sys.argv[1]))
services.setup.is_initialized(), services.operators.has_operators(), services.setup.office()
with services.engine.connect() as conn:
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
services.close()
print(json.dumps({"loaded": [d for d in sys.argv[2:] if any(m == d or m.startswith(d + ".") for m in sys.modules)],
                  "revision": revision, "backup": bool(services.backup_taken)}))
"""


def _start(db: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _START, str(db), *DEFERRED], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_opening_an_up_to_date_database_loads_no_alembic_region_print_or_spreadsheet_code(services):
    started = _start(Path(services.engine.url.database))
    assert started == {"loaded": [], "revision": head_revision(), "backup": False}


def test_a_database_that_needs_a_migration_is_still_upgraded_on_the_same_path(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the backup copy goes to the user's data dir
    db = tmp_path / "lama.sqlite3"
    shutil.copy(BASELINE_DB, db)
    started = _start(db)
    assert "alembic" in started["loaded"]
    assert (started["revision"], started["backup"]) == (head_revision(), True)
