"""Reading the audit log (services/audit.py): filters, keyset pages, the lists for the page's filters, the export."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit import AuditFilter
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db import audit_chain
from puskesos_desktop.services.audit import ExportCancelled


def log(sv, action: str, operator: str = "admin", *, entity: str = "", entity_id: str = "", detail: str = "",
        count: int = 1) -> None:
    """`count` rows written as `operator` did `action` (the clock moves on between them)."""
    for _ in range(count):
        with sv.context.transaction() as s:
            audit_chain.append(s, operator_id=None, operator_name=operator, action=action, entity=entity,
                               entity_id=entity_id, detail=detail)


@pytest.fixture
def logged(any_services):
    """The set-up's row, then 3 prints by rina, 2 exports by admin, 1 print by admin."""
    sv = any_services
    log(sv, "referral_print", "rina", entity="referral", entity_id="r-1", count=3)
    log(sv, "sync_export", "admin", detail="12 baris", count=2)
    log(sv, "referral_print", "admin", entity="referral", entity_id="r-2")
    return sv


def test_newest_first_and_the_filters_narrow(logged):
    audit = logged.audit
    everything = audit.entries()
    assert [e.action for e in everything] == ["referral_print", "sync_export", "sync_export",
                                              "referral_print", "referral_print", "referral_print", "setup"]
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    assert [e.operator for e in audit.entries(AuditFilter(action="referral_print"))] == ["admin", "rina", "rina", "rina"]
    assert len(audit.entries(AuditFilter(operator="rina", action="referral_print"))) == 3
    assert audit.count(AuditFilter(operator="admin")) == 3 and audit.count() == 7
    assert audit.actions() == ["referral_print", "setup", "sync_export"]
    assert audit.operators() == ["admin", "rina"]  # the set-up's row has no operator
    assert audit.origins() == [logged.setup.office().region_code]


def test_pages_follow_each_other_without_gaps_or_repeats(logged):
    audit = logged.audit
    first = audit.entries(limit=3)
    second = audit.entries(after=first[-1], limit=3)
    third = audit.entries(after=second[-1], limit=3)
    assert [e.id for e in first + second + third] == [e.id for e in audit.entries()]
    assert len(third) == 1


def test_dates_are_local_days(logged):
    today = clock.today()
    audit = logged.audit
    assert audit.count(AuditFilter(date_from=today, date_to=today)) == 6
    assert audit.count(AuditFilter(date_to=today - dt.timedelta(days=1))) == 1  # the set-up, long before
    assert audit.count(AuditFilter(date_from=today + dt.timedelta(days=1))) == 0


def test_export_writes_the_filtered_rows_and_is_logged(logged, tmp_path):
    audit = logged.audit
    seen = []
    path, count = audit.export_xlsx(tmp_path / "log.xlsx", AuditFilter(operator="rina"),
                                    progress=lambda done, total: seen.append((done, total)))
    assert count == 3 and seen == [(0, 3)]
    rows = list(load_workbook(path, read_only=True)["Log audit"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Waktu (lokal)", "Asal", "Operator", "Aksi")
    assert [(r[2], r[3], r[5]) for r in rows[1:]] == [("rina", "referral_print", "r-1")] * 3
    [export] = audit.entries(AuditFilter(action="audit_export"))
    assert export.detail == "3 baris" and export.entity == "audit_log"


def test_a_cancelled_export_writes_no_file_and_logs_nothing(logged, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        logged.audit.export_xlsx(folder / "log.xlsx", cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    assert logged.audit.count(AuditFilter(action="audit_export")) == 0


def test_only_an_administrator_reads_the_log(logged):
    sv = logged
    sv.operators.begin_session("admin")
    sv.operators.add("rina", "sandi-rina-123", "operator")
    sv.operators.begin_session("rina")
    for read in (sv.audit.entries, sv.audit.actions, sv.audit.operators, sv.audit.origins, sv.audit.count):
        with pytest.raises(PermissionDenied):
            read()
