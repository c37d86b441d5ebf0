"""Every top-level window of the application, built for tests that check all of them at once.

Two ways in, both on the `installations` fixture of `tests/ui/conftest.py` (`desa, kab, folder =
installations`: an enrolled desa and its kabupaten on SQLite):

- `for name, widget in every_window(desa, kab, folder=folder): ...` yields (name, unshown widget),
  built lazily one at a time, so a test can show, check and close each before the next is made;
- `WINDOWS` / `KABUPATEN_WINDOWS` are lists of (name, factory); `NAMES` all the names, and
  `build(name, installations(desa, kab, folder=folder))` one window, for a test parametrised by name.

Each widget is built the way the application builds it, on data `seed()` puts in the desa: a
household with three members, a need, a complaint and an approved referral. The caller owns the
widgets (hand each to `qtbot.addWidget`).

Covered: the main window (desa, and kabupaten with `kab`), every dialog of `ui/dialogs/`, the set-up
wizard (its pages: `wizard.pageIds()` / `wizard.page(id)`), the PDF preview of a real letter, of the
overdue list and of the recovery code sheet (print only). A new top-level window belongs here, so the
screen-fit and mnemonic tests see it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from puskesos_desktop.core.model import HouseholdDraft, PersonDraft
from puskesos_desktop.core.referral_model import ComplaintDraft, ComplaintKind, NeedDraft, ReferralDraft
from puskesos_desktop.services.container import Services

DAY = dt.date(2026, 11, 23)  # the referral is approved then, and overdue by any later date
NO_KK = "3201051511200001"


@dataclass(frozen=True)
class Seeded:
    household_id: str
    need_id: str
    complaint_id: str
    referral_id: str


def seed(sv: Services) -> Seeded:
    """A household (head, wife, child), a need, a complaint and an approved referral of the head."""
    members = (
        PersonDraft(nik="3201051505900001", name="Muhamad Joko", relationship="KEPALA KELUARGA", sex="L",
                    birth_date=dt.date(1990, 5, 15)),
        PersonDraft(nik="3201055507920003", name="Siti Aisyah", relationship="ISTRI", sex="P",
                    birth_date=dt.date(1992, 7, 15)),
        PersonDraft(nik="3201051201150002", name="Budi Santoso", relationship="ANAK", sex="L",
                    birth_date=dt.date(2015, 1, 12)),
    )
    draft = HouseholdDraft(no_kk=NO_KK, address="Kp. Cibeureum", rt="003", rw="001", dusun="Krajan")
    household = sv.households.create(draft, members)
    head = sv.households.get(household.id).head
    need = sv.needs.record(NeedDraft(household_id=household.id, person_id=head.id, service_code="PBI_JK",
                                     description="KIS tidak aktif"), today=DAY)
    complaint = sv.complaints.record(ComplaintDraft(
        kind=ComplaintKind.PENGADUAN, category="bansos", description="Bantuan belum diterima",
        reporter_name="Ibu Warsih", reporter_relationship="tetangga", received_on=DAY), today=DAY)
    referral = sv.referrals.create_draft(ReferralDraft(
        person_id=head.id, service_code="PBI_JK", reason="KIS PBI nonaktif, sakit kronis",
        documents=("KK", "KTP")), today=DAY)
    sv.referrals.approve(referral.id, today=DAY)
    return Seeded(household.id, need.id, complaint.id, referral.id)


@dataclass(frozen=True)
class Installations:
    """What the factories build from: the desa (seeded), the kabupaten (or None), a folder for files."""

    desa: Services
    kab: Services | None
    folder: Path
    data: Seeded


Factory = Callable[[Installations], QWidget]


def _main_window(sv: Services) -> QWidget:
    from puskesos_desktop.ui.main_window import MainWindow

    return MainWindow(sv)


def _household(i: Installations):
    return i.desa.households.get(i.data.household_id)


def _household_dialog(i: Installations, edit: bool) -> QWidget:
    from puskesos_desktop.ui.dialogs.household_dialog import HouseholdDialog

    return HouseholdDialog(i.desa.households, _household(i) if edit else None)


def _person_dialog(i: Installations, edit: bool) -> QWidget:
    from puskesos_desktop.ui.dialogs.person_dialog import PersonDialog

    household = _household(i)
    return PersonDialog(i.desa.households, household.id, household.head if edit else None)


def _need_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.need_dialog import NeedDialog

    household = _household(i)
    return NeedDialog(i.desa.needs, i.desa.catalogue, household, household.members)


def _complaint_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.complaint_dialog import ComplaintDialog

    return ComplaintDialog(i.desa.complaints, i.desa.search, i.desa.households)


def _complaint_action_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.complaint_action_dialog import ComplaintActionDialog

    return ComplaintActionDialog(i.desa.complaints, i.data.complaint_id)


def _referral_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.referral_dialog import ReferralDialog

    sv = i.desa
    return ReferralDialog(sv.referrals, sv.letters, sv.catalogue, sv.households, sv.search,
                          person=_household(i).head)


def _outcome_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.outcome_dialog import OutcomeDialog

    return OutcomeDialog(i.desa.referrals, i.desa.referrals.get(i.data.referral_id))


def _find_referral_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.find_referral_dialog import FindReferralDialog

    return FindReferralDialog(i.desa.referrals, i.desa.households, i.desa.catalogue)


def _overdue_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.overdue_dialog import OverdueReferralsDialog

    return OverdueReferralsDialog(i.desa.referrals, print_list=lambda: None)


def _letter_preview(i: Installations) -> QWidget:
    from puskesos_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    letter = io.BytesIO()
    i.desa.letters.preview(i.data.referral_id, letter)
    return PdfPreviewDialog("Surat rujukan", letter.getvalue())


def _overdue_preview(i: Installations) -> QWidget:
    from puskesos_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    overdue = io.BytesIO()
    i.desa.letters.overdue_pdf(overdue, today=DAY + dt.timedelta(days=60))
    return PdfPreviewDialog("Rujukan terlambat", overdue.getvalue())


def _service_dialog(i: Installations, edit: bool) -> QWidget:
    from puskesos_desktop.ui.dialogs.catalogue_dialogs import ServiceDialog

    return ServiceDialog(i.desa.catalogue, i.desa.catalogue.service("PKH") if edit else None)


def _institution_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.catalogue_dialogs import InstitutionDialog

    return InstitutionDialog(i.desa.catalogue, None)


def _operator_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.operator_dialog import OperatorDialog

    return OperatorDialog(i.desa.operators)


def _reset_password_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.operator_dialog import ResetPasswordDialog

    operators = i.desa.operators
    rina = next((o for o in operators.list() if o.username == "rina"), None)
    rina = rina or operators.add("rina", "sandi-rina-123", "operator", "Rina Marlina")
    return ResetPasswordDialog(operators, rina)


def _office_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.office_dialog import OfficeDialog

    return OfficeDialog(i.desa.setup, i.desa.setup.office())


def _login_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog

    return LoginDialog(i.desa.operators, "Puskesos Bojong Koneng")


def _unlock_dialog(i: Installations) -> QWidget:
    """The first sign-in, which unlocks the encrypted database, with "Pakai kode pemulihan…"."""
    from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog

    return LoginDialog(lambda *_: None, "Puskesos Bojong Koneng", recovery=lambda _code: None)


RECOVERY_CODE = "K7MQ-4TZP-AB3C-DEFG-HJKM-NPQR-STU7"


def _recovery_code_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog

    return RecoveryCodeDialog(RECOVERY_CODE, sheet=lambda out: i.desa.setup.recovery_sheet(RECOVERY_CODE, out))


def _recovery_sheet_preview(i: Installations) -> QWidget:
    from puskesos_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    sheet = io.BytesIO()
    i.desa.setup.recovery_sheet(RECOVERY_CODE, sheet)
    return PdfPreviewDialog("Lembar Kode Pemulihan", sheet.getvalue(), allow_save=False)


def _first_admin_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog

    return FirstAdminDialog(i.desa.operators)


def _import_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.import_dialog import ImportDialog

    return ImportDialog(i.desa.importer)


def _crash_dialog(_i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.crash_dialog import CrashDialog

    report = "Traceback (most recent call last):\n" + '  File "x.py", line 1, in <module>\n' * 40 + "ValueError: x"
    return CrashDialog(report, "/tmp/puskesos.log")


def _setup_wizard(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.setup_wizard import SetupWizard

    return SetupWizard(i.desa.setup, i.desa.operators, sync=i.desa.sync)


def _backups_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.services.restore import Restore
    from puskesos_desktop.ui.dialogs.backups_dialog import BackupsDialog

    backups = i.desa.backups
    return BackupsDialog(backups, i.desa.setup.office(), restore=Restore(backups.settings), username="admin")


def _restore_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.services.restore import Restore
    from puskesos_desktop.ui.dialogs.restore_dialog import RestoreDialog

    return RestoreDialog(Restore(i.desa.backups.settings), i.desa.setup.office(), username="admin")


def _consent_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.consent_dialog import ConsentDialog

    return ConsentDialog(i.desa.consent, i.desa.households.get(i.data.household_id))


def _retention_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.retention_dialog import RetentionDialog

    return RetentionDialog(i.desa.retention)


def _help_dialog(_i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.help_dialog import HelpDialog

    return HelpDialog()


def _fingerprint_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.fingerprint_dialog import FingerprintDialog

    identity = i.folder / "desa-identity.json"
    if not identity.exists():
        i.desa.sync.write_own_identity(identity)
    return FingerprintDialog(i.kab.sync.read_identity(identity))


def _fork_dialog(i: Installations) -> QWidget:
    from puskesos_desktop.ui.dialogs.fork_dialog import ForkReviewDialog

    from tests.sync.test_forks import origin_of

    office = i.desa.setup.office()
    return ForkReviewDialog(i.kab.sync, origin_of(i.desa), f"{office.region_code} ({office.name})")


WINDOWS: list[tuple[str, Factory]] = [
    ("main window (desa)", lambda i: _main_window(i.desa)),
    ("household dialog (new)", lambda i: _household_dialog(i, edit=False)),
    ("household dialog (edit)", lambda i: _household_dialog(i, edit=True)),
    ("person dialog (new)", lambda i: _person_dialog(i, edit=False)),
    ("person dialog (edit)", lambda i: _person_dialog(i, edit=True)),
    ("need dialog", _need_dialog),
    ("complaint dialog", _complaint_dialog),
    ("complaint action dialog", _complaint_action_dialog),
    ("referral dialog", _referral_dialog),
    ("outcome dialog", _outcome_dialog),
    ("find referral dialog", _find_referral_dialog),
    ("overdue dialog", _overdue_dialog),
    ("letter preview", _letter_preview),
    ("overdue list preview", _overdue_preview),
    ("service dialog (new)", lambda i: _service_dialog(i, edit=False)),
    ("service dialog (edit)", lambda i: _service_dialog(i, edit=True)),
    ("institution dialog (new)", _institution_dialog),
    ("operator dialog", _operator_dialog),
    ("reset password dialog", _reset_password_dialog),
    ("office dialog", _office_dialog),
    ("login dialog", _login_dialog),
    ("unlock dialog", _unlock_dialog),
    ("recovery code dialog", _recovery_code_dialog),
    ("recovery sheet preview", _recovery_sheet_preview),
    ("first admin dialog", _first_admin_dialog),
    ("import dialog", _import_dialog),
    ("crash dialog", _crash_dialog),
    ("setup wizard", _setup_wizard),
    ("backups dialog", _backups_dialog),
    ("restore dialog", _restore_dialog),
    ("consent dialog", _consent_dialog),
    ("retention dialog", _retention_dialog),
    ("operator guide (F1)", _help_dialog),
]
KABUPATEN_WINDOWS: list[tuple[str, Factory]] = [
    ("main window (kabupaten)", lambda i: _main_window(i.kab)),
    ("fingerprint dialog", _fingerprint_dialog),
    ("fork review dialog", _fork_dialog),
]
NAMES = [name for name, _factory in WINDOWS + KABUPATEN_WINDOWS]


def installations(desa: Services, kab: Services | None = None, *, folder: Path) -> Installations:
    """Seeds the desa (once per test) and bundles what the factories need."""
    return Installations(desa, kab, folder, seed(desa))


def every_window(desa: Services, kab: Services | None = None, *, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """(name, unshown widget) for every top-level window, built one at a time; kabupaten ones with `kab`."""
    bundle = installations(desa, kab, folder=folder)
    for name, factory in WINDOWS + (KABUPATEN_WINDOWS if kab is not None else []):
        yield name, factory(bundle)


def build(name: str, bundle: Installations) -> QWidget:
    """The one window called `name` (see NAMES), e.g. for a test parametrised by name."""
    return dict(WINDOWS + KABUPATEN_WINDOWS)[name](bundle)
