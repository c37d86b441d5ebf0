"""Restricted categories (issue 10 §7): who sees the sensitive PPKS categories and chronic illness.

The sensitive PPKS categories (`codes.SENSITIVE_PPKS`: ODHA, KPN, KTR, KTK, ABH, AKTK, AMPK) and a
person's chronic illness are shown only to the koordinator and the admin. Everyone else gets the
person with those fields masked: the sensitive codes taken out and the marker `terbatas` put in
their place, and `terbatas` instead of the illness. The marker is there whether or not the person
has anything restricted, so the mask does not tell that a child "has something"; it says the
field is restricted for this role.

Services apply these functions where they hand persons out; writing merges the hidden values back
(`keep_hidden`), so a save by an operator who could not see them never wipes them.
"""

from __future__ import annotations

from dataclasses import replace

from .codes import PPKS, SENSITIVE_PPKS, Role
from .errors import PermissionDenied
from .model import Household, Person, PersonDraft

RESTRICTED = "terbatas"  # what a role that may not see a restricted field reads in it
PRIVILEGED_ROLES = frozenset({Role.ADMIN, Role.KOORDINATOR})

# The sensitive categories a letter may name, by the service the need asks for: the services that
# work with that category's case (ATENSI and UPTD PPA rehabilitate and protect; Puskesmas and RSUD
# treat). A service not listed (or added later to the catalogue) names none.
SERVICE_CATEGORIES: dict[str, frozenset[str]] = {
    "ATENSI": SENSITIVE_PPKS,
    "PERLINDUNGAN": frozenset({"KTK", "AKTK", "AMPK", "ABH", "KTR"}),
    "PUSKESMAS": frozenset({"ODHA", "KPN"}),
    "RSUD": frozenset({"ODHA", "KPN"}),
}
# The services whose letter may name a chronic illness: health care and the PBI-JK reactivation,
# which is granted for chronic illness.
ILLNESS_SERVICES = frozenset({"PUSKESMAS", "RSUD", "PBI_JK"})


def may_see_restricted(role: Role | None) -> bool:
    """None is the installation acting as itself (no one signed in: set-up, tests of the office)."""
    return role is None or role in PRIVILEGED_ROLES


def redact_person(person: Person, role: Role | None) -> Person:
    """The person as `role` may see them."""
    if may_see_restricted(role):
        return person
    visible = tuple(code for code in person.ppks if code not in SENSITIVE_PPKS)
    return replace(person, ppks=visible + (RESTRICTED,), chronic_illness=RESTRICTED)


def redact_household(household: Household, role: Role | None) -> Household:
    if may_see_restricted(role):
        return household
    return replace(household, members=tuple(redact_person(m, role) for m in household.members))


def keep_hidden(draft: PersonDraft, stored: Person | None, role: Role | None) -> PersonDraft:
    """What to store when `role` saves `draft`: a role that may not see the restricted fields cannot
    change them either, so the stored sensitive codes and illness stay as they are (none for a new
    person) whatever the draft says. The order of the stored codes is kept, so an unchanged save
    changes nothing."""
    if may_see_restricted(role):
        return draft
    stored_codes = stored.ppks if stored is not None else ()
    ticked = [code for code in draft.ppks if code not in SENSITIVE_PPKS and code != RESTRICTED]
    kept = [code for code in stored_codes if code in SENSITIVE_PPKS or code in ticked]
    kept += [code for code in ticked if code not in kept]
    return replace(draft, ppks=tuple(kept), chronic_illness=stored.chronic_illness if stored is not None else "")


def letter_categories(person: Person, service_code: str) -> tuple[tuple[str, ...], str]:
    """(labels of the sensitive PPKS categories, chronic illness) a letter for a need of
    `service_code` prints: only those the need is about, whoever prints the letter."""
    named = SERVICE_CATEGORIES.get(service_code, frozenset())
    labels = tuple(PPKS[code] for code in person.ppks if code in named and code in PPKS)
    illness = person.chronic_illness.strip() if service_code in ILLNESS_SERVICES else ""
    return labels, illness


def for_export(person: Person, role: Role | None, include_restricted: bool = False) -> Person:
    """The person as a spreadsheet export writes them: without the sensitive categories and the
    chronic illness (left empty, not marked), unless an admin asks for them."""
    if include_restricted:
        if role is not None and role is not Role.ADMIN:
            raise PermissionDenied("Hanya admin yang boleh menyertakan kategori terbatas dalam ekspor.")
        return person
    return replace(person, ppks=tuple(c for c in person.ppks if c not in SENSITIVE_PPKS), chronic_illness="")
