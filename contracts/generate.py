"""Generate the machine-readable specs from the models: JSON Schema, AsyncAPI 3.0, OpenAPI 3.1.

    python -m contracts.generate          # rewrite contracts/specs/*
    python -m contracts.generate --check  # exit 1 if the committed files drifted from the models
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from contracts import errors, rest, rpc, schema_info, status

SPECS_DIR = Path(__file__).with_name("specs")
JSON = dict[str, Any]

MODELS: dict[str, type[BaseModel]] = {
    "RealTimeStatusMessage": status.RealTimeStatusMessage,
    "ErrorBody": errors.ErrorBody,
    "Command": rpc.Command,
    "Reply": rpc.Reply,
    "ExecutePayload": rpc.ExecutePayload,
    "NlToSqlPayload": rpc.NlToSqlPayload,
    "CancelPayload": rpc.CancelPayload,
    "LoginRequest": rest.LoginRequest,
    "TokenResponse": rest.TokenResponse,
    "NlToSqlRequest": rest.NlToSqlRequest,
    "NlToSqlResponse": rest.NlToSqlResponse,
    "QueryExecuteRequest": rest.QueryExecuteRequest,
    "QueryExecuteResponse": rest.QueryExecuteResponse,
    "DatabaseCreate": rest.DatabaseCreate,
    "DatabaseInfo": rest.DatabaseInfo,
    "DatabaseList": rest.DatabaseList,
    "RequestEvents": rest.RequestEvents,
    "RequestSummary": rest.RequestSummary,
    "RequestDetail": rest.RequestDetail,
    "RequestList": rest.RequestList,
    "Problem": rest.Problem,
    "SchemaInfo": schema_info.SchemaInfo,
}


def component_schemas(ref_template: str) -> JSON:
    _, defs = models_json_schema(
        [(m, "serialization") for m in MODELS.values()], by_alias=True, ref_template=ref_template
    )
    schemas: JSON = defs["$defs"]
    return schemas


def json_schemas() -> dict[str, JSON]:
    out = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(by_alias=True, mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://querycast.dev/schemas/{name}.json"
        out[name] = schema
    return out


def asyncapi() -> JSON:
    schemas = component_schemas("#/components/schemas/{model}")
    status_ref = {"$ref": "#/components/messages/RealTimeStatusMessage"}
    command_ref = {"$ref": "#/components/messages/Command"}
    reply_ref = {"$ref": "#/components/messages/Reply"}
    channels: JSON = {}
    operations: JSON = {}
    for feature in status.Feature:
        key = feature.routing_key
        name = key.replace("-", "_")
        channels[f"topic_{name}"] = {
            "address": f"/topic/{key}",
            "title": f"{feature.value} status events (broadcast)",
            "description": (
                f"STOMP destination /topic/{key} (Web-STOMP via the gateway's /ws, or STOMP port "
                f"61613); AMQP: exchange amq.topic, routing key `{key}`. In the gateway's strict "
                "profile a non-admin subscription is served from the caller's own per-user key."
            ),
            "messages": {"status": status_ref},
        }
        channels[f"user_{name}"] = {
            "address": f"{key}.user.{{userKey}}",
            "title": f"{feature.value} status events of one user",
            "description": (
                f"AMQP: exchange amq.topic, routing key `{key}.user.<userKey>`; browsers reach it "
                f"as /user/queue/{key} through the gateway, which fills in the caller's own key."
            ),
            "parameters": {"userKey": {"description": "the user id made safe for a routing key"}},
            "messages": {"status": status_ref},
        }
        channels[f"commands_{name}"] = {
            "address": f"querycast.{key}.requests",
            "title": f"{feature.value} commands",
            "description": (
                f"Quorum queue bound to exchange querycast.commands with key `{key}`; replies go "
                "to the caller's direct reply-to address with the same correlation_id."
            ),
            "messages": {"command": command_ref, "reply": reply_ref},
        }
        operations[f"receive_{name}_status"] = {
            "action": "receive", "channel": {"$ref": f"#/channels/topic_{name}"},
        }
        operations[f"receive_{name}_user_status"] = {
            "action": "receive", "channel": {"$ref": f"#/channels/user_{name}"},
        }
        operations[f"send_{name}_command"] = {
            "action": "send", "channel": {"$ref": f"#/channels/commands_{name}"},
            "messages": [{"$ref": f"#/channels/commands_{name}/messages/command"}],
            "reply": {"messages": [{"$ref": f"#/channels/commands_{name}/messages/reply"}]},
        }
    amqp_headers = {
        "type": "object",
        "properties": {
            "x-request-id": {"type": "string"},
            "x-user-id": {"type": "string"},
            "x-sequence": {"type": "integer"},
        },
    }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "querycast real-time and command channels",
            "version": "1.0.0",
            "description": "Status events of both workflows and the RPC commands behind them.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "web-stomp": {"host": "localhost:8080", "pathname": "/ws", "protocol": "ws",
                          "description": "the gateway (STOMP over WebSocket, SockJS)"},
            "stomp": {"host": "localhost:61613", "protocol": "stomp"},
            "amqp": {"host": "localhost:5672", "protocol": "amqp", "protocolVersion": "0.9.1"},
        },
        "channels": channels,
        "operations": operations,
        "components": {
            "messages": {
                "RealTimeStatusMessage": {
                    "name": "RealTimeStatusMessage", "contentType": "application/json",
                    "headers": amqp_headers,
                    "payload": {"$ref": "#/components/schemas/RealTimeStatusMessage"},
                },
                "Command": {"name": "Command", "contentType": "application/json",
                            "payload": {"$ref": "#/components/schemas/Command"}},
                "Reply": {"name": "Reply", "contentType": "application/json",
                          "payload": {"$ref": "#/components/schemas/Reply"}},
            },
            "schemas": schemas,
        },
    }


def _body(model: str) -> JSON:
    return {"required": True, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{model}"}}}}


def _ok(model: str | None, code: str = "200") -> JSON:
    resp: JSON = {"description": "OK"}
    if model:
        resp["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{model}"}}}
    return {code: resp, "default": {"$ref": "#/components/responses/Problem"}}


_HISTORY_QUERY = [
    {"name": "limit", "in": "query", "required": False,
     "schema": {"type": "integer", "minimum": 1, "maximum": rest.MAX_HISTORY_PAGE, "default": 20}},
    {"name": "cursor", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "nextCursor of the previous page (older requests); 400 when malformed"},
    {"name": "user", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "admins only: list this user's requests instead of their own (403 otherwise)"},
]


def openapi() -> JSON:
    secured: list[JSON] = [{"bearer": []}]
    rid = [{"name": "requestId", "in": "path", "required": True, "schema": {"type": "string"}}]
    did = [{"name": "databaseId", "in": "path", "required": True, "schema": {"type": "string"}}]
    paths = {
        "/api/auth/login": {"post": {"operationId": "login", "requestBody": _body("LoginRequest"),
                                     "responses": _ok("TokenResponse"), "security": []}},
        "/api/nl-to-sql": {"post": {"operationId": "nlToSql", "requestBody": _body("NlToSqlRequest"),
                                    "responses": _ok("NlToSqlResponse")}},
        "/api/query/execute": {"post": {"operationId": "executeQuery",
                                        "requestBody": _body("QueryExecuteRequest"),
                                        "responses": _ok("QueryExecuteResponse")}},
        "/api/query/{requestId}": {"delete": {"operationId": "cancelQuery", "parameters": rid,
                                              "summary": "Cancel a running query execution or NL->SQL request",
                                              "responses": _ok(None, "202")}},
        "/api/requests/{requestId}/events": {"get": {"operationId": "requestEvents", "parameters": rid,
                                                     "responses": _ok("RequestEvents")}},
        "/api/requests": {"get": {"operationId": "listRequests", "parameters": _HISTORY_QUERY,
                                  "summary": "The caller's requests, newest first",
                                  "responses": _ok("RequestList")}},
        "/api/requests/{requestId}": {"get": {"operationId": "getRequest", "parameters": rid,
                                              "responses": _ok("RequestDetail")}},
        "/api/databases": {
            "get": {"operationId": "listDatabases", "responses": _ok("DatabaseList")},
            "post": {"operationId": "registerDatabase", "requestBody": _body("DatabaseCreate"),
                     "responses": _ok("DatabaseInfo", "201")},
        },
        "/api/databases/{databaseId}": {
            "get": {"operationId": "getDatabase", "parameters": did, "responses": _ok("DatabaseInfo")},
            "delete": {"operationId": "deleteDatabase", "parameters": did, "responses": _ok(None, "204")},
        },
        "/api/databases/{databaseId}/test": {
            "post": {"operationId": "testDatabase", "parameters": did, "responses": _ok(None)},
        },
        "/api/databases/{databaseId}/schema/refresh": {
            "post": {"operationId": "refreshSchema", "parameters": did, "responses": _ok(None, "202")},
        },
        "/healthz": {"get": {"operationId": "liveness", "security": [],
                             "responses": {"200": {"description": "alive"}}}},
        "/readyz": {"get": {"operationId": "readiness", "security": [],
                            "responses": {"200": {"description": "broker and control DB reachable"},
                                          "503": {"description": "not ready"}}}},
        "/metrics": {"get": {"operationId": "metrics", "security": [],
                             "responses": {"200": {"description": "Prometheus text format"}}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "querycast REST API", "version": "1.0.0"},
        "security": secured,
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
            "responses": {"Problem": {"description": "an error",
                                      "content": {"application/problem+json": {
                                          "schema": {"$ref": "#/components/schemas/Problem"}}}}},
            "schemas": component_schemas("#/components/schemas/{model}"),
        },
    }


def rendered() -> dict[str, str]:
    files = {f"schemas/{name}.json": s for name, s in json_schemas().items()}
    files["asyncapi.json"] = asyncapi()
    files["openapi.json"] = openapi()
    return {path: json.dumps(doc, indent=2, sort_keys=True) + "\n" for path, doc in files.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="querycast-contracts", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="environment variables: none")
    parser.add_argument("--check", action="store_true", help="exit 1 if contracts/specs drifted from the models")
    args = parser.parse_args(argv)
    files = rendered()
    if args.check:
        stale = [p for p, text in files.items()
                 if not (SPECS_DIR / p).exists() or (SPECS_DIR / p).read_text() != text]
        for p in stale:
            print(f"stale: contracts/specs/{p} (run python -m contracts.generate)", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        target = SPECS_DIR / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    print(f"wrote {len(files)} files under {SPECS_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
