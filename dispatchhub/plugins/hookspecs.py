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
    from dispatchhub.notifications.messages import DeliveryReceipt, EmailMessage, SmsMessage

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
