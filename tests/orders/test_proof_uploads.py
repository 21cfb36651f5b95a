"""Proof of work over HTTP: the assignee uploads photos and the signature (multipart),
``Order.photos`` lists them, the download route checks rights, a resend arrives once."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
from strawberry import relay

from dispatchhub.orders.tables import OrderFile
from dispatchhub.plugins.defaults.local_storage import LocalStorage
from dispatchhub.runtime import Runtime
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

PHOTOS = "query ($id: ID!) { order(id: $id) { photos { id kind url contentType takenAt } } }"


def png(width: int = 2, height: int = 2) -> bytes:
    """A real, tiny PNG (white pixels)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )  # fmt: skip


async def _upload(
    client: httpx.AsyncClient,
    who: SignedIn | None,
    order_id: UUID | str,
    data: bytes,
    *,
    kind: str = "BEFORE",
    key: str | None = None,
    media: str = "image/png",
    language: str = "zh-CN",
) -> httpx.Response:
    fields = {"kind": kind, "takenAt": "2026-12-08T10:00:00+08:00"}
    if key is not None:
        fields["idempotencyKey"] = key
    headers = {"accept-language": language, **(who.headers if who else {})}
    return await client.post(
        f"/api/orders/{order_id}/photos",
        data=fields,
        files={"file": ("photo.png", io.BytesIO(data), media)},
        headers=headers,
    )


async def _photos(gql: GraphQLClient, who: SignedIn, order_id: UUID) -> Any:
    gql.headers.clear()
    gql.headers.update(who.headers)
    return await gql.execute(PHOTOS, {"id": str(relay.GlobalID("Order", str(order_id)))})


async def _job(make_user: MakeUser, world: OrdersWorld) -> tuple[SignedIn, SignedIn, UUID]:
    staff = await world.signed_in_staff(make_user)
    customer = await make_user("customer")
    order_id = await world.open_order(customer=customer.id)
    await world.set_status(order_id, "IN_PROGRESS", staff.id)
    return staff, customer, order_id


async def test_the_assignee_uploads_and_the_parties_read_it(
    client: httpx.AsyncClient, gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a staff member's job under way for a customer
    staff, customer, order_id = await _job(make_user, orders_world)
    photo = png()

    # when the assignee uploads a before photo as multipart
    sent = await _upload(client, staff, order_id, photo)

    # then it is kept and listed on the order for the assignee, the customer and dispatch
    assert sent.status_code == 201, sent.text
    file_id = sent.json()["id"]
    dispatcher = await make_user("dispatcher")
    for who in (staff, customer, dispatcher):
        body = await _photos(gql, who, order_id)
        assert "errors" not in body, body
        [listed] = body["data"]["order"]["photos"]
        assert listed["id"] == file_id
        assert listed["kind"] == "BEFORE"
        assert listed["contentType"] == "image/png"
        assert listed["takenAt"].startswith("2026-12-08T02:00:00")
        got = await client.get(listed["url"], headers=who.headers)
        assert got.status_code == 200
        assert got.content == photo
        assert got.headers["content-type"] == "image/png"

    # and nobody else downloads it, signed out or another staff member
    other = await orders_world.signed_in_staff(make_user)
    assert (await client.get(f"/api/files/{file_id}", headers=other.headers)).status_code == 404
    assert (await client.get(f"/api/files/{file_id}")).status_code == 401
    stranger = await make_user("customer")
    refused = await _photos(gql, stranger, order_id)
    assert refused["data"]["order"] is None


async def test_refusals_are_clear_json_at_their_field(
    client: httpx.AsyncClient, make_user: MakeUser, orders_world: OrdersWorld, runtime: Runtime
) -> None:
    staff, customer, order_id = await _job(make_user, orders_world)
    other = await orders_world.signed_in_staff(make_user)
    limit = runtime.settings.max_photo_bytes

    not_image = await _upload(client, staff, order_id, b"%PDF-1.4 not a photo", language="en")
    too_big = await _upload(client, staff, order_id, b"\xff\xd8\xff" + b"0" * limit)
    not_theirs = await _upload(client, other, order_id, png())
    customer_try = await _upload(client, customer, order_id, png())
    bad_kind = await _upload(client, staff, order_id, png(), kind="SELFIE")
    signed_out = await _upload(client, None, order_id, png())
    no_order = await _upload(client, staff, "00000000-0000-0000-0000-000000000000", png())

    assert not_image.status_code == 415
    assert not_image.json()["errors"] == [
        {"field": "file", "code": "FILE_TYPE", "message": "Only JPEG or PNG images are accepted."}
    ]
    assert too_big.status_code == 413
    assert too_big.json()["errors"][0]["field"] == "file"
    assert str(limit) in too_big.json()["errors"][0]["message"]
    assert not_theirs.status_code == 403
    assert not_theirs.json()["errors"][0]["code"] == "NOT_ASSIGNEE"
    assert customer_try.status_code == 403
    assert bad_kind.status_code == 400
    assert bad_kind.json()["errors"][0]["field"] == "kind"
    assert signed_out.status_code == 401
    assert no_order.status_code == 404
    assert await OrderFile.count() == 0


async def test_a_resent_upload_with_its_key_arrives_once(
    client: httpx.AsyncClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, _customer, order_id = await _job(make_user, orders_world)

    first = await _upload(client, staff, order_id, png(), kind="AFTER", key="photo-1")
    again = await _upload(client, staff, order_id, png(), kind="AFTER", key="photo-1")
    signature = await _upload(client, staff, order_id, png(3, 1), kind="SIGNATURE", key="sig-1")

    assert first.status_code == again.status_code == signature.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    kinds = await OrderFile.select(OrderFile.kind).order_by(OrderFile.created_at)
    assert [r["kind"] for r in kinds] == ["AFTER", "SIGNATURE"]


def test_hook_store_file(runtime: Runtime, tmp_path: Path) -> None:
    # the built-in storage answers when no plugin does, under the storage_dir setting
    kept = runtime.plugins.hook.store_file(key="orders/x/a.png", data=b"abc", content_type="x")

    assert kept == "orders/x/a.png"
    assert (runtime.settings.storage_dir / "orders/x/a.png").read_bytes() == b"abc"


def test_hook_fetch_file(runtime: Runtime) -> None:
    runtime.plugins.hook.store_file(key="r/one.pdf", data=b"%PDF", content_type="application/pdf")

    assert runtime.plugins.hook.fetch_file(key="r/one.pdf") == b"%PDF"
    assert runtime.plugins.hook.fetch_file(key="r/none.pdf") is None


def test_local_storage_refuses_keys_that_leave_its_directory(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path)
    for key in ("../x", "/etc/passwd", "a/../../b", ""):
        try:
            storage.store_file(key, b"", "x")
        except ValueError:
            continue
        raise AssertionError(f"{key!r} was accepted")
