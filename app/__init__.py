"""Social Desk core: models, migrations, services and importers. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "SocialDesk"
APP_AUTHOR = "SocialDesk"
