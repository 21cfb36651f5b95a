// The booking operations of the customer app.
import { graphql } from "@dispatchhub/graphql";

export const ServiceTypesQuery = graphql(`
  query CustomerServiceTypes {
    serviceTypes {
      id code name priceMinor currency formSchema urgencyOptions defaultDurationMin
      specialOptions { code zh en }
      serviceHours { start end closedWeekdays weekdays { weekday start end } }
      items { id name priceMinor durationMin }
    }
    regions { code name radiusKm center { lat lon } }
  }
`);

export const SuggestQuery = graphql(`
  query CustomerServiceSuggest($description: String!) {
    serviceTypeSuggest(description: $description, first: 3) { confidence serviceType { id name } }
  }
`);

export const BookingCreateMutation = graphql(`
  mutation CustomerBookingCreate($input: BookingCreateInput!) {
    bookingCreate(input: $input) {
      booking { id number status reviewProblems { field code message } }
      errors { field message code }
    }
  }
`);

export const BookingUpdateMutation = graphql(`
  mutation CustomerBookingUpdate($input: BookingUpdateInput!) {
    bookingUpdate(input: $input) {
      booking { id number status reviewProblems { field code message } }
      errors { field message code }
    }
  }
`);

export const MyBookingsQuery = graphql(`
  query CustomerBookings($status: [BookingStatus!], $after: String) {
    bookings(filter: { status: $status }, first: 20, after: $after) {
      edges { node { id number status serviceName scheduledStart scheduledEnd address priceMinor currency } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const BookingQuery = graphql(`
  query CustomerBooking($id: ID!) {
    booking(id: $id) {
      id number status urgency serviceName serviceTypeId description scheduledStart scheduledEnd
      address location { lat lon } region specialRequirements formData priceMinor currency
      cancelledAt cancelReason createdAt
      reviewProblems { field code message }
      history { kind fromStatus toStatus reason at }
      charges { id amountMinor currency status fault }
      payments { id number purpose amountMinor currency status qrCode payUrl expiresAt paidAt }
    }
  }
`);

export const BookingOrderQuery = graphql(`
  query CustomerBookingOrder {
    orders(first: 100) {
      edges { node { id bookingId status assigneeName arrivalDeadline arrival { outcome lateMinutes arrivedAt } history { fromStatus toStatus reason at } } }
    }
  }
`);

export const BookingTypeQuery = graphql(`
  query CustomerBookingType($id: ID!) {
    serviceType(id: $id) {
      id serviceHours { start end closedWeekdays weekdays { weekday start end } } defaultDurationMin
      cancellationPolicy { staffEnRouteFeeMinor rules { hoursBeforeGte feeMinor feePercent } }
    }
    paymentProviders { code name }
  }
`);

export const BookingCancelMutation = graphql(`
  mutation CustomerBookingCancel($id: ID!, $reason: String!) {
    bookingCancel(input: { id: $id, reason: $reason }) {
      booking { id status }
      charge { amountMinor currency }
      errors { field message code }
    }
  }
`);

export const BookingRescheduleMutation = graphql(`
  mutation CustomerBookingReschedule($id: ID!, $start: DateTime!) {
    bookingReschedule(input: { id: $id, scheduledStart: $start }) {
      booking { id status scheduledStart }
      charge { amountMinor currency }
      errors { field message code }
    }
  }
`);

export const PaymentCreateMutation = graphql(`
  mutation CustomerPaymentCreate($bookingId: ID!, $provider: String!, $purpose: PaymentPurpose!) {
    paymentCreate(input: { bookingId: $bookingId, provider: $provider, purpose: $purpose }) {
      payment { id number status amountMinor currency qrCode payUrl expiresAt }
      errors { field message code }
    }
  }
`);

export const ReviewSubmitMutation = graphql(`
  mutation CustomerReviewSubmit($input: ReviewSubmitInput!) {
    reviewSubmit(input: $input) {
      review { id attitude quality speed skill comment reply editableUntil }
      errors { field message code }
    }
  }
`);

export const ReviewUpdateMutation = graphql(`
  mutation CustomerReviewUpdate($input: ReviewUpdateInput!) {
    reviewUpdate(input: $input) {
      review { id attitude quality speed skill comment reply editableUntil }
      errors { field message code }
    }
  }
`);

export const OrderReviewQuery = graphql(`
  query CustomerOrderReview($orderId: ID!) {
    orderReview(orderId: $orderId) { id attitude quality speed skill comment reply repliedAt editableUntil }
  }
`);

// Asked only while the order is EN_ROUTE: the policy shows the customer the assignee's
// position then and refuses it otherwise. The arrival estimate (`etaAt`) is the server's,
// made from the maps hook whenever the position changes.
export const OrderPositionQuery = graphql(`
  query CustomerOrderPosition($id: ID!) {
    order(id: $id) { id status etaAt arrivalDeadline assigneePosition { location { lat lon } recordedAt } }
  }
`);

// The day's slots with the qualified staff free in each (the capacity model is the server's,
// docs/customer-app.md): the time picker greys out the full ones.
export const BookingSlotsQuery = graphql(`
  query CustomerBookingSlots($serviceTypeId: ID!, $region: String!, $day: Date!) {
    bookingSlots(serviceTypeId: $serviceTypeId, region: $region, day: $day) { start free full }
  }
`);
