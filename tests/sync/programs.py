"""Programs for the convergence property (issue 4): steps, a hypothesis strategy for them, and their interpreter.

A program is a list of steps over one kabupaten and 2–3 desas: edits at a desa, exports in either
direction, outcomes recorded at the kabupaten, and deliveries. Every exported file is kept in a list per
direction; a delivery names files of that list by position (taken modulo its length), so a file may be
delivered never (lost), twice (duplicated) or after a newer one (late, out of order). Steps whose target
does not exist (no household yet, nothing exported yet) do nothing, so every generated program runs and
shrinks well. `run_program` then delivers the latest bundles and `check_converged` states the properties.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from hypothesis import strategies as st
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.model import HouseholdDraft, PersonDraft
from puskesos_desktop.core.referral_model import ComplaintDraft, NeedDraft, OutcomeDraft, ReferralDraft
from puskesos_desktop.core.referrals import (
    FINAL_REFERRAL_STATUSES, OUTCOME_STATUS, ComplaintKind, ComplaintStatus, Outcome, ReferralStatus,
    allowed_transitions,
)
from puskesos_desktop.db.records import ReferralOutcomeRecord, ReferralRecord, SyncOriginRecord
from puskesos_desktop.services.container import Services
from puskesos_desktop.sync.wire import DESA_TABLES, RECORDS

from tests.sync.conftest import DESA_CODES, Network

# Rejections a delivery may meet in these programs: a bundle after a lost one. Anything else is a failure.
ALLOWED_REJECTIONS = {"missing_bundle"}
# Referral statuses in which the kabupaten can still record an outcome.
OPEN_FOR_OUTCOME = {ReferralStatus.DICETAK, ReferralStatus.DITERIMA_LAYANAN, ReferralStatus.DALAM_PROSES,
                    ReferralStatus.PERLU_DOKUMEN}
OUTCOME_DETAILS = {Outcome.DITOLAK: {"reason": "Tidak memenuhi syarat"},
                   Outcome.DIRUJUK_LANJUT: {"forwarded_to": "RSUD Cibinong"},
                   Outcome.PERLU_DOKUMEN: {"missing_documents": "Surat keterangan domisili"}}


# ---- steps ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Register:  # a new household at desa `desa` with `members` people; `reuse`: one NIK another desa has
    desa: int
    members: int = 2
    reuse: bool = False


@dataclass(frozen=True)
class EditHousehold:
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class AddMember:
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class RemoveMember:
    desa: int
    pick: int = 0
    member: int = 0


@dataclass(frozen=True)
class RemoveHousehold:
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class RecordNeed:
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class RecordComplaint:
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class AdvanceComplaint:  # one step of a complaint's workflow (not closing)
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class Refer:  # a referral drafted, approved and printed for one live person
    desa: int
    pick: int = 0


@dataclass(frozen=True)
class ExportUp:  # desa → kabupaten bundle written to the stick
    desa: int


@dataclass(frozen=True)
class ExportDown:  # kabupaten → desa return bundle
    desa: int


@dataclass(frozen=True)
class RecordOutcome:  # at the kabupaten, for a referral it received (`outcome`: the first one to try)
    pick: int = 0
    outcome: int = 0


@dataclass(frozen=True)
class DeliverUp:  # files of the up list (by position), imported at the kabupaten in one go
    picks: tuple[int, ...] = (0,)


@dataclass(frozen=True)
class DeliverDown:  # files of the down list, each imported at the desa it is for
    picks: tuple[int, ...] = (0,)


@dataclass(frozen=True)
class Program:
    desas: int
    steps: tuple


def programs(max_steps: int = 30) -> st.SearchStrategy[Program]:
    desa = st.integers(0, len(DESA_CODES) - 1)
    pick = st.integers(0, 7)
    picks = st.lists(st.integers(0, 15), min_size=1, max_size=3).map(tuple)
    edit = st.one_of(
        st.builds(Register, desa, st.integers(1, 3), st.booleans()),
        st.builds(EditHousehold, desa, pick),
        st.builds(AddMember, desa, pick),
        st.builds(RemoveMember, desa, pick, pick),
        st.builds(RemoveHousehold, desa, pick),
        st.builds(RecordNeed, desa, pick),
        st.builds(RecordComplaint, desa, pick),
        st.builds(AdvanceComplaint, desa, pick),
        st.builds(Refer, desa, pick),
    )
    travel = st.one_of(
        st.builds(ExportUp, desa), st.builds(ExportDown, desa),
        st.builds(RecordOutcome, pick, st.integers(0, len(Outcome) - 1)),
        st.builds(DeliverUp, picks), st.builds(DeliverDown, picks),
    )
    step = st.one_of(edit, edit, travel, travel)  # about half edits, half sync traffic
    return st.builds(Program, st.integers(2, 3), st.lists(step, max_size=max_steps).map(tuple))


# ---- running --------------------------------------------------------------------------------------
@dataclass
class Delivery:
    step: str
    file: str
    status: str
    reason_code: str
    reason: str


@dataclass
class Run:
    """What a program did: the installations, files per direction, every import's result, the outcomes."""

    net: Network
    desas: list[Services]
    codes: list[str]
    monotone_outcomes: bool = True
    up: list[Path] = field(default_factory=list)
    down: list[tuple[int, Path]] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    households: list[dict[str, HouseholdDraft]] = field(default_factory=list)  # per desa: live id → draft
    niks: list[dict[str, PersonDraft]] = field(default_factory=list)  # per desa: NIK → draft (ever used)
    last_outcome: dict[str, ReferralStatus] = field(default_factory=dict)  # referral id → status of its last outcome
    serial: int = 0

    def next_serial(self) -> int:
        self.serial += 1
        return self.serial


def start(net: Network, desas: int, *, monotone_outcomes: bool = True) -> Run:
    codes = list(DESA_CODES[:desas])
    run = Run(net, [net.desa(code) for code in codes], codes, monotone_outcomes)
    run.households = [{} for _ in codes]
    run.niks = [{} for _ in codes]
    return run


def run_program(run: Run, program: Program, *, settle: bool = True) -> Run:
    for number, step in enumerate(program.steps):
        apply_step(run, step, f"#{number} {step!r}")
    if settle:
        deliver_latest(run)
    return run


def deliver_latest(run: Run) -> None:
    """Every desa sends up, the kabupaten sends back to every desa, then up once more (acks settle)."""
    for index in range(len(run.desas)):
        _import_up(run, [_export_up(run, index)], "final up")
    for index in range(len(run.desas)):
        _import_down(run, [(index, _export_down(run, index))], "final down")
    for index in range(len(run.desas)):
        _import_up(run, [_export_up(run, index)], "final up again")


def apply_step(run: Run, step, label: str) -> None:
    if isinstance(step, (ExportUp, ExportDown, DeliverUp, DeliverDown, RecordOutcome)):
        _travel(run, step, label)
        return
    index = step.desa % len(run.desas)
    sv, live = run.desas[index], run.households[index]
    if isinstance(step, Register):
        _register(run, index, step.members, step.reuse)
        return
    if not live:
        return
    hid = sorted(live)[step.pick % len(live)]
    if isinstance(step, EditHousehold):
        serial = run.next_serial()
        live[hid] = replace(live[hid], address=f"Kp. Cibeureum No. {serial}", desil=1 + serial % 10,
                            rt=str(1 + serial % 9))
        sv.households.update(hid, live[hid])
    elif isinstance(step, AddMember):
        sv.households.add_person(hid, _person(run, index, "ANAK"))
    elif isinstance(step, RemoveMember):
        members = sv.households.get(hid).members
        if members:
            sv.households.remove_person(members[step.member % len(members)].id)
    elif isinstance(step, RemoveHousehold):
        sv.households.remove(hid)
        del live[hid]
    elif isinstance(step, RecordNeed):
        sv.needs.record(NeedDraft(household_id=hid, service_code="PBI_JK", description=f"KIS nonaktif {label}"))
    elif isinstance(step, RecordComplaint):
        sv.complaints.record(ComplaintDraft(
            kind=ComplaintKind.PENGADUAN, category="bansos", description=f"Bantuan belum cair {label}",
            reporter_name="Warga", reporter_relationship="diri sendiri", household_id=hid))
    elif isinstance(step, AdvanceComplaint):
        open_ = [c for c in sv.complaints.list() if allowed_transitions(c.status) - {ComplaintStatus.DITUTUP}]
        if open_:
            complaint = open_[step.pick % len(open_)]
            target = sorted(allowed_transitions(complaint.status) - {ComplaintStatus.DITUTUP})[0]
            sv.complaints.move(complaint.id, target, note=label)
    elif isinstance(step, Refer):
        members = sv.households.get(hid).members
        if members:
            person = members[step.pick % len(members)]
            referral = sv.referrals.create_draft(ReferralDraft(person_id=person.id, service_code="PBI_JK",
                                                               reason=f"KIS tidak aktif {label}"))
            sv.referrals.approve(referral.id)
            sv.referrals.record_print(referral.id)


def _travel(run: Run, step, label: str) -> None:
    if isinstance(step, ExportUp):
        run.up.append(_export_up(run, step.desa % len(run.desas)))
    elif isinstance(step, ExportDown):
        index = step.desa % len(run.desas)
        run.down.append((index, _export_down(run, index)))
    elif isinstance(step, DeliverUp) and run.up:
        _import_up(run, [run.up[p % len(run.up)] for p in step.picks], label)
    elif isinstance(step, DeliverDown) and run.down:
        _import_down(run, [run.down[p % len(run.down)] for p in step.picks], label)
    elif isinstance(step, RecordOutcome):
        _record_outcome(run, step, label)


def _export_up(run: Run, index: int) -> Path:
    return run.net.send_up(run.desas[index])


def _export_down(run: Run, index: int) -> Path:
    return run.net.send_down(run.desas[index])


def _import_up(run: Run, files: list[Path], label: str) -> None:
    for path, result in zip(files, run.net.hub.sync.import_files(files), strict=True):
        run.deliveries.append(Delivery(label, path.name, result.status, result.reason_code, result.reason))


def _import_down(run: Run, files: list[tuple[int, Path]], label: str) -> None:
    for index, path in files:
        [result] = run.desas[index].sync.import_files([path])
        run.deliveries.append(Delivery(label, path.name, result.status, result.reason_code, result.reason))


def _record_outcome(run: Run, step: RecordOutcome, label: str) -> None:
    """An outcome the kabupaten accepts for a referral it holds. With `monotone_outcomes` the outcomes of
    one referral also form a chain the desa can follow one by one (each allowed after the previous one)."""
    hub = run.net.hub
    candidates = [r for r in hub.referrals.list_referrals() if r.status in OPEN_FOR_OUTCOME
                  and run.last_outcome.get(r.id) not in FINAL_REFERRAL_STATUSES]
    if not candidates:
        return
    referral = candidates[step.pick % len(candidates)]
    outcomes = list(Outcome)
    for shift in range(len(outcomes)):
        outcome = outcomes[(step.outcome + shift) % len(outcomes)]
        target = OUTCOME_STATUS[outcome]
        if target not in allowed_transitions(referral.status):
            continue  # the kabupaten itself refuses it
        last = run.last_outcome.get(referral.id)
        if run.monotone_outcomes and last is not None and target is not last and target not in allowed_transitions(last):
            continue
        hub.referrals.record_outcome(referral.id, OutcomeDraft(
            outcome=outcome, received_on=clock.today(), officer="Petugas Dinsos", notes=label,
            **OUTCOME_DETAILS.get(outcome, {})))
        run.last_outcome[referral.id] = target
        return


def _register(run: Run, index: int, members: int, reuse: bool) -> None:
    drafts = [_person(run, index, "KEPALA KELUARGA")] + [_person(run, index, "ANAK") for _ in range(members - 1)]
    if reuse:  # the same NIK as a person of another desa (people move; never merged at the kabupaten)
        taken = run.niks[index]
        elsewhere = [d for other, niks in enumerate(run.niks) if other != index for d in niks.values()
                     if d.nik not in taken]
        if elsewhere:
            drafts[-1] = replace(elsewhere[0], relationship=drafts[-1].relationship)
    serial = run.next_serial()
    draft = HouseholdDraft(no_kk=f"320105151120{serial:04d}", address="Kp. Cibeureum", rt="3", rw="1",
                           dusun="Krajan", desil=2, dtsen_status="terdaftar", programs=("PKH",))
    for person in drafts:
        run.niks[index][person.nik] = person
    hid = run.desas[index].households.create(draft, tuple(drafts)).id
    run.households[index][hid] = draft


NAMES = ("Asep Saepudin", "Dede Kurniawan", "Euis Komariah", "Ujang Sutisna", "Neng Rina", "Cecep Hidayat")


def _person(run: Run, index: int, relationship: str) -> PersonDraft:
    serial = run.next_serial()
    sex = "P" if serial % 2 else "L"
    born = dt.date(1950 + serial % 60, 1 + serial % 12, 1 + serial % 28)
    day = born.day + (40 if sex == "P" else 0)
    draft = PersonDraft(nik=f"320105{day:02d}{born:%m%y}{serial:04d}", name=f"{NAMES[serial % len(NAMES)]} {serial}",
                        relationship=relationship, sex=sex, birth_date=born, religion="ISLAM")
    run.niks[index][draft.nik] = draft
    return draft


# ---- the properties -------------------------------------------------------------------------------
def owned_versions(sv: Services, origin_id: str, tables=DESA_TABLES) -> dict[str, set[tuple[str, int, str, bool]]]:
    """table → {(id, seq, content_hash, deleted)} of every row `origin_id` owns there."""
    with sv.context.reading() as s:
        out = {}
        for table in tables:
            t = RECORDS[table].__table__
            out[table] = {tuple(r) for r in s.execute(
                select(t.c.id, t.c.seq, t.c.content_hash, t.c.deleted).where(t.c.origin_id == origin_id))}
        return out


def local_origin(sv: Services) -> SyncOriginRecord:
    with sv.context.reading() as s:
        origin = s.execute(select(SyncOriginRecord).where(SyncOriginRecord.is_local.is_(True))).scalar_one()
        s.expunge(origin)
        return origin


def check_converged(run: Run) -> None:
    hub = run.net.hub
    problems = [d for d in run.deliveries if d.status not in ("applied", "duplicate")
                and not (d.status == "rejected" and d.reason_code in ALLOWED_REJECTIONS)]
    assert not problems, f"unexpected import results: {problems}"
    for d in run.deliveries:
        if d.step.startswith("final"):
            assert d.status in ("applied", "duplicate"), f"a fresh bundle was not taken: {d}"

    hub_origin = local_origin(hub).id
    peers = {p.origin_id: p for p in hub.sync.peers()}
    with hub.context.reading() as s:
        hub_outcomes = s.execute(
            select(ReferralOutcomeRecord.id, ReferralOutcomeRecord.seq, ReferralOutcomeRecord.content_hash,
                   ReferralOutcomeRecord.deleted, ReferralOutcomeRecord.referral_id, ReferralOutcomeRecord.outcome,
                   ReferralOutcomeRecord.received_on, ReferralRecord.origin_id)
            .join(ReferralRecord, ReferralRecord.id == ReferralOutcomeRecord.referral_id)
            .where(ReferralOutcomeRecord.origin_id == hub_origin)).all()
    for code, sv in zip(run.codes, run.desas, strict=True):
        origin = local_origin(sv)
        # 1. Every row the desa owns is at the kabupaten exactly once, in the same version (tombstones too).
        here, there = owned_versions(sv, origin.id), owned_versions(hub, origin.id)
        for table in DESA_TABLES:
            missing, extra = here[table] - there[table], there[table] - here[table]
            assert not missing and not extra, (
                f"desa {code} {table}: missing or different at the kabupaten {sorted(missing)}, "
                f"only at the kabupaten {sorted(extra)}")
        # 2. Every outcome the kabupaten recorded for this desa's referrals is there, identical; no others.
        mine = [o for o in hub_outcomes if o.origin_id == origin.id]
        held = owned_versions(sv, hub_origin, ("referral_outcome",))["referral_outcome"]
        assert held == {(o.id, o.seq, o.content_hash, o.deleted) for o in mine}, f"desa {code}: outcomes differ"
        latest: dict[str, tuple] = {}
        for o in mine:
            if not o.deleted and (o.referral_id not in latest or (o.received_on, o.id) > latest[o.referral_id][:2]):
                latest[o.referral_id] = (o.received_on, o.id, Outcome(o.outcome))
        for referral_id, (_on, _id, outcome) in latest.items():
            status = sv.referrals.get(referral_id).status
            assert status is OUTCOME_STATUS[outcome], (
                f"desa {code} referral {referral_id}: {status} though the latest outcome is {outcome}")
        # 3. The digests reconcile: the kabupaten holds every change up to the desa's last seq.
        peer = peers[origin.id]
        assert peer.reconciled is True, f"desa {code}: not reconciled ({peer})"
        assert peer.applied_seq == origin.last_seq, f"desa {code}: applied {peer.applied_seq} of {origin.last_seq}"
        # 4. The installation is sound.
        report = sv.check.run()
        assert report.ok, f"desa {code}: {report.problems}"
    report = hub.check.run()
    assert report.ok, f"kabupaten: {report.problems}"
