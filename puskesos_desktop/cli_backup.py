"""`puskesos backup create --out DIR | list [--dir DIR] | restore FILE` (issue 11).

`list` needs no sign-in (a manifest holds no personal data: the office, the date, counts). `restore`
unlocks the backup with a password of its moment or the recovery code: PUSKESOS_BACKUP_USER +
PUSKESOS_BACKUP_PASSWORD or PUSKESOS_BACKUP_RECOVERY_CODE when they differ from today's sign-in
(PUSKESOS_USER/PUSKESOS_PASSWORD/PUSKESOS_RECOVERY_CODE, which otherwise serve for both). Where an
installation is there, an administrator of it signs in first: its database is kept as a backup.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import cli_access
from .core import clock
from .core.backup_model import Backup
from .core.errors import PermissionDenied, PuskesosError
from .services.access import Access, State
from .services.backups import list_backups
from .services.restore import Restore

BACKUP_USER, BACKUP_PASSWORD, BACKUP_RECOVERY = (
    "PUSKESOS_BACKUP_USER", "PUSKESOS_BACKUP_PASSWORD", "PUSKESOS_BACKUP_RECOVERY_CODE")


def add_parser(sub, group) -> None:
    backup = group(sub, "backup", "cadangan basis data: buat, daftar, pulihkan", "action", "TINDAKAN")
    create = backup.add_parser("create", help="buat cadangan ke folder (flashdisk)",
                               description="Membuat satu berkas cadangan terenkripsi di folder tujuan, ditulis "
                                           "aman lalu dibaca ulang (admin).")
    create.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="folder tujuan (flashdisk)")
    listing = backup.add_parser("list", help="daftar cadangan dan hasil pemeriksaannya",
                                description="Menampilkan setiap cadangan: tanggal, ukuran, jumlah data, dan "
                                            "apakah berkasnya utuh. Tidak perlu masuk.")
    listing.add_argument("--dir", type=Path, metavar="FOLDER",
                         help="folder lain, misalnya flashdisk (bawaan: folder cadangan otomatis)")
    restore = backup.add_parser("restore", help="pulihkan basis data dari berkas cadangan",
                                description="Memulihkan basis data dari berkas cadangan: diperiksa dulu, basis "
                                            "data sekarang disimpan sebagai cadangan, lalu diganti sekaligus.")
    restore.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan (.pskbak)")


def plain(entry: Backup) -> dict:
    return {"path": entry.path, "file": entry.file, "size": entry.size,
            "created_at": entry.created_at.isoformat() if entry.created_at else None, "reason": entry.reason,
            "mode": entry.mode, "region_code": entry.region_code, "office_name": entry.office_name,
            "counts": dict(entry.counts), "verified": entry.verified, "problem": entry.problem}


def line(entry: Backup) -> str:
    if entry.created_at is None:
        return f"{entry.file}: TIDAK DAPAT DIBACA — {entry.problem}"
    counts = entry.counts
    state = "utuh" if entry.verified else f"RUSAK — {entry.problem}"
    return (f"{clock.local_time(entry.created_at):%Y-%m-%d %H:%M}  {entry.file}  {entry.size / 1e6:.1f} MB  "
            f"{counts.get('household', 0)} keluarga, {counts.get('person', 0)} orang  ({entry.reason_text})  {state}")


def backup_create(sv, a) -> tuple[dict, str]:
    entry = sv.backups.create(a.out)
    return plain(entry), f"Cadangan ditulis ke {entry.path} dan dibaca ulang: utuh. Aman untuk dicabut."


def without_sign_in(access: Access, args) -> int:
    """`backup list` and `backup restore`, which run before (or instead of) signing in."""
    if args.action == "list":
        folder = args.dir if args.dir is not None else access.settings.backup_dir
        if args.dir is not None and not args.dir.is_dir():
            raise PuskesosError(f"Folder tidak ada: {args.dir}")
        own = access.settings.backup_dir
        entries = list_backups(folder, own if folder == own else None)
        _print(args, {"backups": [plain(e) for e in entries]},
               "\n".join(line(e) for e in entries) or f"Belum ada cadangan di {folder}.")
        return 3 if any(not e.verified for e in entries) else 0
    return _restore(access, args)


def _restore(access: Access, args) -> int:
    restore = Restore(access.settings)
    state = access.state()
    if state is State.PLAINTEXT:
        raise PuskesosError("Basis data ini belum terenkripsi: jalankan 'puskesos encrypt' dulu, lalu pulihkan.")
    if not args.file.is_file():
        raise PuskesosError(f"Berkas tidak ada: {args.file}")
    given = cli_access.credentials()
    office, current_key = None, None
    if state in (State.LOCKED, State.KEYS_MISSING) and (state is State.LOCKED or given.recovery_code):
        services = cli_access.sign_in(access, given)
        try:
            if not services.operators.acts_as_admin():
                raise PermissionDenied("Hanya admin yang dapat memulihkan basis data dari cadangan.")
            office = services.setup.office()
            current_key = services.keyring.data_key if services.keyring else None
        finally:
            services.close()
    opened = restore.open(args.file, **_backup_credentials(given))
    restore.check_owner(opened, office)
    done = restore.restore(opened, current_key=current_key)
    b = done.backup
    text = (f"Basis data dipulihkan dari {b.file} (dibuat {clock.local_time(b.created_at):%Y-%m-%d %H:%M}, "
            f"{b.counts.get('household', 0)} keluarga). Inkarnasi baru: {done.incarnation}."
            + (f" Basis data sebelumnya disimpan: {done.kept}." if done.kept else "")
            + " Masuk dengan kata sandi yang berlaku saat cadangan dibuat (atau kode pemulihannya).")
    _print(args, {"restored": plain(b), "kept": done.kept or None, "incarnation": done.incarnation,
                  "operators": list(done.operators)}, text)
    return 0


def _backup_credentials(given: cli_access.Credentials) -> dict:
    environ = os.environ
    if environ.get(BACKUP_RECOVERY):
        return {"recovery_code": environ[BACKUP_RECOVERY]}
    if environ.get(BACKUP_USER) and BACKUP_PASSWORD in environ:
        return {"username": environ[BACKUP_USER], "password": environ[BACKUP_PASSWORD]}
    if given.recovery_code:
        return {"recovery_code": given.recovery_code}
    return {"username": given.username, "password": given.password}


def _print(args, payload: dict, text: str) -> None:
    print(json.dumps(payload, ensure_ascii=False) if args.json else text)
