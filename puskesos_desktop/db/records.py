"""SQLAlchemy records (…Record). Tables that travel carry the sync columns of DESIGN.md §3."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Date, DateTime, Float, ForeignKey, Index, Integer,
    LargeBinary, MetaData, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..core import clock

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def bytewise(length: int) -> String:
    """Text compared byte by byte on every backend, for columns searched by prefix ranges.

    Search uses `col >= 'x' AND col < 'y'` so the index serves it. SQLite compares bytes already;
    PostgreSQL uses the database's collation, and a linguistic one (en_US, ICU) ignores punctuation,
    so the bound after a prefix ending in 9 or z (':' or '{') would miss rows. The C collation on
    PostgreSQL keeps the ranges exact (and the index comparisons cheap).
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    """UTC, stored without zone (SQLite keeps no zone; every stored time is UTC)."""
    return clock.now_utc()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Audited:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36))
    updated_by: Mapped[str | None] = mapped_column(String(36))


class Synced(Audited):
    """Identity, ownership, change stamp, tombstone and content hash (DESIGN.md §3).

    Never set `seq`, `origin_id` or `content_hash` by hand: db.stamping fills them at flush.
    """

    # Columns that are bookkeeping, not content: left out of the content hash.
    NOT_CONTENT = frozenset({"seq", "content_hash", "created_at", "updated_at", "created_by", "updated_by"})
    # Columns a tombstone keeps; everything else is cleared.
    KEPT_ON_DELETE = frozenset({"id", "origin_id", "deleted"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_origin.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str] = mapped_column(String(64))


class OfficeRecord(Audited, Base):
    """This installation (exactly one row)."""

    __tablename__ = "office"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mode: Mapped[str] = mapped_column(String(16))
    region_code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    letter_classification: Mapped[str] = mapped_column(String(20), default="400.9")
    letter_unit_code: Mapped[str] = mapped_column(String(40), default="PUSKESOS")
    signatory_name: Mapped[str] = mapped_column(String(120), default="")
    signatory_position: Mapped[str] = mapped_column(String(120), default="")
    signatory_nip: Mapped[str] = mapped_column(String(30), default="")
    acknowledger_name: Mapped[str] = mapped_column(String(120), default="")
    acknowledger_position: Mapped[str] = mapped_column(String(120), default="")
    letter_place: Mapped[str] = mapped_column(String(120), default="", server_default="")
    paper: Mapped[str] = mapped_column(String(4), default="A4", server_default="A4")
    complaint_overdue_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    referral_due_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    # This installation's sync keys (issue 4). The private half stays in this row: every kabupaten PC
    # sharing the PostgreSQL database must open bundles, and no exported file ever carries it.
    signing_public: Mapped[str | None] = mapped_column(String(64))  # Ed25519, hex
    age_recipient: Mapped[str | None] = mapped_column(String(100))  # age1…
    key_fingerprint: Mapped[str | None] = mapped_column(String(40))
    private_keys: Mapped[str | None] = mapped_column(Text)  # JSON: Ed25519 seed and age identity
    local_origin_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_origin.id"))
    __table_args__ = (CheckConstraint("mode in ('desa', 'kabupaten')", name="mode"),)


class SyncOriginRecord(Base):
    """A writer of rows: this installation (is_local) or, at the kabupaten, each enrolled desa."""

    __tablename__ = "sync_origin"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    region_code: Mapped[str] = mapped_column(String(10))
    incarnation: Mapped[int] = mapped_column(Integer, default=1)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # At a desa, set by a restore until the kabupaten has sent back what the backup lacked: the backup
    # held this origin's rows up to `reseed_seq` and its audit log up to `reseed_audit_seq`; the
    # restored database's own changes start at `reseed_first_seq`.
    reseed_seq: Mapped[int | None] = mapped_column(BigInteger)
    reseed_audit_seq: Mapped[int | None] = mapped_column(BigInteger)
    reseed_first_seq: Mapped[int | None] = mapped_column(BigInteger)


class OperatorRecord(Audited, Base):
    __tablename__ = "operator"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HouseholdRecord(Synced, Base):
    __tablename__ = "household"
    no_kk: Mapped[str | None] = mapped_column(bytewise(16), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    rt: Mapped[str | None] = mapped_column(String(3))
    rw: Mapped[str | None] = mapped_column(String(3))
    dusun: Mapped[str | None] = mapped_column(String(80))
    dtsen_status: Mapped[str | None] = mapped_column(String(30))
    dtsen_id: Mapped[str | None] = mapped_column(String(40))
    desil: Mapped[int | None] = mapped_column(Integer)
    programs: Mapped[str | None] = mapped_column(Text)  # JSON list of codes
    floor_area_m2: Mapped[float | None] = mapped_column(Float)
    house_ownership: Mapped[str | None] = mapped_column(String(30))
    floor_material: Mapped[str | None] = mapped_column(String(30))
    wall_material: Mapped[str | None] = mapped_column(String(30))
    roof_material: Mapped[str | None] = mapped_column(String(30))
    water_source: Mapped[str | None] = mapped_column(String(30))
    toilet: Mapped[str | None] = mapped_column(String(30))
    lighting: Mapped[str | None] = mapped_column(String(30))
    consent: Mapped[bool | None] = mapped_column(Boolean)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    # Denormalised for the list (kept by the service that writes members): the head's name.
    head_name: Mapped[str | None] = mapped_column(String(120))
    member_count: Mapped[int | None] = mapped_column(Integer)

    members: Mapped[list["PersonRecord"]] = relationship(
        back_populates="household", order_by="PersonRecord.id"
    )
    __table_args__ = (
        CheckConstraint("seq > 0", name="seq_positive"),
        CheckConstraint("length(content_hash) = 64", name="hash_length"),
        Index("ix_household_origin_seq", "origin_id", "seq"),
        # The household list's order. Not led by `deleted`: SQLite without statistics would then
        # prefer it over ix_household_no_kk for "deleted = 0 AND no_kk range" (a full walk).
        Index("ix_household_list", "head_name", "id"),
        # Covers the counts of live households and of their members (home page, list size): a walk
        # of this small index instead of the table (migration 0006).
        Index("ix_household_counts", "member_count", "deleted"),
    )


class PersonRecord(Synced, Base):
    __tablename__ = "person"
    KEPT_ON_DELETE = Synced.KEPT_ON_DELETE | {"household_id"}

    household_id: Mapped[str] = mapped_column(String(36), ForeignKey("household.id"), index=True)
    nik: Mapped[str | None] = mapped_column(bytewise(16), index=True)
    name: Mapped[str | None] = mapped_column(String(120))
    relationship_: Mapped[str | None] = mapped_column("relationship", String(30))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_place: Mapped[str | None] = mapped_column(String(80))
    marital_status: Mapped[str | None] = mapped_column(String(20))
    religion: Mapped[str | None] = mapped_column(String(20))
    education: Mapped[str | None] = mapped_column(String(40))
    occupation: Mapped[str | None] = mapped_column(String(40))
    disabilities: Mapped[str | None] = mapped_column(Text)  # JSON list
    chronic_illness: Mapped[str | None] = mapped_column(Text)
    ppks: Mapped[str | None] = mapped_column(Text)  # JSON list
    phone: Mapped[str | None] = mapped_column(String(20))
    mother_name: Mapped[str | None] = mapped_column(String(120))
    life_status: Mapped[str | None] = mapped_column(String(12))
    name_key: Mapped[str | None] = mapped_column(String(200))  # for same name + birth date checks

    household: Mapped[HouseholdRecord] = relationship(back_populates="members")
    __table_args__ = (
        CheckConstraint("seq > 0", name="seq_positive"),
        CheckConstraint("length(content_hash) = 64", name="hash_length"),
        Index("ix_person_origin_seq", "origin_id", "seq"),
        Index("ix_person_name_key_birth", "name_key", "birth_date"),
    )


class SearchTermRecord(Base):
    """Local search index (not synced): one row per name word key, NIK or No KK of a live person."""

    __tablename__ = "search_term"
    term: Mapped[str] = mapped_column(bytewise(60), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    household_id: Mapped[str] = mapped_column(String(36), index=True)
    __table_args__ = (Index("ix_search_term_person", "person_id"),)


class AuditLogRecord(Base):
    """Append-only log of views of sensitive data, prints, exports and sign-ins.

    A hash chain per origin (core/audit.py; written only by db/audit_chain.append): `chain_seq`
    1, 2, 3… and `row_hash` over every field and the previous row's hash. Never updated or deleted.
    """

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    origin_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_origin.id"))
    chain_seq: Mapped[int] = mapped_column(BigInteger)
    operator_name: Mapped[str] = mapped_column(String(60), default="")  # the user name when written
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        UniqueConstraint("origin_id", "chain_seq"),  # two writers at once cannot fork a chain
        Index("ix_audit_log_list", "at", "id"),  # the audit page: newest first, pages by (at, id)
        Index("ix_audit_log_action_at", "action", "at"),
        Index("ix_audit_log_operator_at", "operator_name", "at"),
    )


def _synced_args(table: str, *extra) -> tuple:
    """The CHECKs every synced table carries (rows written around the ORM are refused) and its sync index."""
    return (
        CheckConstraint("seq > 0", name="seq_positive"),
        CheckConstraint("length(content_hash) = 64", name="hash_length"),
        Index(f"ix_{table}_origin_seq", "origin_id", "seq"),
        *extra,
    )


class ServiceRecord(Synced, Base):
    """Service catalogue entry (master data; id = master_id("service", code))."""

    __tablename__ = "service"
    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(String(200))
    owner_level: Mapped[str | None] = mapped_column(String(20))
    agency: Mapped[str | None] = mapped_column(String(200))
    default_institution: Mapped[str | None] = mapped_column(String(40))
    documents: Mapped[str | None] = mapped_column(Text)  # JSON list of [code, label]
    eligibility: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool | None] = mapped_column(Boolean)
    __table_args__ = _synced_args("service", Index("ix_service_code", "code"))


class InstitutionRecord(Synced, Base):
    """Institution directory entry (master data; id = master_id("institution", code))."""

    __tablename__ = "institution"
    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(40))
    addressee: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool | None] = mapped_column(Boolean)
    __table_args__ = _synced_args("institution", Index("ix_institution_code", "code"))


class ConsentRecord(Synced, Base):
    """A household's consent (DOMAIN §9, issue 11 §4): who gave it and when, on which form version,
    for what (collection; sharing with the named third parties), and its withdrawal."""

    __tablename__ = "consent"
    household_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("household.id"), index=True)
    given_by_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    form_version: Mapped[str | None] = mapped_column(String(10))
    collection: Mapped[bool | None] = mapped_column(Boolean)
    share_with: Mapped[str | None] = mapped_column(Text)  # the named third parties, one per line
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawal_note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = _synced_args("consent")


class PsksRecord(Synced, Base):
    """A PSKS of the desa's network (issue 12 §1): a person or an institution (core/psks.py)."""

    __tablename__ = "psks"
    kind: Mapped[str | None] = mapped_column(String(12))
    name: Mapped[str | None] = mapped_column(String(200))
    nik: Mapped[str | None] = mapped_column(bytewise(16))  # a NIK prefix is searched, as in person
    phone: Mapped[str | None] = mapped_column(String(30))
    area: Mapped[str | None] = mapped_column(String(200))
    sk_number: Mapped[str | None] = mapped_column(String(100))
    sk_date: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    trainings: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool | None] = mapped_column(Boolean)
    legal_number: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    contact_person: Mapped[str | None] = mapped_column(String(200))
    fields: Mapped[str | None] = mapped_column(Text)
    __table_args__ = _synced_args("psks", Index("ix_psks_nik", "nik"))


class ActivityRecord(Synced, Base):
    """A field activity of the PSKS (issue 12 §2): penjangkauan, pendampingan, … on a day, by one or
    more PSKS (`psks_ids`), for one or more households (`household_ids`; ids one per line), optionally
    for a need, complaint or referral. One record travels per activity; `activity_link` indexes it."""

    __tablename__ = "activity"
    kind: Mapped[str | None] = mapped_column(String(20))
    done_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    psks_ids: Mapped[str | None] = mapped_column(Text)
    household_ids: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    need_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("need.id"))
    complaint_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("complaint.id"))
    referral_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("referral.id"))
    __table_args__ = _synced_args("activity")


class ActivityLinkRecord(Base):
    """Local, not synced: which PSKS did and which households had each live activity (`kind` "psks" or
    "household"), from the activity rows themselves, written with them and on import (as search_term)."""

    __tablename__ = "activity_link"
    activity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    __table_args__ = (Index("ix_activity_link_target", "kind", "target_id"),)


class NeedRecord(Synced, Base):
    __tablename__ = "need"
    household_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("household.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    service_code: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    urgency: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str | None] = mapped_column(String(12))
    recorded_on: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = _synced_args("need")


class ComplaintRecord(Synced, Base):
    __tablename__ = "complaint"
    kind: Mapped[str | None] = mapped_column(String(12))
    category: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    reporter_name: Mapped[str | None] = mapped_column(String(120))
    reporter_relationship: Mapped[str | None] = mapped_column(String(60))
    reporter_phone: Mapped[str | None] = mapped_column(String(20))
    person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    household_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("household.id"), index=True)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(12))
    close_reason: Mapped[str | None] = mapped_column(String(12))
    duplicate_of: Mapped[str | None] = mapped_column(String(36), ForeignKey("complaint.id"))
    __table_args__ = _synced_args("complaint", Index("ix_complaint_status_received", "status", "received_on"))


class ComplaintEventRecord(Synced, Base):
    """One dated, attributed step of a complaint's workflow (append-only)."""

    __tablename__ = "complaint_event"
    KEPT_ON_DELETE = Synced.KEPT_ON_DELETE | {"complaint_id"}
    complaint_id: Mapped[str] = mapped_column(String(36), ForeignKey("complaint.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str | None] = mapped_column(String(12))
    happened_on: Mapped[dt.date | None] = mapped_column(Date)
    at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    operator_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = _synced_args("complaint_event")


class ReferralRecord(Synced, Base):
    __tablename__ = "referral"
    person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("household.id"), index=True)
    need_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("need.id"))
    complaint_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("complaint.id"))
    service_code: Mapped[str | None] = mapped_column(String(40))
    institution_code: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    documents: Mapped[str | None] = mapped_column(Text)  # JSON list of document codes attached
    urgency: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str | None] = mapped_column(String(20))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    letter_number: Mapped[str | None] = mapped_column(bytewise(80))  # searched by prefix, like nik
    serial: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    # Typed in by prefix from a photo or a phone call: compared byte-wise like nik/no_kk.
    verification_code: Mapped[str | None] = mapped_column(bytewise(8), index=True)
    approved_by: Mapped[str | None] = mapped_column(String(36))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    print_count: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = _synced_args(
        "referral", Index("ix_referral_status_due", "status", "due_date"),
        # The list pages newest first, whole or by status (services.referrals.rows).
        Index("ix_referral_deleted_id", "deleted", "id"), Index("ix_referral_status_deleted_id", "status", "deleted", "id"),
        Index("ix_referral_letter_number", "letter_number"),
    )


class ReferralEventRecord(Synced, Base):
    """One dated, attributed status change of a referral (append-only)."""

    __tablename__ = "referral_event"
    KEPT_ON_DELETE = Synced.KEPT_ON_DELETE | {"referral_id"}
    referral_id: Mapped[str] = mapped_column(String(36), ForeignKey("referral.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    operator_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = _synced_args("referral_event")


class LetterRecord(Synced, Base):
    """The outgoing-letter register (buku agenda surat keluar): one row per issued number."""

    __tablename__ = "letter"
    number: Mapped[str | None] = mapped_column(bytewise(80), index=True)  # searched by prefix
    serial: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    classification: Mapped[str | None] = mapped_column(String(20))
    addressee: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(200))
    referral_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("referral.id"), index=True)
    __table_args__ = _synced_args(
        # A number is never issued twice by one origin (the kabupaten holds every desa's letters).
        "letter", Index("ix_letter_origin_year_serial", "origin_id", "year", "serial", unique=True),
    )


class ReferralOutcomeRecord(Synced, Base):
    """What came of a referral (the Lembar Balik). Owned by the kabupaten once sync exists (issue 4)."""

    __tablename__ = "referral_outcome"
    referral_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("referral.id"), index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    officer: Mapped[str | None] = mapped_column(String(120))
    unit: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    forwarded_to: Mapped[str | None] = mapped_column(String(200))
    missing_documents: Mapped[str | None] = mapped_column(Text)
    next_appointment: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = _synced_args("referral_outcome")


class LetterCounterRecord(Base):
    """Local, not synced: the last serial issued per year (locked by the approval that takes the next)."""

    __tablename__ = "letter_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class RetentionScheduleRecord(Base):
    """Local, not synced: the office's retention schedule (one row; none means the defaults)."""

    __tablename__ = "retention_schedule"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    person_years: Mapped[int] = mapped_column(Integer)
    household_years: Mapped[int] = mapped_column(Integer)
    complaint_years: Mapped[int] = mapped_column(Integer)


class SyncPeerRecord(Base):
    """The other side of sync: at a desa, its kabupaten; at the kabupaten, each enrolled desa installation.

    Watermarks are kept per peer: `applied_seq` — every row of the peer's stream up to it is here
    (contiguous); `acked_seq` — the peer has confirmed ours up to it (from its last bundle).
    """

    __tablename__ = "sync_peer"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(12))  # "kabupaten" | "desa"
    origin_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_origin.id"), unique=True)
    region_code: Mapped[str] = mapped_column(String(10), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    signing_public: Mapped[str] = mapped_column(String(64))  # hex
    recipient: Mapped[str] = mapped_column(String(100))  # age1…
    fingerprint: Mapped[str] = mapped_column(String(40))
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    incarnation: Mapped[int] = mapped_column(Integer, default=1)
    applied_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reconciled_seq: Mapped[int | None] = mapped_column(BigInteger)  # digests matched up to this seq
    reconciled: Mapped[bool] = mapped_column(Boolean, default=False)
    # At a desa: the kabupaten confirmed holding our audit chain up to this row, with this hash (an
    # anchor outside this database: `check` compares it with the row we hold).
    audit_acked_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # At the kabupaten: what the desa's last bundle asked to have sent back (a restored desa).
    reseed_seq: Mapped[int | None] = mapped_column(BigInteger)
    reseed_audit_seq: Mapped[int | None] = mapped_column(BigInteger)
    reseed_first_seq: Mapped[int | None] = mapped_column(BigInteger)
    audit_acked_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # At the kabupaten: a new installation enrolled as this desa's successor (its own origin, until it
    # has taken this peer's origin over from the first return bundle; docs/bundle-format.md, *Successor*).
    successor_origin: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (CheckConstraint("role in ('kabupaten', 'desa')", name="role"),)


class SyncRetiredKeyRecord(Base):
    """At the kabupaten: a desa's signing key replaced by a successor's; a bundle it signs is refused
    as from a revoked key (the lost or stolen laptop)."""

    __tablename__ = "sync_retired_key"
    signing_public: Mapped[str] = mapped_column(String(64), primary_key=True)  # hex
    peer_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_peer.id"))
    fingerprint: Mapped[str] = mapped_column(String(40))
    retired_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")


class SyncBundleRecord(Base):
    """Every bundle written or read, with what came of it (rejections are recorded, nothing else changes)."""

    __tablename__ = "sync_bundle"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # our row id
    bundle_id: Mapped[str | None] = mapped_column(String(36), index=True)  # from the manifest, when readable
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    peer_origin_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(8), default="")  # "desa" | "return"
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    seq_from: Mapped[int | None] = mapped_column(BigInteger)
    seq_to: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(12))  # applied / duplicate / rejected / written / acknowledged
    reason_code: Mapped[str] = mapped_column(String(30), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON {table: rows}
    # The manifest as signed, for bundles read: fields of a newer minor version are kept here.
    manifest: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (CheckConstraint("direction in ('in', 'out')", name="direction"),)


class SyncForkRecord(Base):
    """A row that came back with a seq already applied but different content (a restored or cloned
    database): the incoming version is kept here for review, the stored one stays (`kind` "incoming").
    Or ("replaced"): a restored desa changed a row it had only in an older version, while the stored
    one came from its lost laptop; the desa's change applied and the replaced version is kept here."""

    __tablename__ = "sync_fork"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    incarnation: Mapped[int] = mapped_column(Integer, default=1)
    stored_hash: Mapped[str] = mapped_column(String(64))
    incoming_hash: Mapped[str] = mapped_column(String(64))
    incoming: Mapped[str] = mapped_column(Text)  # the wire record, as received
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(16), default="incoming", server_default="incoming")


class SyncExtraRecord(Base):
    """What a newer minor version sent that this one does not know: fields of known rows, and rows of
    unknown tables. Kept (and sent on), never dropped."""

    __tablename__ = "sync_extra"
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    fields: Mapped[str] = mapped_column(Text)  # JSON object: the unknown fields (or the whole row)


SYNCED_RECORDS: tuple[type[Synced], ...] = (
    HouseholdRecord, PersonRecord, ServiceRecord, InstitutionRecord, NeedRecord, ComplaintRecord,
    ComplaintEventRecord, ReferralRecord, ReferralEventRecord, LetterRecord, ReferralOutcomeRecord, ConsentRecord,
    PsksRecord, ActivityRecord,
)
