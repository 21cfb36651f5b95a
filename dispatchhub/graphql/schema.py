"""Builds the GraphQL schema from each domain's Query and Mutation types, with limits on."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
)
from strawberry.tools import merge_types

from dispatchhub.config import Settings
from dispatchhub.graphql.analytics.queries import AnalyticsMutation, AnalyticsQuery
from dispatchhub.graphql.authz.resolvers import AuthzMutation, AuthzQuery
from dispatchhub.graphql.bookings.mutations import BookingsMutation
from dispatchhub.graphql.bookings.queries import BookingsQuery
from dispatchhub.graphql.catalog.mutations import CatalogMutation
from dispatchhub.graphql.catalog.queries import CatalogQuery
from dispatchhub.graphql.conventions import describe_conventions
from dispatchhub.graphql.dispatch.mutations import DispatchMutation
from dispatchhub.graphql.dispatch.queries import DispatchQuery
from dispatchhub.graphql.errors import should_mask_error
from dispatchhub.graphql.node import NodeQuery
from dispatchhub.graphql.notifications.inbox import InboxMutation, InboxQuery
from dispatchhub.graphql.notifications.preferences import PreferencesMutation, PreferencesQuery
from dispatchhub.graphql.notifications.push import PushMutation, PushQuery
from dispatchhub.graphql.orders.help import HelpMutation, HelpQuery
from dispatchhub.graphql.orders.mutations import OrdersMutation
from dispatchhub.graphql.orders.queries import OrdersQuery
from dispatchhub.graphql.orders.subscriptions import OrdersSubscription
from dispatchhub.graphql.payments.resolvers import PaymentsMutation, PaymentsQuery
from dispatchhub.graphql.permissions import CasbinGuard
from dispatchhub.graphql.reviews.mutations import ReviewsMutation
from dispatchhub.graphql.reviews.queries import ReviewsQuery
from dispatchhub.graphql.system.types import SystemQuery
from dispatchhub.graphql.users.admin import UsersAdminMutation
from dispatchhub.graphql.users.external import ExternalLoginQuery
from dispatchhub.graphql.users.mutations import UsersMutation
from dispatchhub.graphql.users.queries import UsersQuery

__all__ = ["build_schema"]

Query = merge_types(
    "Query",
    (
        SystemQuery,
        BookingsQuery,
        ExternalLoginQuery,
        CatalogQuery,
        DispatchQuery,
        NodeQuery,
        UsersQuery,
        AuthzQuery,
        ReviewsQuery,
        AnalyticsQuery,
        OrdersQuery,
        HelpQuery,
        InboxQuery,
        PreferencesQuery,
        PushQuery,
        PaymentsQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        UsersMutation,
        BookingsMutation,
        CatalogMutation,
        DispatchMutation,
        UsersAdminMutation,
        AuthzMutation,
        ReviewsMutation,
        AnalyticsMutation,
        OrdersMutation,
        HelpMutation,
        InboxMutation,
        PreferencesMutation,
        PushMutation,
        PaymentsMutation,
    ),
)
Subscription = merge_types("Subscription", (OrdersSubscription,))


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema with the guard, error masking and the depth/alias/token limits."""
    limits = settings or Settings()
    schema = strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[
            CasbinGuard,
            lambda: QueryDepthLimiter(max_depth=limits.graphql_max_depth),
            lambda: MaxAliasesLimiter(max_alias_count=limits.graphql_max_aliases),
            lambda: MaxTokensLimiter(max_token_count=limits.graphql_max_tokens),
            lambda: MaskErrors(should_mask_error=should_mask_error),
        ],
    )
    describe_conventions(schema._schema)
    return schema
