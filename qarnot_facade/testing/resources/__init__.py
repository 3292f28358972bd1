"""The sandbox's resources, one module each: its defaults, its creation rules and its handlers.

:class:`~..app.SandboxApp` (the request pipeline) is made of these handler classes; each ``op_<operationId>``
method answers the operation of that name (a missing one stops the sandbox from starting).
"""

from .account import AccountHandlers
from .jobs import JobHandlers
from .output import OutputHandlers
from .pools import PoolHandlers
from .secrets import SecretHandlers
from .tasks import TaskHandlers

__all__ = [
    "AccountHandlers",
    "JobHandlers",
    "OutputHandlers",
    "PoolHandlers",
    "SecretHandlers",
    "TaskHandlers",
]
