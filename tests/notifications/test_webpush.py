"""Web Push: a staff member's browser subscribes, gets notices, and is forgotten once gone."""

from __future__ import annotations

import base64
import time
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from joserfc import jwt
from joserfc.jwk import ECKey

from dispatchhub import db
from dispatchhub.notifications import webpush
from dispatchhub.notifications.tables import Notification, PushSubscription
from dispatchhub.orders.notices import order_params, tell_staff
from tests.fixtures.app import GraphQLClient, wait_for_outbox
from tests.fixtures.dispatch import SHANGHAI
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.push_service import PushService
from tests.fixtures.users import MakeUser

KEY = "{ webPushKey }"
SUBSCRIBE = """
mutation ($input: WebPushSubscribeInput!) {
  webPushSubscribe(input: $input) { subscribed errors { field code } }
}
"""
CHANNELS = """
mutation ($channels: [NotificationChannel!]!) {
  notificationPreferencesUpdate(input: {channels: $channels}) {
    preferences { channels } errors { field code }
  }
}
"""
SECRET = "a-test-secret-key-of-enough-length"


def test_the_vapid_key_is_a_p256_point_that_signs_tokens_for_the_endpoint_origin() -> None:
    key = webpush.public_key(SECRET)
    header = webpush.vapid_authorization(
        "https://push.example.net/wpush/v2/abc", SECRET, "mailto:ops@example.com", time.time()
    )

    token, k = (part.split("=", 1)[1] for part in header.removeprefix("vapid ").split(", "))
    assert k == key and len(_raw(key)) == 65
    assert webpush.public_key(SECRET) == key  # the same in every process
    assert webpush.public_key(SECRET + "x") != key
    claims = jwt.decode(token, _public_jwk(key), algorithms=["ES256"]).claims
    assert claims["aud"] == "https://push.example.net"
    assert claims["sub"] == "mailto:ops@example.com"
    assert 0 < claims["exp"] - time.time() <= 24 * 3600


def _raw(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _public_jwk(key: str) -> ECKey:
    point = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), _raw(key))
    pem = point.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return ECKey.import_key(pem)


@pytest.mark.parametrize(
    ("endpoint", "p256dh", "auth", "wrong"),
    [
        ("ftp://push.example.net/x", None, None, [("endpoint", "BAD_ENDPOINT")]),
        ("http://push.example.net/x", None, None, [("endpoint", "BAD_ENDPOINT")]),
        ("https://push.example.net/x", "AAAA", None, [("p256dh", "BAD_KEY")]),
        ("https://push.example.net/x", None, "c2hvcnQ", [("auth", "BAD_KEY")]),
        ("http://127.0.0.1:8080/x", None, None, []),
    ],
)
def test_bad_subscriptions_are_named_by_field(
    endpoint: str, p256dh: str | None, auth: str | None, wrong: list[tuple[str, str]]
) -> None:
    good_key = webpush.public_key("any secret")  # any valid P-256 point will do
    good_auth = "AAAAAAAAAAAAAAAAAAAAAA"  # 16 bytes
    assert webpush.check_subscription(endpoint, p256dh or good_key, auth or good_auth) == wrong


async def _subscribe(gql: GraphQLClient, push_service: PushService) -> Any:
    key = (await gql.execute(KEY))["data"]["webPushKey"]
    browser = push_service.subscribe(key)
    subscription = {"endpoint": browser.endpoint, "p256dh": browser.p256dh,
                    "auth": browser.auth_secret}  # fmt: skip
    body = await gql.execute(SUBSCRIBE, {"input": subscription})
    assert body["data"]["webPushSubscribe"] == {"subscribed": True, "errors": []}
    return browser


async def test_a_new_order_is_pushed_to_the_browser_a_staff_member_subscribed(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld, push_service: PushService
) -> None:
    # given a staff member who subscribed a browser and chose Web Push
    staff = await orders_world.signed_in_staff(make_user)
    gql.headers.update(staff.headers)
    browser = await _subscribe(gql, push_service)
    chosen = await gql.execute(CHANNELS, {"channels": ["WEBPUSH"]})
    assert chosen["data"]["notificationPreferencesUpdate"]["preferences"] == {
        "channels": ["INAPP", "WEBPUSH"]
    }
    order_id = await orders_world.open_order()
    params = {**await order_params(order_id, SHANGHAI), "how": "可抢单"}

    # when a new order is announced
    async with db.write():
        await tell_staff([staff.id], "order_new", params, zone=SHANGHAI)
    await wait_for_outbox()

    # then the push service took it, signed by the platform, and the browser can read it
    assert push_service.refused == []
    [push] = browser.received
    assert push["payload"]["template"] == "order_new"
    assert params["number"] in push["payload"]["title"] + push["payload"]["body"]
    assert push["ttl"] == 24 * 3600 and push["urgency"] == "normal"
    [row] = await Notification.select(Notification.status, Notification.provider).where(
        Notification.channel == "WEBPUSH"
    )
    assert row == {"status": "SENT", "provider": "webpush"}


async def test_a_browser_that_unsubscribed_is_forgotten(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld, push_service: PushService
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    gql.headers.update(staff.headers)
    browser = await _subscribe(gql, push_service)
    await gql.execute(CHANNELS, {"channels": ["WEBPUSH"]})
    browser.subscribed = False  # the user revoked the permission in the browser
    order_id = await orders_world.open_order()
    params = {**await order_params(order_id, SHANGHAI), "how": "可抢单"}

    async with db.write():
        await tell_staff([staff.id], "order_new", params, zone=SHANGHAI)
    await wait_for_outbox()

    assert push_service.refused == [(410, "subscription gone")]
    [row] = await Notification.select(Notification.status, Notification.last_error).where(
        Notification.channel == "WEBPUSH"
    )
    assert row["status"] == "FAILED" and row["last_error"].startswith("Gone")
    assert not await PushSubscription.exists()


async def test_bad_subscriptions_and_push_without_a_browser_are_field_errors(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    gql.headers.update(staff.headers)

    bad = await gql.execute(SUBSCRIBE, {"input": {
        "endpoint": "http://push.example.net/x", "p256dh": "AAAA", "auth": "short"}})  # fmt: skip
    no_browser = await gql.execute(CHANNELS, {"channels": ["WEBPUSH"]})

    assert bad["data"]["webPushSubscribe"] == {"subscribed": False, "errors": [
        {"field": "endpoint", "code": "BAD_ENDPOINT"}, {"field": "p256dh", "code": "BAD_KEY"},
        {"field": "auth", "code": "BAD_KEY"}]}  # fmt: skip
    assert no_browser["data"]["notificationPreferencesUpdate"]["errors"] == [
        {"field": "channels", "code": "NO_PUSH_SUBSCRIPTION"}
    ]
    assert not await PushSubscription.exists()
