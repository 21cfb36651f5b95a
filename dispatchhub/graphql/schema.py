"""Builds the GraphQL schema from each domain's Query and Mutation types, with limits on."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from dispatchhub.config import Settings
from dispatchhub.graphql.analytics.mutations import AnalyticsMutation
from dispatchhub.graphql.analytics.queries import AnalyticsQuery
from dispatchhub.graphql.authz.mutations import AuthzMutation
from dispatchhub.graphql.authz.queries import AuthzQuery
from dispatchhub.graphql.bookings.mutations import BookingsMutation
from dispatchhub.graphql.bookings.queries import BookingsQuery
from dispatchhub.graphql.catalog.arrival import ArrivalMutation
from dispatchhub.graphql.catalog.checklists import ChecklistMutation
from dispatchhub.graphql.catalog.mutations import CatalogMutation
from dispatchhub.graphql.catalog.queries import CatalogQuery
from dispatchhub.graphql.conventions import describe_conventions
from dispatchhub.graphql.dispatch.explain import ExplainQuery
from dispatchhub.graphql.dispatch.mutations import DispatchMutation
from dispatchhub.graphql.dispatch.queries import DispatchQuery
from dispatchhub.graphql.errors import PublicError, should_mask_error
from dispatchhub.graphql.metrics import GraphQLMetrics
from dispatchhub.graphql.node import NodeQuery
from dispatchhub.graphql.notifications.inbox import InboxMutation, InboxQuery
from dispatchhub.graphql.notifications.preferences import PreferencesMutation, PreferencesQuery
from dispatchhub.graphql.notifications.push import PushMutation, PushQuery
from dispatchhub.graphql.orders.help import HelpMutation, HelpQuery
from dispatchhub.graphql.orders.mutations import OrdersMutation
from dispatchhub.graphql.orders.queries import OrdersQuery
from dispatchhub.graphql.orders.slots import SlotsQuery
from dispatchhub.graphql.orders.subscriptions import OrdersSubscription
from dispatchhub.graphql.outage import OutageMarker
from dispatchhub.graphql.payments.mutations import PaymentsMutation
from dispatchhub.graphql.payments.queries import PaymentsQuery
from dispatchhub.graphql.permissions import CasbinGuard
from dispatchhub.graphql.reviews.mutations import ReviewsMutation
from dispatchhub.graphql.reviews.queries import ReviewsQuery
from dispatchhub.graphql.system.outbox import OutboxMutation, OutboxQuery
from dispatchhub.graphql.system.types import SystemQuery
from dispatchhub.graphql.text_inputs import TextInputs
from dispatchhub.graphql.users.addresses import AddressesMutation, AddressesQuery
from dispatchhub.graphql.users.external import ExternalLoginQuery
from dispatchhub.graphql.users.mutations.accounts import UsersMutation
from dispatchhub.graphql.users.mutations.admin import UsersAdminMutation
from dispatchhub.graphql.users.queries import UsersQuery
from dispatchhub.graphql.users.shift import StaffShiftMutation

__all__ = ["DOCUMENT_CACHE_SIZE", "DispatchSchema", "HideSuggestions", "build_schema"]

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
        ExplainQuery,
        NodeQuery,
        UsersQuery,
        AuthzQuery,
        ReviewsQuery,
        AnalyticsQuery,
        OrdersQuery,
        SlotsQuery,
        HelpQuery,
        InboxQuery,
        PreferencesQuery,
        PushQuery,
        PaymentsQuery,
        AddressesQuery,
        OutboxQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        UsersMutation,
        BookingsMutation,
        CatalogMutation,
        ArrivalMutation,
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
        AddressesMutation,
        StaffShiftMutation,
        ChecklistMutation,
        OutboxMutation,
    ),
)
Subscription = merge_types("Subscription", (OrdersSubscription,))


class DispatchSchema(strawberry.Schema):
    """The schema, logging errors as we want them.

    Refusals and invalid requests are the client's business: one INFO line each, no
    traceback (a probe sending thousands fills no disk). Faults are logged with their
    traceback where they are masked (:func:`should_mask_error`).
    """

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        for error in errors:
            if error.original_error is None or isinstance(error.original_error, PublicError):
                log.info("refused at %s: %s", error.path, error.message)


class HideSuggestions(SchemaExtension):
    """Drop "Did you mean …" from the answer of a caller who is not signed in, when the
    settings say so (production).

    The answer gets new error objects: the ones it had may be shared with later requests
    through the validation cache.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context.context
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if not errors or context is None or context.actor.user_id is not None:
            return
        if context.runtime.settings.anonymous_suggestions:
            return
        result.errors = [_without_hint(e) for e in errors]  # type: ignore[union-attr]


def _without_hint(error: GraphQLError) -> GraphQLError:
    if error.original_error is not None or "Did you mean" not in error.message:
        return error
    return GraphQLError(
        _SUGGESTION.sub("", error.message), nodes=error.nodes, source=error.source,
        positions=error.positions, path=error.path, extensions=error.extensions,
    )  # fmt: skip


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
    schema = DispatchSchema(
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
            HideSuggestions,
            OutageMarker,
            GraphQLMetrics,
        ],
    )
    describe_conventions(schema._schema)
    return schema
