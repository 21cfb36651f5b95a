"""The hooks plugins implement: the whole extension surface of dispatchhub.

Three kinds, named as in pytest and Datasette:

* ``register_*`` hooks contribute things at start-up; every plugin's list is merged.
* provider hooks (a verb: ``send_sms``, ``route_distance_km``) ask for one answer and stop
  at the first non-None result; plugins registered later are asked first, so an installed
  plugin overrides the built-in default.
* event hooks (past tense: ``notification_delivered``) tell plugins what happened. They are
  called from the outbox relay (a Celery worker, or in-process in the embedded mode) after
  the business transaction committed, one outbox row per plugin, so a slow or raising plugin
  never fails or slows the request that caused the event, and each plugin is retried alone.

Every hook is called with keyword arguments. The plugin reference in ``docs/plugins.md`` is
written from these docstrings; a test checks that each hook has one naming all its
arguments, and that each hook is exercised by a test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dispatchhub.plugins.notification_messages import DeliveryReceipt, EmailMessage, SmsMessage
    from dispatchhub.plugins.payment_messages import (
        PaymentNotice,
        PaymentProviderInfo,
        PaymentRequest,
        PaymentSession,
        RefundRequest,
        RefundResult,
    )

__all__ = ["hookimpl", "hookspec", "PROJECT_NAME"]

PROJECT_NAME = "dispatchhub"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


# --- registration hooks -------------------------------------------------------------------


@hookspec
def register_rule_functions() -> list[Any]:
    """Contribute functions that assignment-policy DSL source can call.

    Called when a process builds its rule-function registry
    (``dispatchhub.plugins.rule_functions.rule_functions``), before it compiles policies.

    Returns:
        A list of ``dispatchhub.rules_dsl.functions.RuleFunction`` objects (name, typed
        parameters, return type and unit, the Python callable, a one-line doc shown in the
        editor). A name that clashes with a built-in or another plugin's function is an error
        at start-up, naming both plugins.

    Example:
        ``return [RuleFunction("is_vip", (Param("task", TASK),), BOOL, is_vip, "VIP customer")]``
    """


@hookspec
def register_payment_providers() -> list[PaymentProviderInfo]:
    """Contribute the payment providers customers may choose.

    Called when ``paymentProviders`` is read and before a payment is opened; a provider
    that is listed must answer ``create_payment``, ``verify_payment_notification`` and
    ``refund_payment`` for its code. List a provider only when it is configured.

    Returns:
        ``dispatchhub.plugins.payment_messages.PaymentProviderInfo`` objects (code, names in
        Chinese and English). Two plugins listing the same code is an error.

    Example:
        ``return [PaymentProviderInfo("alipay", "支付宝", "Alipay")]``
    """


# --- provider hooks (stop at the first non-None result) -----------------------------------


@hookspec(firstresult=True)
def send_sms(message: SmsMessage) -> DeliveryReceipt | None:
    """Deliver one text message to a phone.

    Called by the outbox relay in the worker (or in-process), never in a request. Stops at
    the first non-None result. Raising means "try again later": the notification stays
    pending and the relay retries it with back-off.

    Args:
        message: the E.164 phone number, the template code, its parameters, the rendered
            text (zh-CN or en) and the message id. Pass the id to the provider as its
            idempotency key where it has one; where it has none (Alibaba Cloud only echoes
            ``OutId``), a retry after a lost answer can deliver the message twice.

    Returns:
        A receipt with the provider's name and its message id, or None to let another
        plugin (finally the built-in log sender) deliver it.
    """


@hookspec(firstresult=True)
def sms_accepted(message: SmsMessage) -> DeliveryReceipt | None:
    """Whether the provider already accepted this text message, looked up by its id.

    Called by the outbox (in the worker, or in-process) before sending again a message
    whose earlier attempt may have reached the provider: the worker was killed, or the
    database went away, after the message was handed over and before the answer was
    recorded. Stops at the first non-None result.

    Args:
        message: the message as it was sent (its ``message_id`` is the one the provider got).

    Returns:
        The provider's receipt when it has the message (it is then recorded as sent and not
        sent again), or None when it has not or the plugin cannot tell (it is sent again).
    """


@hookspec(firstresult=True)
def send_email(message: EmailMessage) -> DeliveryReceipt | None:
    """Deliver one e-mail.

    Called by the outbox relay in the worker (or in-process), never in a request. Stops at
    the first non-None result. Raising means "try again later".

    Args:
        message: recipient (normalised, lower-case), subject, plain-text body and the
            message id (an idempotency key for the provider).

    Returns:
        A receipt, or None to let another plugin (finally the built-in log sender) deliver it.
    """


@hookspec(firstresult=True)
def route_distance_km(
    origin: tuple[float, float], destination: tuple[float, float]
) -> float | None:
    """Distance in kilometres between two (latitude, longitude) points.

    Called in requests and by the dispatch engine, so it must be fast; a maps plugin may
    answer with road distance from its cache. Stops at the first non-None result; the
    built-in default answers the great-circle distance.

    Args:
        origin: (latitude, longitude) in degrees, WGS-84.
        destination: (latitude, longitude) in degrees, WGS-84.

    Returns:
        Kilometres, or None to defer to the next plugin.
    """


@hookspec(firstresult=True)
def create_payment(request: PaymentRequest) -> PaymentSession | None:
    """Open a payment with the provider ``request.provider`` names.

    Called in the request of the customer who pays (``paymentCreate``), after the payment
    row is committed, so a failure loses nothing: the customer asks again and the same
    ``request.number`` reaches the provider. Stops at the first non-None result.

    Args:
        request: our payment number (the provider's merchant order number), the amount in
            fen and currency, the subject, the notification URL and the expiry.

    Returns:
        A ``PaymentSession`` with the QR code or page the payer uses, or None when this
        plugin does not serve ``request.provider``.

    Raises:
        Exception: the provider refused or could not be reached; the customer is told
            ``PROVIDER_UNAVAILABLE`` and may try again.
    """


@hookspec(firstresult=True)
def verify_payment_notification(
    provider: str, headers: Mapping[str, str], body: bytes
) -> PaymentNotice | None:
    """Check and read a provider's asynchronous notification.

    Called by the route ``POST /payments/{provider}/notify`` with the request exactly as it
    arrived. Nothing is stored or changed unless a plugin returns a notice, and the notice
    is applied once per ``notification_id`` however often the provider repeats it. Stops
    at the first non-None result.

    Args:
        provider: the provider code from the URL.
        headers: the HTTP request headers (lower-case names).
        body: the raw request body; verify the signature over these bytes, not over a
            re-encoding of them.

    Returns:
        A ``PaymentNotice`` whose signature checked out and whose merchant (app id) is
        ours, or None when this plugin does not serve ``provider``.

    Raises:
        dispatchhub.payments.errors.NotificationRefused: the signature, the merchant or
            the format is wrong; the route answers 400 and changes nothing.
    """


@hookspec(firstresult=True)
def refund_payment(request: RefundRequest) -> RefundResult | None:
    """Return money on a paid payment.

    Called by the outbox relay (``payments.refund``), never in a request; the refund row
    was committed with the row that queued it. Raising means "try again later": the relay
    retries with back-off and ``request.number`` keeps the provider from refunding twice.
    Stops at the first non-None result.

    Args:
        request: our refund number (the provider's idempotency key), the payment's numbers
            at our side and the provider's, the amount in fen, the currency and the reason.

    Returns:
        The provider's refund reference, or None when this plugin does not serve
        ``request.provider``.
    """


@hookspec(firstresult=True)
def store_file(key: str, data: bytes, content_type: str) -> str | None:
    """Keep an uploaded or generated file (a job photo, a signature, a service report).

    Called in the request that uploads a photo or signature, and by the worker that writes
    a service report. Stops at the first non-None result; the built-in default writes under
    the ``storage_dir`` setting, so an object-storage plugin (OSS, S3, MinIO) overrides it.
    Raising refuses the upload (the client queues it and tries again).

    Args:
        key: where to keep it, a relative path of ``[A-Za-z0-9_.-]`` parts joined by ``/``
            (``orders/<order id>/<file id>.jpg``); the same key again replaces the file.
        data: the file's bytes.
        content_type: its media type (``image/jpeg``, ``image/png``, ``application/pdf``).

    Returns:
        The key it was kept under (normally ``key``), or None to let another plugin keep it.
    """


@hookspec(firstresult=True)
def fetch_file(key: str) -> bytes | None:
    """Read back a file kept with ``store_file``.

    Called by the download routes after they checked the caller's rights, and by the
    worker when it puts photos and the signature into a service report. Stops at the
    first non-None result; the built-in default reads under the ``storage_dir`` setting.

    Args:
        key: the key ``store_file`` returned.

    Returns:
        The bytes, or None when this plugin does not have the file.
    """


# --- event hooks (called from the outbox relay, after commit) -----------------------------


@hookspec
def notification_delivered(
    notification_id: str, channel: str, provider: str, provider_message_id: str
) -> None:
    """A notification left the platform through a provider.

    Called by the outbox relay, after commit, once per implementing plugin; a plugin that
    raises is retried alone and never affects the delivery or other plugins. A CRM plugin
    can log the contact; an analytics plugin can count deliveries.

    Args:
        notification_id: the ``Notification`` row's id (a UUID string).
        channel: ``SMS`` or ``EMAIL``.
        provider: the provider that delivered it (``log`` for the built-in sender).
        provider_message_id: the provider's id for the message.
    """


@hookspec
def payment_settled(
    payment_id: str, booking_id: str, provider: str, amount_minor: int, currency: str, kind: str
) -> None:
    """Money moved: a payment was paid or a refund was done.

    Called by the outbox relay after the commit that recorded it, once per implementing
    plugin, each retried alone. An ERP plugin books it for the accounts.

    Args:
        payment_id: the ``Payment`` row's id (a UUID string).
        booking_id: the booking it pays for.
        provider: the provider code (``alipay``).
        amount_minor: the amount in fen; positive for a payment, negative for a refund.
        currency: ISO 4217 code.
        kind: ``PAID`` or ``REFUNDED``.
    """
