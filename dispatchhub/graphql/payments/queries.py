"""Which payment providers there are."""

from __future__ import annotations

import strawberry

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.payments.types import PaymentProviderType
from dispatchhub.payments import service

__all__ = ["PaymentsQuery"]


@strawberry.type
class PaymentsQuery:
    @strawberry.field(description="The ways customers can pay here (configured plugins).")
    def payment_providers(self, info: strawberry.Info[Context, None]) -> list[PaymentProviderType]:
        zh = info.context.locale.startswith("zh")
        return [
            PaymentProviderType(code=p.code, name=p.name_zh if zh else p.name_en)
            for p in service.providers(info.context.runtime.plugins)
        ]
