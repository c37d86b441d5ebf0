"""Typed, expected errors: a validation result that names the field and says what is wrong."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or doubtful) with one field.

    `message` is the operator-facing text in Bahasa Indonesia (see docs/decisions.md: validation
    messages are produced in the core so the command line and the window say the same thing).
    """

    field: str
    code: str
    message: str


@dataclass(slots=True)
class Problems:
    """Collects blocking errors and non-blocking warnings while a draft is checked."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def error(self, field_name: str, code: str, message: str) -> None:
        self.errors.append(Problem(field_name, code, message))

    def warn(self, field_name: str, code: str, message: str) -> None:
        self.warnings.append(Problem(field_name, code, message))

    def extend(self, other: "Problems") -> None:
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ValidationError(tuple(self.errors), tuple(self.warnings))


class PuskesosError(Exception):
    """Base of every expected error; its message is fit to show the operator."""


class ValidationError(PuskesosError):
    """Input rejected; nothing was written."""

    def __init__(self, errors: tuple[Problem, ...], warnings: tuple[Problem, ...] = ()) -> None:
        self.errors = errors
        self.warnings = warnings
        super().__init__("; ".join(p.message for p in errors))

    def for_field(self, field_name: str) -> list[Problem]:
        return [p for p in self.errors if p.field == field_name]

    @classmethod
    def single(cls, field_name: str, code: str, message: str) -> "ValidationError":
        return cls((Problem(field_name, code, message),))


class NotFoundError(PuskesosError):
    """The thing asked for does not exist (or was removed)."""


class PermissionDenied(PuskesosError):
    """The signed-in operator's role does not allow this action."""


class AuthenticationError(PuskesosError):
    """Wrong user name or password, or a disabled account."""
