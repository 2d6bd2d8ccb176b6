"""Validate an RPC payload into its contract model, with a message a user can act on."""
from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Command

Model = TypeVar("Model", bound=BaseModel)


def parse_payload(model: type[Model], payload: dict) -> Model:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}" for err in exc.errors()[:5])
        raise ServiceError(ErrorCode.VALIDATION_ERROR, f"Invalid request: {problems}.",
                           details={"errors": [{"field": ".".join(str(p) for p in e["loc"]),
                                                "message": e["msg"]} for e in exc.errors()[:20]]}) from None


def require_admin(command: Command, action: str) -> None:
    if not command.caller.is_admin:
        raise ServiceError(ErrorCode.FORBIDDEN, f"Only administrators can {action}.")
