"""How long the office keeps data, and what a purge did (issue 11 §5; defaults in docs/decisions.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RetentionSchedule:
    person_years: int = 5  # a person recorded as meninggal or pindah, unchanged this long
    household_years: int = 10  # a household with no change to it or its records this long
    complaint_years: int = 5  # the texts of a closed complaint received this long ago

    def problems(self) -> list[str]:
        return [f"{label} harus 1 sampai 50 tahun." for label, years in (
            ("Orang meninggal/pindah", self.person_years), ("Keluarga tidak aktif", self.household_years),
            ("Teks keluhan", self.complaint_years)) if not 1 <= years <= 50]


@dataclass(frozen=True, slots=True)
class RetentionReview:
    """What is due under the schedule today."""

    schedule: RetentionSchedule
    person_ids: tuple[str, ...]
    household_ids: tuple[str, ...]
    complaint_ids: tuple[str, ...]
    refused: tuple[str, ...]  # why a due row is not purged (an open referral), one line each

    @property
    def empty(self) -> bool:
        return not (self.person_ids or self.household_ids or self.complaint_ids)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    persons: int
    households: int
    complaints: int
    refused: tuple[str, ...]
    backups_removed: int
