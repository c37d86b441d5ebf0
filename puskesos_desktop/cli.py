"""Headless commands (DESIGN.md §6): the same services as the window, for scripts and tests."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from pathlib import Path

from . import argparse_id
from .core.codes import Mode
from .core.errors import PuskesosError, ValidationError
from .core.model import LetterSettings, OfficeDraft
from .core.referrals import ReferralStatus
from . import cli_access, cli_audit, cli_backup, cli_psks
from .services.access import Access, State
from .services.container import Services
from .services.setup import AlreadyInitialized
from .settings import Settings

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors, as the contract wants
        self.print_usage(sys.stderr)
        print(f"puskesos: kesalahan penggunaan: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The command line of DESIGN.md §6; every text the operator reads is Indonesian (names stay)."""
    argparse_id.install()
    p = _Parser(prog="puskesos", description="Puskesos Desktop. Tanpa perintah: membuka jendela aplikasi.",
                epilog="Bantuan satu perintah: puskesos PERINTAH --help. Kode keluar: 0 selesai, 2 salah pakai, "
                       "3 masukan ditolak, 1 kesalahan tak terduga.")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="BERKAS", help="berkas SQLite (bawaan: folder data pengguna)")
    where.add_argument("--db-url", metavar="URL", help="URL SQLAlchemy, misalnya postgresql://user@host/db")
    p.add_argument("--json", action="store_true", help="satu objek JSON di stdout")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

    init = _group(sub, "init", "siapkan instalasi baru (desa atau kabupaten)", "mode", "JENIS")
    desa = init.add_parser("desa", help="instalasi desa", description="Menyiapkan instalasi desa.")
    desa.add_argument("--desa-code", required=True, metavar="KODE10", help="kode wilayah desa, 10 angka")
    desa.add_argument("--name", required=True, metavar="NAMA", help="nama kantor, misalnya Puskesos Bojong Koneng")
    desa.add_argument("--kabupaten-key", type=Path, metavar="BERKAS", help="berkas kunci publik kabupaten (.json)")
    desa.add_argument("--enrollment-out", type=Path, metavar="BERKAS",
                      help="tulis berkas pendaftaran desa ini untuk kabupaten")
    desa.add_argument("--replaces-lost", action="store_true",
                      help="laptop ini pengganti laptop desa yang hilang atau rusak tanpa cadangan: nomor surat "
                           "menunggu data desa kembali dari kabupaten (kabupaten: hub enroll --replaces)")
    kab = init.add_parser("kabupaten", help="instalasi kabupaten", description="Menyiapkan instalasi kabupaten.")
    kab.add_argument("--kab-code", required=True, metavar="KODE4", help="kode wilayah kabupaten, 4 angka")
    kab.add_argument("--name", required=True, metavar="NAMA", help="nama kantor, misalnya Dinas Sosial Kab. Bogor")
    kab.add_argument("--public-key-out", type=Path, metavar="BERKAS",
                     help="tulis kunci publik kabupaten untuk dibagikan ke desa")
    for mode in (desa, kab):
        mode.add_argument("--admin", required=True, metavar="NAMA",
                          help="nama pengguna admin pertama (kata sandinya dibaca dari stdin)")
        mode.add_argument("--admin-full-name", default="", metavar="NAMA", help="nama lengkap admin pertama")

    op = _group(sub, "operator", "kelola akun operator", "action", "TINDAKAN")
    add = op.add_parser("add", help="tambah operator (kata sandi dibaca dari stdin)",
                        description="Menambah operator; kata sandi dibaca dari stdin.")
    add.add_argument("--username", required=True, metavar="NAMA", help="nama pengguna untuk masuk")
    add.add_argument("--role", required=True, metavar="PERAN",
                     help="admin, koordinator, operator, pendata atau supervisor")
    add.add_argument("--full-name", default="", metavar="NAMA", help="nama lengkap operator")
    reset = op.add_parser("reset-password", help="atur ulang kata sandi operator (yang baru dibaca dari stdin)",
                          description="Mengatur ulang kata sandi seorang operator; kata sandi baru dibaca dari "
                                      "stdin. Bila semua kata sandi terlupa: masuk dengan PUSKESOS_RECOVERY_CODE.")
    reset.add_argument("--username", required=True, metavar="NAMA", help="nama pengguna operator itu")
    recovery = _group(sub, "recovery-code", "kode pemulihan kantor (admin)", "action", "TINDAKAN")
    recovery.add_parser("new", help="buat kode pemulihan baru; kode lama tidak berlaku lagi",
                        description="Membuat kode pemulihan baru (admin, hanya basis data SQLite terenkripsi) dan "
                                    "mencetaknya sekali; kode lama tidak berlaku lagi.")

    demo = sub.add_parser("demo-data", help="buat data contoh (bukan orang sungguhan)",
                          description="Membuat data contoh yang masuk akal; tidak pernah orang sungguhan.")
    demo.add_argument("--households", type=int, required=True, metavar="JUMLAH", help="jumlah keluarga")
    demo.add_argument("--seed", type=int, metavar="ANGKA", help="angka acak awal, agar hasilnya bisa diulang")

    hh = _group(sub, "household", "keluarga: impor, cari, tampilkan", "action", "TINDAKAN")
    imp = hh.add_parser("import", help="impor keluarga dari CSV atau XLSX",
                        description="Mengimpor keluarga dari berkas CSV atau XLSX (kolom: DOMAIN.md §5).")
    imp.add_argument("file", type=Path, metavar="BERKAS", help="berkas .csv atau .xlsx")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, tanpa menyimpan apa pun")
    imp.add_argument("--rejects-out", type=Path, metavar="BERKAS", help="tulis baris yang ditolak beserta alasannya")
    search = hh.add_parser("search", help="cari keluarga (No KK, NIK atau nama)",
                           description="Mencari keluarga menurut No KK, NIK atau nama.")
    search.add_argument("text", metavar="TEKS", help="yang dicari")
    show = hh.add_parser("show", help="tampilkan satu keluarga", description="Menampilkan satu keluarga.")
    show.add_argument("id", metavar="ID", help="id keluarga")

    ref = _group(sub, "referral", "rujukan: daftar dan surat", "action", "TINDAKAN")
    listing = ref.add_parser("list", help="daftar rujukan", description="Menampilkan daftar rujukan.")
    listing.add_argument("--status", choices=[s.value for s in ReferralStatus], metavar="STATUS",
                         help="hanya rujukan berstatus ini: " + ", ".join(s.value for s in ReferralStatus))
    letter = ref.add_parser("letter", help="tulis surat rujukan ke PDF", description="Menulis surat rujukan ke PDF.")
    letter.add_argument("id", metavar="ID", help="id rujukan")
    letter.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas PDF yang ditulis")

    sync = _group(sub, "sync", "kirim/terima perubahan lewat flashdisk", "action", "TINDAKAN")
    export = sync.add_parser("export", help="tulis paket perubahan", description="Menulis paket perubahan.")
    export.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="folder tujuan (flashdisk)")
    export.add_argument("--desa-code", metavar="KODE10", help="kabupaten: desa penerima paket balasan")
    imports = sync.add_parser("import", help="baca paket perubahan", description="Membaca paket perubahan.")
    imports.add_argument("files", type=Path, nargs="+", metavar="BERKAS", help="satu atau beberapa berkas paket")

    hub = _group(sub, "hub", "kabupaten: terima pendaftaran desa", "action", "TINDAKAN")
    enroll = hub.add_parser("enroll", help="terima berkas pendaftaran desa",
                           description="Menerima berkas pendaftaran sebuah desa.")
    enroll.add_argument("file", type=Path, metavar="BERKAS", help="berkas pendaftaran desa (.json)")
    enroll.add_argument("--replaces", action="store_true",
                        help="laptop pengganti laptop desa yang hilang atau rusak tanpa cadangan: mengambil alih "
                             "instalasi lama (kuncinya dicabut) dan menerima kembali semua data desa itu")

    person = _group(sub, "person", "data pribadi seseorang", "action", "TINDAKAN")
    report = person.add_parser("report", help="cetak semua data yang disimpan tentang seseorang (PDF)",
                               description="Menulis semua data yang disimpan tentang seseorang ke PDF: identitas, "
                                           "keluarga, kebutuhan, keluhan, rujukan, persetujuan, dan siapa yang "
                                           "membuka atau mencetaknya (admin atau koordinator; dicatat di log audit).")
    report.add_argument("nik", metavar="NIK", help="NIK orang itu, 16 angka")
    report.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas PDF yang ditulis")

    sub.add_parser("check", help="periksa keutuhan basis data", description="Memeriksa keutuhan basis data.")
    cli_audit.add_parser(sub, _group)
    cli_backup.add_parser(sub, _group)
    cli_psks.add_parser(sub, _group)
    cli_psks.add_activity_parser(sub, _group)
    sub.add_parser("encrypt", help="enkripsi basis data lama (admin; mencetak kode pemulihan)",
                   description="Mengenkripsi basis data dari versi sebelum enkripsi; mencetak kode pemulihan sekali.")
    return p


def _group(sub, name: str, text: str, dest: str, metavar: str):
    """A command with its own sub-commands (`household import`, …)."""
    parser = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
    return parser.add_subparsers(dest=dest, metavar=metavar, required=True, parser_class=_Parser)


def _plain(value):
    if is_dataclass(value):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def _household_json(h) -> dict:
    return {
        "id": h.id, "no_kk": h.no_kk, "address": h.address, "rt": h.rt, "rw": h.rw, "dusun": h.dusun,
        "members": [{"id": m.id, "nik": m.nik, "name": m.name, "relationship": m.relationship,
                     "sex": m.sex, "birth_date": _plain(m.birth_date)} for m in h.members],
    }


def _init(sv: Services, a) -> tuple[dict, str]:
    if a.mode == "desa":
        draft = OfficeDraft(Mode.DESA, a.desa_code.replace(".", ""), a.name, letter=LetterSettings())
    else:
        draft = OfficeDraft(Mode.KABUPATEN, a.kab_code.replace(".", ""), a.name, letter=LetterSettings())
    if a.mode == "desa" and a.kabupaten_key is not None and not a.kabupaten_key.is_file():
        raise ValidationError.single("kabupaten_key", "missing", f"Berkas kunci kabupaten tidak ada: {a.kabupaten_key}")
    password = sys.stdin.readline().rstrip("\r\n")
    office = sv.setup.initialize(draft, admin_username=a.admin, admin_password=password,
                                 admin_full_name=a.admin_full_name,
                                 replaces_lost=a.mode == "desa" and a.replaces_lost)
    fingerprint = sv.sync.make_keys()
    code = sv.keyring.take_recovery_code() if sv.keyring else ""
    lines = [f"Instalasi {office.mode.value} '{office.name}' ({', '.join(office.region_names)}) siap; "
             f"admin: {a.admin.strip().lower()}.", f"Sidik jari kunci: {fingerprint}"]
    if code:
        lines += [f"KODE PEMULIHAN: {code}",
                  "Tulis atau cetak kode ini dan simpan di brankas kantor. Kode ini hanya ditampilkan sekali; "
                  "tanpa kode ini dan tanpa kata sandi, data tidak dapat dibuka."]
    payload = {**_plain(office), "fingerprint": fingerprint, "admin": a.admin.strip().lower(),
               "recovery_code": code or None}
    if a.mode == "desa" and a.kabupaten_key is not None:
        kabupaten = sv.sync.set_kabupaten(a.kabupaten_key)
        lines.append(f"Kunci kabupaten {kabupaten.region_code} dipasang (sidik jari {kabupaten.fingerprint}).")
        payload["kabupaten_fingerprint"] = kabupaten.fingerprint
    out = a.enrollment_out if a.mode == "desa" else a.public_key_out
    if out is not None:
        sv.sync.write_own_identity(out)
        lines.append(("Berkas pendaftaran" if a.mode == "desa" else "Kunci publik") + f" ditulis ke {out}")
    if a.mode == "desa" and a.replaces_lost:
        lines.append("Laptop pengganti: minta Dinas Sosial mendaftarkan berkas pendaftaran ini sebagai pengganti "
                     "(hub enroll --replaces), lalu impor kiriman baliknya; nomor surat diberikan sesudah itu.")
    return payload, "\n".join(lines)


def _operator_add(sv: Services, a) -> tuple[dict, str]:
    password = sys.stdin.readline().rstrip("\r\n")
    op = sv.operators.add(a.username, password, a.role, a.full_name)
    return _plain(op), f"Operator {op.username} ({op.role.value}) ditambahkan."


def _operator_reset_password(sv: Services, a) -> tuple[dict, str]:
    password = sys.stdin.readline().rstrip("\r\n")
    op = sv.operators.reset_password_of(a.username, password)
    return _plain(op), f"Kata sandi {op.username} diatur ulang."


def _recovery_code_new(sv: Services, _a) -> tuple[dict, str]:
    code = sv.operators.new_recovery_code()
    return {"recovery_code": code}, (
        f"KODE PEMULIHAN BARU: {code}\nKode lama tidak berlaku lagi. Tulis kode ini di kertas dan simpan di "
        "brankas kantor; kode ini hanya ditampilkan sekali.")


def _demo(sv: Services, a) -> tuple[dict, str]:
    if a.households < 1:
        raise ValidationError.single("households", "range", "--households harus 1 atau lebih.")
    people = sv.demo.generate(a.households, a.seed)
    return {"households": a.households, "persons": people}, f"{a.households} keluarga contoh ({people} orang) dibuat."


def _import(sv: Services, a) -> tuple[dict, str]:
    r = sv.importer.run(a.file, dry_run=a.dry_run, rejects_path=a.rejects_out)
    lines = [
        ("Pratinjau (tidak disimpan): " if a.dry_run else "Impor selesai: ")
        + f"{r.rows} baris; keluarga baru {r.households_created}, diperbarui {r.households_updated}; "
        f"orang baru {r.persons_created}, diperbarui {r.persons_updated}, tidak berubah {r.unchanged}; "
        f"ditolak {len(r.rejected)}."
    ]
    lines += [f"  baris {x.row}, kolom {x.column}: {x.reason}" for x in r.rejected[:50]]
    if r.rejects_file:
        lines.append(f"Baris yang ditolak ditulis ke {r.rejects_file}")
    return _plain(r), "\n".join(lines)


def _search(sv: Services, a) -> tuple[dict, str]:
    hits = sv.search.search(a.text)
    sv.households.note_identifiers_shown([h.household.id for h in hits], "household search")
    lines = [f"{h.household.id}  KK {h.household.no_kk}  " + ", ".join(m.name for m in h.household.members) for h in hits]
    return {"households": [_household_json(h.household) for h in hits]}, "\n".join(lines) or "Tidak ditemukan."


def _show(sv: Services, a) -> tuple[dict, str]:
    h = sv.households.get(a.id)
    sv.households.note_identifiers_shown([h.id], "household show")
    lines = [f"KK {h.no_kk}  {h.address} RT {h.rt}/RW {h.rw} {h.dusun}"]
    lines += [f"  {m.nik}  {m.name}  {m.relationship}  {m.sex}  {_plain(m.birth_date)}" for m in h.members]
    return {"households": [_household_json(h)]}, "\n".join(lines)


def _referral_list(sv: Services, a) -> tuple[dict, str]:
    status = ReferralStatus(a.status) if a.status else None
    rows, offset = [], 0
    while page := sv.referrals.rows(status, offset=offset, limit=1000):
        rows += page
        offset += len(page)
    payload = {"referrals": [{
        "id": r.id, "letter_number": r.letter_number, "status": r.status.value, "person_id": r.person_id,
        "service": r.service_code, "service_name": r.service_name, "letter_date": _plain(r.letter_date),
        "due_date": _plain(r.due_date), "verification_code": r.verification_code,
    } for r in rows]}
    lines = [f"{r.id}  {r.letter_number or '(draf)':<34} {r.status.value:<16} {r.service_code:<14} {r.person_name}"
             for r in rows]
    return payload, "\n".join(lines) or "Belum ada rujukan."


def _referral_letter(sv: Services, a) -> tuple[dict, str]:
    if a.out.is_dir():
        raise ValidationError.single("out", "directory", f"--out harus nama berkas PDF, bukan folder: {a.out}")
    if warning := sv.consent.letter_warning(a.id):
        print(f"puskesos: peringatan: {warning}", file=sys.stderr)
    printed = sv.letters.print_letter(a.id, a.out)
    kind = "salinan ke-" + str(printed.print_number) if printed.is_copy else "asli"
    return ({"id": printed.referral_id, "letter_number": printed.letter_number, "print_number": printed.print_number,
             "copy": printed.is_copy, "out": str(a.out)},
            f"Surat {printed.letter_number} ({kind}) ditulis ke {a.out}")


def _person_report(sv: Services, a) -> tuple[dict, str]:
    if a.out.is_dir():
        raise ValidationError.single("out", "directory", f"--out harus nama berkas PDF, bukan folder: {a.out}")
    person_id = sv.person_report.find(a.nik)
    report = sv.person_report.write(person_id, a.out)
    return ({"person_id": person_id, "out": str(a.out), "entries": len(report.entries), "access": len(report.access)},
            f"Data pribadi {report.person.name} ditulis ke {a.out} ({len(report.entries)} peristiwa, "
            f"{len(report.access)} catatan akses).")


def _sync_export(sv: Services, a) -> tuple[dict, str]:
    r = sv.sync.export(a.out, a.desa_code)
    what = "Kiriman untuk kabupaten" if r.kind == "desa" else f"Kiriman balik untuk desa {a.desa_code}"
    text = (f"{what}: {r.rows} baris (perubahan #{r.seq_from + 1}–#{r.seq_to}) ditulis ke {r.path} "
            f"dan diperiksa ulang. Aman untuk dicabut.")
    return _plain(r), text


def _sync_import(sv: Services, a) -> tuple[dict, str]:
    results = sv.sync.import_files(a.files)
    lines = []
    for r in results:
        if r.status == "applied":
            detail = ", ".join(f"{table} {n}" for table, n in sorted(r.counts.items())) or "tidak ada perubahan baru"
            extra = "" if r.reconciled is None else ("; data cocok" if r.reconciled else "; data BELUM cocok")
            forks = f"; {r.forks} percabangan disimpan untuk ditinjau" if r.forks else ""
            lines.append(f"{r.file}: diterapkan ({detail}){extra}{forks}")
        elif r.status == "duplicate":
            lines.append(f"{r.file}: sudah diimpor — {r.reason}")
        else:
            lines.append(f"{r.file}: DITOLAK — {r.reason}")
    payload = {"files": [{**_plain(r), "rows": r.rows} for r in results]}
    if any(r.status == "rejected" for r in results):
        raise _PartlyRejected(payload, "\n".join(lines))
    return payload, "\n".join(lines)


def _hub_enroll(sv: Services, a) -> tuple[dict, str]:
    existing = None if a.replaces else sv.sync.enrolled_installation(a.file)
    peer = sv.sync.enroll(a.file, replaces=a.replaces)
    text = (f"Desa {peer.region_code} ({peer.name}) terdaftar. Sidik jari {peer.fingerprint}: "
            "pastikan sama dengan yang tampil di laptop desa.")
    if a.replaces:
        text += (" Laptop ini menggantikan instalasi lama desa itu (kunci lamanya dicabut): buat kiriman balik "
                 "untuk desa ini; di laptop baru, kiriman itu mengembalikan semua data desa.")
    elif existing is not None:
        text += (f" Catatan: desa ini juga punya instalasi lain (sidik jari {existing.fingerprint}); data instalasi "
                 "itu tidak dikirim ke laptop ini.")
    return _plain(peer), text


class _PartlyRejected(PuskesosError):
    """Some files of `sync import` were rejected: the report is printed, and the exit status is 3."""

    def __init__(self, payload: dict, text: str) -> None:
        super().__init__(text)
        self.payload, self.text = payload, text


def _check(sv: Services, a) -> tuple[dict, str]:
    report = sv.check.run()
    text = "Basis data sehat." if report.ok else "\n".join(report.problems)
    return {"ok": report.ok, "problems": list(report.problems), "rows_checked": report.rows_checked}, text


_COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], tuple[dict, str]]] = {
    ("init", None): _init, ("operator", "add"): _operator_add, ("demo-data", None): _demo,
    ("operator", "reset-password"): _operator_reset_password, ("recovery-code", "new"): _recovery_code_new,
    ("household", "import"): _import, ("household", "search"): _search, ("household", "show"): _show,
    ("referral", "list"): _referral_list, ("referral", "letter"): _referral_letter,
    ("sync", "export"): _sync_export, ("sync", "import"): _sync_import, ("hub", "enroll"): _hub_enroll,
    ("check", None): _check, ("person", "report"): _person_report,
    ("audit", "list"): cli_audit.audit_list, ("backup", "create"): cli_backup.backup_create,
    ("psks", "add"): cli_psks.psks_add, ("psks", "list"): cli_psks.psks_list, ("psks", "show"): cli_psks.psks_show,
    ("activity", "add"): cli_psks.activity_add, ("activity", "list"): cli_psks.activity_list,
}


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    handler = _COMMANDS.get((args.command, getattr(args, "action", None)))
    settings = Settings.from_args(args.db, args.db_url)
    access = Access(settings)
    try:
        if args.command == "encrypt":
            return _encrypt(access, args)
        if args.command == "backup" and args.action in ("list", "restore"):
            return cli_backup.without_sign_in(access, args)
        services = _open(access, args)
    except PuskesosError as exc:  # not signed in: wrong password or code, no key file, not set up …
        print(f"puskesos: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_REJECTED
    except Exception as exc:  # noqa: BLE001 - the database could not be opened at all
        print(f"puskesos: basis data tidak dapat dibuka: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED
    try:
        if args.command != "init" and not services.setup.is_initialized():
            print("puskesos: instalasi belum disiapkan; jalankan 'puskesos init desa' atau 'init kabupaten'.", file=sys.stderr)
            return EXIT_REJECTED
        payload, text = handler(services, args)
        failed = args.command == "check" and not payload["ok"]
        if args.json:
            print(json.dumps(payload, ensure_ascii=False))
        else:
            print(text)
        return EXIT_REJECTED if failed else EXIT_OK
    except _PartlyRejected as exc:
        print(json.dumps(exc.payload, ensure_ascii=False) if args.json else exc.text)
        rejected = sum(1 for f in exc.payload["files"] if f["status"] == "rejected")
        print(f"puskesos: {rejected} berkas ditolak; alasannya tertulis di atas.", file=sys.stderr)
        return EXIT_REJECTED
    except PuskesosError as exc:
        print(f"puskesos: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_REJECTED
    except Exception as exc:  # noqa: BLE001 - contract: 1 for anything unexpected, one line on stderr
        print(f"puskesos: kesalahan tak terduga: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        services.close()
        if args.command == "init":
            access.discard_if_unfinished(services)


def _open(access: Access, args) -> Services:
    """The services to run a command on: a new installation for `init`, else signed in."""
    state = access.state()
    if args.command == "init":
        if state not in (State.NEW, State.SERVER):
            raise AlreadyInitialized("Instalasi ini sudah disiapkan sebelumnya.")
        return access.create()
    if state is State.NEW:
        raise PuskesosError("instalasi belum disiapkan; jalankan 'puskesos init desa' atau 'init kabupaten'.")
    return cli_access.sign_in(access, cli_access.credentials())


def _encrypt(access: Access, args) -> int:
    """`encrypt`: a plaintext database from before encryption, converted by an admin."""
    if access.state() is not State.PLAINTEXT:
        raise PuskesosError("Basis data ini sudah terenkripsi, belum ada, atau ada di server.")
    given = cli_access.credentials()
    plan = access.prepare_upgrade(given.username, given.password)
    code = plan.recovery_code
    access.convert(plan).close()  # when it fails, the next attempt makes and prints a new code
    if args.json:
        print(json.dumps({"encrypted": True, "recovery_code": code or None}, ensure_ascii=False))
    else:
        print("Basis data dienkripsi dan diperiksa; salinan polos dihapus.")
        print(f"KODE PEMULIHAN: {code}\nSimpan di brankas kantor; hanya ditampilkan sekali.")
    return EXIT_OK
