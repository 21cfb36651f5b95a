from collections.abc import AsyncIterator
from datetime import date
from typing import Any, Optional, Union

from .async_base_client import AsyncBaseClient
from .base_model import UNSET, UnsetType
from .book_for_customer import BookForCustomer
from .booking_export import BookingExport
from .bookings import Bookings
from .create_service_type import CreateServiceType
from .enums import ExportFormat, ReportPeriod, TaskGroupBy
from .export_bookings import ExportBookings
from .export_report import ExportReport
from .find_users import FindUsers
from .follow_orders import FollowOrders
from .input_types import (
    BookingCreateInput,
    BookingFilterInput,
    OrderFilterInput,
    ReportExportInput,
    ServiceTypeCreateInput,
    ServiceTypeUpdateInput,
    StaffPositionReportInput,
    UserFilterInput,
)
from .order import Order
from .order_assignee_position import OrderAssigneePosition
from .orders import Orders
from .refresh_token import RefreshToken
from .satisfaction_trend import SatisfactionTrend
from .service_types import ServiceTypes
from .sign_in import SignIn
from .staff_position_report import StaffPositionReport
from .staff_ranking import StaffRanking
from .staff_shift_end import StaffShiftEnd
from .staff_shift_start import StaffShiftStart
from .task_stats import TaskStats
from .update_service_type import UpdateServiceType


def gql(q: str) -> str:
    return q


class DispatchhubClient(AsyncBaseClient):
    async def book_for_customer(
        self, input: BookingCreateInput, **kwargs: Any
    ) -> BookForCustomer:
        query = gql("""
            mutation BookForCustomer($input: BookingCreateInput!) {
              bookingCreate(input: $input) {
                booking {
                  ...BookingFields
                }
                errors {
                  field
                  code
                  message
                }
              }
            }

            fragment BookingFields on Booking {
              id
              number
              status
              channel
              urgency
              serviceCode
              serviceTypeId
              customerId
              description
              scheduledStart
              scheduledEnd
              address
              region
              formData
              priceMinor
              currency
              reviewProblems {
                field
                code
                message
              }
              createdAt
            }
            """)
        variables: dict[str, object] = {"input": input}
        response = await self.execute(
            query=query, operation_name="BookForCustomer", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return BookForCustomer.model_validate(data)

    async def bookings(
        self,
        filter_: Union[Optional[BookingFilterInput], UnsetType] = UNSET,
        first: Union[Optional[int], UnsetType] = UNSET,
        after: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> Bookings:
        query = gql("""
            query Bookings($filter: BookingFilterInput, $first: Int, $after: String) {
              bookings(filter: $filter, first: $first, after: $after) {
                edges {
                  cursor
                  node {
                    ...BookingFields
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }

            fragment BookingFields on Booking {
              id
              number
              status
              channel
              urgency
              serviceCode
              serviceTypeId
              customerId
              description
              scheduledStart
              scheduledEnd
              address
              region
              formData
              priceMinor
              currency
              reviewProblems {
                field
                code
                message
              }
              createdAt
            }
            """)
        variables: dict[str, object] = {
            "filter": filter_,
            "first": first,
            "after": after,
        }
        response = await self.execute(
            query=query, operation_name="Bookings", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return Bookings.model_validate(data)

    async def export_bookings(
        self,
        format: ExportFormat,
        filter_: Union[Optional[BookingFilterInput], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> ExportBookings:
        query = gql("""
            mutation ExportBookings($filter: BookingFilterInput, $format: ExportFormat!) {
              bookingsExport(input: {filter: $filter, format: $format}) {
                export {
                  id
                  status
                  format
                  rows
                  url
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"filter": filter_, "format": format}
        response = await self.execute(
            query=query, operation_name="ExportBookings", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ExportBookings.model_validate(data)

    async def booking_export(self, id: str, **kwargs: Any) -> BookingExport:
        query = gql("""
            query BookingExport($id: ID!) {
              bookingExport(id: $id) {
                id
                status
                format
                rows
                url
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="BookingExport", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return BookingExport.model_validate(data)

    async def service_types(
        self, include_inactive: Union[Optional[bool], UnsetType] = UNSET, **kwargs: Any
    ) -> ServiceTypes:
        query = gql("""
            query ServiceTypes($includeInactive: Boolean) {
              serviceTypes(includeInactive: $includeInactive) {
                ...ServiceTypeFields
              }
            }

            fragment ServiceTypeFields on ServiceType {
              id
              code
              nameZh
              nameEn
              description
              formSchema
              defaultDurationMin
              priceMinor
              currency
              urgencyOptions
              serviceRegions
              serviceHours {
                start
                end
              }
              manualReview
              active
              revision
            }
            """)
        variables: dict[str, object] = {"includeInactive": include_inactive}
        response = await self.execute(
            query=query, operation_name="ServiceTypes", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ServiceTypes.model_validate(data)

    async def create_service_type(
        self, input: ServiceTypeCreateInput, **kwargs: Any
    ) -> CreateServiceType:
        query = gql("""
            mutation CreateServiceType($input: ServiceTypeCreateInput!) {
              serviceTypeCreate(input: $input) {
                serviceType {
                  ...ServiceTypeFields
                }
                errors {
                  field
                  code
                  message
                }
              }
            }

            fragment ServiceTypeFields on ServiceType {
              id
              code
              nameZh
              nameEn
              description
              formSchema
              defaultDurationMin
              priceMinor
              currency
              urgencyOptions
              serviceRegions
              serviceHours {
                start
                end
              }
              manualReview
              active
              revision
            }
            """)
        variables: dict[str, object] = {"input": input}
        response = await self.execute(
            query=query,
            operation_name="CreateServiceType",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return CreateServiceType.model_validate(data)

    async def update_service_type(
        self, input: ServiceTypeUpdateInput, **kwargs: Any
    ) -> UpdateServiceType:
        query = gql("""
            mutation UpdateServiceType($input: ServiceTypeUpdateInput!) {
              serviceTypeUpdate(input: $input) {
                serviceType {
                  ...ServiceTypeFields
                }
                errors {
                  field
                  code
                  message
                }
              }
            }

            fragment ServiceTypeFields on ServiceType {
              id
              code
              nameZh
              nameEn
              description
              formSchema
              defaultDurationMin
              priceMinor
              currency
              urgencyOptions
              serviceRegions
              serviceHours {
                start
                end
              }
              manualReview
              active
              revision
            }
            """)
        variables: dict[str, object] = {"input": input}
        response = await self.execute(
            query=query,
            operation_name="UpdateServiceType",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return UpdateServiceType.model_validate(data)

    async def sign_in(self, login: str, password: str, **kwargs: Any) -> SignIn:
        query = gql("""
            mutation SignIn($login: String!, $password: String!) {
              tokenCreate(input: {login: $login, password: $password}) {
                user {
                  id
                  name
                  roles
                }
                accessToken
                accessTokenExpiresAt
                refreshToken
                refreshTokenExpiresAt
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"login": login, "password": password}
        response = await self.execute(
            query=query, operation_name="SignIn", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return SignIn.model_validate(data)

    async def refresh_token(self, refresh_token: str, **kwargs: Any) -> RefreshToken:
        query = gql("""
            mutation RefreshToken($refreshToken: String!) {
              tokenRefresh(input: {refreshToken: $refreshToken}) {
                accessToken
                accessTokenExpiresAt
                refreshToken
                refreshTokenExpiresAt
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"refreshToken": refresh_token}
        response = await self.execute(
            query=query, operation_name="RefreshToken", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return RefreshToken.model_validate(data)

    async def find_users(
        self,
        filter_: Union[Optional[UserFilterInput], UnsetType] = UNSET,
        first: Union[Optional[int], UnsetType] = UNSET,
        after: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> FindUsers:
        query = gql("""
            query FindUsers($filter: UserFilterInput, $first: Int, $after: String) {
              users(filter: $filter, first: $first, after: $after) {
                edges {
                  node {
                    id
                    name
                    phone
                    email
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": filter_,
            "first": first,
            "after": after,
        }
        response = await self.execute(
            query=query, operation_name="FindUsers", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return FindUsers.model_validate(data)

    async def orders(
        self,
        filter_: Union[Optional[OrderFilterInput], UnsetType] = UNSET,
        first: Union[Optional[int], UnsetType] = UNSET,
        after: Union[Optional[str], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> Orders:
        query = gql("""
            query Orders($filter: OrderFilterInput, $first: Int, $after: String) {
              orders(filter: $filter, first: $first, after: $after) {
                edges {
                  cursor
                  node {
                    ...OrderFields
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }

            fragment OrderFields on Order {
              id
              number
              status
              urgency
              serviceCode
              region
              scheduledStart
              scheduledEnd
              assigneeId
              bookingId
              assignedAt
              startedAt
              completedAt
              createdAt
            }
            """)
        variables: dict[str, object] = {
            "filter": filter_,
            "first": first,
            "after": after,
        }
        response = await self.execute(
            query=query, operation_name="Orders", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return Orders.model_validate(data)

    async def order(self, id: str, **kwargs: Any) -> Order:
        query = gql("""
            query Order($id: ID!) {
              order(id: $id) {
                ...OrderFields
                history {
                  fromStatus
                  toStatus
                  reason
                  at
                }
              }
            }

            fragment OrderFields on Order {
              id
              number
              status
              urgency
              serviceCode
              region
              scheduledStart
              scheduledEnd
              assigneeId
              bookingId
              assignedAt
              startedAt
              completedAt
              createdAt
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="Order", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return Order.model_validate(data)

    async def follow_orders(
        self, order_id: Union[Optional[str], UnsetType] = UNSET, **kwargs: Any
    ) -> AsyncIterator[FollowOrders]:
        query = gql("""
            subscription FollowOrders($orderId: ID) {
              orderEvents(orderId: $orderId) {
                kind
                orderId
                status
                fromStatus
                reason
                at
              }
            }
            """)
        variables: dict[str, object] = {"orderId": order_id}
        async for data in self.execute_ws(
            query=query, operation_name="FollowOrders", variables=variables, **kwargs
        ):
            yield FollowOrders.model_validate(data)

    async def task_stats(
        self,
        period: ReportPeriod,
        from_: date,
        to: date,
        group_by: Union[Optional[TaskGroupBy], UnsetType] = UNSET,
        **kwargs: Any,
    ) -> TaskStats:
        query = gql("""
            query TaskStats($period: ReportPeriod!, $from: Date!, $to: Date!, $groupBy: TaskGroupBy) {
              taskStats(period: $period, from: $from, to: $to, groupBy: $groupBy) {
                report {
                  buckets {
                    start
                    group
                    total
                    completed
                    cancelled
                    revisited
                    completionRate
                    cancellationRate
                    firstTimeFixRate
                    processingMedianSeconds
                    processingP90Seconds
                    responseMedianSeconds
                    responseP90Seconds
                  }
                  byType {
                    key
                    count
                  }
                  byChannel {
                    key
                    count
                  }
                  byRegion {
                    key
                    count
                  }
                  byStatus {
                    key
                    count
                  }
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "period": period,
            "from": from_,
            "to": to,
            "groupBy": group_by,
        }
        response = await self.execute(
            query=query, operation_name="TaskStats", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return TaskStats.model_validate(data)

    async def staff_ranking(self, from_: date, to: date, **kwargs: Any) -> StaffRanking:
        query = gql("""
            query StaffRanking($from: Date!, $to: Date!) {
              staffRanking(from: $from, to: $to) {
                report {
                  staffId
                  name
                  completed
                  meanQuality
                  meanSatisfaction
                  meanResponseSeconds
                  score
                  rank
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"from": from_, "to": to}
        response = await self.execute(
            query=query, operation_name="StaffRanking", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return StaffRanking.model_validate(data)

    async def satisfaction_trend(
        self, period: ReportPeriod, from_: date, to: date, **kwargs: Any
    ) -> SatisfactionTrend:
        query = gql("""
            query SatisfactionTrend($period: ReportPeriod!, $from: Date!, $to: Date!) {
              satisfactionTrend(period: $period, from: $from, to: $to) {
                report {
                  start
                  reviews
                  attitude
                  quality
                  speed
                  skill
                  overall
                  satisfiedRate
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"period": period, "from": from_, "to": to}
        response = await self.execute(
            query=query,
            operation_name="SatisfactionTrend",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return SatisfactionTrend.model_validate(data)

    async def export_report(
        self, input: ReportExportInput, **kwargs: Any
    ) -> ExportReport:
        query = gql("""
            mutation ExportReport($input: ReportExportInput!) {
              reportExport(input: $input) {
                url
                filename
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"input": input}
        response = await self.execute(
            query=query, operation_name="ExportReport", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return ExportReport.model_validate(data)

    async def staff_shift_start(self, **kwargs: Any) -> StaffShiftStart:
        query = gql("""
            mutation StaffShiftStart {
              staffShiftStart {
                staffProfile {
                  onShift
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="StaffShiftStart", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return StaffShiftStart.model_validate(data)

    async def staff_shift_end(self, **kwargs: Any) -> StaffShiftEnd:
        query = gql("""
            mutation StaffShiftEnd {
              staffShiftEnd {
                staffProfile {
                  onShift
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="StaffShiftEnd", variables=variables, **kwargs
        )
        data = self.get_data(response)
        return StaffShiftEnd.model_validate(data)

    async def staff_position_report(
        self, input: StaffPositionReportInput, **kwargs: Any
    ) -> StaffPositionReport:
        query = gql("""
            mutation StaffPositionReport($input: StaffPositionReportInput!) {
              staffPositionReport(input: $input) {
                position {
                  location {
                    lat
                    lon
                  }
                  recordedAt
                  accuracyMeters
                }
                errors {
                  field
                  code
                  message
                }
              }
            }
            """)
        variables: dict[str, object] = {"input": input}
        response = await self.execute(
            query=query,
            operation_name="StaffPositionReport",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return StaffPositionReport.model_validate(data)

    async def order_assignee_position(
        self, id: str, **kwargs: Any
    ) -> OrderAssigneePosition:
        query = gql("""
            query OrderAssigneePosition($id: ID!) {
              order(id: $id) {
                id
                status
                assigneePosition {
                  location {
                    lat
                    lon
                  }
                  recordedAt
                  accuracyMeters
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="OrderAssigneePosition",
            variables=variables,
            **kwargs,
        )
        data = self.get_data(response)
        return OrderAssigneePosition.model_validate(data)
