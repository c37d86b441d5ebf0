"""Set-up of the installation and operator accounts, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from puskesos_desktop.core.codes import Mode, Role
from puskesos_desktop.core.errors import AuthenticationError, PermissionDenied, ValidationError
from puskesos_desktop.core.model import HouseholdDraft, OfficeDraft, PersonDraft
from puskesos_desktop.services.setup import AlreadyInitialized
from tests.conftest import ADMIN_PASSWORD, DESA_CODE


def test_initialize_creates_office_origin_and_admin(any_empty_services):
    sv = any_empty_services
    assert not sv.setup.is_initialized()
    office = sv.setup.initialize(
        OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"),
        admin_username="Admin", admin_password=ADMIN_PASSWORD,
    )
    assert sv.setup.is_initialized()
    assert (office.mode, office.region_code) == (Mode.DESA, DESA_CODE)
    assert office.region_names == ("Jawa Barat", "Kabupaten Bogor", "Babakan Madang", "Bojong Koneng")
    assert sv.setup.office() == office
    assert [o.username for o in sv.operators.list()] == ["admin"]
    with sv.engine.connect() as conn:
        origins = conn.execute(text("SELECT is_local, last_seq, region_code FROM sync_origin")).all()
    assert [(bool(a), b, c) for a, b, c in origins] == [(True, 0, DESA_CODE)]


def test_initialize_twice_is_refused_and_changes_nothing(any_services):
    with pytest.raises(AlreadyInitialized):
        any_services.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Lagi"))
    assert any_services.setup.office().name == "Puskesos Bojong Koneng"


@pytest.mark.parametrize("code", ["3201", "9999999999", "320105200"])
def test_initialize_with_an_invalid_region_writes_nothing(any_empty_services, code):
    with pytest.raises(ValidationError) as err:
        any_empty_services.setup.initialize(OfficeDraft(Mode.DESA, code, "Puskesos X"),
                                            admin_username="admin", admin_password=ADMIN_PASSWORD)
    assert err.value.for_field("region_code")
    assert not any_empty_services.setup.is_initialized()
    assert not any_empty_services.operators.has_operators()


def test_password_is_stored_as_argon2id(any_services):
    any_services.operators.add("siti", "kata-sandi-siti", "operator", "Siti")
    with any_services.engine.connect() as conn:
        hashes = dict(conn.execute(text("SELECT username, password_hash FROM operator")).all())
    assert hashes["siti"].startswith("$argon2id$") and "kata-sandi-siti" not in hashes["siti"]
    assert hashes["admin"].startswith("$argon2id$")


def test_login_right_wrong_and_unknown(any_services):
    ops = any_services.operators
    me = ops.login(" ADMIN ", ADMIN_PASSWORD)
    assert (me.username, me.role) == ("admin", Role.ADMIN) and ops.current == me
    ops.logout()
    with pytest.raises(AuthenticationError):
        ops.login("admin", ADMIN_PASSWORD + "x")
    with pytest.raises(AuthenticationError):
        ops.login("nobody", ADMIN_PASSWORD)
    assert ops.current is None


def test_disabled_operator_cannot_sign_in_until_enabled(any_services):
    ops = any_services.operators
    siti = ops.add("siti", "kata-sandi-siti", Role.OPERATOR)
    assert not ops.set_active(siti.id, False).active
    with pytest.raises(AuthenticationError):
        ops.login("siti", "kata-sandi-siti")
    ops.set_active(siti.id, True)
    assert ops.login("siti", "kata-sandi-siti").id == siti.id


def test_reset_password(any_services):
    ops = any_services.operators
    siti = ops.add("siti", "kata-sandi-siti", Role.OPERATOR)
    with pytest.raises(ValidationError):
        ops.reset_password(siti.id, "pendek")
    ops.reset_password(siti.id, "sandi-baru-123")
    with pytest.raises(AuthenticationError):
        ops.login("siti", "kata-sandi-siti")
    assert ops.login("siti", "sandi-baru-123").username == "siti"


@pytest.mark.parametrize("username, password, role, field", [
    ("ab", "kata-sandi-ok", "operator", "username"),
    ("Siti Aisyah", "kata-sandi-ok", "operator", "username"),
    ("siti", "pendek", "operator", "password"),
    ("siti", "kata-sandi-ok", "raja", "role"),
    ("admin", "kata-sandi-ok", "operator", "username"),  # taken
])
def test_add_operator_rejects_bad_input(any_services, username, password, role, field):
    with pytest.raises(ValidationError) as err:
        any_services.operators.add(username, password, role)
    assert err.value.for_field(field)
    assert len(any_services.operators.list()) == 1


def test_last_active_admin_cannot_be_disabled(any_services):
    ops = any_services.operators
    admin = ops.list()[0]
    with pytest.raises(AuthenticationError):
        ops.set_active(admin.id, False)
    second = ops.add("kades", "kata-sandi-kades", Role.ADMIN)
    assert not ops.set_active(admin.id, False).active
    with pytest.raises(AuthenticationError):
        ops.set_active(second.id, False)


def test_nobody_disables_themselves(any_services):
    ops = any_services.operators
    other = ops.add("kades", "kata-sandi-kades", Role.ADMIN)
    me = ops.login("admin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError):
        ops.set_active(me.id, False)
    assert ops.set_active(other.id, False).active is False


def test_supervisor_may_look_but_not_write(any_services):
    sv = any_services
    sv.operators.add("pengawas", "kata-sandi-pengawas", Role.SUPERVISOR)
    sv.operators.login("pengawas", "kata-sandi-pengawas")
    head = PersonDraft(nik="3201051505900001", name="Suparman", relationship="KEPALA KELUARGA", sex="L",
                       birth_date=dt.date(1990, 5, 15))
    with pytest.raises(PermissionDenied):
        sv.households.create(HouseholdDraft(no_kk="3201051511200001"), (head,))
    with pytest.raises(PermissionDenied):
        sv.operators.add("baru", "kata-sandi-baru", Role.OPERATOR)
    assert sv.households.count() == 0 and sv.households.page(0, 10) == []


def test_operator_role_cannot_manage_operators(any_services):
    sv = any_services
    sv.operators.add("siti", "kata-sandi-siti", Role.OPERATOR)
    siti = sv.operators.login("siti", "kata-sandi-siti")
    with pytest.raises(PermissionDenied):
        sv.operators.reset_password(siti.id, "sandi-baru-123")
