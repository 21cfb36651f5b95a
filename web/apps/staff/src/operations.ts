// Every GraphQL document the staff app sends (typed by codegen into @dispatchhub/graphql).
import { graphql } from "@dispatchhub/graphql";

export const StaffMeQuery = graphql(`
  query StaffMe { me { id name roles staffProfile { region onShift homeLocation { lat lon } } } }
`);

export const StaffOrdersQuery = graphql(`
  query StaffOrders($filter: OrderFilterInput, $first: Int!) {
    orders(filter: $filter, first: $first) {
      edges { node { id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd } }
    }
  }
`);

export const StaffOrderQuery = graphql(`
  query StaffOrder($id: ID!) {
    order(id: $id) {
      id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd
      assigneeId customerName customerPhone address description navigationUrl completionChecklist
      history { fromStatus toStatus reason at }
    }
  }
`);

export const StaffOffersSubscription = graphql(`
  subscription StaffOffers { orderOffers { kind orderId offerId deadline serviceType urgency scheduledStart } }
`);

export const OrderGrabMutation = graphql(`
  mutation StaffOrderGrab($id: ID!) { orderGrab(input: { id: $id }) { order { id status } errors { field message code } } }
`);

export const OrderAcceptMutation = graphql(`
  mutation StaffOrderAccept($id: ID!) { orderAccept(input: { id: $id }) { order { id status } errors { field message code } } }
`);

export const OrderRejectMutation = graphql(`
  mutation StaffOrderReject($id: ID!, $reason: String!) {
    orderReject(input: { id: $id, reason: $reason }) { order { id status } errors { field message code } }
  }
`);

export const OrderStatusMutation = graphql(`
  mutation StaffOrderStatus($input: OrderStatusUpdateInput!) {
    orderStatusUpdate(input: $input) { order { id status } errors { field message code } }
  }
`);

export const OrderHelpMutation = graphql(`
  mutation StaffOrderHelp($id: ID!, $message: String!, $key: String) {
    orderHelpRequest(input: { id: $id, message: $message, idempotencyKey: $key }) { helpRequestId errors { field message code } }
  }
`);

export const StaffServiceNamesQuery = graphql(`
  query StaffServiceNames { serviceTypes { code nameZh nameEn } }
`);

export const StaffHelpRequestsQuery = graphql(`
  query StaffHelpRequests {
    helpRequests(filter: { status: [OPEN] }, first: 50) {
      edges { node { id orderId orderNumber requesterId requesterName message status createdAt participants { staffId role } } }
    }
  }
`);

export const HelpJoinMutation = graphql(`
  mutation StaffHelpJoin($id: ID!) { helpRequestJoin(input: { id: $id }) { order { id } errors { field message code } } }
`);

export const ShiftStartMutation = graphql(`
  mutation StaffShiftStart { staffShiftStart { staffProfile { onShift } errors { field message code } } }
`);

export const ShiftEndMutation = graphql(`
  mutation StaffShiftEnd { staffShiftEnd { staffProfile { onShift } errors { field message code } } }
`);

export const PositionReportMutation = graphql(`
  mutation StaffPositionReport($input: StaffPositionReportInput!) {
    staffPositionReport(input: $input) { position { recordedAt } errors { field message code } }
  }
`);

export const StaffPerformanceQuery = graphql(`
  query StaffPerformance($from: Date!, $to: Date!, $staffId: ID!) {
    staffRanking(from: $from, to: $to) {
      report { staffId completed meanQuality meanSatisfaction meanResponseSeconds score rank }
      errors { field message code }
    }
    staffReviews(staffId: $staffId, first: 100) { attitude quality speed skill createdAt }
  }
`);
