"""``POST /payments/{provider}/notify``: where a payment provider reports what happened.

The body goes, exactly as it arrived, to the plugin serving the provider, which checks its
signature; only a verified notice is applied (once per notification id). The answer is the
provider's acknowledgement (Alipay: ``success``) once the notice is stored; anything else
makes the provider deliver it again later, which is what we want while the database is
down. A refused notice gets 400 and no detail: the reason is in our log, not in the answer.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from dispatchhub.payments.errors import NotificationRefused
from dispatchhub.payments.service import UnknownProvider, receive_notification

__all__ = ["MAX_BODY", "payment_routes"]

log = logging.getLogger(__name__)
# Provider notifications are a few kilobytes; refuse anything far larger unread.
MAX_BODY = 64 * 1024


def payment_routes() -> list[BaseRoute]:
    """The routes of the payments domain."""
    return [Route("/payments/{provider}/notify", notify, methods=["POST"])]


async def notify(request: Request) -> Response:
    """Verify, apply and acknowledge one notification."""
    provider = request.path_params["provider"]
    if int(request.headers.get("content-length") or 0) > MAX_BODY:
        return PlainTextResponse("too large", status_code=413)
    body = await request.body()
    if len(body) > MAX_BODY:
        return PlainTextResponse("too large", status_code=413)
    headers = {name.lower(): value for name, value in request.headers.items()}
    try:
        ack = await receive_notification(request.app.state.runtime, provider, headers, body)
    except UnknownProvider:
        return PlainTextResponse("unknown provider", status_code=404)
    except NotificationRefused as exc:
        log.warning("payment notification from %s refused: %s", provider, exc)
        return PlainTextResponse("refused", status_code=400)
    return PlainTextResponse(ack)
