"""Shared by all services: the session factory, who is signed in, transactions and the audit log."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from ..core.codes import Role
from ..core.errors import PermissionDenied
from ..core.model import Operator
from ..db import audit_chain
from ..db.engine import WRITE
from ..db.stamping import OPERATOR_KEY


@dataclass
class Context:
    """`operator` is None for the command line, which runs as the installation's own administrator."""

    sessions: sessionmaker[Session]
    operator: Operator | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back on any error."""
        with self.sessions.begin() as session:
            session.connection(execution_options={WRITE: True})
            session.info[OPERATOR_KEY] = self.operator.id if self.operator else None
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @property
    def role(self) -> Role | None:
        """The signed-in operator's role; None for the installation acting as itself."""
        return self.operator.role if self.operator else None

    def require(self, roles: Iterable[Role], action: str) -> None:
        if self.operator is not None and self.operator.role not in set(roles):
            raise PermissionDenied(f"Peran Anda ({self.operator.role.value}) tidak boleh {action}.")

    def audit(self, session: Session, action: str, entity: str = "", entity_id: str = "", detail: str = "") -> None:
        """Appends to the audit log's chain inside the caller's transaction (db/audit_chain). Never put
        personal data in detail."""
        audit_chain.append(
            session, operator_id=self.operator.id if self.operator else None,
            operator_name=self.operator.username if self.operator else "", action=action, entity=entity,
            entity_id=entity_id, detail=detail,
        )
