"""A plausible history for demo households: needs, complaints and referrals with letters and outcomes.

Written as records in date order, through the same session (stamping, hashes) as everything else.
Serials are given per year in date order and the letter counter is set to match, so the register
has no gap and the next real approval continues it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.referrals import (
    COMPLAINT_CATEGORIES, DEFAULT_DUE_DAYS, ComplaintKind, ComplaintStatus, NeedStatus, Outcome, ReferralStatus,
    Urgency, format_letter_number, new_verification_code,
)
from ..core.ids import new_id
from ..db.records import (
    ComplaintEventRecord, ComplaintRecord, LetterCounterRecord, LetterRecord, NeedRecord, OfficeRecord,
    ReferralEventRecord, ReferralOutcomeRecord, ReferralRecord,
)
from .catalogue import ensure_seeded, institution_map, service_map

# Per household and year; a desa of 2,000 households gets ~400 referrals a year.
NEEDS_RATE, COMPLAINTS_RATE, DIRECT_REFERRAL_RATE = 0.25, 0.08, 0.05
NEED_TEXT = {
    "PBI_JK": "KIS PBI tidak aktif, perlu berobat rutin",
    "PKH": "Ibu hamil dan anak sekolah belum menerima PKH",
    "SEMBAKO": "Belum menerima bantuan sembako",
    "PIP": "Anak usia sekolah terancam putus sekolah karena biaya",
    "RUTILAHU": "Rumah tidak layak huni, atap bocor dan dinding bilik rusak",
    "ADMINDUK": "Belum memiliki KTP-el dan akta kelahiran anak",
}
REPORTERS = ("diri sendiri", "anak", "suami/istri", "tetangga", "ketua RT", "PSM")
OFFICERS = ("DEDE SUKMAWATI", "ASEP SAEPULOH", "RINA MARLINA", "HENDRA GUNAWAN", "YUYUN YULIANTI")


@dataclass
class HistoryCounts:
    needs: int = 0
    complaints: int = 0
    referrals: int = 0
    outcomes: int = 0


def make_history(s: Session, rng: random.Random, people: list[tuple[str, str, str]], years: int,
                 today: dt.date) -> HistoryCounts:
    """`people`: (household id, person id, name) of each household's head and members to draw from."""
    ensure_seeded(s)
    office = s.execute(select(OfficeRecord)).scalar_one()
    services = {code: e for code, e in service_map(s).items() if e.active}
    institutions = institution_map(s)
    codes = [c for c in NEED_TEXT if c in services] or list(services)
    start = today - dt.timedelta(days=365 * years)
    counts = HistoryCounts()
    events: list[tuple[dt.date, int, dict]] = []  # (day, tie-break, spec)
    households = sorted({h for h, _p, _n in people})
    members: dict[str, list[tuple[str, str]]] = {}
    for h, p, n in people:
        members.setdefault(h, []).append((p, n))
    for _ in range(int(len(households) * years * NEEDS_RATE)):
        h = rng.choice(households)
        person_id, _name = rng.choice(members[h])
        events.append((_day(rng, start, today), len(events), {"kind": "need", "household": h, "person": person_id,
                                                              "service": rng.choice(codes)}))
    for _ in range(int(len(households) * years * DIRECT_REFERRAL_RATE)):
        h = rng.choice(households)
        person_id, _name = rng.choice(members[h])
        events.append((_day(rng, start, today), len(events), {"kind": "referral", "household": h, "person": person_id,
                                                              "service": rng.choice(codes), "need": None}))
    for _ in range(int(len(households) * years * COMPLAINTS_RATE)):
        h = rng.choice(households)
        person_id, name = rng.choice(members[h])
        events.append((_day(rng, start, today), len(events), {"kind": "complaint", "household": h,
                                                              "person": person_id, "name": name}))
    events.sort(key=lambda e: (e[0], e[1]))
    serials: dict[int, int] = {}
    last_approval = start
    # Foreign keys without ORM relationships: parents are flushed before what points at them.
    stages: tuple[list, list, list] = ([], [], [])  # needs and complaints; referrals; events, letters, outcomes
    for day, _tie, spec in events:
        created = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randint(0, 420))
        if spec["kind"] == "complaint":
            _complaint(stages, rng, spec, day, created, today)
            counts.complaints += 1
            continue
        need = None
        if spec["kind"] == "need":
            need = NeedRecord(id=new_id(), household_id=spec["household"], person_id=spec["person"],
                              service_code=spec["service"], description=NEED_TEXT.get(spec["service"], "Perlu bantuan"),
                              urgency=rng.choice((Urgency.BIASA.value,) * 4 + (Urgency.SEGERA.value,)),
                              status=NeedStatus.TERBUKA.value, recorded_on=day, created_at=created, updated_at=created)
            stages[0].append(need)
            counts.needs += 1
            if rng.random() < 0.2 and (today - day).days > 30:  # met without a referral, or no longer relevant
                need.status = rng.choice((NeedStatus.TERPENUHI.value, NeedStatus.DITUTUP.value))
                continue
            if rng.random() < 0.15:
                continue  # still open
        # Approved a few days later, never before an earlier approval: the register's dates follow its numbers.
        approved_on = last_approval = max(last_approval, min(today, day + dt.timedelta(days=rng.randint(0, 3))))
        counts.outcomes += _referral(stages, rng, spec, need, services[spec["service"]], institutions, office,
                                     approved_on, created, today, serials)
        counts.referrals += 1
    for stage in stages:
        s.add_all(stage)
        s.flush()
    for year, last in serials.items():
        counter = s.get(LetterCounterRecord, year)
        if counter is None:
            s.add(LetterCounterRecord(year=year, last_serial=last))
        else:
            counter.last_serial = max(counter.last_serial, last)
    return counts


def _day(rng: random.Random, start: dt.date, today: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (today - start).days))


def _referral(stages, rng, spec, need, service, institutions, office, approved_on, created, today, serials) -> int:
    recent = (today - approved_on).days
    referral = ReferralRecord(
        id=new_id(), person_id=spec["person"], household_id=spec["household"], need_id=need.id if need else None,
        service_code=service.code, institution_code=service.default_institution,
        reason=need.description if need is not None else NEED_TEXT.get(service.code, "Perlu layanan"),
        documents=json.dumps([d.code for d in service.documents if rng.random() < 0.8]),
        urgency=need.urgency if need is not None else Urgency.BIASA.value, status=ReferralStatus.DRAF.value,
        print_count=0, created_at=created, updated_at=created,
    )
    stages[1].append(referral)
    later = stages[2]
    moves = [(None, ReferralStatus.DRAF, created)]
    if recent <= 2 and rng.random() < 0.5:  # a few fresh drafts wait for the koordinator
        _events(later, referral, moves)
        return 0
    serial = serials.get(approved_on.year, 0) + 1
    serials[approved_on.year] = serial
    number = format_letter_number(office.letter_classification, serial, office.letter_unit_code, approved_on)
    at = dt.datetime.combine(approved_on, dt.time(10))
    referral.letter_number, referral.serial, referral.year = number, serial, approved_on.year
    referral.letter_date, referral.verification_code = approved_on, new_verification_code()
    referral.approved_at, referral.due_date = at, approved_on + dt.timedelta(days=office.referral_due_days or DEFAULT_DUE_DAYS)
    later.append(LetterRecord(id=new_id(), number=number, serial=serial, year=approved_on.year, letter_date=approved_on,
                       classification=office.letter_classification,
                       addressee=institutions[referral.institution_code].addressee,
                       subject=f"Rujukan {service.name}", referral_id=referral.id, created_at=at, updated_at=at))
    moves.append((ReferralStatus.DRAF, ReferralStatus.DISETUJUI, at))
    if need is not None:
        need.status = NeedStatus.DIRUJUK.value
    if recent <= 1 and rng.random() < 0.5:
        referral.status = ReferralStatus.DISETUJUI.value
        _events(later, referral, moves)
        return 0
    referral.print_count = 1
    moves.append((ReferralStatus.DISETUJUI, ReferralStatus.DICETAK, at + dt.timedelta(minutes=5)))
    referral.status = ReferralStatus.DICETAK.value
    # Most slips come back; recent ones and a few old ones have not (they are overdue).
    if rng.random() < (0.97 if recent > 60 else 0.6 if recent > 14 else 0.1):
        outcome = rng.choices(
            (Outcome.DILAYANI, Outcome.DALAM_PROSES, Outcome.DITOLAK, Outcome.PERLU_DOKUMEN, Outcome.DIRUJUK_LANJUT),
            (70, 10, 10, 7, 3))[0]
        received = min(today, approved_on + dt.timedelta(days=rng.randint(1, 21)))
        later.append(ReferralOutcomeRecord(
            id=new_id(), referral_id=referral.id, outcome=outcome.value, received_on=received,
            officer=rng.choice(OFFICERS), unit=institutions[referral.institution_code].name,
            reason="Tidak memenuhi kriteria kepesertaan" if outcome is Outcome.DITOLAK else "",
            forwarded_to="RSUD" if outcome is Outcome.DIRUJUK_LANJUT else "",
            missing_documents="Surat keterangan domisili" if outcome is Outcome.PERLU_DOKUMEN else "",
            notes="", created_at=dt.datetime.combine(received, dt.time(13)),
            updated_at=dt.datetime.combine(received, dt.time(13)),
        ))
        target = {Outcome.DILAYANI: ReferralStatus.SELESAI, Outcome.DALAM_PROSES: ReferralStatus.DALAM_PROSES,
                  Outcome.DITOLAK: ReferralStatus.DITOLAK, Outcome.PERLU_DOKUMEN: ReferralStatus.PERLU_DOKUMEN,
                  Outcome.DIRUJUK_LANJUT: ReferralStatus.DIRUJUK_LANJUT}[outcome]
        moves.append((ReferralStatus.DICETAK, target, dt.datetime.combine(received, dt.time(13))))
        referral.status = target.value
        if need is not None:
            need.status = {ReferralStatus.SELESAI: NeedStatus.TERPENUHI.value,
                           ReferralStatus.DITOLAK: NeedStatus.TERBUKA.value}.get(target, need.status)
        _events(later, referral, moves)
        return 1
    _events(later, referral, moves)
    return 0


def _events(later: list, referral: ReferralRecord, moves) -> None:
    for before, after, at in moves:
        later.append(ReferralEventRecord(id=new_id(), referral_id=referral.id, from_status=before.value if before else None,
                                  to_status=after.value, at=at, note=referral.letter_number or "" if
                                  after is ReferralStatus.DISETUJUI else "", created_at=at, updated_at=at))


def _complaint(stages, rng, spec, day, created, today) -> None:
    kind = rng.choices((ComplaintKind.PENGADUAN, ComplaintKind.PERTANYAAN, ComplaintKind.SARAN), (5, 4, 1))[0]
    complaint = ComplaintRecord(
        id=new_id(), kind=kind.value, category=rng.choice(list(COMPLAINT_CATEGORIES)),
        description={ComplaintKind.PENGADUAN: "Bantuan tidak diterima padahal terdaftar",
                     ComplaintKind.PERTANYAAN: "Menanyakan syarat pendaftaran bantuan",
                     ComplaintKind.SARAN: "Jadwal pelayanan Puskesos agar diumumkan di masjid"}[kind],
        reporter_name=spec["name"], reporter_relationship="diri sendiri", reporter_phone="",
        person_id=spec["person"], household_id=spec["household"], received_on=day,
        status=ComplaintStatus.DITERIMA.value, created_at=created, updated_at=created,
    )
    if rng.random() < 0.3:
        complaint.reporter_name = rng.choice(OFFICERS)
        complaint.reporter_relationship = rng.choice(REPORTERS[1:])
    stages[0].append(complaint)
    path = [ComplaintStatus.DITERIMA, ComplaintStatus.VERIFIKASI]
    if kind is ComplaintKind.PENGADUAN:
        path.append(ComplaintStatus.DITERUSKAN)
    path += [ComplaintStatus.DITANGANI, ComplaintStatus.SELESAI]
    age = (today - day).days
    steps = len(path) if age > 45 or rng.random() < 0.3 else rng.randint(1, len(path))
    when = day
    for i in range(steps):
        before = path[i - 1] if i else None
        stages[2].append(ComplaintEventRecord(
            id=new_id(), complaint_id=complaint.id, from_status=before.value if before else None,
            to_status=path[i].value, happened_on=when, at=dt.datetime.combine(when, dt.time(9)),
            note="" if i == 0 else "Ditindaklanjuti", created_at=created, updated_at=created,
        ))
        complaint.status = path[i].value
        when = min(today, when + dt.timedelta(days=rng.randint(1, 7)))
