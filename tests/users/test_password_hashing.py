"""argon2id with the configured parameters; older hashes are upgraded at sign-in."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.low_level import Type

from dispatchhub.config import Settings
from dispatchhub.demo.builder import DEMO_PASSWORD
from dispatchhub.users.passwords import hash_password, needs_rehash, verify_password
from dispatchhub.users.signin import sign_in_with_password
from dispatchhub.users.tables import User

PHONE = "+8613900006666"


async def test_hashes_are_argon2id_with_the_configured_parameters(database: Settings) -> None:
    stored = await hash_password(database, "Kettle#Lamp42")

    assert stored.startswith("$argon2id$v=19$m=8192,t=1,p=1$")
    assert await verify_password(database, stored, "Kettle#Lamp42")
    assert not await verify_password(database, stored, "Kettle#Lamp42x")
    assert not await verify_password(database, stored, "kettle#lamp42")


def test_production_defaults_meet_the_owasp_minimum() -> None:
    defaults = Settings(database_url="sqlite:///unused.sqlite", secret_key="x" * 32)

    assert defaults.argon2_memory_cost >= 19 * 1024 and defaults.argon2_time_cost >= 2


async def test_the_same_password_typed_in_full_width_verifies(database: Settings) -> None:
    stored = await hash_password(database, "Kettle#Lamp42")

    assert await verify_password(database, stored, "Ｋｅｔｔｌｅ＃Ｌａｍｐ４２")


async def test_no_hash_never_verifies(database: Settings) -> None:
    assert not await verify_password(database, None, "no account has this password")
    assert not await verify_password(database, None, "Kettle#Lamp42")


async def test_sign_in_upgrades_a_demo_hash_to_the_configured_parameters(
    database: Settings,
) -> None:
    # given an account hashed like the demo data (cheap parameters, see demo/builder.py)
    demo = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1, type=Type.ID)
    await User.insert(User(name="演示 Demo", phone=PHONE, password_hash=demo.hash(DEMO_PASSWORD)))
    stronger = database.model_copy(
        update={"argon2_time_cost": 2, "argon2_memory_cost": 19456, "argon2_parallelism": 1}
    )

    # when its owner signs in on a server configured with stronger parameters
    await sign_in_with_password(
        stronger, login=PHONE, password=DEMO_PASSWORD, client_address="198.51.100.2"
    )

    # then the stored hash was remade with them, and still verifies
    [user] = await User.objects()
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert not needs_rehash(stronger, user.password_hash)
    assert await verify_password(stronger, user.password_hash, DEMO_PASSWORD)
