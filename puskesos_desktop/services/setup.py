"""First-run set-up of the installation (the wizard and `puskesos init`), and the office settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select

from ..core import rules
from ..core.codes import Mode, Role
from ..core.errors import PuskesosError
from ..core.ids import new_id
from ..core.model import Office, OfficeDraft
from ..db import mapping
from ..db.records import OfficeRecord, SyncOriginRecord
from .catalogue import ensure_seeded
from .context import Context
from .operators import OperatorService
from .recovery_sheet import write_recovery_sheet

if TYPE_CHECKING:
    from .keyring import Keyring


class AlreadyInitialized(PuskesosError):
    """The installation was set up before; setting it up again would split its identity."""


class SetupService:
    def __init__(self, context: Context, operators: OperatorService) -> None:
        self._ctx = context
        self._operators = operators
        self.keyring: Keyring | None = None  # a new encrypted installation: the admin completes its key file

    def is_initialized(self) -> bool:
        with self._ctx.reading() as s:
            return s.execute(select(OfficeRecord.id)).first() is not None

    def office(self) -> Office | None:
        with self._ctx.reading() as s:
            record = s.execute(select(OfficeRecord)).scalar_one_or_none()
            return mapping.office(record) if record else None

    def recovery_sheet(self, code: str, out: BinaryIO) -> None:
        """The "Kode Pemulihan" sheet of this office for a code just shown (set-up, or a new code)."""
        write_recovery_sheet(code, self.office(), out)

    def logo(self) -> bytes | None:
        with self._ctx.reading() as s:
            return s.execute(select(OfficeRecord.logo_png)).scalar_one_or_none()

    def initialize(
        self, draft: OfficeDraft, *, admin_username: str | None = None,
        admin_password: str | None = None, admin_full_name: str = "", replaces_lost: bool = False,
    ) -> Office:
        """Creates the office, its local sync origin and (from the wizard) the first administrator.

        `replaces_lost` (a desa): this laptop replaces one lost with no backup. Until the kabupaten's
        return bundle has brought the desa's data back, no letter number is given, as after a restore
        (the lost laptop's numbers come back with it; docs/bundle-format.md, *Successor*)."""
        problems = rules.check_office(draft)
        if admin_username is not None:
            problems.extend(self._operators.check_new(admin_username, admin_password or "", Role.ADMIN))
        problems.raise_if_errors()
        with self._ctx.transaction() as s:
            if s.execute(select(OfficeRecord.id)).first() is not None:
                raise AlreadyInitialized("Instalasi ini sudah disiapkan sebelumnya.")
            origin = SyncOriginRecord(
                id=new_id(), kind=draft.mode.value, region_code=draft.region_code, incarnation=1,
                last_seq=0, is_local=True,
                **({"reseed_seq": 0, "reseed_audit_seq": 0, "reseed_first_seq": 0}
                   if replaces_lost and draft.mode is Mode.DESA else {}),
            )
            s.add(origin)
            s.flush()
            record = OfficeRecord(id=new_id(), local_origin_id=origin.id, mode=draft.mode.value)
            _apply_office(record, draft)
            s.add(record)
            if admin_username is not None:
                admin = self._operators.insert(s, admin_username, admin_password or "", Role.ADMIN, admin_full_name)
                if self.keyring is not None and self.keyring.setting_up:  # before the commit (docs/decisions.md)
                    self.keyring.establish(admin.username, admin_password or "", record.name)
            if draft.mode is Mode.KABUPATEN:
                # The kabupaten owns master data: its catalogue exists from the start and travels to
                # every desa in return bundles (a desa seeds its own lazily, then hands it over).
                s.flush()
                ensure_seeded(s)
            self._ctx.audit(s, "setup", "office", record.id, draft.mode.value)
            s.flush()
            return mapping.office(record)

    def update_office(self, draft: OfficeDraft) -> Office:
        """Changes name, contact, logo and letter settings; the mode and region never change."""
        self._ctx.require({Role.ADMIN}, "mengubah pengaturan kantor")
        with self._ctx.transaction() as s:
            record = s.execute(select(OfficeRecord)).scalar_one()
            rules.check_office(draft).raise_if_errors()
            if draft.mode.value != record.mode or draft.region_code != record.region_code:
                raise PuskesosError("Mode dan wilayah instalasi tidak dapat diubah setelah disiapkan.")
            _apply_office(record, draft)
            self._ctx.audit(s, "office_update", "office", record.id)
            if self.keyring is not None:
                self.keyring.set_office_name(record.name)
            s.flush()
            return mapping.office(record)


def _apply_office(record: OfficeRecord, d: OfficeDraft) -> None:
    record.region_code = d.region_code
    record.name, record.address = d.name.strip(), d.address.strip()
    record.phone, record.email = d.phone.strip(), d.email.strip()
    if d.logo_png is not None:
        record.logo_png = d.logo_png or None
    letter = d.letter
    record.letter_classification = letter.classification.strip()
    record.letter_unit_code = letter.unit_code.strip()
    record.signatory_name = letter.signatory_name.strip().upper()
    record.signatory_position = letter.signatory_position.strip()
    record.signatory_nip = letter.signatory_nip.strip()
    record.acknowledger_name = letter.acknowledger_name.strip().upper()
    record.acknowledger_position = letter.acknowledger_position.strip()
    record.letter_place, record.paper = letter.place.strip(), letter.paper
    record.complaint_overdue_days = d.work.complaint_overdue_days
    record.referral_due_days = d.work.referral_due_days
