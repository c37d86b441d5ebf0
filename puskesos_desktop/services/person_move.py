"""The rules of moving a living person into another household of the desa (pindah KK); they never commit."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.codes import HEAD, LIFE_STATUSES, RELATIONSHIPS
from ..core.errors import Problems
from ..core.identity import mask_number
from ..db.records import HouseholdRecord, PersonRecord


@dataclass(frozen=True, slots=True)
class MovePlan:
    """What the checks decided: the person's relationship in the new household, and who (if anyone)
    becomes head of the household left behind."""

    relationship: str
    new_head: PersonRecord | None


def plan_move(person: PersonRecord, target: HouseholdRecord, relationship: str | None,
              new_head_id: str | None, keep_empty_household: bool) -> tuple[MovePlan | None, Problems]:
    """The plan, or the reasons (in Bahasa Indonesia) why the move is refused."""
    problems = Problems()
    name = person.name or "Orang ini"
    source = person.household
    if person.life_status != "hidup":
        status = LIFE_STATUSES.get(person.life_status or "", person.life_status or "")
        problems.error("person", "not_living",
                       f"{name} tercatat {status.lower()}; hanya warga yang masih hidup yang dapat dipindahkan.")
    if source.id == target.id:
        problems.error("household", "same", f"{name} sudah anggota keluarga ini.")
    if problems.errors:
        return None, problems
    wanted = relationship or person.relationship_ or ""
    _check_relationship(wanted, target, problems)
    staying = [m for m in source.members if not m.deleted and m.life_status == "hidup" and m.id != person.id]
    new_head = _new_head(person, source, staying, new_head_id, problems)
    if not staying and not keep_empty_household:
        problems.error("household", "would_be_empty",
                       f"{name} adalah satu-satunya anggota KK {mask_number(source.no_kk or '')}; setelah "
                       "pindah KK itu tidak punya anggota lagi (tetap tercatat, tidak dihapus).")
    return (None if problems.errors else MovePlan(wanted, new_head)), problems


def _check_relationship(wanted: str, target: HouseholdRecord, problems: Problems) -> None:
    if wanted not in RELATIONSHIPS:
        problems.error("relationship", "required", "Pilih hubungan dalam keluarga yang baru.")
        return
    if wanted != HEAD:
        return
    head = next((m for m in target.members
                 if not m.deleted and m.life_status == "hidup" and m.relationship_ == HEAD), None)
    if head is not None:
        problems.error("relationship", "second_head",
                       f"Keluarga ini sudah punya kepala keluarga ({head.name}). Pilih hubungan lain.")


def _new_head(person: PersonRecord, source: HouseholdRecord, staying: list[PersonRecord],
              new_head_id: str | None, problems: Problems) -> PersonRecord | None:
    """A head who leaves a household with other living members names who takes over."""
    other_heads = [m for m in staying if m.relationship_ == HEAD]
    needs_one = person.relationship_ == HEAD and staying and not other_heads
    if not needs_one:
        if new_head_id:
            problems.error("new_head", "not_needed", "Kepala keluarga pengganti hanya dipilih bila kepala "
                                                     "keluarga sendiri yang pindah.")
        return None
    heir = next((m for m in staying if m.id == new_head_id), None)
    if heir is None:
        problems.error("new_head", "required",
                       f"{person.name} adalah kepala keluarga KK {mask_number(source.no_kk or '')}. Pilih "
                       "kepala keluarga pengganti dari anggota yang tinggal di sana.")
    return heir
