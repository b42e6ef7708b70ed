"""Settings stored with the data (shared by everyone using the same database), as JSON values."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from ipdesk.services.base import Service
from ipdesk.storage.models import Setting


class SettingsService(Service):
    def get(self, key: str, default: Any = None) -> Any:
        with self.db.reading() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def get_many(self, *keys: str) -> dict[str, Any]:
        """The settings ``keys`` that are stored (absent ones are left out), in one read."""
        with self.db.reading() as session:
            rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all()
        return {key: json.loads(value) for key, value in rows}

    def set(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False)
        with self.db.transaction() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=encoded))
            elif row.value != encoded:
                row.value = encoded
