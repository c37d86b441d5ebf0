"""One search box: a full or partial NIK / No KK, or name words in any order (prefixes, variants)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, intersect, select
from sqlalchemy.orm import selectinload

from ..core.identity import clean_number, mask_number
from ..core.model import DuplicateNik, Household
from ..core.names import query_keys
from ..core.restricted import redact_household
from ..db import mapping
from ..db.records import HouseholdRecord, PersonRecord, SearchTermRecord, SyncOriginRecord
from .context import Context


@dataclass(frozen=True, slots=True)
class SearchHit:
    household: Household
    matched_person_ids: tuple[str, ...]  # members whose NIK or name matched (empty: the No KK did)


def _upper(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix` (index-friendly range)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class SearchService:
    def __init__(self, context: Context, limit: int = 50) -> None:
        self._ctx = context
        self._limit = limit

    @property
    def limit(self) -> int:
        """At most this many households come back from one search."""
        return self._limit

    def search(self, text: str, limit: int | None = None) -> list[SearchHit]:
        limit = limit or self._limit
        digits = clean_number(text.strip())
        with self._ctx.reading() as s:
            if digits.isdigit():
                if len(digits) < 4:
                    return []
                person_rows = s.execute(
                    select(PersonRecord.id, PersonRecord.household_id).where(
                        PersonRecord.nik >= digits, PersonRecord.nik < _upper(digits),
                        PersonRecord.deleted.is_(False),
                    ).limit(limit)
                ).all()
                kk_ids = s.execute(
                    select(HouseholdRecord.id).where(
                        HouseholdRecord.no_kk >= digits, HouseholdRecord.no_kk < _upper(digits),
                        HouseholdRecord.deleted.is_(False),
                    ).limit(limit)
                ).scalars().all()
            else:
                keys = [k for k in query_keys(text) if k]
                if not keys:
                    return []
                matching = intersect(*[
                    select(SearchTermRecord.person_id).where(
                        SearchTermRecord.term >= k, SearchTermRecord.term < _upper(k)
                    ) for k in dict.fromkeys(keys)
                ]) if len(set(keys)) > 1 else select(SearchTermRecord.person_id).where(
                    SearchTermRecord.term >= keys[0], SearchTermRecord.term < _upper(keys[0])
                )
                person_rows = s.execute(
                    select(PersonRecord.id, PersonRecord.household_id)
                    .where(PersonRecord.id.in_(matching.limit(limit * 4) if len(set(keys)) == 1 else matching))
                    .limit(limit)
                ).all()
                kk_ids = []
            matched: dict[str, list[str]] = {}
            for person_id, household_id in person_rows:
                matched.setdefault(household_id, []).append(person_id)
            for household_id in kk_ids:
                matched.setdefault(household_id, [])
            ids = list(matched)[:limit]
            if not ids:
                return []
            records = s.execute(
                select(HouseholdRecord).where(HouseholdRecord.id.in_(ids))
                .options(selectinload(HouseholdRecord.members))
            ).scalars().all()
            by_id = {r.id: r for r in records if not r.deleted}
            return [
                SearchHit(redact_household(mapping.household(by_id[i]), self._ctx.role), tuple(matched[i]))
                for i in ids if i in by_id
            ]

    def duplicate_niks(self, limit: int = 200) -> list[DuplicateNik]:
        """NIKs registered by more than one installation (at the kabupaten: in more than one desa),
        in NIK order, for a person to review; nothing is merged or changed."""
        live = (PersonRecord.deleted.is_(False), PersonRecord.nik.is_not(None), PersonRecord.nik != "")
        with self._ctx.reading() as s:
            niks = (select(PersonRecord.nik).where(*live).group_by(PersonRecord.nik)
                    .having(func.count(func.distinct(PersonRecord.origin_id)) > 1)
                    .order_by(PersonRecord.nik).limit(limit).subquery())
            rows = s.execute(
                select(PersonRecord.nik, PersonRecord.origin_id, SyncOriginRecord.region_code,
                       PersonRecord.household_id, PersonRecord.id, PersonRecord.name)
                .join(niks, niks.c.nik == PersonRecord.nik)
                .outerjoin(SyncOriginRecord, SyncOriginRecord.id == PersonRecord.origin_id)
                .where(*live).order_by(PersonRecord.nik, SyncOriginRecord.region_code, PersonRecord.id)
            ).all()
        grouped: dict[str, list] = {}
        for row in rows:
            grouped.setdefault(row.nik, []).append(row)
        return [
            DuplicateNik(
                masked_nik=mask_number(nik), region_codes=tuple(r.region_code or "" for r in entries),
                origin_ids=tuple(r.origin_id for r in entries), household_ids=tuple(r.household_id for r in entries),
                person_ids=tuple(r.id for r in entries), names=tuple(r.name or "" for r in entries),
            )
            for nik, entries in grouped.items()
        ]
