"""`puskesos psks add|list|show` and `activity add|list` (issue 12 §1–2): the desa's PSKS registry and
their field activities from the command line."""

from __future__ import annotations

from .cli_audit import _day
from .core import clock
from .core.identity import mask_number
from .core.psks import ACTIVITY_KINDS, PSKS_TYPES, Activity, ActivityDraft, Psks, PsksDraft, activity_kind


def add_parser(sub, group) -> None:
    psks = group(sub, "psks", "daftar PSKS (Potensi dan Sumber Kesejahteraan Sosial)", "action", "TINDAKAN")
    add = psks.add_parser("add", help="daftarkan PSKS baru (mencetak id-nya)",
                          description="Mendaftarkan PSKS baru: orang (PSM, TKSK, pendamping PKH, …) atau lembaga "
                                      "(LKS, Karang Taruna, …). Mencetak id PSKS itu.")
    add.add_argument("--type", dest="kind", required=True, metavar="JENIS", help="jenis: " + ", ".join(PSKS_TYPES))
    add.add_argument("--name", required=True, metavar="NAMA", help="nama orang atau lembaga")
    add.add_argument("--nik", default="", metavar="NIK", help="NIK (16 angka; bukan untuk lembaga)")
    add.add_argument("--phone", default="", metavar="TELEPON", help="nomor telepon")
    add.add_argument("--area", default="", metavar="WILAYAH", help="dusun/RT yang ditangani")
    add.add_argument("--sk-number", default="", metavar="NOMOR", help="nomor SK")
    add.add_argument("--sk-date", type=_day, metavar="TTTT-BB-HH", help="tanggal SK")
    add.add_argument("--valid-until", type=_day, metavar="TTTT-BB-HH", help="SK berlaku sampai")
    listing = psks.add_parser("list", help="tampilkan PSKS, urut nama", description="Menampilkan PSKS, urut nama.")
    listing.add_argument("--type", dest="kind", metavar="JENIS", choices=tuple(PSKS_TYPES), help="hanya jenis ini")
    listing.add_argument("--sk", choices=("expired", "expiring"),
                         help="hanya yang SK-nya sudah habis (expired) atau habis dalam 60 hari (expiring)")
    show = psks.add_parser("show", help="tampilkan satu PSKS", description="Menampilkan satu PSKS.")
    show.add_argument("id", metavar="ID", help="id PSKS (dari psks add atau psks list)")


def psks_add(sv, a) -> tuple[dict, str]:
    p = sv.psks.add(PsksDraft(kind=a.kind.upper(), name=a.name, nik=a.nik, phone=a.phone, area=a.area,
                              sk_number=a.sk_number, sk_date=a.sk_date, valid_until=a.valid_until))
    return _json(p), p.id


def psks_list(sv, a) -> tuple[dict, str]:
    found = sv.psks.list(a.kind, sk=a.sk)
    today = clock.today()
    lines = [f"{p.id}  {p.kind:<8} {p.name}  {mask_number(p.nik) if p.nik else '-'}  {_sk_text(p, today)}"
             for p in found]
    return {"psks": [_json(p) for p in found]}, "\n".join(lines) or "Belum ada PSKS."


def psks_show(sv, a) -> tuple[dict, str]:
    p = sv.psks.get(a.id)
    lines = [f"{p.kind_label} ({p.kind}): {p.name}", f"  NIK {mask_number(p.nik) if p.nik else '-'}  telepon "
             f"{p.phone or '-'}  wilayah {p.area or '-'}", f"  {_sk_text(p, clock.today())}",
             f"  {'aktif' if p.active else 'tidak aktif'}"]
    return _json(p), "\n".join(lines)


def _sk_text(p: Psks, today) -> str:
    if not p.sk_number:
        return "tanpa SK"
    until = f", berlaku sampai {p.valid_until:%d-%m-%Y}" if p.valid_until else ""
    state = {"expired": " (SUDAH HABIS)", "expiring": " (segera habis)"}.get(p.sk_state(today), "")
    when = f" tanggal {p.sk_date:%d-%m-%Y}" if p.sk_date else ""
    return f"SK {p.sk_number}{when}{until}{state}"


def _json(p: Psks) -> dict:
    return {
        "id": p.id, "type": p.kind, "type_name": p.kind_label, "name": p.name, "nik": p.nik or None,
        "phone": p.phone, "area": p.area, "sk_number": p.sk_number,
        "sk_date": p.sk_date.isoformat() if p.sk_date else None,
        "valid_until": p.valid_until.isoformat() if p.valid_until else None, "trainings": p.trainings,
        "active": p.active, "legal_number": p.legal_number, "address": p.address,
        "contact_person": p.contact_person, "fields": p.fields, "origin_id": p.origin_id,
    }


# ---- activity add|list (issue 12 §2) ------------------------------------------------------------------
def add_activity_parser(sub, group) -> None:
    activity = group(sub, "activity", "kegiatan lapangan PSKS", "action", "TINDAKAN")
    add = activity.add_parser("add", help="catat kegiatan lapangan (mencetak id-nya)",
                              description="Mencatat kegiatan lapangan PSKS: siapa (PSKS) melakukan apa untuk keluarga "
                                          "mana. Mencetak id kegiatan itu.")
    add.add_argument("--kind", required=True, metavar="JENIS", help="jenis: " + ", ".join(ACTIVITY_KINDS))
    add.add_argument("--date", dest="done_on", required=True, type=_day, metavar="TTTT-BB-HH", help="tanggal kegiatan")
    add.add_argument("--psks", dest="psks_ids", action="append", required=True, metavar="PSKS_ID",
                     help="PSKS yang melakukan (boleh diulang)")
    add.add_argument("--household", dest="household_ids", action="append", required=True, metavar="HOUSEHOLD_ID",
                     help="keluarga yang didatangi atau dibantu (boleh diulang)")
    add.add_argument("--referral", default=None, metavar="ID", help="rujukan yang diantar atau ditindaklanjuti")
    add.add_argument("--need", default=None, metavar="ID", help="kebutuhan yang ditangani")
    add.add_argument("--complaint", default=None, metavar="ID", help="keluhan yang ditangani")
    add.add_argument("--note", default="", metavar="TEKS", help="catatan singkat")
    add.add_argument("--follow-up", type=_day, metavar="TTTT-BB-HH", help="tanggal tindak lanjut")
    listing = activity.add_parser("list", help="tampilkan kegiatan, terbaru dulu",
                                  description="Menampilkan kegiatan lapangan, terbaru dulu.")
    listing.add_argument("--month", metavar="TTTT-BB", help="hanya bulan ini")
    listing.add_argument("--psks", dest="psks_id", metavar="ID", help="hanya kegiatan PSKS ini")
    listing.add_argument("--household", dest="household_id", metavar="ID", help="hanya kegiatan untuk keluarga ini")


def activity_add(sv, a) -> tuple[dict, str]:
    done = sv.activities.add(ActivityDraft(
        kind=activity_kind(a.kind), done_on=a.done_on, psks_ids=tuple(a.psks_ids), household_ids=tuple(a.household_ids),
        note=a.note, follow_up_on=a.follow_up, need_id=a.need, complaint_id=a.complaint, referral_id=a.referral))
    return _activity_json(done), done.id


def activity_list(sv, a) -> tuple[dict, str]:
    found = sv.activities.list(month=a.month, psks_id=a.psks_id, household_id=a.household_id)
    lines = [f"{x.id}  {x.done_on:%Y-%m-%d}  {x.kind_label:<16} {len(x.psks_ids)} PSKS, {len(x.household_ids)} keluarga"
             f"{'  ' + x.note if x.note else ''}" for x in found]
    return {"activities": [_activity_json(x) for x in found]}, "\n".join(lines) or "Belum ada kegiatan."


def _activity_json(x: Activity) -> dict:
    return {
        "id": x.id, "kind": x.kind, "kind_name": x.kind_label, "date": x.done_on.isoformat(),
        "psks": list(x.psks_ids), "households": list(x.household_ids), "note": x.note,
        "follow_up": x.follow_up_on.isoformat() if x.follow_up_on else None, "need_id": x.need_id,
        "complaint_id": x.complaint_id, "referral_id": x.referral_id, "origin_id": x.origin_id,
    }
