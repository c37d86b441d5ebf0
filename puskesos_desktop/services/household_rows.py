"""Helpers shared by the household, import and demo services for writing people (they never commit)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core.codes import HEAD
from ..core.names import name_keys
from ..db.records import HouseholdRecord, PersonRecord, SearchTermRecord
from ..db.stamping import tombstone


def index_terms(s: Session, person: PersonRecord, *, fresh: bool = False) -> None:
    """(Re)writes the person's name keys in the local search index; `fresh`: a new person, nothing to drop."""
    if not fresh:
        drop_terms(s, person.id)
    for key in dict.fromkeys(name_keys(person.name or "")):
        s.add(SearchTermRecord(term=key[:60], person_id=person.id, household_id=person.household_id))


def drop_terms(s: Session, person_id: str) -> None:
    # No session synchronisation: search terms are never held as objects across a delete.
    s.execute(
        delete(SearchTermRecord).where(SearchTermRecord.person_id == person_id)
        .execution_options(synchronize_session=False)
    )


def refresh_summary(s: Session, household: HouseholdRecord) -> None:
    """Keeps the household's head name and member count (shown in the list without a join)."""
    s.flush()
    live = s.execute(
        select(PersonRecord.name, PersonRecord.relationship_).where(
            PersonRecord.household_id == household.id, PersonRecord.deleted.is_(False),
        ).order_by(PersonRecord.id)
    ).all()
    heads = [name for name, rel in live if rel == HEAD]
    head = heads[0] if heads else (live[0].name if live else "")
    if household.head_name != head:
        household.head_name = head
    if household.member_count != len(live):
        household.member_count = len(live)


def tombstone_household(s: Session, household: HouseholdRecord) -> None:
    """The household and every live member tombstoned, their search terms gone (a removal, a purge)."""
    for member in household.members:
        if not member.deleted:
            drop_terms(s, member.id)
            tombstone(member)
    tombstone(household)
