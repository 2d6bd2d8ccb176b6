"""Turn database failures into the error envelope users see: a plain message, the SQLSTATE and
what to do next. Connection errors from libpq carry no SQLSTATE, so it is inferred from the
message; nothing of the connection string (least of all the password) is ever repeated."""
from __future__ import annotations

import psycopg2

from contracts.errors import ErrorCode, ServiceError

# (substring of libpq's message, SQLSTATE, what the user is told, what to do, retryable)
_CONNECT_FAILURES = (
    ("password authentication failed", "28P01", "The database rejected the user name or password.",
     "Check the user and password registered for this database.", False),
    ("no password supplied", "28P01", "The database requires a password and none is registered.",
     "Register the database again with its password.", False),
    ("does not exist", None, None, None, False),  # role or database: told apart below
    ("no pg_hba.conf entry", "28000", "The database server does not accept connections from the "
     "executor for this user and database.", "Ask the database administrator to allow it "
     "(pg_hba.conf), or check the SSL mode.", False),
    ("SSL", "08001", "The SSL settings do not match what the database server supports.",
     "Check the database's SSL mode.", False),
    ("too many connections", "53300", "The database server has no free connections.",
     "Try again in a moment.", True),
    ("remaining connection slots", "53300", "The database server has no free connections.",
     "Try again in a moment.", True),
    ("starting up", "57P03", "The database server is starting up.", "Try again in a moment.", True),
    ("shutting down", "57P03", "The database server is shutting down.", "Try again later.", True),
)


def connection_failed(exc: BaseException, *, host: str, port: int, database: str,
                      timeout: float | None = None) -> ServiceError:
    if isinstance(exc, TimeoutError):
        return ServiceError(
            ErrorCode.CONNECTION_FAILED,
            f"The database server at {host}:{port} did not answer within {timeout:g} s.",
            sql_state="08001", retryable=True,
            suggestion="Check that the server is running and reachable from the executor.")
    text = str(exc)
    for needle, state, message, suggestion, retryable in _CONNECT_FAILURES:
        if needle not in text:
            continue
        if needle == "does not exist":
            if "role" in text:
                state, message = "28000", "The database server does not know the registered user."
                suggestion = "Check the user registered for this database."
            else:
                state, message = "3D000", f"The database '{database}' does not exist on the server."
                suggestion = "Check the database name registered for this database."
        assert message is not None  # only the "does not exist" row leaves it to the code above
        return ServiceError(ErrorCode.CONNECTION_FAILED, message, sql_state=state,
                            retryable=retryable, suggestion=suggestion)
    return ServiceError(
        ErrorCode.CONNECTION_FAILED, f"Could not connect to the database server at {host}:{port}.",
        sql_state="08001", retryable=True,
        suggestion="Check that the server is running, reachable from the executor, and that the "
                   "host and port are right.")


_QUERY_SUGGESTIONS = {
    "25006": "This is a read-only connection: the query may only read data.",
    "42P01": "Check the table name against the database's schema.",
    "42703": "Check the column names against the database's schema.",
    "42883": "Check the function name and the types of its arguments.",
    "42601": "Check the SQL syntax.",
    "42501": "The registered user may not read this; ask the operator to grant SELECT.",
    "34000": "Only a single SELECT query can be run.",
    "55P03": "Another session holds a lock on a table the query reads (longer than the executor's "
             "lock timeout); try again in a moment.",
    "53400": "The query needs more temporary disk space than the executor allows; add filters or a "
             "LIMIT.",
}
_RETRYABLE_CLASSES = ("40", "53", "57P", "08", "55P03")


def query_failed(exc: psycopg2.Error) -> ServiceError:
    state = exc.pgcode or None
    diag = getattr(exc, "diag", None)
    message = (diag.message_primary if diag is not None else None) or "The query failed."
    suggestion = _QUERY_SUGGESTIONS.get(state or "") or (diag.message_hint if diag else None)
    if suggestion is None and state and state.startswith("22"):
        suggestion = "Check the values and casts used in the query."
    retryable = bool(state and state.startswith(_RETRYABLE_CLASSES))
    code = ErrorCode.CONNECTION_FAILED if state and state.startswith("08") else ErrorCode.QUERY_FAILED
    if state is None:  # the connection broke under the query
        code, retryable = ErrorCode.CONNECTION_FAILED, True
        message = "The connection to the database was lost during the query."
    return ServiceError(code, message[:1000], sql_state=state, retryable=retryable,
                        suggestion=suggestion or "Check the query and try again.")


def query_timeout(timeout_seconds: float) -> ServiceError:
    return ServiceError(
        ErrorCode.QUERY_TIMEOUT, f"The query ran longer than its {timeout_seconds:g} s limit and was stopped.",
        sql_state="57014", retryable=True,
        suggestion="Add filters or a LIMIT, or ask for a longer timeout (timeoutSeconds).")


def query_cancelled() -> ServiceError:
    return ServiceError(ErrorCode.CANCELLED, "The query was cancelled.", sql_state="57014",
                        suggestion="Run it again if you still need the result.")
