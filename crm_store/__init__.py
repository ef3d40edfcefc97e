"""Storage: models, migrations, repositories, customer search, import and export.

Knows nothing of chat; imports `config` only.
"""
