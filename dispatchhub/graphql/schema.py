"""Builds the GraphQL schema from each domain's Query and Mutation types, with limits on."""

from __future__ import annotations

import logging
import re

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from dispatchhub.config import Settings
from dispatchhub.graphql.analytics.queries import AnalyticsMutation, AnalyticsQuery
from dispatchhub.graphql.authz.resolvers import AuthzMutation, AuthzQuery
from dispatchhub.graphql.bookings.mutations import BookingsMutation
from dispatchhub.graphql.bookings.queries import BookingsQuery
from dispatchhub.graphql.catalog.mutations import CatalogMutation
from dispatchhub.graphql.catalog.queries import CatalogQuery
from dispatchhub.graphql.dispatch.mutations import DispatchMutation
from dispatchhub.graphql.dispatch.queries import DispatchQuery
from dispatchhub.graphql.errors import PublicError, should_mask_error
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
from dispatchhub.graphql.text_inputs import TextInputs
from dispatchhub.graphql.users.admin import UsersAdminMutation
from dispatchhub.graphql.users.external import ExternalLoginQuery
from dispatchhub.graphql.users.mutations import UsersMutation
from dispatchhub.graphql.users.queries import UsersQuery

__all__ = ["DOCUMENT_CACHE_SIZE", "DispatchSchema", "build_schema"]

log = logging.getLogger("dispatchhub.graphql")
_SUGGESTION = re.compile(r"\s*Did you mean .*$", re.DOTALL)
# Distinct documents whose parse and validation are kept: the clients' own operations
# number in the tens.
DOCUMENT_CACHE_SIZE = 256

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


class DispatchSchema(strawberry.Schema):
    """The schema, reporting errors as we want them in the log and in answers.

    Refusals and invalid requests are the client's business: one INFO line each, no
    traceback (a probe sending thousands fills no disk). Faults are logged with their
    traceback where they are masked (:func:`should_mask_error`). Callers who are not signed
    in lose the "Did you mean …" hints when the settings say so (production).
    """

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        context = None if execution_context is None else execution_context.context
        if context is None:
            hide_hints = False
        else:
            settings = context.runtime.settings
            hide_hints = context.actor.user_id is None and not settings.anonymous_suggestions
        for error in errors:
            if hide_hints and error.original_error is None:
                error.message = _SUGGESTION.sub("", error.message)
            if error.original_error is None or isinstance(error.original_error, PublicError):
                log.info("refused at %s: %s", error.path, error.message)


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema with the guard, error masking and the depth/alias/token limits.

    Parsing and validating a document cost more than running most operations, and clients
    send the same few documents over and over: both are cached per document text (LRU,
    bounded, so unique texts cannot grow memory). The limits still apply to every request:
    the token limit runs before the parser cache; depth and alias limits are validation
    rules, part of the cached validation's key. Those rules are built once here: a limiter
    made per request would make new rule classes, and the validation cache would never hit.
    """
    limits = settings or Settings()
    depth = QueryDepthLimiter(max_depth=limits.graphql_max_depth).validation_rules
    aliases = MaxAliasesLimiter(max_alias_count=limits.graphql_max_aliases).validation_rules
    return DispatchSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[
            CasbinGuard,
            TextInputs,
            lambda: AddValidationRules(depth),
            lambda: AddValidationRules(aliases),
            lambda: MaxTokensLimiter(max_token_count=limits.graphql_max_tokens),
            lambda: ParserCache(maxsize=DOCUMENT_CACHE_SIZE),
            lambda: ValidationCache(maxsize=DOCUMENT_CACHE_SIZE),
            lambda: MaskErrors(should_mask_error=should_mask_error),
        ],
    )
