"""Every test of this folder that asks for ``twins`` runs on ``Client`` and on ``AsyncClient``."""

from __future__ import annotations

from ..facade.twins import twins  # noqa: F401  (the fixture)
