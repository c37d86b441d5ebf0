"""Builds every service on one engine: the composition used by app.py, cli.py, tests and bench."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ..db import backup_file, inuse
from ..db.engine import open_engine, refresh_statistics, session_factory
from ..db.migrate import upgrade_to_head
from ..settings import Settings
from .activities import ActivityService
from .audit import AuditService
from .backups import BackupService, write_backup
from .catalogue import CatalogueService
from .check import CheckService
from .complaints import ComplaintService
from .consent import ConsentService
from .psks import PsksService
from .context import Context
from .demo import DemoDataService
from .households import HouseholdService
from .importer import ImportService
from .keyring import Keyring
from .letters import LetterService
from .needs import NeedService
from .operators import OperatorService
from .person_report import PersonReportService
from .referrals import ReferralService
from .retention import RetentionService
from .search import SearchService
from .setup import SetupService
from .sync import SyncService
from .timeline import TimelineService


@dataclass
class Services:
    engine: Engine
    context: Context
    setup: SetupService
    operators: OperatorService
    households: HouseholdService
    search: SearchService
    importer: ImportService
    demo: DemoDataService
    check: CheckService
    catalogue: CatalogueService
    needs: NeedService
    complaints: ComplaintService
    referrals: ReferralService
    letters: LetterService
    timeline: TimelineService
    sync: SyncService
    audit: AuditService
    backups: BackupService
    person_report: PersonReportService
    consent: ConsentService
    psks: PsksService
    activities: ActivityService
    retention: RetentionService
    backup_taken: Path | None = None
    keyring: Keyring | None = None  # the data key and key file of an encrypted SQLite database
    use_lock: inuse.UseLock | None = None  # this process has the SQLite file open (db/inuse.py)

    def attach_keyring(self, keyring: Keyring) -> None:
        """Operator changes and the set-up keep the key file in step with the operator table."""
        self.keyring = self.operators.keyring = self.setup.keyring = keyring

    def close(self) -> None:
        try:
            refresh_statistics(self.engine)
            self.engine.dispose()
        finally:
            if self.use_lock is not None:
                self.use_lock.release()


def build_services(settings: Settings, *, migrate: bool = True, key: bytes | None = None,
                   backup_before_upgrade: bool = True) -> Services:
    """`key`: the data key of an encrypted SQLite database (services/access.py opens with it).
    An upgrade is preceded by a backup into the backups folder (`backup_before_upgrade`)."""
    database = settings.sqlite_file
    use_lock = inuse.open_for_use(database) if database is not None and database.parent.is_dir() else None
    engine = open_engine(settings.database_url, sqlite_synchronous=settings.sqlite_synchronous, key=key)

    def before_upgrade(_revision: str) -> Path | None:
        assert database is not None and key is not None
        try:
            return write_backup(engine, key, database, settings.backup_dir, "upgrade")
        except backup_file.BackupError:  # nothing set up in it yet: nothing to keep
            return None

    if not backup_before_upgrade:  # a scratch copy being restored: the backup it came from is the copy
        make_backup: Callable[[str], Path | None] | None = lambda _revision: None
    elif key is not None and database is not None:
        make_backup = before_upgrade
    else:
        make_backup = None  # a plaintext file (before encryption): copied with VACUUM INTO
    try:
        backup = upgrade_to_head(engine, backup=make_backup) if migrate else None
        refresh_statistics(engine)
    except BaseException:
        engine.dispose()
        if use_lock is not None:
            use_lock.release()
        raise
    context = Context(session_factory(engine))
    operators = OperatorService(context)
    catalogue = CatalogueService(context)
    referrals = ReferralService(context)
    households = HouseholdService(context)
    timeline = TimelineService(context, catalogue)
    backups = BackupService(context, engine, settings, key)
    services = Services(
        engine=engine, context=context, setup=SetupService(context, operators), operators=operators,
        households=households, search=SearchService(context, settings.search_limit),
        importer=ImportService(context), demo=DemoDataService(context), check=CheckService(context),
        catalogue=catalogue, needs=NeedService(context), complaints=ComplaintService(context),
        referrals=referrals, letters=LetterService(context, referrals), timeline=timeline,
        sync=SyncService(context, settings.outbox), audit=AuditService(context),
        backups=backups, person_report=PersonReportService(context, households, timeline),
        consent=ConsentService(context), retention=RetentionService(context, backups.remove_made_before),
        psks=PsksService(context), activities=ActivityService(context),
        backup_taken=backup, use_lock=use_lock,
    )
    if backup is not None and services.setup.is_initialized():
        services.audit.note_backup(backup, "sebelum pembaruan")
    return services
