"""What the accounts service takes and returns. No SQLAlchemy: the UI imports this early."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlatformInfo:
    uuid: str
    code: str
    name_en: str
    name_zh: str
    builtin: bool

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


@dataclass(frozen=True)
class AccountDraft:
    platform_uuid: str
    handle: str
    display_name: str = ""
    owner_uuid: str | None = None
    active: bool = True


@dataclass(frozen=True)
class AccountInfo:
    uuid: str
    platform_uuid: str
    platform_code: str
    platform_en: str
    platform_zh: str
    handle: str
    display_name: str
    owner_uuid: str | None
    owner_name: str
    active: bool
    version: int

    def draft(self) -> AccountDraft:
        return AccountDraft(
            self.platform_uuid, self.handle, self.display_name, self.owner_uuid, self.active
        )


@dataclass(frozen=True)
class RemovedAccount:
    """Everything needed to put a removed account back exactly (undo): the platform
    strategies that named it lost it (ON DELETE SET NULL) and get it back."""

    account: AccountInfo
    strategy_uuids: tuple[str, ...]
