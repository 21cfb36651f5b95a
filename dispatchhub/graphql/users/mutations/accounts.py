"""Identity mutations: codes, registration, sign-in, refresh, sign-out, password reset."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar
from uuid import UUID

import strawberry

from dispatchhub.authz.enforcer import AUTHENTICATED, Actor
from dispatchhub.errors import DomainError
from dispatchhub.graphql.common.enums import api_enum
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import field_errors
from dispatchhub.graphql.refusals import refusals
from dispatchhub.graphql.users.types import UserNode, UsersError, load_user
from dispatchhub.users import accounts, codes, sessions, signin
from dispatchhub.users.sessions import TokenPair

__all__ = ["UsersMutation"]

api_enum(
    codes.CodeChannel,
    name="CodeChannel",
    description="How a verification code is sent.",
    values={"SMS": "By text message to a phone.", "EMAIL": "By e-mail."},
)
api_enum(
    codes.CodePurpose,
    name="CodePurpose",
    description="What a verification code is for; a code works only for its purpose.",
    values={
        "REGISTER": "Signing up (`userRegister`).",
        "LOGIN": "Signing in without a password (`tokenCreateWithCode`).",
        "RESET_PASSWORD": "A forgotten password (`passwordReset`).",
    },
)
CodeChannel = codes.CodeChannel
CodePurpose = codes.CodePurpose


@strawberry.input
class VerificationCodeSendInput:
    channel: CodeChannel = strawberry.field(description="How to send it.")
    target: str = strawberry.field(description="A phone number (SMS) or e-mail (EMAIL).")
    purpose: CodePurpose = strawberry.field(description="What the code will be used for.")


@strawberry.type
class VerificationCodeSendPayload:
    target: str | None = strawberry.field(
        description="The normalised target (E.164 phone or lower-case e-mail)."
    )
    expires_in_seconds: int | None = strawberry.field(
        description="How long the code stays valid (600); null when refused."
    )
    errors: list[UsersError]


@strawberry.interface(description="A signed-in session: the user and their tokens.")
class SessionPayload:
    user: UserNode | None = strawberry.field(description="The signed-in user; null when refused.")
    access_token: str | None = strawberry.field(
        description="Send as 'Authorization: Bearer <token>'; valid for 15 minutes."
    )
    access_token_expires_at: datetime | None = strawberry.field(
        description="When the access token runs out; null when refused."
    )
    refresh_token: str | None = strawberry.field(
        description="Exchange with tokenRefresh before the access token runs out; single use."
    )
    refresh_token_expires_at: datetime | None = strawberry.field(
        description="The session's absolute end; refreshing does not extend it."
    )
    errors: list[UsersError] = strawberry.field(
        description="Why it was refused, with the input field at fault; empty on success."
    )


@strawberry.input
class UserRegisterInput:
    phone: str | None = strawberry.field(default=None, description="Either a phone number…")
    email: str | None = strawberry.field(default=None, description="…or an e-mail address.")
    password: str = strawberry.field(
        description="The account's password (the rules in `passwordPolicy`)."
    )
    code: str = strawberry.field(description="The REGISTER code sent to the phone or e-mail.")
    name: str = strawberry.field(description="How the person is called (1 to 100 characters).")


@strawberry.type
class UserRegisterPayload(SessionPayload):
    pass


@strawberry.input
class TokenCreateInput:
    login: str = strawberry.field(description="Phone number or e-mail address.")
    password: str = strawberry.field(description="The account's password.")


@strawberry.type
class TokenCreatePayload(SessionPayload):
    pass


@strawberry.input
class TokenCreateWithCodeInput:
    target: str = strawberry.field(description="The phone or e-mail the LOGIN code went to.")
    code: str = strawberry.field(description="The 6-digit LOGIN code.")


@strawberry.type
class TokenCreateWithCodePayload(SessionPayload):
    pass


@strawberry.input
class TokenRefreshInput:
    refresh_token: str = strawberry.field(
        description="The session's current refresh token (spent by this call)."
    )


@strawberry.type
class TokenRefreshPayload(SessionPayload):
    pass


@strawberry.input
class TokenRevokeInput:
    refresh_token: str = strawberry.field(description="The refresh token of the session to end.")


@strawberry.type
class TokenRevokePayload:
    errors: list[UsersError]


@strawberry.input
class PasswordResetInput:
    target: str = strawberry.field(
        description="The phone or e-mail the RESET_PASSWORD code went to."
    )
    code: str = strawberry.field(description="The 6-digit RESET_PASSWORD code.")
    new_password: str = strawberry.field(
        description="The new password (the rules in `passwordPolicy`)."
    )


@strawberry.type
class PasswordResetPayload:
    success: bool = strawberry.field(
        description="True when the password was changed; every session was ended, so sign in "
        "again with the new password."
    )
    errors: list[UsersError]


@strawberry.input(
    description="The signed-in user's own name and e-mail; null leaves a field as it is."
)
class MeUpdateInput:
    name: str | None = strawberry.field(default=None, description="The new name; null: unchanged.")
    email: str | None = strawberry.field(
        default=None,
        description="The new e-mail, unique among accounts (`EMAIL_TAKEN` at `email`); "
        "null: unchanged.",
    )


@strawberry.type(description="What `meUpdate` answers: the account, or `errors` at their fields.")
class MeUpdatePayload:
    user: UserNode | None = strawberry.field(
        description="The signed-in account after the change; null when refused."
    )
    errors: list[UsersError]


P = TypeVar("P", bound=SessionPayload)


async def _session(info: strawberry.Info[Context, None], payload: type[P], tokens: TokenPair) -> P:
    # The rest of this response belongs to the person who just signed in: let them read
    # their own account in the payload as they would with the new token.
    context = info.context
    user_id = str(tokens.user_id)
    roles = tuple(await context.enforcer.get_roles_for_user(user_id)) or (AUTHENTICATED,)
    context.actor = Actor(user_id=user_id, roles=roles)
    return payload(
        user=await load_user(tokens.user_id),
        access_token=tokens.access_token,
        access_token_expires_at=tokens.access_expires_at,
        refresh_token=tokens.refresh_token,
        refresh_token_expires_at=tokens.refresh_expires_at,
        errors=[],
    )


def _refused(payload: type[P], exc: DomainError, locale: str) -> P:
    return payload(
        user=None,
        access_token=None,
        access_token_expires_at=None,
        refresh_token=None,
        refresh_token_expires_at=None,
        errors=field_errors(exc, locale, UsersError),
    )


@strawberry.type
class UsersMutation:
    @strawberry.mutation(
        description="Send a 6-digit code by SMS or e-mail. The answer is the same whether or "
        "not the target has an account; limits: 1 a minute, 5 an hour, 10 a day per target."
    )
    @refusals(VerificationCodeSendPayload, UsersError)
    async def verification_code_send(
        self, info: strawberry.Info[Context, None], input: VerificationCodeSendInput
    ) -> VerificationCodeSendPayload:
        context = info.context
        sent = await codes.send_code(
            context.runtime.settings,
            channel=input.channel,
            target=input.target,
            purpose=input.purpose,
            client_address=context.client_address,
            locale=context.locale,
        )
        return VerificationCodeSendPayload(
            target=sent.target, expires_in_seconds=sent.expires_in_seconds, errors=[]
        )

    @strawberry.mutation(
        description="Create a customer account with a REGISTER code sent to its phone or "
        "e-mail, and sign in. A taken phone or e-mail answers INVALID_CODE, like a wrong code."
    )
    @refusals(UserRegisterPayload, UsersError)
    async def user_register(
        self, info: strawberry.Info[Context, None], input: UserRegisterInput
    ) -> UserRegisterPayload:
        context = info.context
        tokens = await signin.register(
            context.runtime.settings,
            context.enforcer,
            phone=input.phone,
            email=input.email,
            password=input.password,
            code=input.code,
            name=input.name,
            locale=context.locale,
            client_address=context.client_address,
        )
        return await _session(info, UserRegisterPayload, tokens)

    @strawberry.mutation(
        description="Sign in with a phone or e-mail and a password. Unknown login, wrong "
        "password and disabled account all answer INVALID_CREDENTIALS; repeated failures "
        "answer LOGIN_THROTTLED."
    )
    @refusals(TokenCreatePayload, UsersError)
    async def token_create(
        self, info: strawberry.Info[Context, None], input: TokenCreateInput
    ) -> TokenCreatePayload:
        context = info.context
        tokens = await signin.sign_in_with_password(
            context.runtime.settings,
            login=input.login,
            password=input.password,
            client_address=context.client_address,
        )
        return await _session(info, TokenCreatePayload, tokens)

    @strawberry.mutation(description="Sign in with a LOGIN code sent to the phone or e-mail.")
    @refusals(TokenCreateWithCodePayload, UsersError)
    async def token_create_with_code(
        self, info: strawberry.Info[Context, None], input: TokenCreateWithCodeInput
    ) -> TokenCreateWithCodePayload:
        context = info.context
        tokens = await signin.sign_in_with_code(
            context.runtime.settings,
            target=input.target,
            code=input.code,
            client_address=context.client_address,
        )
        return await _session(info, TokenCreateWithCodePayload, tokens)

    @strawberry.mutation(
        description="Exchange a refresh token for new tokens; the old one is spent. Presenting "
        "a spent token again ends the whole session (it looks stolen)."
    )
    @refusals(TokenRefreshPayload, UsersError)
    async def token_refresh(
        self, info: strawberry.Info[Context, None], input: TokenRefreshInput
    ) -> TokenRefreshPayload:
        context = info.context
        tokens = await sessions.refresh_session(
            context.runtime.settings,
            input.refresh_token,
            client_address=context.client_address,
        )
        return await _session(info, TokenRefreshPayload, tokens)

    @strawberry.mutation(description="Sign out: end the session the refresh token belongs to.")
    async def token_revoke(
        self, info: strawberry.Info[Context, None], input: TokenRevokeInput
    ) -> TokenRevokePayload:
        await sessions.end_session(info.context.runtime.settings, input.refresh_token)
        return TokenRevokePayload(errors=[])

    @strawberry.mutation(
        description="Set a new password with a RESET_PASSWORD code. Every session of the "
        "account ends and its owner is told; sign in again afterwards."
    )
    @refusals(PasswordResetPayload, UsersError, success=False)
    async def password_reset(
        self, info: strawberry.Info[Context, None], input: PasswordResetInput
    ) -> PasswordResetPayload:
        context = info.context
        await signin.reset_password(
            context.runtime.settings,
            target=input.target,
            code=input.code,
            new_password=input.new_password,
        )
        return PasswordResetPayload(success=True, errors=[])

    @strawberry.mutation(
        description="Change the signed-in user's own name or e-mail (a customer's profile); "
        "each refusal comes back at its field (`name`, `email`)."
    )
    @refusals(MeUpdatePayload, UsersError)
    async def me_update(
        self, info: strawberry.Info[Context, None], input: MeUpdateInput
    ) -> MeUpdatePayload:
        context = info.context
        user_id = UUID(str(context.actor.user_id))
        await accounts.update_user(
            context.runtime.settings,
            actor_id=user_id,
            user_id=user_id,
            name=input.name,
            email=input.email.strip() if input.email is not None else None,
        )
        return MeUpdatePayload(user=await load_user(user_id), errors=[])
