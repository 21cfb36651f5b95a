"""Proof-of-work files over plain HTTP (a photo is bytes, not GraphQL):

* ``POST /api/orders/{id}/photos``: ``multipart/form-data`` with ``file`` (JPEG or PNG),
  ``kind`` (``BEFORE``, ``AFTER`` or ``SIGNATURE``), optional ``takenAt`` (ISO 8601) and
  ``idempotencyKey``; the order's assignee only. ``201 {"id": …, "kind": …}``.
* ``GET /api/files/{id}``: the file, to whoever may read ``Order.photos`` of its order
  (the customer, the assignee, dispatch roles) — the URL ``Order.photos`` gives.

Both want ``Authorization: Bearer …``. Refusals are JSON:
``{"errors": [{"field", "code", "message"}]}`` in the caller's language.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import casbin
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from dispatchhub.authz.enforcer import Actor, is_allowed
from dispatchhub.errors import DomainError, ErrorCode, FieldError
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.proof import OrderParties, add_proof, file_for_download, order_parties
from dispatchhub.users.authentication import authenticate

__all__ = ["FILES_PATH", "may_read_files", "order_routes"]

FILES_PATH = "/api/files/"
_STATUS: dict[ErrorCode, int] = {
    OrdersErrorCode.NOT_FOUND: 404,
    OrdersErrorCode.NOT_ASSIGNEE: 403,
    OrdersErrorCode.FILE_TOO_LARGE: 413,
    OrdersErrorCode.FILE_TYPE: 415,
}
_PRIVATE = {"Cache-Control": "private, no-store"}


def order_routes() -> list[BaseRoute]:
    """The routes of the orders domain."""
    return [
        Route("/api/orders/{id}/photos", upload, methods=["POST"]),
        Route(FILES_PATH + "{id}", download, methods=["GET"]),
    ]


def may_read_files(enforcer: casbin.AsyncEnforcer, actor: Actor, parties: OrderParties) -> bool:
    """``Order.photos``: a plain ``read`` rule, or ``read:assignee`` / ``read:customer``
    for the order's own assignee or customer (policies/proof.csv)."""
    if is_allowed(enforcer, actor, "Order.photos", "read"):
        return True
    who = actor.user_id
    if who is None:
        return False
    if who == parties.assignee and is_allowed(enforcer, actor, "Order.photos", "read:assignee"):
        return True
    return who == parties.customer and is_allowed(enforcer, actor, "Order.photos", "read:customer")


def _locale(request: Request) -> str:
    first = request.headers.get("accept-language", "").split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "zh-CN"


def _errors(request: Request, errors: list[FieldError], status: int) -> JSONResponse:
    locale = _locale(request)
    body = [{"field": e.field, "code": e.code.name, "message": e.message(locale)} for e in errors]
    return JSONResponse({"errors": body}, status_code=status, headers=_PRIVATE)


def _one(request: Request, code: OrdersErrorCode, field: str, status: int) -> JSONResponse:
    return _errors(request, [FieldError(code, field, {})], status)


async def _actor(request: Request) -> tuple[Actor, str | None]:
    runtime = request.app.state.runtime
    found = await authenticate(
        runtime.settings, request.app.state.enforcer, request.headers.get("authorization")
    )
    return found.actor, found.problem


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


def _unauthenticated(error: str | None) -> JSONResponse:
    message = error or "Sign in: send an 'Authorization: Bearer <token>' header."
    return JSONResponse(
        {"errors": [{"field": None, "code": "UNAUTHENTICATED", "message": message}]},
        status_code=401,
        headers={**_PRIVATE, "WWW-Authenticate": "Bearer"},
    )


async def upload(request: Request) -> Response:
    """Keep one photo or signature of the caller's job."""
    actor, error = await _actor(request)
    if actor.user_id is None:
        return _unauthenticated(error)
    runtime = request.app.state.runtime
    if not is_allowed(request.app.state.enforcer, actor, "OrderFile", "create"):
        return _one(request, OrdersErrorCode.NOT_ASSIGNEE, "id", 403)
    order_id = _uuid(request.path_params["id"])
    if order_id is None:
        return _one(request, OrdersErrorCode.NOT_FOUND, "id", 404)
    if "multipart/form-data" not in request.headers.get("content-type", ""):
        return _one(request, OrdersErrorCode.FILE_MISSING, "file", 400)
    limit = runtime.settings.max_photo_bytes
    async with request.form(max_files=1, max_fields=10) as form:
        sent = form.get("file")
        if not isinstance(sent, UploadFile):
            return _one(request, OrdersErrorCode.FILE_MISSING, "file", 400)
        data = await sent.read(limit + 1)
        kind = str(form.get("kind") or "")
        key = str(form.get("idempotencyKey") or "") or None
        taken = str(form.get("takenAt") or "")
    taken_at = None
    if taken:
        try:
            taken_at = datetime.fromisoformat(taken)
        except ValueError:
            taken_at = None
    try:
        file_id = await add_proof(
            runtime.plugins, order_id=order_id, actor=UUID(actor.user_id), kind=kind,
            data=data, limit=limit, taken_at=taken_at, key=key,
        )  # fmt: skip
    except DomainError as refused:
        code = refused.errors[0].code
        return _errors(request, refused.errors, _STATUS.get(code, 400))
    return JSONResponse(
        {"id": str(file_id), "kind": kind, "url": FILES_PATH + str(file_id)},
        status_code=201,
        headers=_PRIVATE,
    )


async def download(request: Request) -> Response:
    """The file, to the order's customer, its assignee and dispatch roles."""
    actor, error = await _actor(request)
    if actor.user_id is None:
        return _unauthenticated(error)
    file_id = _uuid(request.path_params["id"])
    row = await file_for_download(file_id) if file_id else None
    parties = await order_parties(UUID(str(row["order"]))) if row else None
    if row is None or parties is None:
        return _one(request, OrdersErrorCode.NOT_FOUND, "id", 404)
    if not may_read_files(request.app.state.enforcer, actor, parties):
        return _one(request, OrdersErrorCode.NOT_FOUND, "id", 404)
    runtime = request.app.state.runtime
    data = runtime.plugins.hook.fetch_file(key=row["storage_key"])
    if data is None:
        return _one(request, OrdersErrorCode.NOT_FOUND, "id", 404)
    return Response(data, media_type=row["content_type"], headers=_PRIVATE)
