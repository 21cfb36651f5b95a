/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ServerInfo { serverInfo { version database jobsMode timezone currency } }\n": typeof types.ServerInfoDocument,
    "\n  mutation BookingApprove($input: BookingApproveInput!) {\n    bookingApprove(input: $input) { booking { id status } errors { field message code } }\n  }\n": typeof types.BookingApproveDocument,
    "\n  mutation BookingReturn($input: BookingReturnInput!) {\n    bookingReturn(input: $input) { booking { id status } errors { field message code } }\n  }\n": typeof types.BookingReturnDocument,
    "\n  query BookingDetail($id: ID!) {\n    booking(id: $id) {\n      id number status channel urgency serviceName description scheduledStart scheduledEnd address region\n      priceMinor currency customerId createdAt confirmedAt cancelledAt cancelReason\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { amountMinor currency fault status }\n      payments { number purpose status amountMinor currency }\n    }\n  }\n": typeof types.BookingDetailDocument,
    "query BookingCustomer($id: ID!) { node(id: $id) { ... on User { name phone } } }": typeof types.BookingCustomerDocument,
    "\n  mutation BookingCancel($input: BookingCancelInput!) {\n    bookingCancel(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n": typeof types.BookingCancelDocument,
    "\n  mutation BookingReschedule($input: BookingRescheduleInput!) {\n    bookingReschedule(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n": typeof types.BookingRescheduleDocument,
    "\n  query BookingList($filter: BookingFilterInput, $after: String, $first: Int!) {\n    bookings(filter: $filter, first: $first, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BookingListDocument,
    "query BookingCatalog { serviceTypes(includeInactive: true) { id name } }": typeof types.BookingCatalogDocument,
    "\n  mutation BookingsExport($input: BookingsExportInput!) {\n    bookingsExport(input: $input) { export { id status rows url } errors { field message code } }\n  }\n": typeof types.BookingsExportDocument,
    "\n  query BookingExportStatus($id: ID!) { bookingExport(id: $id) { id status rows url } }\n": typeof types.BookingExportStatusDocument,
    "\n  query CatalogTypes { serviceTypes(includeInactive: true) { id code name active revision formSchema } }\n": typeof types.CatalogTypesDocument,
    "\n  mutation CatalogFormUpdate($input: ServiceTypeUpdateInput!) {\n    serviceTypeUpdate(input: $input) { serviceType { id revision formSchema } errors { field message code } }\n  }\n": typeof types.CatalogFormUpdateDocument,
    "\n  query Dashboards($period: ReportPeriod!, $from: Date!, $to: Date!) {\n    taskStats(period: $period, from: $from, to: $to) {\n      report { buckets { start total completed cancelled completionRate } byType { key count } byChannel { key count } }\n      errors { field message code }\n    }\n    satisfactionTrend(period: $period, from: $from, to: $to) {\n      report { start reviews overall satisfiedRate }\n      errors { field message code }\n    }\n    recurringComplaints(from: $from, to: $to) {\n      report {\n        repeatComplainers { customerId name serviceType complaints }\n        persistentSpots { serviceType region weeks complaints }\n        frequentTerms { key count }\n      }\n      errors { field message code }\n    }\n    qualityIssues(from: $from, to: $to) {\n      report { byDimension { key count } byServiceType { key count } }\n      errors { field message code }\n    }\n  }\n": typeof types.DashboardsDocument,
    "\n  query DashboardRanking($from: Date!, $to: Date!, $weights: StaffRankingWeightsInput) {\n    staffRanking(from: $from, to: $to, weights: $weights) {\n      report { staffId name completed score rank }\n      errors { field message code }\n    }\n  }\n": typeof types.DashboardRankingDocument,
    "\n  mutation DashboardWeights($input: StaffRankingWeightsInput!) {\n    staffRankingWeightsUpdate(input: $input) { weights { completed quality satisfaction response } errors { field message code } }\n  }\n": typeof types.DashboardWeightsDocument,
    "\n  query BoardQueue($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue createdAt } }\n    }\n  }\n": typeof types.BoardQueueDocument,
    "\n  query BoardOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue\n      description customerName customerPhone createdAt\n      history { kind fromStatus toStatus reason actorId at }\n      decision {\n        kind outcome chosenId createdAt\n        candidates { staffId eligible failedRequirement reason values { expression value } score terms { name weight graded contribution } }\n      }\n    }\n  }\n": typeof types.BoardOrderDocument,
    "\n  query BoardCounts {\n    waiting: orders(filter: { status: [OPEN, OFFERED, ESCALATED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    assigned: orders(filter: { status: [ASSIGNED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    active: orders(filter: { status: [EN_ROUTE, IN_PROGRESS] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n": typeof types.BoardCountsDocument,
    "query BoardCatalog { serviceTypes(includeInactive: true) { code name } }": typeof types.BoardCatalogDocument,
    "\n  query BoardStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BoardStaffDocument,
    "query BoardNames($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id name } } }": typeof types.BoardNamesDocument,
    "\n  mutation BoardAssign($input: OrderAssignInput!) {\n    orderAssign(input: $input) {\n      order { id status assigneeId }\n      brokenRequirements { name reason values }\n      errors { field message code }\n    }\n  }\n": typeof types.BoardAssignDocument,
    "\n  query AdminFailedOutboxJobs {\n    failedOutboxJobs(limit: 200) { id task status attempts lastError createdAt failedAt }\n  }\n": typeof types.AdminFailedOutboxJobsDocument,
    "\n  mutation AdminOutboxJobRetry($id: ID!) {\n    outboxJobRetry(input: { id: $id }) {\n      job { id status attempts }\n      errors { field message code }\n    }\n  }\n": typeof types.AdminOutboxJobRetryDocument,
    "\n  query MapOrders($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd createdAt assigneeName location { lat lon } } }\n    }\n  }\n": typeof types.MapOrdersDocument,
    "\n  query MapStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region onShift position { location { lat lon } recordedAt } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MapStaffDocument,
    "\n  query PermissionGrid {\n    roles { name inherits builtin }\n    policyRules { subject object action shipped }\n    auditLog(first: 20) { id at action target actorName }\n  }\n": typeof types.PermissionGridDocument,
    "\n  mutation PermissionAdd($input: PolicyRuleInput!) {\n    policyRuleAdd(input: $input) { rule { subject object action shipped } errors { field message code } }\n  }\n": typeof types.PermissionAddDocument,
    "\n  mutation PermissionRemove($input: PolicyRuleInput!) {\n    policyRuleRemove(input: $input) { errors { field message code } }\n  }\n": typeof types.PermissionRemoveDocument,
    "\n  query PhoneCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone email } } }\n  }\n": typeof types.PhoneCustomersDocument,
    "query PhoneServiceTypes { serviceTypes { id code name formSchema } }": typeof types.PhoneServiceTypesDocument,
    "\n  mutation PhoneBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) { booking { id number status } errors { field message code } }\n  }\n": typeof types.PhoneBookingCreateDocument,
    "\n  query Policies {\n    policies(first: 100) { edges { node { id name activeVersion shadowVersion latestVersion updatedAt } } }\n  }\n": typeof types.PoliciesDocument,
    "\n  query AdminUsers($role: String, $search: String) {\n    users(filter: { role: $role, search: $search }, first: 50) {\n      edges {\n        node {\n          id name phone email status roles\n          staffProfile {\n            region level yearsExperience team supervisorId maxActiveOrders homeLocation { lat lon }\n            skills { skill level certified }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } errors { field message code } }\n  }\n": typeof types.AdminUserUpdateDocument,
    "\n  mutation AdminUserDisable($input: UserDisableInput!) {\n    userDisable(input: $input) { user { id status } errors { field message code } }\n  }\n": typeof types.AdminUserDisableDocument,
    "\n  mutation AdminRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { errors { field message code } } }\n": typeof types.AdminRoleAssignDocument,
    "\n  mutation AdminRoleRevoke($input: RoleRevokeInput!) { roleRevoke(input: $input) { errors { field message code } } }\n": typeof types.AdminRoleRevokeDocument,
    "\n  mutation DashboardExport($input: ReportExportInput!) {\n    reportExport(input: $input) { url filename errors { field message code } }\n  }\n": typeof types.DashboardExportDocument,
    "\n  query ProfileCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone } } }\n  }\n": typeof types.ProfileCustomersDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      report {\n        bookings firstBookingAt lastBookingAt bookingsPerMonth preferredWeekday preferredHour\n        preferredServiceTypes spendMinor recommendedServiceTypes\n      }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerProfileDocument,
    "\n  query RuleEditorLoad {\n    ruleSchema {\n      fields { path type optional doc }\n      methods { path parameter type optional doc }\n      functions { name returns doc params { name type } }\n      units { name kind }\n    }\n  }\n": typeof types.RuleEditorLoadDocument,
    "\n  query RulePolicy { policies(first: 100) { edges { node { id name activeVersion latestVersion shadowVersion } } } }\n": typeof types.RulePolicyDocument,
    "\n  query RuleLatest($id: ID!) { policyVersions(policyId: $id, first: 1) { edges { node { version source status } } } }\n": typeof types.RuleLatestDocument,
    "\n  mutation RuleValidate($source: String!) {\n    policyValidate(input: { source: $source }) {\n      valid\n      diagnostics { line column endLine endColumn severity code message hint }\n      errors { field message code }\n    }\n  }\n": typeof types.RuleValidateDocument,
    "\n  mutation RuleSave($input: PolicySaveInput!) {\n    policySave(input: $input) {\n      created\n      version { id version status }\n      diagnostics { line column endLine endColumn severity code message hint }\n      examples { policy name line passed message }\n      errors { field message code line column endLine endColumn severity hint diagnosticCode }\n    }\n  }\n": typeof types.RuleSaveDocument,
    "\n  mutation RuleSimulate($input: PolicySimulateInput!) {\n    policySimulate(input: $input) {\n      errors { field message code line column }\n      simulation {\n        changed truncated skippedOrderIds\n        simulated { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        actual { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        orders {\n          orderNumber chosenStaffName actualStaffName changed fallbackSteps escalatedTo mode\n          chosenDistanceKm actualDistanceKm candidates eligible error\n        }\n      }\n    }\n  }\n": typeof types.RuleSimulateDocument,
    "\n  query RuleVersions($id: ID!) {\n    policyVersions(policyId: $id, first: 100) { edges { node { version status note source createdAt publishedAt } } }\n  }\n": typeof types.RuleVersionsDocument,
    "\n  mutation RulePublish($input: PolicyPublishInput!) {\n    policyPublish(input: $input) { policy { activeVersion } version { version status } errors { field message code } }\n  }\n": typeof types.RulePublishDocument,
    "\n  query RuleDiff($id: ID!, $from: Int!, $to: Int!) {\n    policyDiff(policyId: $id, fromVersion: $from, toVersion: $to) {\n      unified comparable\n      changes {\n        policy change clauses\n        requirements { added removed changed }\n        preferences { added removed changed }\n      }\n    }\n  }\n": typeof types.RuleDiffDocument,
    "\n  query TeamHelpRequests($status: [HelpStatus!]) {\n    helpRequests(filter: { status: $status }, first: 100) {\n      edges {\n        node {\n          id orderId orderNumber requesterName message status resolution takenOverBy createdAt\n          participants { staffId role answeredAt }\n        }\n      }\n    }\n  }\n": typeof types.TeamHelpRequestsDocument,
    "\n  mutation TeamHelpJoin($input: HelpRequestIdInput!) {\n    helpRequestJoin(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n": typeof types.TeamHelpJoinDocument,
    "\n  mutation TeamHelpTakeOver($input: HelpRequestIdInput!) {\n    helpRequestTakeOver(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n": typeof types.TeamHelpTakeOverDocument,
    "\n  mutation TeamHelpClose($input: HelpRequestCloseInput!) {\n    helpRequestClose(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n": typeof types.TeamHelpCloseDocument,
    "\n  query TeamPerformance($from: Date!, $to: Date!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId name completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    taskStats(period: DAY, from: $from, to: $to) {\n      report { buckets { total completed cancelled } }\n      errors { field message code }\n    }\n  }\n": typeof types.TeamPerformanceDocument,
    "\n  query AdminPasswordPolicy {\n    passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n  }\n": typeof types.AdminPasswordPolicyDocument,
    "\n  mutation AdminPasswordPolicyUpdate($input: PasswordPolicyUpdateInput!) {\n    passwordPolicyUpdate(input: $input) {\n      passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n      errors { field message code }\n    }\n  }\n": typeof types.AdminPasswordPolicyUpdateDocument,
    "\n  query CustomerMe { me { id name phone email roles createdAt } }\n": typeof types.CustomerMeDocument,
    "\n  mutation CustomerMeUpdate($input: MeUpdateInput!) {\n    meUpdate(input: $input) { user { id name phone email roles createdAt } errors { field code message } }\n  }\n": typeof types.CustomerMeUpdateDocument,
    "\n  query CustomerSavedAddresses { savedAddresses { id label address location { lat lon } } }\n": typeof types.CustomerSavedAddressesDocument,
    "\n  query CustomerAddressRegions { regions { code name center { lat lon } } }\n": typeof types.CustomerAddressRegionsDocument,
    "\n  mutation CustomerAddressCreate($input: AddressCreateInput!) {\n    addressCreate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n": typeof types.CustomerAddressCreateDocument,
    "\n  mutation CustomerAddressUpdate($input: AddressUpdateInput!) {\n    addressUpdate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n": typeof types.CustomerAddressUpdateDocument,
    "\n  mutation CustomerAddressDelete($input: AddressDeleteInput!) {\n    addressDelete(input: $input) { address { id } errors { field message code } }\n  }\n": typeof types.CustomerAddressDeleteDocument,
    "\n  mutation CustomerCodeSend($target: String!, $purpose: CodePurpose!) {\n    verificationCodeSend(input: { channel: SMS, target: $target, purpose: $purpose }) {\n      target expiresInSeconds errors { field message code }\n    }\n  }\n": typeof types.CustomerCodeSendDocument,
    "\n  mutation CustomerRegister($phone: String!, $code: String!, $name: String!, $password: String!) {\n    userRegister(input: { phone: $phone, code: $code, name: $name, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n": typeof types.CustomerRegisterDocument,
    "\n  mutation CustomerCodeSignIn($target: String!, $code: String!) {\n    tokenCreateWithCode(input: { target: $target, code: $code }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n": typeof types.CustomerCodeSignInDocument,
    "\n  mutation CustomerPasswordSignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n": typeof types.CustomerPasswordSignInDocument,
    "\n  mutation CustomerPasswordReset($target: String!, $code: String!, $newPassword: String!) {\n    passwordReset(input: { target: $target, code: $code, newPassword: $newPassword }) {\n      success errors { field message code }\n    }\n  }\n": typeof types.CustomerPasswordResetDocument,
    "\n  query CustomerServiceTypes {\n    serviceTypes {\n      id code name priceMinor currency formSchema urgencyOptions defaultDurationMin\n      specialOptions { code zh en }\n      serviceHours { start end closedWeekdays weekdays { weekday start end } }\n      items { id name priceMinor durationMin }\n    }\n    regions { code name radiusKm center { lat lon } }\n  }\n": typeof types.CustomerServiceTypesDocument,
    "\n  query CustomerServiceSuggest($description: String!) {\n    serviceTypeSuggest(description: $description, first: 3) { confidence serviceType { id name } }\n  }\n": typeof types.CustomerServiceSuggestDocument,
    "\n  mutation CustomerBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerBookingCreateDocument,
    "\n  mutation CustomerBookingUpdate($input: BookingUpdateInput!) {\n    bookingUpdate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerBookingUpdateDocument,
    "\n  query CustomerBookings($status: [BookingStatus!], $after: String) {\n    bookings(filter: { status: $status }, first: 20, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address priceMinor currency } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomerBookingsDocument,
    "\n  query CustomerBooking($id: ID!) {\n    booking(id: $id) {\n      id number status urgency serviceName serviceTypeId description scheduledStart scheduledEnd\n      address location { lat lon } region specialRequirements formData priceMinor currency\n      cancelledAt cancelReason createdAt\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { id amountMinor currency status fault }\n      payments { id number purpose amountMinor currency status qrCode payUrl expiresAt paidAt }\n    }\n  }\n": typeof types.CustomerBookingDocument,
    "\n  query CustomerBookingOrder {\n    orders(first: 100) {\n      edges { node { id bookingId status assigneeName arrivalDeadline arrival { outcome lateMinutes arrivedAt } history { fromStatus toStatus reason at } } }\n    }\n  }\n": typeof types.CustomerBookingOrderDocument,
    "\n  query CustomerBookingType($id: ID!) {\n    serviceType(id: $id) {\n      id serviceHours { start end closedWeekdays weekdays { weekday start end } } defaultDurationMin\n      cancellationPolicy { staffEnRouteFeeMinor rules { hoursBeforeGte feeMinor feePercent } }\n    }\n    paymentProviders { code name }\n  }\n": typeof types.CustomerBookingTypeDocument,
    "\n  mutation CustomerBookingCancel($id: ID!, $reason: String!) {\n    bookingCancel(input: { id: $id, reason: $reason }) {\n      booking { id status }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerBookingCancelDocument,
    "\n  mutation CustomerBookingReschedule($id: ID!, $start: DateTime!) {\n    bookingReschedule(input: { id: $id, scheduledStart: $start }) {\n      booking { id status scheduledStart }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerBookingRescheduleDocument,
    "\n  mutation CustomerPaymentCreate($bookingId: ID!, $provider: String!, $purpose: PaymentPurpose!) {\n    paymentCreate(input: { bookingId: $bookingId, provider: $provider, purpose: $purpose }) {\n      payment { id number status amountMinor currency qrCode payUrl expiresAt }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerPaymentCreateDocument,
    "\n  mutation CustomerReviewSubmit($input: ReviewSubmitInput!) {\n    reviewSubmit(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerReviewSubmitDocument,
    "\n  mutation CustomerReviewUpdate($input: ReviewUpdateInput!) {\n    reviewUpdate(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n": typeof types.CustomerReviewUpdateDocument,
    "\n  query CustomerOrderReview($orderId: ID!) {\n    orderReview(orderId: $orderId) { id attitude quality speed skill comment reply repliedAt editableUntil }\n  }\n": typeof types.CustomerOrderReviewDocument,
    "\n  query CustomerOrderPosition($id: ID!) {\n    order(id: $id) { id status etaAt arrivalDeadline assigneePosition { location { lat lon } recordedAt } }\n  }\n": typeof types.CustomerOrderPositionDocument,
    "\n  query CustomerBookingSlots($serviceTypeId: ID!, $region: String!, $day: Date!) {\n    bookingSlots(serviceTypeId: $serviceTypeId, region: $region, day: $day) { start free full }\n  }\n": typeof types.CustomerBookingSlotsDocument,
    "\n  query CustomerExternalProviders { externalLoginProviders { key name } }\n": typeof types.CustomerExternalProvidersDocument,
    "\n  query CustomerExternalLoginUrl($provider: String!, $redirectUri: String) {\n    externalLoginUrl(provider: $provider, redirectUri: $redirectUri) { url state errors { field message code } }\n  }\n": typeof types.CustomerExternalLoginUrlDocument,
    "\n  query CustomerInbox($after: String) {\n    notifications(first: 20, after: $after) {\n      edges { node { id subject body createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomerInboxDocument,
    "\n  mutation CustomerInboxRead($ids: [ID!]!) {\n    notificationMarkRead(input: { ids: $ids }) { marked }\n  }\n": typeof types.CustomerInboxReadDocument,
    "\n  query StaffMe { me { id name roles staffProfile { region onShift homeLocation { lat lon } } } }\n": typeof types.StaffMeDocument,
    "\n  query StaffOrders($filter: OrderFilterInput, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      edges { node { id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd } }\n    }\n  }\n": typeof types.StaffOrdersDocument,
    "\n  query StaffOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd\n      assigneeId customerName customerPhone address description navigationUrl completionChecklist\n      history { fromStatus toStatus reason at }\n    }\n  }\n": typeof types.StaffOrderDocument,
    "\n  subscription StaffOffers { orderOffers { kind orderId offerId deadline serviceType urgency scheduledStart } }\n": typeof types.StaffOffersDocument,
    "\n  mutation StaffOrderGrab($id: ID!) { orderGrab(input: { id: $id }) { order { id status } errors { field message code } } }\n": typeof types.StaffOrderGrabDocument,
    "\n  mutation StaffOrderAccept($id: ID!) { orderAccept(input: { id: $id }) { order { id status } errors { field message code } } }\n": typeof types.StaffOrderAcceptDocument,
    "\n  mutation StaffOrderReject($id: ID!, $reason: String!) {\n    orderReject(input: { id: $id, reason: $reason }) { order { id status } errors { field message code } }\n  }\n": typeof types.StaffOrderRejectDocument,
    "\n  mutation StaffOrderStatus($input: OrderStatusUpdateInput!) {\n    orderStatusUpdate(input: $input) { order { id status } errors { field message code } }\n  }\n": typeof types.StaffOrderStatusDocument,
    "\n  mutation StaffOrderHelp($id: ID!, $message: String!, $key: String) {\n    orderHelpRequest(input: { id: $id, message: $message, idempotencyKey: $key }) { helpRequestId errors { field message code } }\n  }\n": typeof types.StaffOrderHelpDocument,
    "\n  query StaffServiceNames { serviceTypes { code nameZh nameEn } }\n": typeof types.StaffServiceNamesDocument,
    "\n  query StaffHelpRequests {\n    helpRequests(filter: { status: [OPEN] }, first: 50) {\n      edges { node { id orderId orderNumber requesterId requesterName message status createdAt participants { staffId role } } }\n    }\n  }\n": typeof types.StaffHelpRequestsDocument,
    "\n  mutation StaffHelpJoin($id: ID!) { helpRequestJoin(input: { id: $id }) { order { id } errors { field message code } } }\n": typeof types.StaffHelpJoinDocument,
    "\n  mutation StaffShiftStart { staffShiftStart { staffProfile { onShift } errors { field message code } } }\n": typeof types.StaffShiftStartDocument,
    "\n  mutation StaffShiftEnd { staffShiftEnd { staffProfile { onShift } errors { field message code } } }\n": typeof types.StaffShiftEndDocument,
    "\n  mutation StaffPositionReport($input: StaffPositionReportInput!) {\n    staffPositionReport(input: $input) { position { recordedAt } errors { field message code } }\n  }\n": typeof types.StaffPositionReportDocument,
    "\n  query StaffPerformance($from: Date!, $to: Date!, $staffId: ID!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    staffReviews(staffId: $staffId, first: 100) { attitude quality speed skill createdAt }\n  }\n": typeof types.StaffPerformanceDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken\n      refreshToken\n      errors { field message code }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Refresh($token: String!) {\n    tokenRefresh(input: { refreshToken: $token }) { accessToken refreshToken errors { code } }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation SignOut($token: String!) {\n    tokenRevoke(input: { refreshToken: $token }) { errors { code } }\n  }\n": typeof types.SignOutDocument,
    "\n  query Me { me { id name roles } }\n": typeof types.MeDocument,
    "\n  subscription OrderEvents($orderId: ID) {\n    orderEvents(orderId: $orderId) { kind orderId status fromStatus reason }\n  }\n": typeof types.OrderEventsDocument,
};
const documents: Documents = {
    "\n  query ServerInfo { serverInfo { version database jobsMode timezone currency } }\n": types.ServerInfoDocument,
    "\n  mutation BookingApprove($input: BookingApproveInput!) {\n    bookingApprove(input: $input) { booking { id status } errors { field message code } }\n  }\n": types.BookingApproveDocument,
    "\n  mutation BookingReturn($input: BookingReturnInput!) {\n    bookingReturn(input: $input) { booking { id status } errors { field message code } }\n  }\n": types.BookingReturnDocument,
    "\n  query BookingDetail($id: ID!) {\n    booking(id: $id) {\n      id number status channel urgency serviceName description scheduledStart scheduledEnd address region\n      priceMinor currency customerId createdAt confirmedAt cancelledAt cancelReason\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { amountMinor currency fault status }\n      payments { number purpose status amountMinor currency }\n    }\n  }\n": types.BookingDetailDocument,
    "query BookingCustomer($id: ID!) { node(id: $id) { ... on User { name phone } } }": types.BookingCustomerDocument,
    "\n  mutation BookingCancel($input: BookingCancelInput!) {\n    bookingCancel(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n": types.BookingCancelDocument,
    "\n  mutation BookingReschedule($input: BookingRescheduleInput!) {\n    bookingReschedule(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n": types.BookingRescheduleDocument,
    "\n  query BookingList($filter: BookingFilterInput, $after: String, $first: Int!) {\n    bookings(filter: $filter, first: $first, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BookingListDocument,
    "query BookingCatalog { serviceTypes(includeInactive: true) { id name } }": types.BookingCatalogDocument,
    "\n  mutation BookingsExport($input: BookingsExportInput!) {\n    bookingsExport(input: $input) { export { id status rows url } errors { field message code } }\n  }\n": types.BookingsExportDocument,
    "\n  query BookingExportStatus($id: ID!) { bookingExport(id: $id) { id status rows url } }\n": types.BookingExportStatusDocument,
    "\n  query CatalogTypes { serviceTypes(includeInactive: true) { id code name active revision formSchema } }\n": types.CatalogTypesDocument,
    "\n  mutation CatalogFormUpdate($input: ServiceTypeUpdateInput!) {\n    serviceTypeUpdate(input: $input) { serviceType { id revision formSchema } errors { field message code } }\n  }\n": types.CatalogFormUpdateDocument,
    "\n  query Dashboards($period: ReportPeriod!, $from: Date!, $to: Date!) {\n    taskStats(period: $period, from: $from, to: $to) {\n      report { buckets { start total completed cancelled completionRate } byType { key count } byChannel { key count } }\n      errors { field message code }\n    }\n    satisfactionTrend(period: $period, from: $from, to: $to) {\n      report { start reviews overall satisfiedRate }\n      errors { field message code }\n    }\n    recurringComplaints(from: $from, to: $to) {\n      report {\n        repeatComplainers { customerId name serviceType complaints }\n        persistentSpots { serviceType region weeks complaints }\n        frequentTerms { key count }\n      }\n      errors { field message code }\n    }\n    qualityIssues(from: $from, to: $to) {\n      report { byDimension { key count } byServiceType { key count } }\n      errors { field message code }\n    }\n  }\n": types.DashboardsDocument,
    "\n  query DashboardRanking($from: Date!, $to: Date!, $weights: StaffRankingWeightsInput) {\n    staffRanking(from: $from, to: $to, weights: $weights) {\n      report { staffId name completed score rank }\n      errors { field message code }\n    }\n  }\n": types.DashboardRankingDocument,
    "\n  mutation DashboardWeights($input: StaffRankingWeightsInput!) {\n    staffRankingWeightsUpdate(input: $input) { weights { completed quality satisfaction response } errors { field message code } }\n  }\n": types.DashboardWeightsDocument,
    "\n  query BoardQueue($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue createdAt } }\n    }\n  }\n": types.BoardQueueDocument,
    "\n  query BoardOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue\n      description customerName customerPhone createdAt\n      history { kind fromStatus toStatus reason actorId at }\n      decision {\n        kind outcome chosenId createdAt\n        candidates { staffId eligible failedRequirement reason values { expression value } score terms { name weight graded contribution } }\n      }\n    }\n  }\n": types.BoardOrderDocument,
    "\n  query BoardCounts {\n    waiting: orders(filter: { status: [OPEN, OFFERED, ESCALATED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    assigned: orders(filter: { status: [ASSIGNED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    active: orders(filter: { status: [EN_ROUTE, IN_PROGRESS] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n": types.BoardCountsDocument,
    "query BoardCatalog { serviceTypes(includeInactive: true) { code name } }": types.BoardCatalogDocument,
    "\n  query BoardStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BoardStaffDocument,
    "query BoardNames($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id name } } }": types.BoardNamesDocument,
    "\n  mutation BoardAssign($input: OrderAssignInput!) {\n    orderAssign(input: $input) {\n      order { id status assigneeId }\n      brokenRequirements { name reason values }\n      errors { field message code }\n    }\n  }\n": types.BoardAssignDocument,
    "\n  query AdminFailedOutboxJobs {\n    failedOutboxJobs(limit: 200) { id task status attempts lastError createdAt failedAt }\n  }\n": types.AdminFailedOutboxJobsDocument,
    "\n  mutation AdminOutboxJobRetry($id: ID!) {\n    outboxJobRetry(input: { id: $id }) {\n      job { id status attempts }\n      errors { field message code }\n    }\n  }\n": types.AdminOutboxJobRetryDocument,
    "\n  query MapOrders($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd createdAt assigneeName location { lat lon } } }\n    }\n  }\n": types.MapOrdersDocument,
    "\n  query MapStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region onShift position { location { lat lon } recordedAt } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MapStaffDocument,
    "\n  query PermissionGrid {\n    roles { name inherits builtin }\n    policyRules { subject object action shipped }\n    auditLog(first: 20) { id at action target actorName }\n  }\n": types.PermissionGridDocument,
    "\n  mutation PermissionAdd($input: PolicyRuleInput!) {\n    policyRuleAdd(input: $input) { rule { subject object action shipped } errors { field message code } }\n  }\n": types.PermissionAddDocument,
    "\n  mutation PermissionRemove($input: PolicyRuleInput!) {\n    policyRuleRemove(input: $input) { errors { field message code } }\n  }\n": types.PermissionRemoveDocument,
    "\n  query PhoneCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone email } } }\n  }\n": types.PhoneCustomersDocument,
    "query PhoneServiceTypes { serviceTypes { id code name formSchema } }": types.PhoneServiceTypesDocument,
    "\n  mutation PhoneBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) { booking { id number status } errors { field message code } }\n  }\n": types.PhoneBookingCreateDocument,
    "\n  query Policies {\n    policies(first: 100) { edges { node { id name activeVersion shadowVersion latestVersion updatedAt } } }\n  }\n": types.PoliciesDocument,
    "\n  query AdminUsers($role: String, $search: String) {\n    users(filter: { role: $role, search: $search }, first: 50) {\n      edges {\n        node {\n          id name phone email status roles\n          staffProfile {\n            region level yearsExperience team supervisorId maxActiveOrders homeLocation { lat lon }\n            skills { skill level certified }\n          }\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } errors { field message code } }\n  }\n": types.AdminUserUpdateDocument,
    "\n  mutation AdminUserDisable($input: UserDisableInput!) {\n    userDisable(input: $input) { user { id status } errors { field message code } }\n  }\n": types.AdminUserDisableDocument,
    "\n  mutation AdminRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { errors { field message code } } }\n": types.AdminRoleAssignDocument,
    "\n  mutation AdminRoleRevoke($input: RoleRevokeInput!) { roleRevoke(input: $input) { errors { field message code } } }\n": types.AdminRoleRevokeDocument,
    "\n  mutation DashboardExport($input: ReportExportInput!) {\n    reportExport(input: $input) { url filename errors { field message code } }\n  }\n": types.DashboardExportDocument,
    "\n  query ProfileCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone } } }\n  }\n": types.ProfileCustomersDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      report {\n        bookings firstBookingAt lastBookingAt bookingsPerMonth preferredWeekday preferredHour\n        preferredServiceTypes spendMinor recommendedServiceTypes\n      }\n      errors { field message code }\n    }\n  }\n": types.CustomerProfileDocument,
    "\n  query RuleEditorLoad {\n    ruleSchema {\n      fields { path type optional doc }\n      methods { path parameter type optional doc }\n      functions { name returns doc params { name type } }\n      units { name kind }\n    }\n  }\n": types.RuleEditorLoadDocument,
    "\n  query RulePolicy { policies(first: 100) { edges { node { id name activeVersion latestVersion shadowVersion } } } }\n": types.RulePolicyDocument,
    "\n  query RuleLatest($id: ID!) { policyVersions(policyId: $id, first: 1) { edges { node { version source status } } } }\n": types.RuleLatestDocument,
    "\n  mutation RuleValidate($source: String!) {\n    policyValidate(input: { source: $source }) {\n      valid\n      diagnostics { line column endLine endColumn severity code message hint }\n      errors { field message code }\n    }\n  }\n": types.RuleValidateDocument,
    "\n  mutation RuleSave($input: PolicySaveInput!) {\n    policySave(input: $input) {\n      created\n      version { id version status }\n      diagnostics { line column endLine endColumn severity code message hint }\n      examples { policy name line passed message }\n      errors { field message code line column endLine endColumn severity hint diagnosticCode }\n    }\n  }\n": types.RuleSaveDocument,
    "\n  mutation RuleSimulate($input: PolicySimulateInput!) {\n    policySimulate(input: $input) {\n      errors { field message code line column }\n      simulation {\n        changed truncated skippedOrderIds\n        simulated { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        actual { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        orders {\n          orderNumber chosenStaffName actualStaffName changed fallbackSteps escalatedTo mode\n          chosenDistanceKm actualDistanceKm candidates eligible error\n        }\n      }\n    }\n  }\n": types.RuleSimulateDocument,
    "\n  query RuleVersions($id: ID!) {\n    policyVersions(policyId: $id, first: 100) { edges { node { version status note source createdAt publishedAt } } }\n  }\n": types.RuleVersionsDocument,
    "\n  mutation RulePublish($input: PolicyPublishInput!) {\n    policyPublish(input: $input) { policy { activeVersion } version { version status } errors { field message code } }\n  }\n": types.RulePublishDocument,
    "\n  query RuleDiff($id: ID!, $from: Int!, $to: Int!) {\n    policyDiff(policyId: $id, fromVersion: $from, toVersion: $to) {\n      unified comparable\n      changes {\n        policy change clauses\n        requirements { added removed changed }\n        preferences { added removed changed }\n      }\n    }\n  }\n": types.RuleDiffDocument,
    "\n  query TeamHelpRequests($status: [HelpStatus!]) {\n    helpRequests(filter: { status: $status }, first: 100) {\n      edges {\n        node {\n          id orderId orderNumber requesterName message status resolution takenOverBy createdAt\n          participants { staffId role answeredAt }\n        }\n      }\n    }\n  }\n": types.TeamHelpRequestsDocument,
    "\n  mutation TeamHelpJoin($input: HelpRequestIdInput!) {\n    helpRequestJoin(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n": types.TeamHelpJoinDocument,
    "\n  mutation TeamHelpTakeOver($input: HelpRequestIdInput!) {\n    helpRequestTakeOver(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n": types.TeamHelpTakeOverDocument,
    "\n  mutation TeamHelpClose($input: HelpRequestCloseInput!) {\n    helpRequestClose(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n": types.TeamHelpCloseDocument,
    "\n  query TeamPerformance($from: Date!, $to: Date!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId name completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    taskStats(period: DAY, from: $from, to: $to) {\n      report { buckets { total completed cancelled } }\n      errors { field message code }\n    }\n  }\n": types.TeamPerformanceDocument,
    "\n  query AdminPasswordPolicy {\n    passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n  }\n": types.AdminPasswordPolicyDocument,
    "\n  mutation AdminPasswordPolicyUpdate($input: PasswordPolicyUpdateInput!) {\n    passwordPolicyUpdate(input: $input) {\n      passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n      errors { field message code }\n    }\n  }\n": types.AdminPasswordPolicyUpdateDocument,
    "\n  query CustomerMe { me { id name phone email roles createdAt } }\n": types.CustomerMeDocument,
    "\n  mutation CustomerMeUpdate($input: MeUpdateInput!) {\n    meUpdate(input: $input) { user { id name phone email roles createdAt } errors { field code message } }\n  }\n": types.CustomerMeUpdateDocument,
    "\n  query CustomerSavedAddresses { savedAddresses { id label address location { lat lon } } }\n": types.CustomerSavedAddressesDocument,
    "\n  query CustomerAddressRegions { regions { code name center { lat lon } } }\n": types.CustomerAddressRegionsDocument,
    "\n  mutation CustomerAddressCreate($input: AddressCreateInput!) {\n    addressCreate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n": types.CustomerAddressCreateDocument,
    "\n  mutation CustomerAddressUpdate($input: AddressUpdateInput!) {\n    addressUpdate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n": types.CustomerAddressUpdateDocument,
    "\n  mutation CustomerAddressDelete($input: AddressDeleteInput!) {\n    addressDelete(input: $input) { address { id } errors { field message code } }\n  }\n": types.CustomerAddressDeleteDocument,
    "\n  mutation CustomerCodeSend($target: String!, $purpose: CodePurpose!) {\n    verificationCodeSend(input: { channel: SMS, target: $target, purpose: $purpose }) {\n      target expiresInSeconds errors { field message code }\n    }\n  }\n": types.CustomerCodeSendDocument,
    "\n  mutation CustomerRegister($phone: String!, $code: String!, $name: String!, $password: String!) {\n    userRegister(input: { phone: $phone, code: $code, name: $name, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n": types.CustomerRegisterDocument,
    "\n  mutation CustomerCodeSignIn($target: String!, $code: String!) {\n    tokenCreateWithCode(input: { target: $target, code: $code }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n": types.CustomerCodeSignInDocument,
    "\n  mutation CustomerPasswordSignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n": types.CustomerPasswordSignInDocument,
    "\n  mutation CustomerPasswordReset($target: String!, $code: String!, $newPassword: String!) {\n    passwordReset(input: { target: $target, code: $code, newPassword: $newPassword }) {\n      success errors { field message code }\n    }\n  }\n": types.CustomerPasswordResetDocument,
    "\n  query CustomerServiceTypes {\n    serviceTypes {\n      id code name priceMinor currency formSchema urgencyOptions defaultDurationMin\n      specialOptions { code zh en }\n      serviceHours { start end closedWeekdays weekdays { weekday start end } }\n      items { id name priceMinor durationMin }\n    }\n    regions { code name radiusKm center { lat lon } }\n  }\n": types.CustomerServiceTypesDocument,
    "\n  query CustomerServiceSuggest($description: String!) {\n    serviceTypeSuggest(description: $description, first: 3) { confidence serviceType { id name } }\n  }\n": types.CustomerServiceSuggestDocument,
    "\n  mutation CustomerBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n": types.CustomerBookingCreateDocument,
    "\n  mutation CustomerBookingUpdate($input: BookingUpdateInput!) {\n    bookingUpdate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n": types.CustomerBookingUpdateDocument,
    "\n  query CustomerBookings($status: [BookingStatus!], $after: String) {\n    bookings(filter: { status: $status }, first: 20, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address priceMinor currency } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomerBookingsDocument,
    "\n  query CustomerBooking($id: ID!) {\n    booking(id: $id) {\n      id number status urgency serviceName serviceTypeId description scheduledStart scheduledEnd\n      address location { lat lon } region specialRequirements formData priceMinor currency\n      cancelledAt cancelReason createdAt\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { id amountMinor currency status fault }\n      payments { id number purpose amountMinor currency status qrCode payUrl expiresAt paidAt }\n    }\n  }\n": types.CustomerBookingDocument,
    "\n  query CustomerBookingOrder {\n    orders(first: 100) {\n      edges { node { id bookingId status assigneeName arrivalDeadline arrival { outcome lateMinutes arrivedAt } history { fromStatus toStatus reason at } } }\n    }\n  }\n": types.CustomerBookingOrderDocument,
    "\n  query CustomerBookingType($id: ID!) {\n    serviceType(id: $id) {\n      id serviceHours { start end closedWeekdays weekdays { weekday start end } } defaultDurationMin\n      cancellationPolicy { staffEnRouteFeeMinor rules { hoursBeforeGte feeMinor feePercent } }\n    }\n    paymentProviders { code name }\n  }\n": types.CustomerBookingTypeDocument,
    "\n  mutation CustomerBookingCancel($id: ID!, $reason: String!) {\n    bookingCancel(input: { id: $id, reason: $reason }) {\n      booking { id status }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n": types.CustomerBookingCancelDocument,
    "\n  mutation CustomerBookingReschedule($id: ID!, $start: DateTime!) {\n    bookingReschedule(input: { id: $id, scheduledStart: $start }) {\n      booking { id status scheduledStart }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n": types.CustomerBookingRescheduleDocument,
    "\n  mutation CustomerPaymentCreate($bookingId: ID!, $provider: String!, $purpose: PaymentPurpose!) {\n    paymentCreate(input: { bookingId: $bookingId, provider: $provider, purpose: $purpose }) {\n      payment { id number status amountMinor currency qrCode payUrl expiresAt }\n      errors { field message code }\n    }\n  }\n": types.CustomerPaymentCreateDocument,
    "\n  mutation CustomerReviewSubmit($input: ReviewSubmitInput!) {\n    reviewSubmit(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n": types.CustomerReviewSubmitDocument,
    "\n  mutation CustomerReviewUpdate($input: ReviewUpdateInput!) {\n    reviewUpdate(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n": types.CustomerReviewUpdateDocument,
    "\n  query CustomerOrderReview($orderId: ID!) {\n    orderReview(orderId: $orderId) { id attitude quality speed skill comment reply repliedAt editableUntil }\n  }\n": types.CustomerOrderReviewDocument,
    "\n  query CustomerOrderPosition($id: ID!) {\n    order(id: $id) { id status etaAt arrivalDeadline assigneePosition { location { lat lon } recordedAt } }\n  }\n": types.CustomerOrderPositionDocument,
    "\n  query CustomerBookingSlots($serviceTypeId: ID!, $region: String!, $day: Date!) {\n    bookingSlots(serviceTypeId: $serviceTypeId, region: $region, day: $day) { start free full }\n  }\n": types.CustomerBookingSlotsDocument,
    "\n  query CustomerExternalProviders { externalLoginProviders { key name } }\n": types.CustomerExternalProvidersDocument,
    "\n  query CustomerExternalLoginUrl($provider: String!, $redirectUri: String) {\n    externalLoginUrl(provider: $provider, redirectUri: $redirectUri) { url state errors { field message code } }\n  }\n": types.CustomerExternalLoginUrlDocument,
    "\n  query CustomerInbox($after: String) {\n    notifications(first: 20, after: $after) {\n      edges { node { id subject body createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomerInboxDocument,
    "\n  mutation CustomerInboxRead($ids: [ID!]!) {\n    notificationMarkRead(input: { ids: $ids }) { marked }\n  }\n": types.CustomerInboxReadDocument,
    "\n  query StaffMe { me { id name roles staffProfile { region onShift homeLocation { lat lon } } } }\n": types.StaffMeDocument,
    "\n  query StaffOrders($filter: OrderFilterInput, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      edges { node { id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd } }\n    }\n  }\n": types.StaffOrdersDocument,
    "\n  query StaffOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd\n      assigneeId customerName customerPhone address description navigationUrl completionChecklist\n      history { fromStatus toStatus reason at }\n    }\n  }\n": types.StaffOrderDocument,
    "\n  subscription StaffOffers { orderOffers { kind orderId offerId deadline serviceType urgency scheduledStart } }\n": types.StaffOffersDocument,
    "\n  mutation StaffOrderGrab($id: ID!) { orderGrab(input: { id: $id }) { order { id status } errors { field message code } } }\n": types.StaffOrderGrabDocument,
    "\n  mutation StaffOrderAccept($id: ID!) { orderAccept(input: { id: $id }) { order { id status } errors { field message code } } }\n": types.StaffOrderAcceptDocument,
    "\n  mutation StaffOrderReject($id: ID!, $reason: String!) {\n    orderReject(input: { id: $id, reason: $reason }) { order { id status } errors { field message code } }\n  }\n": types.StaffOrderRejectDocument,
    "\n  mutation StaffOrderStatus($input: OrderStatusUpdateInput!) {\n    orderStatusUpdate(input: $input) { order { id status } errors { field message code } }\n  }\n": types.StaffOrderStatusDocument,
    "\n  mutation StaffOrderHelp($id: ID!, $message: String!, $key: String) {\n    orderHelpRequest(input: { id: $id, message: $message, idempotencyKey: $key }) { helpRequestId errors { field message code } }\n  }\n": types.StaffOrderHelpDocument,
    "\n  query StaffServiceNames { serviceTypes { code nameZh nameEn } }\n": types.StaffServiceNamesDocument,
    "\n  query StaffHelpRequests {\n    helpRequests(filter: { status: [OPEN] }, first: 50) {\n      edges { node { id orderId orderNumber requesterId requesterName message status createdAt participants { staffId role } } }\n    }\n  }\n": types.StaffHelpRequestsDocument,
    "\n  mutation StaffHelpJoin($id: ID!) { helpRequestJoin(input: { id: $id }) { order { id } errors { field message code } } }\n": types.StaffHelpJoinDocument,
    "\n  mutation StaffShiftStart { staffShiftStart { staffProfile { onShift } errors { field message code } } }\n": types.StaffShiftStartDocument,
    "\n  mutation StaffShiftEnd { staffShiftEnd { staffProfile { onShift } errors { field message code } } }\n": types.StaffShiftEndDocument,
    "\n  mutation StaffPositionReport($input: StaffPositionReportInput!) {\n    staffPositionReport(input: $input) { position { recordedAt } errors { field message code } }\n  }\n": types.StaffPositionReportDocument,
    "\n  query StaffPerformance($from: Date!, $to: Date!, $staffId: ID!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    staffReviews(staffId: $staffId, first: 100) { attitude quality speed skill createdAt }\n  }\n": types.StaffPerformanceDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken\n      refreshToken\n      errors { field message code }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Refresh($token: String!) {\n    tokenRefresh(input: { refreshToken: $token }) { accessToken refreshToken errors { code } }\n  }\n": types.RefreshDocument,
    "\n  mutation SignOut($token: String!) {\n    tokenRevoke(input: { refreshToken: $token }) { errors { code } }\n  }\n": types.SignOutDocument,
    "\n  query Me { me { id name roles } }\n": types.MeDocument,
    "\n  subscription OrderEvents($orderId: ID) {\n    orderEvents(orderId: $orderId) { kind orderId status fromStatus reason }\n  }\n": types.OrderEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo { serverInfo { version database jobsMode timezone currency } }\n"): (typeof documents)["\n  query ServerInfo { serverInfo { version database jobsMode timezone currency } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingApprove($input: BookingApproveInput!) {\n    bookingApprove(input: $input) { booking { id status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation BookingApprove($input: BookingApproveInput!) {\n    bookingApprove(input: $input) { booking { id status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingReturn($input: BookingReturnInput!) {\n    bookingReturn(input: $input) { booking { id status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation BookingReturn($input: BookingReturnInput!) {\n    bookingReturn(input: $input) { booking { id status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingDetail($id: ID!) {\n    booking(id: $id) {\n      id number status channel urgency serviceName description scheduledStart scheduledEnd address region\n      priceMinor currency customerId createdAt confirmedAt cancelledAt cancelReason\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { amountMinor currency fault status }\n      payments { number purpose status amountMinor currency }\n    }\n  }\n"): (typeof documents)["\n  query BookingDetail($id: ID!) {\n    booking(id: $id) {\n      id number status channel urgency serviceName description scheduledStart scheduledEnd address region\n      priceMinor currency customerId createdAt confirmedAt cancelledAt cancelReason\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { amountMinor currency fault status }\n      payments { number purpose status amountMinor currency }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingCustomer($id: ID!) { node(id: $id) { ... on User { name phone } } }"): (typeof documents)["query BookingCustomer($id: ID!) { node(id: $id) { ... on User { name phone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingCancel($input: BookingCancelInput!) {\n    bookingCancel(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation BookingCancel($input: BookingCancelInput!) {\n    bookingCancel(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingReschedule($input: BookingRescheduleInput!) {\n    bookingReschedule(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation BookingReschedule($input: BookingRescheduleInput!) {\n    bookingReschedule(input: $input) {\n      booking { id status }\n      charge { amountMinor currency fault status }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingList($filter: BookingFilterInput, $after: String, $first: Int!) {\n    bookings(filter: $filter, first: $first, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BookingList($filter: BookingFilterInput, $after: String, $first: Int!) {\n    bookings(filter: $filter, first: $first, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BookingCatalog { serviceTypes(includeInactive: true) { id name } }"): (typeof documents)["query BookingCatalog { serviceTypes(includeInactive: true) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingsExport($input: BookingsExportInput!) {\n    bookingsExport(input: $input) { export { id status rows url } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation BookingsExport($input: BookingsExportInput!) {\n    bookingsExport(input: $input) { export { id status rows url } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingExportStatus($id: ID!) { bookingExport(id: $id) { id status rows url } }\n"): (typeof documents)["\n  query BookingExportStatus($id: ID!) { bookingExport(id: $id) { id status rows url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogTypes { serviceTypes(includeInactive: true) { id code name active revision formSchema } }\n"): (typeof documents)["\n  query CatalogTypes { serviceTypes(includeInactive: true) { id code name active revision formSchema } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogFormUpdate($input: ServiceTypeUpdateInput!) {\n    serviceTypeUpdate(input: $input) { serviceType { id revision formSchema } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CatalogFormUpdate($input: ServiceTypeUpdateInput!) {\n    serviceTypeUpdate(input: $input) { serviceType { id revision formSchema } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboards($period: ReportPeriod!, $from: Date!, $to: Date!) {\n    taskStats(period: $period, from: $from, to: $to) {\n      report { buckets { start total completed cancelled completionRate } byType { key count } byChannel { key count } }\n      errors { field message code }\n    }\n    satisfactionTrend(period: $period, from: $from, to: $to) {\n      report { start reviews overall satisfiedRate }\n      errors { field message code }\n    }\n    recurringComplaints(from: $from, to: $to) {\n      report {\n        repeatComplainers { customerId name serviceType complaints }\n        persistentSpots { serviceType region weeks complaints }\n        frequentTerms { key count }\n      }\n      errors { field message code }\n    }\n    qualityIssues(from: $from, to: $to) {\n      report { byDimension { key count } byServiceType { key count } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  query Dashboards($period: ReportPeriod!, $from: Date!, $to: Date!) {\n    taskStats(period: $period, from: $from, to: $to) {\n      report { buckets { start total completed cancelled completionRate } byType { key count } byChannel { key count } }\n      errors { field message code }\n    }\n    satisfactionTrend(period: $period, from: $from, to: $to) {\n      report { start reviews overall satisfiedRate }\n      errors { field message code }\n    }\n    recurringComplaints(from: $from, to: $to) {\n      report {\n        repeatComplainers { customerId name serviceType complaints }\n        persistentSpots { serviceType region weeks complaints }\n        frequentTerms { key count }\n      }\n      errors { field message code }\n    }\n    qualityIssues(from: $from, to: $to) {\n      report { byDimension { key count } byServiceType { key count } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRanking($from: Date!, $to: Date!, $weights: StaffRankingWeightsInput) {\n    staffRanking(from: $from, to: $to, weights: $weights) {\n      report { staffId name completed score rank }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  query DashboardRanking($from: Date!, $to: Date!, $weights: StaffRankingWeightsInput) {\n    staffRanking(from: $from, to: $to, weights: $weights) {\n      report { staffId name completed score rank }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardWeights($input: StaffRankingWeightsInput!) {\n    staffRankingWeightsUpdate(input: $input) { weights { completed quality satisfaction response } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DashboardWeights($input: StaffRankingWeightsInput!) {\n    staffRankingWeightsUpdate(input: $input) { weights { completed quality satisfaction response } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardQueue($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query BoardQueue($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue\n      description customerName customerPhone createdAt\n      history { kind fromStatus toStatus reason actorId at }\n      decision {\n        kind outcome chosenId createdAt\n        candidates { staffId eligible failedRequirement reason values { expression value } score terms { name weight graded contribution } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region address scheduledStart scheduledEnd assigneeId escalationQueue\n      description customerName customerPhone createdAt\n      history { kind fromStatus toStatus reason actorId at }\n      decision {\n        kind outcome chosenId createdAt\n        candidates { staffId eligible failedRequirement reason values { expression value } score terms { name weight graded contribution } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCounts {\n    waiting: orders(filter: { status: [OPEN, OFFERED, ESCALATED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    assigned: orders(filter: { status: [ASSIGNED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    active: orders(filter: { status: [EN_ROUTE, IN_PROGRESS] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query BoardCounts {\n    waiting: orders(filter: { status: [OPEN, OFFERED, ESCALATED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    assigned: orders(filter: { status: [ASSIGNED] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n    active: orders(filter: { status: [EN_ROUTE, IN_PROGRESS] }, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardCatalog { serviceTypes(includeInactive: true) { code name } }"): (typeof documents)["query BoardCatalog { serviceTypes(includeInactive: true) { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BoardStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardNames($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id name } } }"): (typeof documents)["query BoardNames($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardAssign($input: OrderAssignInput!) {\n    orderAssign(input: $input) {\n      order { id status assigneeId }\n      brokenRequirements { name reason values }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation BoardAssign($input: OrderAssignInput!) {\n    orderAssign(input: $input) {\n      order { id status assigneeId }\n      brokenRequirements { name reason values }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFailedOutboxJobs {\n    failedOutboxJobs(limit: 200) { id task status attempts lastError createdAt failedAt }\n  }\n"): (typeof documents)["\n  query AdminFailedOutboxJobs {\n    failedOutboxJobs(limit: 200) { id task status attempts lastError createdAt failedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOutboxJobRetry($id: ID!) {\n    outboxJobRetry(input: { id: $id }) {\n      job { id status attempts }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminOutboxJobRetry($id: ID!) {\n    outboxJobRetry(input: { id: $id }) {\n      job { id status attempts }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapOrders($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd createdAt assigneeName location { lat lon } } }\n    }\n  }\n"): (typeof documents)["\n  query MapOrders($status: [OrderStatus!]) {\n    orders(filter: { status: $status }, first: 100) {\n      edges { node { id number status urgency serviceCode region address scheduledStart scheduledEnd createdAt assigneeName location { lat lon } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region onShift position { location { lat lon } recordedAt } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MapStaff($after: String) {\n    users(filter: { role: \"staff\", status: ACTIVE }, first: 100, after: $after) {\n      edges { node { id name staffProfile { region onShift position { location { lat lon } recordedAt } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionGrid {\n    roles { name inherits builtin }\n    policyRules { subject object action shipped }\n    auditLog(first: 20) { id at action target actorName }\n  }\n"): (typeof documents)["\n  query PermissionGrid {\n    roles { name inherits builtin }\n    policyRules { subject object action shipped }\n    auditLog(first: 20) { id at action target actorName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionAdd($input: PolicyRuleInput!) {\n    policyRuleAdd(input: $input) { rule { subject object action shipped } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation PermissionAdd($input: PolicyRuleInput!) {\n    policyRuleAdd(input: $input) { rule { subject object action shipped } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionRemove($input: PolicyRuleInput!) {\n    policyRuleRemove(input: $input) { errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation PermissionRemove($input: PolicyRuleInput!) {\n    policyRuleRemove(input: $input) { errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone email } } }\n  }\n"): (typeof documents)["\n  query PhoneCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhoneServiceTypes { serviceTypes { id code name formSchema } }"): (typeof documents)["query PhoneServiceTypes { serviceTypes { id code name formSchema } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) { booking { id number status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation PhoneBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) { booking { id number status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policies {\n    policies(first: 100) { edges { node { id name activeVersion shadowVersion latestVersion updatedAt } } }\n  }\n"): (typeof documents)["\n  query Policies {\n    policies(first: 100) { edges { node { id name activeVersion shadowVersion latestVersion updatedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($role: String, $search: String) {\n    users(filter: { role: $role, search: $search }, first: 50) {\n      edges {\n        node {\n          id name phone email status roles\n          staffProfile {\n            region level yearsExperience team supervisorId maxActiveOrders homeLocation { lat lon }\n            skills { skill level certified }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($role: String, $search: String) {\n    users(filter: { role: $role, search: $search }, first: 50) {\n      edges {\n        node {\n          id name phone email status roles\n          staffProfile {\n            region level yearsExperience team supervisorId maxActiveOrders homeLocation { lat lon }\n            skills { skill level certified }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AdminUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUserDisable($input: UserDisableInput!) {\n    userDisable(input: $input) { user { id status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AdminUserDisable($input: UserDisableInput!) {\n    userDisable(input: $input) { user { id status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { errors { field message code } } }\n"): (typeof documents)["\n  mutation AdminRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRoleRevoke($input: RoleRevokeInput!) { roleRevoke(input: $input) { errors { field message code } } }\n"): (typeof documents)["\n  mutation AdminRoleRevoke($input: RoleRevokeInput!) { roleRevoke(input: $input) { errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardExport($input: ReportExportInput!) {\n    reportExport(input: $input) { url filename errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DashboardExport($input: ReportExportInput!) {\n    reportExport(input: $input) { url filename errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone } } }\n  }\n"): (typeof documents)["\n  query ProfileCustomers($search: String) {\n    users(filter: { role: \"customer\", search: $search }, first: 20) { edges { node { id name phone } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      report {\n        bookings firstBookingAt lastBookingAt bookingsPerMonth preferredWeekday preferredHour\n        preferredServiceTypes spendMinor recommendedServiceTypes\n      }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      report {\n        bookings firstBookingAt lastBookingAt bookingsPerMonth preferredWeekday preferredHour\n        preferredServiceTypes spendMinor recommendedServiceTypes\n      }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleEditorLoad {\n    ruleSchema {\n      fields { path type optional doc }\n      methods { path parameter type optional doc }\n      functions { name returns doc params { name type } }\n      units { name kind }\n    }\n  }\n"): (typeof documents)["\n  query RuleEditorLoad {\n    ruleSchema {\n      fields { path type optional doc }\n      methods { path parameter type optional doc }\n      functions { name returns doc params { name type } }\n      units { name kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulePolicy { policies(first: 100) { edges { node { id name activeVersion latestVersion shadowVersion } } } }\n"): (typeof documents)["\n  query RulePolicy { policies(first: 100) { edges { node { id name activeVersion latestVersion shadowVersion } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleLatest($id: ID!) { policyVersions(policyId: $id, first: 1) { edges { node { version source status } } } }\n"): (typeof documents)["\n  query RuleLatest($id: ID!) { policyVersions(policyId: $id, first: 1) { edges { node { version source status } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleValidate($source: String!) {\n    policyValidate(input: { source: $source }) {\n      valid\n      diagnostics { line column endLine endColumn severity code message hint }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RuleValidate($source: String!) {\n    policyValidate(input: { source: $source }) {\n      valid\n      diagnostics { line column endLine endColumn severity code message hint }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleSave($input: PolicySaveInput!) {\n    policySave(input: $input) {\n      created\n      version { id version status }\n      diagnostics { line column endLine endColumn severity code message hint }\n      examples { policy name line passed message }\n      errors { field message code line column endLine endColumn severity hint diagnosticCode }\n    }\n  }\n"): (typeof documents)["\n  mutation RuleSave($input: PolicySaveInput!) {\n    policySave(input: $input) {\n      created\n      version { id version status }\n      diagnostics { line column endLine endColumn severity code message hint }\n      examples { policy name line passed message }\n      errors { field message code line column endLine endColumn severity hint diagnosticCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleSimulate($input: PolicySimulateInput!) {\n    policySimulate(input: $input) {\n      errors { field message code line column }\n      simulation {\n        changed truncated skippedOrderIds\n        simulated { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        actual { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        orders {\n          orderNumber chosenStaffName actualStaffName changed fallbackSteps escalatedTo mode\n          chosenDistanceKm actualDistanceKm candidates eligible error\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RuleSimulate($input: PolicySimulateInput!) {\n    policySimulate(input: $input) {\n      errors { field message code line column }\n      simulation {\n        changed truncated skippedOrderIds\n        simulated { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        actual { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare expectedWaitMin byMode { mode orders } }\n        orders {\n          orderNumber chosenStaffName actualStaffName changed fallbackSteps escalatedTo mode\n          chosenDistanceKm actualDistanceKm candidates eligible error\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleVersions($id: ID!) {\n    policyVersions(policyId: $id, first: 100) { edges { node { version status note source createdAt publishedAt } } }\n  }\n"): (typeof documents)["\n  query RuleVersions($id: ID!) {\n    policyVersions(policyId: $id, first: 100) { edges { node { version status note source createdAt publishedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulePublish($input: PolicyPublishInput!) {\n    policyPublish(input: $input) { policy { activeVersion } version { version status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RulePublish($input: PolicyPublishInput!) {\n    policyPublish(input: $input) { policy { activeVersion } version { version status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleDiff($id: ID!, $from: Int!, $to: Int!) {\n    policyDiff(policyId: $id, fromVersion: $from, toVersion: $to) {\n      unified comparable\n      changes {\n        policy change clauses\n        requirements { added removed changed }\n        preferences { added removed changed }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleDiff($id: ID!, $from: Int!, $to: Int!) {\n    policyDiff(policyId: $id, fromVersion: $from, toVersion: $to) {\n      unified comparable\n      changes {\n        policy change clauses\n        requirements { added removed changed }\n        preferences { added removed changed }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamHelpRequests($status: [HelpStatus!]) {\n    helpRequests(filter: { status: $status }, first: 100) {\n      edges {\n        node {\n          id orderId orderNumber requesterName message status resolution takenOverBy createdAt\n          participants { staffId role answeredAt }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamHelpRequests($status: [HelpStatus!]) {\n    helpRequests(filter: { status: $status }, first: 100) {\n      edges {\n        node {\n          id orderId orderNumber requesterName message status resolution takenOverBy createdAt\n          participants { staffId role answeredAt }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamHelpJoin($input: HelpRequestIdInput!) {\n    helpRequestJoin(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TeamHelpJoin($input: HelpRequestIdInput!) {\n    helpRequestJoin(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamHelpTakeOver($input: HelpRequestIdInput!) {\n    helpRequestTakeOver(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TeamHelpTakeOver($input: HelpRequestIdInput!) {\n    helpRequestTakeOver(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamHelpClose($input: HelpRequestCloseInput!) {\n    helpRequestClose(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TeamHelpClose($input: HelpRequestCloseInput!) {\n    helpRequestClose(input: $input) { order { id number status assigneeId } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPerformance($from: Date!, $to: Date!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId name completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    taskStats(period: DAY, from: $from, to: $to) {\n      report { buckets { total completed cancelled } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  query TeamPerformance($from: Date!, $to: Date!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId name completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    taskStats(period: DAY, from: $from, to: $to) {\n      report { buckets { total completed cancelled } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPasswordPolicy {\n    passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n  }\n"): (typeof documents)["\n  query AdminPasswordPolicy {\n    passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPasswordPolicyUpdate($input: PasswordPolicyUpdateInput!) {\n    passwordPolicyUpdate(input: $input) {\n      passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPasswordPolicyUpdate($input: PasswordPolicyUpdateInput!) {\n    passwordPolicyUpdate(input: $input) {\n      passwordPolicy { minLength maxLength requireLetter requireDigit requireSpecial passphraseLength blockCommon blockPersonalInfo }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerMe { me { id name phone email roles createdAt } }\n"): (typeof documents)["\n  query CustomerMe { me { id name phone email roles createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerMeUpdate($input: MeUpdateInput!) {\n    meUpdate(input: $input) { user { id name phone email roles createdAt } errors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CustomerMeUpdate($input: MeUpdateInput!) {\n    meUpdate(input: $input) { user { id name phone email roles createdAt } errors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSavedAddresses { savedAddresses { id label address location { lat lon } } }\n"): (typeof documents)["\n  query CustomerSavedAddresses { savedAddresses { id label address location { lat lon } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAddressRegions { regions { code name center { lat lon } } }\n"): (typeof documents)["\n  query CustomerAddressRegions { regions { code name center { lat lon } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerAddressCreate($input: AddressCreateInput!) {\n    addressCreate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerAddressCreate($input: AddressCreateInput!) {\n    addressCreate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerAddressUpdate($input: AddressUpdateInput!) {\n    addressUpdate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerAddressUpdate($input: AddressUpdateInput!) {\n    addressUpdate(input: $input) { address { id label address location { lat lon } } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerAddressDelete($input: AddressDeleteInput!) {\n    addressDelete(input: $input) { address { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CustomerAddressDelete($input: AddressDeleteInput!) {\n    addressDelete(input: $input) { address { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCodeSend($target: String!, $purpose: CodePurpose!) {\n    verificationCodeSend(input: { channel: SMS, target: $target, purpose: $purpose }) {\n      target expiresInSeconds errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerCodeSend($target: String!, $purpose: CodePurpose!) {\n    verificationCodeSend(input: { channel: SMS, target: $target, purpose: $purpose }) {\n      target expiresInSeconds errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerRegister($phone: String!, $code: String!, $name: String!, $password: String!) {\n    userRegister(input: { phone: $phone, code: $code, name: $name, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerRegister($phone: String!, $code: String!, $name: String!, $password: String!) {\n    userRegister(input: { phone: $phone, code: $code, name: $name, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCodeSignIn($target: String!, $code: String!) {\n    tokenCreateWithCode(input: { target: $target, code: $code }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerCodeSignIn($target: String!, $code: String!) {\n    tokenCreateWithCode(input: { target: $target, code: $code }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerPasswordSignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerPasswordSignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken refreshToken errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerPasswordReset($target: String!, $code: String!, $newPassword: String!) {\n    passwordReset(input: { target: $target, code: $code, newPassword: $newPassword }) {\n      success errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerPasswordReset($target: String!, $code: String!, $newPassword: String!) {\n    passwordReset(input: { target: $target, code: $code, newPassword: $newPassword }) {\n      success errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerServiceTypes {\n    serviceTypes {\n      id code name priceMinor currency formSchema urgencyOptions defaultDurationMin\n      specialOptions { code zh en }\n      serviceHours { start end closedWeekdays weekdays { weekday start end } }\n      items { id name priceMinor durationMin }\n    }\n    regions { code name radiusKm center { lat lon } }\n  }\n"): (typeof documents)["\n  query CustomerServiceTypes {\n    serviceTypes {\n      id code name priceMinor currency formSchema urgencyOptions defaultDurationMin\n      specialOptions { code zh en }\n      serviceHours { start end closedWeekdays weekdays { weekday start end } }\n      items { id name priceMinor durationMin }\n    }\n    regions { code name radiusKm center { lat lon } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerServiceSuggest($description: String!) {\n    serviceTypeSuggest(description: $description, first: 3) { confidence serviceType { id name } }\n  }\n"): (typeof documents)["\n  query CustomerServiceSuggest($description: String!) {\n    serviceTypeSuggest(description: $description, first: 3) { confidence serviceType { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerBookingCreate($input: BookingCreateInput!) {\n    bookingCreate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerBookingUpdate($input: BookingUpdateInput!) {\n    bookingUpdate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerBookingUpdate($input: BookingUpdateInput!) {\n    bookingUpdate(input: $input) {\n      booking { id number status reviewProblems { field code message } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBookings($status: [BookingStatus!], $after: String) {\n    bookings(filter: { status: $status }, first: 20, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address priceMinor currency } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBookings($status: [BookingStatus!], $after: String) {\n    bookings(filter: { status: $status }, first: 20, after: $after) {\n      edges { node { id number status serviceName scheduledStart scheduledEnd address priceMinor currency } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBooking($id: ID!) {\n    booking(id: $id) {\n      id number status urgency serviceName serviceTypeId description scheduledStart scheduledEnd\n      address location { lat lon } region specialRequirements formData priceMinor currency\n      cancelledAt cancelReason createdAt\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { id amountMinor currency status fault }\n      payments { id number purpose amountMinor currency status qrCode payUrl expiresAt paidAt }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBooking($id: ID!) {\n    booking(id: $id) {\n      id number status urgency serviceName serviceTypeId description scheduledStart scheduledEnd\n      address location { lat lon } region specialRequirements formData priceMinor currency\n      cancelledAt cancelReason createdAt\n      reviewProblems { field code message }\n      history { kind fromStatus toStatus reason at }\n      charges { id amountMinor currency status fault }\n      payments { id number purpose amountMinor currency status qrCode payUrl expiresAt paidAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBookingOrder {\n    orders(first: 100) {\n      edges { node { id bookingId status assigneeName arrivalDeadline arrival { outcome lateMinutes arrivedAt } history { fromStatus toStatus reason at } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBookingOrder {\n    orders(first: 100) {\n      edges { node { id bookingId status assigneeName arrivalDeadline arrival { outcome lateMinutes arrivedAt } history { fromStatus toStatus reason at } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBookingType($id: ID!) {\n    serviceType(id: $id) {\n      id serviceHours { start end closedWeekdays weekdays { weekday start end } } defaultDurationMin\n      cancellationPolicy { staffEnRouteFeeMinor rules { hoursBeforeGte feeMinor feePercent } }\n    }\n    paymentProviders { code name }\n  }\n"): (typeof documents)["\n  query CustomerBookingType($id: ID!) {\n    serviceType(id: $id) {\n      id serviceHours { start end closedWeekdays weekdays { weekday start end } } defaultDurationMin\n      cancellationPolicy { staffEnRouteFeeMinor rules { hoursBeforeGte feeMinor feePercent } }\n    }\n    paymentProviders { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerBookingCancel($id: ID!, $reason: String!) {\n    bookingCancel(input: { id: $id, reason: $reason }) {\n      booking { id status }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerBookingCancel($id: ID!, $reason: String!) {\n    bookingCancel(input: { id: $id, reason: $reason }) {\n      booking { id status }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerBookingReschedule($id: ID!, $start: DateTime!) {\n    bookingReschedule(input: { id: $id, scheduledStart: $start }) {\n      booking { id status scheduledStart }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerBookingReschedule($id: ID!, $start: DateTime!) {\n    bookingReschedule(input: { id: $id, scheduledStart: $start }) {\n      booking { id status scheduledStart }\n      charge { amountMinor currency }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerPaymentCreate($bookingId: ID!, $provider: String!, $purpose: PaymentPurpose!) {\n    paymentCreate(input: { bookingId: $bookingId, provider: $provider, purpose: $purpose }) {\n      payment { id number status amountMinor currency qrCode payUrl expiresAt }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerPaymentCreate($bookingId: ID!, $provider: String!, $purpose: PaymentPurpose!) {\n    paymentCreate(input: { bookingId: $bookingId, provider: $provider, purpose: $purpose }) {\n      payment { id number status amountMinor currency qrCode payUrl expiresAt }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerReviewSubmit($input: ReviewSubmitInput!) {\n    reviewSubmit(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerReviewSubmit($input: ReviewSubmitInput!) {\n    reviewSubmit(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerReviewUpdate($input: ReviewUpdateInput!) {\n    reviewUpdate(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerReviewUpdate($input: ReviewUpdateInput!) {\n    reviewUpdate(input: $input) {\n      review { id attitude quality speed skill comment reply editableUntil }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOrderReview($orderId: ID!) {\n    orderReview(orderId: $orderId) { id attitude quality speed skill comment reply repliedAt editableUntil }\n  }\n"): (typeof documents)["\n  query CustomerOrderReview($orderId: ID!) {\n    orderReview(orderId: $orderId) { id attitude quality speed skill comment reply repliedAt editableUntil }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOrderPosition($id: ID!) {\n    order(id: $id) { id status etaAt arrivalDeadline assigneePosition { location { lat lon } recordedAt } }\n  }\n"): (typeof documents)["\n  query CustomerOrderPosition($id: ID!) {\n    order(id: $id) { id status etaAt arrivalDeadline assigneePosition { location { lat lon } recordedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBookingSlots($serviceTypeId: ID!, $region: String!, $day: Date!) {\n    bookingSlots(serviceTypeId: $serviceTypeId, region: $region, day: $day) { start free full }\n  }\n"): (typeof documents)["\n  query CustomerBookingSlots($serviceTypeId: ID!, $region: String!, $day: Date!) {\n    bookingSlots(serviceTypeId: $serviceTypeId, region: $region, day: $day) { start free full }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerExternalProviders { externalLoginProviders { key name } }\n"): (typeof documents)["\n  query CustomerExternalProviders { externalLoginProviders { key name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerExternalLoginUrl($provider: String!, $redirectUri: String) {\n    externalLoginUrl(provider: $provider, redirectUri: $redirectUri) { url state errors { field message code } }\n  }\n"): (typeof documents)["\n  query CustomerExternalLoginUrl($provider: String!, $redirectUri: String) {\n    externalLoginUrl(provider: $provider, redirectUri: $redirectUri) { url state errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInbox($after: String) {\n    notifications(first: 20, after: $after) {\n      edges { node { id subject body createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInbox($after: String) {\n    notifications(first: 20, after: $after) {\n      edges { node { id subject body createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerInboxRead($ids: [ID!]!) {\n    notificationMarkRead(input: { ids: $ids }) { marked }\n  }\n"): (typeof documents)["\n  mutation CustomerInboxRead($ids: [ID!]!) {\n    notificationMarkRead(input: { ids: $ids }) { marked }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe { me { id name roles staffProfile { region onShift homeLocation { lat lon } } } }\n"): (typeof documents)["\n  query StaffMe { me { id name roles staffProfile { region onShift homeLocation { lat lon } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrders($filter: OrderFilterInput, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      edges { node { id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd } }\n    }\n  }\n"): (typeof documents)["\n  query StaffOrders($filter: OrderFilterInput, $first: Int!) {\n    orders(filter: $filter, first: $first) {\n      edges { node { id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd\n      assigneeId customerName customerPhone address description navigationUrl completionChecklist\n      history { fromStatus toStatus reason at }\n    }\n  }\n"): (typeof documents)["\n  query StaffOrder($id: ID!) {\n    order(id: $id) {\n      id number status urgency serviceCode region location { lat lon } scheduledStart scheduledEnd\n      assigneeId customerName customerPhone address description navigationUrl completionChecklist\n      history { fromStatus toStatus reason at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffOffers { orderOffers { kind orderId offerId deadline serviceType urgency scheduledStart } }\n"): (typeof documents)["\n  subscription StaffOffers { orderOffers { kind orderId offerId deadline serviceType urgency scheduledStart } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOrderGrab($id: ID!) { orderGrab(input: { id: $id }) { order { id status } errors { field message code } } }\n"): (typeof documents)["\n  mutation StaffOrderGrab($id: ID!) { orderGrab(input: { id: $id }) { order { id status } errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOrderAccept($id: ID!) { orderAccept(input: { id: $id }) { order { id status } errors { field message code } } }\n"): (typeof documents)["\n  mutation StaffOrderAccept($id: ID!) { orderAccept(input: { id: $id }) { order { id status } errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOrderReject($id: ID!, $reason: String!) {\n    orderReject(input: { id: $id, reason: $reason }) { order { id status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffOrderReject($id: ID!, $reason: String!) {\n    orderReject(input: { id: $id, reason: $reason }) { order { id status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOrderStatus($input: OrderStatusUpdateInput!) {\n    orderStatusUpdate(input: $input) { order { id status } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffOrderStatus($input: OrderStatusUpdateInput!) {\n    orderStatusUpdate(input: $input) { order { id status } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOrderHelp($id: ID!, $message: String!, $key: String) {\n    orderHelpRequest(input: { id: $id, message: $message, idempotencyKey: $key }) { helpRequestId errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffOrderHelp($id: ID!, $message: String!, $key: String) {\n    orderHelpRequest(input: { id: $id, message: $message, idempotencyKey: $key }) { helpRequestId errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffServiceNames { serviceTypes { code nameZh nameEn } }\n"): (typeof documents)["\n  query StaffServiceNames { serviceTypes { code nameZh nameEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHelpRequests {\n    helpRequests(filter: { status: [OPEN] }, first: 50) {\n      edges { node { id orderId orderNumber requesterId requesterName message status createdAt participants { staffId role } } }\n    }\n  }\n"): (typeof documents)["\n  query StaffHelpRequests {\n    helpRequests(filter: { status: [OPEN] }, first: 50) {\n      edges { node { id orderId orderNumber requesterId requesterName message status createdAt participants { staffId role } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffHelpJoin($id: ID!) { helpRequestJoin(input: { id: $id }) { order { id } errors { field message code } } }\n"): (typeof documents)["\n  mutation StaffHelpJoin($id: ID!) { helpRequestJoin(input: { id: $id }) { order { id } errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffShiftStart { staffShiftStart { staffProfile { onShift } errors { field message code } } }\n"): (typeof documents)["\n  mutation StaffShiftStart { staffShiftStart { staffProfile { onShift } errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffShiftEnd { staffShiftEnd { staffProfile { onShift } errors { field message code } } }\n"): (typeof documents)["\n  mutation StaffShiftEnd { staffShiftEnd { staffProfile { onShift } errors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPositionReport($input: StaffPositionReportInput!) {\n    staffPositionReport(input: $input) { position { recordedAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation StaffPositionReport($input: StaffPositionReportInput!) {\n    staffPositionReport(input: $input) { position { recordedAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPerformance($from: Date!, $to: Date!, $staffId: ID!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    staffReviews(staffId: $staffId, first: 100) { attitude quality speed skill createdAt }\n  }\n"): (typeof documents)["\n  query StaffPerformance($from: Date!, $to: Date!, $staffId: ID!) {\n    staffRanking(from: $from, to: $to) {\n      report { staffId completed meanQuality meanSatisfaction meanResponseSeconds score rank }\n      errors { field message code }\n    }\n    staffReviews(staffId: $staffId, first: 100) { attitude quality speed skill createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken\n      refreshToken\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($login: String!, $password: String!) {\n    tokenCreate(input: { login: $login, password: $password }) {\n      accessToken\n      refreshToken\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($token: String!) {\n    tokenRefresh(input: { refreshToken: $token }) { accessToken refreshToken errors { code } }\n  }\n"): (typeof documents)["\n  mutation Refresh($token: String!) {\n    tokenRefresh(input: { refreshToken: $token }) { accessToken refreshToken errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($token: String!) {\n    tokenRevoke(input: { refreshToken: $token }) { errors { code } }\n  }\n"): (typeof documents)["\n  mutation SignOut($token: String!) {\n    tokenRevoke(input: { refreshToken: $token }) { errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { id name roles } }\n"): (typeof documents)["\n  query Me { me { id name roles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderEvents($orderId: ID) {\n    orderEvents(orderId: $orderId) { kind orderId status fromStatus reason }\n  }\n"): (typeof documents)["\n  subscription OrderEvents($orderId: ID) {\n    orderEvents(orderId: $orderId) { kind orderId status fromStatus reason }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;