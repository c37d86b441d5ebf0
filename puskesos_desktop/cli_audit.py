"""`puskesos audit list [--since YYYY-MM-DD] [--action NAME] [--operator USER]`: the audit log (admin)."""

from __future__ import annotations

import argparse
import datetime as dt

from .core import clock
from .core.audit import AuditFilter, format_at


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal harus berbentuk TTTT-BB-HH, bukan {text!r}") from None


def add_parser(sub, group) -> None:
    audit = group(sub, "audit", "log audit (admin)", "action", "TINDAKAN")
    listing = audit.add_parser("list", help="tampilkan log audit, terbaru dulu",
                               description="Menampilkan log audit, terbaru dulu.")
    listing.add_argument("--since", type=_day, metavar="TTTT-BB-HH", help="sejak tanggal ini (waktu setempat)")
    listing.add_argument("--action", dest="only_action", default="", metavar="NAMA", help="hanya aksi ini (mis. referral_print)")
    listing.add_argument("--operator", default="", metavar="USER", help="hanya operator ini (nama pengguna)")


def audit_list(sv, a) -> tuple[dict, str]:
    service = sv.audit
    where = AuditFilter(operator=a.operator, action=a.only_action, date_from=a.since)
    entries, after = [], None
    while page := service.entries(where, after=after, limit=5000):
        entries += page
        after = page[-1]
    rows = [{
        "id": e.id, "at": format_at(e.at), "operator_id": e.operator_id, "operator": e.operator, "action": e.action,
        "entity": e.entity, "entity_id": e.entity_id, "detail": e.detail, "origin": e.origin,
        "origin_id": e.origin_id, "chain_seq": e.chain_seq, "row_hash": e.row_hash,
    } for e in entries]
    lines = [f"{clock.local_time(e.at):%Y-%m-%d %H:%M:%S}  {e.origin}  #{e.chain_seq}  {e.operator or '-'}  "
             f"{e.action}  {e.entity} {e.entity_id}  {e.detail}".rstrip() for e in entries]
    return {"audit": rows}, "\n".join(lines) if lines else "Tidak ada catatan audit."
