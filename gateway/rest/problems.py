"""Every error leaves the gateway as `application/problem+json` (RFC 9457) with the requestId
when there is one, and never with a stack trace or an internal detail."""
from __future__ import annotations

import json
import logging
import math
from http import HTTPStatus
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import Problem
from gateway.auth import AuthError
from gateway.rest.context import REQUEST_ID

log = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"
CLIENT_CLOSED_REQUEST = 499
M = TypeVar("M", bound=BaseModel)

_CODE_BY_STATUS = {
    400: ErrorCode.VALIDATION_ERROR, 401: ErrorCode.UNAUTHORIZED, 403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND, 409: ErrorCode.CONFLICT,
}


def problem_response(status: int, detail: str | None, *, request_id: str | None = None,
                     code: str | None = None, headers: dict[str, str] | None = None,
                     **fields: Any) -> web.Response:
    problem = Problem(title=_title(status), status=status, detail=detail,
                      request_id=request_id, code=code, **fields)
    return web.Response(status=status, body=problem.to_json(), content_type=PROBLEM_CONTENT_TYPE,
                        headers=headers)


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:  # not a standard status (e.g. 499): a generic title, never a crash
        return "Client Error" if 400 <= status < 500 else "Error"


def service_error_response(err: ServiceError, request_id: str | None) -> web.Response:
    body = err.body
    headers = {}
    if body.retry_after_seconds is not None:
        headers["Retry-After"] = str(max(1, math.ceil(body.retry_after_seconds)))  # never sooner than asked
    elif err.code is ErrorCode.RATE_LIMITED:
        headers["Retry-After"] = "1"
    details = body.details or {}
    attempts, validation = details.get("attempts"), details.get("validationErrors")
    return problem_response(
        err.http_status, body.message, request_id=request_id, code=body.code.value,
        retryable=body.retryable, retry_after_seconds=body.retry_after_seconds,
        sql_state=body.sql_state, suggestion=body.suggestion, headers=headers or None,
        attempts=attempts if isinstance(attempts, int) else None,
        validation_errors=[str(e) for e in validation] if isinstance(validation, list) else None,
    )


def validation_errors(exc: ValidationError) -> list[dict[str, Any]]:
    """Field paths and messages only: the offending input is never echoed back."""
    return [{"field": ".".join(str(part) for part in e["loc"]) or "body", "message": e["msg"]}
            for e in exc.errors(include_url=False, include_input=False, include_context=False)]


def _loads(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ServiceError(ErrorCode.VALIDATION_ERROR, "The body is not valid JSON.") from None


async def read_model(request: web.Request, model: type[M]) -> M:
    """The JSON body validated as `model`, parsed and validated in one pass (pydantic's JSON
    mode); a body that pass cannot read as JSON (a BOM, UTF-16, `NaN`) takes `json.loads` and
    the same model, as before, so what is accepted and every error are unchanged."""
    if request.content_type != "application/json":
        raise ServiceError(ErrorCode.VALIDATION_ERROR, "The body must be JSON (Content-Type: application/json).")
    raw = await request.read()
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        if not any(error["type"] == "json_invalid" for error in exc.errors(include_url=False)):
            raise
    return model.model_validate(_loads(raw))


@web.middleware
async def problem_middleware(request: web.Request, handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ServiceError as err:
        return service_error_response(err, request.get(REQUEST_ID))
    except ValidationError as exc:
        return problem_response(400, "The request is invalid.", request_id=request.get(REQUEST_ID),
                                code=ErrorCode.VALIDATION_ERROR.value, errors=validation_errors(exc))
    except AuthError as exc:
        return problem_response(401, str(exc), request_id=request.get(REQUEST_ID),
                                code=ErrorCode.UNAUTHORIZED.value,
                                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    except web.HTTPException as exc:
        if exc.status < 400 or exc.status == 101:
            raise
        if exc.status == CLIENT_CLOSED_REQUEST:
            # sockjs's way of saying a streaming client went away: routine, not a gateway failure
            log.info("client closed the connection during %s %s", request.method, request.path)
            return web.Response(status=CLIENT_CLOSED_REQUEST)
        if exc.status == 413:
            detail = "The request body is too large."
        elif exc.status == 405:
            detail = f"{request.method} is not allowed here."
        elif exc.status == 404:
            detail = "No such resource."
        else:
            detail = exc.reason
        code = _CODE_BY_STATUS.get(exc.status)
        headers = {k: v for k, v in exc.headers.items() if k.lower() in ("allow", "www-authenticate")}
        return problem_response(exc.status, detail, request_id=request.get(REQUEST_ID),
                                code=code.value if code else None, headers=headers or None)
    except ConnectionResetError:
        raise
    except Exception:
        log.exception("unhandled error in %s %s", request.method, request.path,
                      extra={"requestId": request.get(REQUEST_ID)})
        return problem_response(500, "The gateway failed unexpectedly.", request_id=request.get(REQUEST_ID),
                                code=ErrorCode.INTERNAL.value, retryable=True)
