from __future__ import annotations

import pytest

from tests.support.notify import Harness, RecordingSender


@pytest.fixture
def telegram() -> RecordingSender:
    return RecordingSender("telegram")


@pytest.fixture
def harness(app, clock, telegram) -> Harness:
    return Harness(app, clock, {"telegram": telegram})
