"""Identity mutations."""

from __future__ import annotations

import strawberry

from dispatchhub.errors import DomainError
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, field_errors
from dispatchhub.users import codes
from dispatchhub.users.errors import UsersErrorCode

__all__ = ["UsersMutation"]

UsersErrorCodeEnum = strawberry.enum(UsersErrorCode, name="UsersErrorCode")
CodeChannel = strawberry.enum(codes.CodeChannel, name="CodeChannel")
CodePurpose = strawberry.enum(codes.CodePurpose, name="CodePurpose")


@strawberry.type
class UsersError(Error):
    code: UsersErrorCodeEnum  # type: ignore[valid-type]


@strawberry.input
class VerificationCodeSendInput:
    channel: CodeChannel  # type: ignore[valid-type]
    target: str = strawberry.field(description="A phone number (SMS) or e-mail (EMAIL).")
    purpose: CodePurpose  # type: ignore[valid-type]


@strawberry.type
class VerificationCodeSendPayload:
    target: str | None = strawberry.field(
        description="The normalised target (E.164 phone or lower-case e-mail)."
    )
    expires_in_seconds: int | None
    errors: list[UsersError]


@strawberry.type
class UsersMutation:
    @strawberry.mutation(
        description="Send a 6-digit code by SMS or e-mail. The answer is the same whether or "
        "not the target has an account; limits: 1 a minute, 5 an hour, 10 a day per target."
    )
    async def verification_code_send(
        self, info: strawberry.Info[Context, None], input: VerificationCodeSendInput
    ) -> VerificationCodeSendPayload:
        context = info.context
        try:
            sent = await codes.send_code(
                context.runtime.settings,
                channel=input.channel,
                target=input.target,
                purpose=input.purpose,
                client_address=context.client_address,
                locale=context.locale,
            )
        except DomainError as exc:
            errors = field_errors(exc, context.locale, UsersError)
            return VerificationCodeSendPayload(target=None, expires_in_seconds=None, errors=errors)
        return VerificationCodeSendPayload(
            target=sent.target, expires_in_seconds=sent.expires_in_seconds, errors=[]
        )
