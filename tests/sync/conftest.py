"""A kabupaten hub (SQLite or PostgreSQL) and desa installations enrolled at it, as `init` makes them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.services.container import Services, build_services
from puskesos_desktop.settings import Settings

KAB_CODE = "3201"
DESA_CODES = ("3201052009", "3201052004", "3201052008")  # Bojong Koneng, Cijayanti, Sumur Batu
LAPTOP_PASSWORD = "sandi-laptop-desa"


class Network:
    """One kabupaten and the desas made for a test; files travel through `stick`."""

    def __init__(self, hub: Services, template: Path, root: Path) -> None:
        self.hub = hub
        self.root = root
        self.stick = root / "flashdisk"
        self.stick.mkdir()
        self._template = template
        self.desas: dict[str, Services] = {}
        hub.setup.initialize(OfficeDraft(Mode.KABUPATEN, KAB_CODE, "Dinas Sosial Kabupaten Bogor"))
        hub.sync.make_keys()
        self.hub_key = root / "kabupaten.pub.json"
        hub.sync.write_own_identity(self.hub_key)

    def desa(self, code: str = DESA_CODES[0], *, enroll: bool = True, replaces_lost: bool = False) -> Services:
        db = self.root / f"desa-{code}-{len(self.desas)}.sqlite3"
        shutil.copy(self._template, db)
        sv = build_services(Settings.from_args(str(db)))
        sv.setup.initialize(OfficeDraft(Mode.DESA, code, f"Puskesos {code}"), replaces_lost=replaces_lost)
        sv.sync.make_keys()
        sv.sync.set_kabupaten(self.hub_key)
        if enroll:
            enrollment = self.root / f"enroll-{code}-{len(self.desas)}.json"
            sv.sync.write_own_identity(enrollment)
            self.hub.sync.enroll(enrollment)
        self.desas[str(db)] = sv
        return sv

    def encrypted_desa(self, code: str = DESA_CODES[0], *, folder: Path | None = None) -> Services:
        """A desa as a laptop has it: an encrypted database with an administrator signed in, enrolled."""
        from puskesos_desktop.services.access import Access

        db = (folder or self.root / f"laptop-{len(self.desas)}") / "puskesos.sqlite3"
        db.parent.mkdir(parents=True, exist_ok=True)
        sv = Access(Settings.from_args(str(db))).create()
        sv.setup.initialize(OfficeDraft(Mode.DESA, code, f"Puskesos {code}"), admin_username="admin",
                            admin_password=LAPTOP_PASSWORD)
        sv.keyring.take_recovery_code()
        sv.operators.begin_session("admin")
        sv.sync.make_keys()
        sv.sync.set_kabupaten(self.hub_key)
        enrollment = self.root / f"enroll-{code}-{len(self.desas)}.json"
        sv.sync.write_own_identity(enrollment)
        self.hub.sync.enroll(enrollment)
        self.desas[str(db)] = sv
        return sv

    def open_laptop(self, db: Path) -> Services:
        """An encrypted desa database (again, or restored), signed in as its administrator."""
        from puskesos_desktop.services.access import Access

        sv = Access(Settings.from_args(str(db))).sign_in("admin", LAPTOP_PASSWORD)
        self.desas[f"{db}#{len(self.desas)}"] = sv
        return sv

    def send_up(self, desa: Services) -> Path:
        return Path(desa.sync.export(self.stick).path)

    def send_down(self, desa: Services) -> Path:
        return Path(self.hub.sync.export(self.stick, desa.setup.office().region_code).path)

    def close(self) -> None:
        for sv in self.desas.values():
            sv.close()


@pytest.fixture
def network(request, backend, template_db, tmp_path) -> Network:
    """The kabupaten on each backend (SQLite, PostgreSQL); desas are always SQLite laptops."""
    hub = request.getfixturevalue("empty_services" if backend == "sqlite" else "pg_empty_services")
    net = Network(hub, template_db, tmp_path)
    yield net
    net.close()
