"""Every message that crosses a process boundary, as typed models (docs/architecture.md#contracts)."""
from contracts.errors import ErrorBody, ErrorCode, ServiceError
from contracts.status import (
    NL_TO_SQL_STAGES,
    QUERY_EXECUTION_STAGES,
    TERMINAL_STAGES,
    Feature,
    RealTimeStatusMessage,
    Stage,
    Status,
)

__all__ = [
    "ErrorBody", "ErrorCode", "ServiceError", "Feature", "Stage", "Status",
    "RealTimeStatusMessage", "NL_TO_SQL_STAGES", "QUERY_EXECUTION_STAGES", "TERMINAL_STAGES",
]
