"""Social Desk core: one package per feature (team, accounts, strategy, calendar, kpi,
imports …) with its models and services, the database layer (db, migrations), demo data
and the command line. Never imports Qt or the UI (tests/test_house.py checks)."""

__version__ = "0.1.0"
APP_NAME = "SocialDesk"
APP_AUTHOR = "SocialDesk"
