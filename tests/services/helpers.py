"""Drafts shared by the service tests: one household with a husband, a wife and a child."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.model import HouseholdDraft, PersonDraft

NO_KK = "3201051511200001"
HEAD = PersonDraft(nik="3201051505900001", name="Muhamad Joko", relationship="KEPALA KELUARGA", sex="L",
                   birth_date=dt.date(1990, 5, 15), religion="ISLAM", marital_status="KAWIN")
WIFE = PersonDraft(nik="3201055507920003", name="Siti Aisyah", relationship="ISTRI", sex="P",
                   birth_date=dt.date(1992, 7, 15), religion="ISLAM", marital_status="KAWIN")
CHILD = PersonDraft(nik="3201050203150002", name="Rizki Pratama", relationship="ANAK", sex="L",
                    birth_date=dt.date(2015, 3, 2))
HOUSEHOLD = HouseholdDraft(no_kk=NO_KK, address="Kp. Cibeureum", rt="3", rw="1", dusun="Krajan", desil=2,
                           dtsen_status="terdaftar", programs=("PKH",))


def register(services, no_kk: str = NO_KK, members=(HEAD, WIFE, CHILD)) -> str:
    from dataclasses import replace

    return services.households.create(replace(HOUSEHOLD, no_kk=no_kk), tuple(members)).id
