"""Fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest

# Real API bodies written by other people; they live beside the repository, never inside it.
SHARED_FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """``../shared/fixtures``; the test is skipped, saying why, when it is absent (a user's clone)."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(
            f"the shared API fixtures are not available at {SHARED_FIXTURES} "
            "(they live beside the repository, never inside it)"
        )
    return SHARED_FIXTURES
