/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new saved address. */
export type AddressCreateInput = {
  /** The address (required; at most 300 characters). */
  address: string;
  /** Its name (required; at most 40 characters). */
  label: string;
  /** Its point on the map (WGS-84). */
  location?: GeoPointInput | null | undefined;
};

/** The address to remove. */
export type AddressDeleteInput = {
  /** The address: its global ID. */
  id: string | number;
};

/** Why a saved address was refused. */
export type AddressErrorCode =
  /** “The address does not exist.” · “地址不存在。” */
  | 'ADDRESS_NOT_FOUND'
  /** “The point is not a valid latitude and longitude.” · “坐标无效。” */
  | 'INVALID_POINT'
  /** “This field is required.” · “此项必填。” */
  | 'REQUIRED'
  /** “Must be at most {max} characters.” · “内容不能超过 {max} 个字符。” */
  | 'TOO_LONG'
  /** “You can keep at most {max} addresses.” · “最多保存 {max} 个地址。” */
  | 'TOO_MANY';

/** Only the fields given change. */
export type AddressUpdateInput = {
  /** A new address. */
  address?: string | null | undefined;
  /** The address: its global ID. */
  id: string | number;
  /** A new name. */
  label?: string | null | undefined;
  /** A new point. */
  location?: GeoPointInput | null | undefined;
};

/** Why a report was refused. */
export type AnalyticsErrorCode =
  /** “The customer does not exist.” · “客户不存在。” */
  | 'CUSTOMER_NOT_FOUND'
  /** “Weights must be between 0 and 100 and not all 0.” · “权重须在 0 到 100 之间,且不能全为 0。” */
  | 'INVALID_WEIGHT'
  /** “The end date is before the start date.” · “结束日期不能早于开始日期。” */
  | 'RANGE_BACKWARDS'
  /** “The date range can be at most {days} days.” · “时间范围不能超过 {days} 天。” */
  | 'RANGE_TOO_LONG';

/** Where an order's promised arrival stands. */
export type ArrivalOutcome =
  /** They arrived after the deadline (`lateMinutes`). */
  | 'LATE'
  /** Before they set off, the deadline could no longer be met: the order was re-dispatched. */
  | 'MISSED'
  /** They arrived by the deadline. */
  | 'ON_TIME'
  /** The staff member has not arrived yet. */
  | 'OPEN'
  /** The order left them for another reason (reassigned). */
  | 'WITHDRAWN';

/** Why an operation was refused. */
export type AuthzErrorCode =
  /** “You cannot take the admin role away from yourself.” · “不能撤销自己的管理员角色。” */
  | 'CANNOT_REVOKE_OWN_ADMIN'
  /** “A role name is 2–40 lower-case letters, digits or underscores, starting with a letter.” · “角色名需为 2–40 个小写字母、数字或下划线,并以字母开头。” */
  | 'INVALID_ROLE_NAME'
  /** “The rule is invalid: {reason}” · “规则有误:{reason}” */
  | 'INVALID_RULE'
  /** “The role {role} already exists.” · “角色 {role} 已存在。” */
  | 'ROLE_EXISTS'
  /** “The role {role} is given automatically and cannot be assigned.” · “角色 {role} 由系统自动赋予,不能手动分配。” */
  | 'ROLE_NOT_ASSIGNABLE'
  /** “This rule exists already.” · “该规则已存在。” */
  | 'RULE_EXISTS'
  /** “There is no such rule.” · “没有这条规则。” */
  | 'RULE_NOT_FOUND'
  /** “This rule ships with the platform and cannot be removed; add rules instead.” · “这条规则随系统发布,不能删除;可以新增规则。” */
  | 'RULE_SHIPPED'
  /** “There is no role {role}.” · “没有这个角色:{role}。” */
  | 'UNKNOWN_ROLE'
  /** “No such user.” · “找不到该用户。” */
  | 'USER_NOT_FOUND';

/** The input of `bookingApprove`. */
export type BookingApproveInput = {
  /** The booking: its global ID or row id. */
  id: string | number;
  /** Kept in the booking's history. */
  note?: string;
};

/** The input of `bookingCancel`. */
export type BookingCancelInput = {
  /** Whose doing it is; only agents may say STAFF or PLATFORM. */
  fault?: Fault;
  /** The booking: its global ID or row id. */
  id: string | number;
  /** Why (1 to 500 characters; kept in the booking's and the order's history). */
  reason: string;
};

/** Where a booking came in. */
export type BookingChannel =
  /** The mobile app. */
  | 'APP'
  /** An agent entered it for the customer on the phone. */
  | 'PHONE'
  /** The web site. */
  | 'WEB';

/** The input of `bookingCreate`. */
export type BookingCreateInput = {
  /** The service address as written (at most 300 characters). */
  address: string;
  /** Where the booking comes in; PHONE is for agents booking for a customer. */
  channel?: BookingChannel;
  /** Agents booking for a customer (e.g. by phone): the User's global id (from users) or its row id. */
  customerId?: string | number | null | undefined;
  /** The problem in the customer's words, Chinese or English (at most 2,000 characters; too thin or unreadable text sends the booking to NEEDS_CHANGES). */
  description: string;
  /** A repeat visit: the customer's completed order this booking comes back to (it then does not count as fixed the first time). */
  followUpOf?: string | number | null | undefined;
  /** The service type's form filled in (a JSON object checked against its `formSchema`). */
  formData?: unknown;
  /** Retrying with the same key returns the same booking. */
  idempotencyKey?: string | null | undefined;
  /** The address's point (WGS-84); without one the booking NEEDS_CHANGES. */
  location?: GeoPointInput | null | undefined;
  /** When the appointment should end (after the start, a window of at most 12 hours); null: no end given. */
  scheduledEnd?: string | null | undefined;
  /** When the appointment should start: with a time zone, in the future, at most 90 days ahead; outside the type's service hours it NEEDS_CHANGES. */
  scheduledStart: string;
  /** A priced item of that service type (its id); it sets the quoted price. */
  serviceItemId?: string | number | null | undefined;
  /** The service type (its id). Without it the type is suggested from the description: picked when the suggestion is confident, otherwise CHOOSE_SERVICE_TYPE lists suggestions. */
  serviceTypeId?: string | number | null | undefined;
  /** Codes of special requirements the service type offers. */
  specialRequirements?: Array<string> | null | undefined;
  /** How soon; one of the urgencies the service type offers. */
  urgency?: Urgency;
};

/** Narrow a booking list; every part is optional. */
export type BookingFilterInput = {
  /** Agents only; a customer always sees their own. */
  customerId?: string | number | null | undefined;
  /** Only appointments starting at or after this moment. */
  from?: string | null | undefined;
  /** Words from the number, description, address or customer. */
  search?: string | null | undefined;
  /** Only bookings of this service type (its id). */
  serviceTypeId?: string | number | null | undefined;
  /** Only bookings in these states; null: every state. */
  status?: Array<BookingStatus> | null | undefined;
  /** Only appointments starting before this moment. */
  to?: string | null | undefined;
};

/** The input of `bookingReschedule`. */
export type BookingRescheduleInput = {
  /** Whose doing the change is; only agents may say STAFF or PLATFORM. */
  fault?: Fault;
  /** The booking: its global ID or row id. */
  id: string | number;
  /** The new end; null: none. */
  scheduledEnd?: string | null | undefined;
  /** The new start (with a time zone). */
  scheduledStart: string;
};

/** The input of `bookingReturn`. */
export type BookingReturnInput = {
  /** The booking: its global ID or row id. */
  id: string | number;
  /** What the customer must change (1–500 characters); they see it as the booking's review problem. */
  reason: string;
};

/** Where a booking is in its life. 预约状态。 */
export type BookingStatus =
  /** Cancelled by the customer or an agent. 已取消。 */
  | 'CANCELLED'
  /** The work is done. 已完成。 */
  | 'COMPLETED'
  /** Confirmed; its order is being dispatched. 已确认。 */
  | 'CONFIRMED'
  /** The staff member started the work. 服务中。 */
  | 'IN_SERVICE'
  /** The automatic review found problems the customer must fix (`reviewProblems`). 待修改。 */
  | 'NEEDS_CHANGES'
  /** Waiting for an agent's approval (service types with manual review). 待审核。 */
  | 'PENDING_REVIEW'
  /** Received; the automatic review has not finished. 已提交。 */
  | 'SUBMITTED';

/** Only the fields given change; the booking is reviewed again. */
export type BookingUpdateInput = {
  /** A new address (null is refused: it is required). */
  address?: string | null | undefined;
  /** A new description (null is refused: it is required). */
  description?: string | null | undefined;
  /** The form filled in anew (replaces the old answers). */
  formData?: unknown;
  /** The booking: its global ID or row id. */
  id: string | number;
  /** A new point; null removes it. */
  location?: GeoPointInput | null | undefined;
  /** A new end; null removes it. */
  scheduledEnd?: string | null | undefined;
  /** A new start (null is refused: it is required). */
  scheduledStart?: string | null | undefined;
  /** Another item (its id). */
  serviceItemId?: string | number | null | undefined;
  /** Another service type (its id). */
  serviceTypeId?: string | number | null | undefined;
  /** The new list of special requirement codes; null empties it. */
  specialRequirements?: Array<string> | null | undefined;
  /** A new urgency. */
  urgency?: Urgency | null | undefined;
};

/** Why a booking operation was refused, or what its review asks to change. */
export type BookingsErrorCode =
  /** “PHONE bookings are entered by an agent.” · “电话渠道的预约须由客服录入。” */
  | 'CHANNEL_NOT_ALLOWED'
  /** “Please choose a service type; suggested: {suggestions}.” · “请选择服务类型,系统推荐:{suggestions}。” */
  | 'CHOOSE_SERVICE_TYPE'
  /** “The code {value} is already in use.” · “编码 {value} 已被使用。” */
  | 'CODE_TAKEN'
  /** “Only agents can book for another customer.” · “只有客服可以替客户预约。” */
  | 'CUSTOMER_NOT_ALLOWED'
  /** “A phone booking needs the customer it is for.” · “电话预约须指定客户。” */
  | 'CUSTOMER_REQUIRED'
  /** “The description does not look like readable text; please rewrite it.” · “问题描述看起来不像正常文字,请重新填写。” */
  | 'DESCRIPTION_NOT_READABLE'
  /** “Please describe the problem in more detail (at least {minimum} characters).” · “请再具体描述一下问题(至少 {minimum} 个字)。” */
  | 'DESCRIPTION_TOO_SHORT'
  /** “Duplicate value: {value}.” · “重复的值:{value}。” */
  | 'DUPLICATE'
  /** “The end must be after the start.” · “结束时间须晚于开始时间。” */
  | 'END_BEFORE_START'
  /** “Must be {type_en}.” · “应为{type_zh}。” */
  | 'EXPECTED_TYPE'
  /** “The export was not found.” · “找不到该导出任务。” */
  | 'EXPORT_NOT_FOUND'
  /** “Only agents can say whose fault a change is.” · “只有客服可以认定责任方。” */
  | 'FAULT_NOT_ALLOWED'
  /** “A repeat visit can only follow a completed order (this one is {status}).” · “只能为已完成的订单预约返修(该订单状态为 {status})。” */
  | 'FOLLOW_UP_NOT_COMPLETED'
  /** “No order of this customer has that id.” · “找不到该客户的这张订单。” */
  | 'FOLLOW_UP_UNKNOWN'
  /** “{title_en} is not valid: {reason_en}” · “「{title}」填写有误:{reason}” */
  | 'FORM_FIELD_INVALID'
  /** “Please fill in {title_en}.” · “请填写「{title}」。” */
  | 'FORM_FIELD_REQUIRED'
  /** “The form has no field {name}.” · “表单中没有「{name}」这一项。” */
  | 'FORM_FIELD_UNKNOWN'
  /** “The form data must be an object.” · “表单内容须为对象。” */
  | 'FORM_NOT_OBJECT'
  /** “Not a valid JSON Schema: {reason}” · “表单定义不是有效的 JSON Schema:{reason}” */
  | 'FORM_SCHEMA_INVALID'
  /** “The form schema is too large (limit {limit}).” · “表单定义过大(上限 {limit})。” */
  | 'FORM_SCHEMA_TOO_LARGE'
  /** “Not supported in a form: {reason}” · “表单定义不支持:{reason}” */
  | 'FORM_SCHEMA_UNSUPPORTED'
  /** “Weekday {weekday} is closed and cannot have service windows.” · “星期{weekday}已设为休息,不能再设服务时段。” */
  | 'HOURS_CLOSED_CONFLICT'
  /** “The start must be before the end.” · “开始时间须早于结束时间。” */
  | 'HOURS_ORDER'
  /** “Service windows overlap on weekday {weekday}.” · “星期{weekday}的服务时段有重叠。” */
  | 'HOURS_OVERLAP'
  /** “Use a-z, 0-9 and _, starting with a letter, at most 50 characters.” · “只能包含小写字母、数字和下划线,以字母开头,最多 50 个字符。” */
  | 'INVALID_CODE'
  /** “Invalid point: latitude -90..90, longitude -180..180.” · “坐标无效:纬度 -90..90,经度 -180..180。” */
  | 'INVALID_POINT'
  /** “Times are HH:MM, e.g. 08:30.” · “时间须为 HH:MM 格式,例如 08:30。” */
  | 'INVALID_TIME'
  /** “The booking is {status}; it cannot be {action}.” · “预约当前状态为 {status},不能{action}。” */
  | 'INVALID_TRANSITION'
  /** “The booking was not found.” · “找不到该预约。” */
  | 'NOT_FOUND'
  /** “The address is outside the service area (served: {regions}).” · “该地址不在服务范围内(服务区域:{regions})。” */
  | 'OUTSIDE_SERVICE_AREA'
  /** “This service works {hours} (local time); please choose another time.” · “该服务的营业时间为 {hours}(北京时间),请调整预约时间。” */
  | 'OUTSIDE_SERVICE_HOURS'
  /** “Must be between {min} and {max}.” · “取值须在 {min} 到 {max} 之间。” */
  | 'OUT_OF_RANGE'
  /** “Page size must be 1 to {limit}.” · “每页数量须在 1 到 {limit} 之间。” */
  | 'PAGE_SIZE'
  /** “Each rule needs either a fixed fee or a percentage, not both.” · “每条规则须设置固定费用或百分比,二者选一。” */
  | 'POLICY_FEE_CHOICE'
  /** “The rules need one for 0 hours before the appointment.” · “取消规则须包含「距预约 0 小时」的规则。” */
  | 'POLICY_NEEDS_ZERO'
  /** “Cancelling later cannot cost less: the {hours} h rule is below the {previous} h rule.” · “距预约越近,取消费用不能越低:{hours} 小时的规则低于 {previous} 小时的规则。” */
  | 'POLICY_NOT_MONOTONIC'
  /** “This field is required.” · “此项必填。” */
  | 'REQUIRED'
  /** “Customer service sent the booking back; change it as asked and submit it again: {reason}” · “客服退回了预约,请按说明修改后重新提交:{reason}” */
  | 'RETURNED_BY_AGENT'
  /** “A region cannot be its own neighbour.” · “区域不能与自己相邻。” */
  | 'SELF_NEIGHBOUR'
  /** “The appointment cannot be in the past.” · “预约时间不能早于现在。” */
  | 'TIME_IN_PAST'
  /** “Times need a time zone, e.g. 2026-12-01T09:00:00+08:00.” · “时间须带时区,例如 2026-12-01T09:00:00+08:00。” */
  | 'TIME_NOT_AWARE'
  /** “Appointments can be made at most {days} days ahead.” · “只能预约 {days} 天以内的时间。” */
  | 'TIME_TOO_FAR'
  /** “Too long (at most {limit} characters).” · “内容过长(上限 {limit} 个字符)。” */
  | 'TOO_LONG'
  /** “The customer was not found.” · “找不到该客户。” */
  | 'UNKNOWN_CUSTOMER'
  /** “Unknown field {name}.” · “不支持的字段 {name}。” */
  | 'UNKNOWN_FIELD'
  /** “There is no region {value}.” · “服务区域 {value} 不存在。” */
  | 'UNKNOWN_REGION'
  /** “That service item does not belong to the service type.” · “该服务项目不属于所选服务类型。” */
  | 'UNKNOWN_SERVICE_ITEM'
  /** “That service type does not exist.” · “该服务类型不存在或已停用。” */
  | 'UNKNOWN_SERVICE_TYPE'
  /** “Unknown special requirement: {code}.” · “不支持的特殊要求:{code}。” */
  | 'UNKNOWN_SPECIAL_REQUIREMENT'
  /** “This service does not offer urgency {urgency}.” · “该服务不提供此紧急程度:{urgency}。” */
  | 'UNKNOWN_URGENCY'
  /** “The time window cannot be longer than {hours} hours.” · “预约时间段不能超过 {hours} 小时。” */
  | 'WINDOW_TOO_LONG';

/** The input of `bookingsExport`. */
export type BookingsExportInput = {
  /** Which bookings (as for `bookings`); customers always get only their own. */
  filter?: BookingFilterInput | null | undefined;
  /** The file format. */
  format?: ExportFormat;
};

/** Rules by notice (one must be for 0 h; later never cheaper), the least fee once staff are on the way, and the compensation when staff or the platform are at fault. */
export type CancellationPolicyInput = {
  /** The rules by notice (one must be for 0 hours; more notice is never dearer). */
  rules: Array<CancellationRuleInput>;
  /** The least fee once staff are on the way, in fen. */
  staffEnRouteFeeMinor?: number;
  /** Owed to the customer when staff or the platform are at fault, in fen. */
  staffFaultCompensationMinor?: number;
};

/** From hoursBeforeGte hours before on: feeMinor OR feePercent. */
export type CancellationRuleInput = {
  /** A fee in fen (give this or feePercent). */
  feeMinor?: number | null | undefined;
  /** A fee as a percentage of the price, 0..100 (give this or feeMinor). */
  feePercent?: number | null | undefined;
  /** From this many hours of notice on (included). */
  hoursBeforeGte: number;
};

/** Why a catalog change, or an answer to a service type's form, was refused. */
export type CatalogErrorCode =
  /** “The code {value} is already in use.” · “编码 {value} 已被使用。” */
  | 'CODE_TAKEN'
  /** “Duplicate value: {value}.” · “重复的值:{value}。” */
  | 'DUPLICATE'
  /** “Must be {type_en}.” · “应为{type_zh}。” */
  | 'EXPECTED_TYPE'
  /** “{title_en} is not valid: {reason_en}” · “「{title}」填写有误:{reason}” */
  | 'FORM_FIELD_INVALID'
  /** “Please fill in {title_en}.” · “请填写「{title}」。” */
  | 'FORM_FIELD_REQUIRED'
  /** “The form has no field {name}.” · “表单中没有「{name}」这一项。” */
  | 'FORM_FIELD_UNKNOWN'
  /** “Not a valid JSON Schema: {reason}” · “表单定义不是有效的 JSON Schema:{reason}” */
  | 'FORM_SCHEMA_INVALID'
  /** “The form schema is too large (limit {limit}).” · “表单定义过大(上限 {limit})。” */
  | 'FORM_SCHEMA_TOO_LARGE'
  /** “Not supported in a form: {reason}” · “表单定义不支持:{reason}” */
  | 'FORM_SCHEMA_UNSUPPORTED'
  /** “Weekday {weekday} is closed and cannot have service windows.” · “星期{weekday}已设为休息,不能再设服务时段。” */
  | 'HOURS_CLOSED_CONFLICT'
  /** “The start must be before the end.” · “开始时间须早于结束时间。” */
  | 'HOURS_ORDER'
  /** “Service windows overlap on weekday {weekday}.” · “星期{weekday}的服务时段有重叠。” */
  | 'HOURS_OVERLAP'
  /** “Use a-z, 0-9 and _, starting with a letter, at most 50 characters.” · “只能包含小写字母、数字和下划线,以字母开头,最多 50 个字符。” */
  | 'INVALID_CODE'
  /** “Invalid point: latitude -90..90, longitude -180..180.” · “坐标无效:纬度 -90..90,经度 -180..180。” */
  | 'INVALID_POINT'
  /** “Times are HH:MM, e.g. 08:30.” · “时间须为 HH:MM 格式,例如 08:30。” */
  | 'INVALID_TIME'
  /** “{what} was not found.” · “找不到 {what}。” */
  | 'NOT_FOUND'
  /** “Must be between {min} and {max}.” · “取值须在 {min} 到 {max} 之间。” */
  | 'OUT_OF_RANGE'
  /** “Each rule needs either a fixed fee or a percentage, not both.” · “每条规则须设置固定费用或百分比,二者选一。” */
  | 'POLICY_FEE_CHOICE'
  /** “The rules need one for 0 hours before the appointment.” · “取消规则须包含「距预约 0 小时」的规则。” */
  | 'POLICY_NEEDS_ZERO'
  /** “Cancelling later cannot cost less: the {hours} h rule is below the {previous} h rule.” · “距预约越近,取消费用不能越低:{hours} 小时的规则低于 {previous} 小时的规则。” */
  | 'POLICY_NOT_MONOTONIC'
  /** “This field is required.” · “此项必填。” */
  | 'REQUIRED'
  /** “A region cannot be its own neighbour.” · “区域不能与自己相邻。” */
  | 'SELF_NEIGHBOUR'
  /** “Must be at most {limit} long.” · “长度不能超过 {limit}。” */
  | 'TOO_LONG'
  /** “Unknown field {name}.” · “不支持的字段 {name}。” */
  | 'UNKNOWN_FIELD'
  /** “There is no region {value}.” · “服务区域 {value} 不存在。” */
  | 'UNKNOWN_REGION'
  /** “Urgency must be NORMAL, URGENT or EMERGENCY.” · “紧急程度只能是 NORMAL、URGENT 或 EMERGENCY。” */
  | 'UNKNOWN_URGENCY';

/** Where a cancellation or reschedule charge is. */
export type ChargeStatus =
  /** Owed: a fee the customer has not paid, or compensation not yet paid back. */
  | 'PENDING'
  /** Paid (a fee) or paid back (compensation). */
  | 'SETTLED'
  /** Let go by an agent. */
  | 'WAIVED';

/** What a verification code is for; a code works only for its purpose. */
export type CodePurpose =
  /** Signing in without a password (`tokenCreateWithCode`). */
  | 'LOGIN'
  /** Signing up (`userRegister`). */
  | 'REGISTER'
  /** A forgotten password (`passwordReset`). */
  | 'RESET_PASSWORD';

/** The datum of a reported point. */
export type CoordinateSystem =
  /** The datum of Chinese map SDKs (AMap, Tencent); converted to WGS-84 when stored. */
  | 'GCJ02'
  /** GPS and the browser's Geolocation API. */
  | 'WGS84';

/** Who or what made an assignment decision. */
export type DecisionKind =
  /** The dispatch engine under the active policy. */
  | 'AUTO'
  /** A staff member's grab, judged by the policy's requirements. */
  | 'GRAB'
  /** A dispatcher's assignment (orderAssign). */
  | 'MANUAL'
  /** The periodic re-plan moved an unanswered offer to a better-placed staff member. */
  | 'REOPTIMISE'
  /** A version in shadow mode, evaluated beside the active one; it changes nothing. */
  | 'SHADOW';

/** What an assignment decision did with the order. */
export type DecisionOutcome =
  /** Given to a staff member (a grab that won, or a dispatcher's choice). */
  | 'ASSIGNED'
  /** Shadow: the version would have chosen someone. */
  | 'CHOSEN'
  /** Shadow: the version failed to evaluate (logged); dispatch went on. */
  | 'ERROR'
  /** Nobody qualified: sent to a dispatcher queue. */
  | 'ESCALATED'
  /** Shadow: the version would have found nobody. */
  | 'NO_CANDIDATE'
  /** Offered (pushed to one or broadcast to several staff members). */
  | 'OFFERED'
  /** Left in the grab pool. */
  | 'POOLED'
  /** A grab the policy's requirements did not allow. */
  | 'REFUSED';

/** How serious a diagnostic is: an error blocks saving and publishing. */
export type DiagnosticSeverity =
  /** The text cannot be saved or published until it is fixed. */
  | 'ERROR'
  /** Worth a look (e.g. a misspelt value, an unreachable policy); saving works. */
  | 'WARNING';

/** The file format of an export. */
export type ExportFormat =
  /** Comma-separated, UTF-8 with a BOM. */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** Why an operation was refused. */
export type ExternalLoginErrorCode =
  /** “This account is disabled.” · “该账号已停用。” */
  | 'ACCOUNT_DISABLED'
  /** “The provider's ID token failed verification: {reason}.” · “第三方身份凭证未通过校验:{reason}。” */
  | 'INVALID_ID_TOKEN'
  /** “The address to return to after sign-in is not allowed.” · “登录后的返回地址不在允许范围内。” */
  | 'INVALID_RETURN_URL'
  /** “The sign-in request is invalid, expired or already used; start the sign-in again.” · “登录请求无效、已过期或已使用,请重新发起登录。” */
  | 'INVALID_STATE'
  /** “The sign-in provider did not complete the sign-in: {detail}.” · “第三方登录未完成:{detail}。” */
  | 'PROVIDER_ERROR'
  /** “The sign-in provider cannot be reached; try again later.” · “暂时无法连接第三方登录服务,请稍后再试。” */
  | 'PROVIDER_UNAVAILABLE'
  /** “Unknown sign-in provider: {provider}.” · “未知的第三方登录方式:{provider}。” */
  | 'UNKNOWN_PROVIDER';

/** Whose doing a cancellation or reschedule is; it decides fee or compensation. Agents may name STAFF or PLATFORM; a customer's own change is CUSTOMER. */
export type Fault =
  /** The customer's: the policy's fee applies. */
  | 'CUSTOMER'
  /** The platform's: the customer gets compensation. */
  | 'PLATFORM'
  /** The staff member's: the customer gets compensation. */
  | 'STAFF';

/** WGS-84 latitude (-90..90) and longitude (-180..180) in degrees. */
export type GeoPointInput = {
  /** Latitude in degrees, WGS-84 (-90..90). */
  lat: number;
  /** Longitude in degrees, WGS-84 (-180..180). */
  lon: number;
};

/** The input of `helpRequestClose`. */
export type HelpRequestCloseInput = {
  /** The help request's id. */
  id: string | number;
  /** What came of it (kept on the request). */
  resolution?: string;
};

/** The input of `helpRequestJoin`, `helpRequestTakeOver`. */
export type HelpRequestIdInput = {
  /** The help request's id. */
  id: string | number;
};

/** What a colleague did with a help request. */
export type HelpRole =
  /** Asked to help (a nearby qualified colleague or the supervisor). */
  | 'INVITED'
  /** Joined as a helper: reads the order's contact details. */
  | 'JOINED'
  /** Took the order over: its assignee now. */
  | 'TOOK_OVER';

/** Where a help request is: OPEN until closed by the requester or a supervisor, or taken over. */
export type HelpStatus =
  /** Closed by the requester or a supervisor, with a resolution. */
  | 'CLOSED'
  /** Waiting for, or getting, help. */
  | 'OPEN'
  /** A colleague or supervisor took the order over. */
  | 'TAKEN_OVER';

/** The signed-in user's own name and e-mail; null leaves a field as it is. */
export type MeUpdateInput = {
  /** The new e-mail, unique among accounts (`EMAIL_TAKEN` at `email`); null: unchanged. */
  email?: string | null | undefined;
  /** The new name; null: unchanged. */
  name?: string | null | undefined;
};

/** What a staff member is told about. */
export type OfferLiveEventKind =
  /** The order may be grabbed. */
  | 'GRABBABLE'
  /** The order is offered to you. */
  | 'OFFERED';

/** The input of `orderAssign`. */
export type OrderAssignInput = {
  /** The order: its global ID or row id. */
  id: string | number;
  /** Why by hand (required; kept in the history and the MANUAL decision). */
  reason: string;
  /** The staff member: a User's global ID or row id. */
  staffId: string | number;
};

/** What an entry of an order's history records. */
export type OrderChangeKind =
  /** The assignee's estimated arrival passed the promised arrival deadline; the status stayed. */
  | 'ARRIVAL_JEOPARDY'
  /** A colleague joined a help request as a helper; the status stayed. */
  | 'HELP_JOINED'
  /** An offered staff member turned the offer down; the status stayed. */
  | 'OFFER_REJECTED'
  /** The periodic re-plan moved the offer to a better-placed staff member; the status stayed. */
  | 'REOFFERED'
  /** The status changed (`fromStatus` → `toStatus`). */
  | 'STATUS'
  /** A colleague or supervisor took the order over; the status stayed. */
  | 'TAKEN_OVER';

/** Narrow an order list; every part is optional. */
export type OrderFilterInput = {
  /** Only the grab pool. */
  grabbable?: boolean;
  /** Staff: only orders offered or assigned to me. */
  mine?: boolean;
  /** Only orders in this region (its code). */
  region?: string | null | undefined;
  /** Only orders in these states; null: every state. */
  status?: Array<OrderStatus> | null | undefined;
};

/** Why an order event was sent. */
export type OrderLiveEventKind =
  /** The assignee's estimated arrival passed the promised arrival deadline (`reason` gives both times); the status stays. */
  | 'ARRIVAL_JEOPARDY'
  /** The order's status changed (`fromStatus` → `status`). */
  | 'CHANGED'
  /** A colleague joined a help request on the order as a helper; the status stays. */
  | 'HELP_JOINED'
  /** An offered staff member turned the offer down (`reason`); the status stays while other offers are pending. */
  | 'OFFER_REJECTED'
  /** The periodic re-plan moved an unanswered offer to a better-placed staff member; the status stays. */
  | 'REOFFERED'
  /** The order's state when the subscription started. */
  | 'SNAPSHOT'
  /** A colleague or supervisor took the order over from the requester of a help request: a new assignee; the status stays. */
  | 'TAKEN_OVER';

/** What the assignee may report. */
export type OrderProgress =
  /** Done (from IN_PROGRESS). */
  | 'COMPLETED'
  /** On the way (from ASSIGNED). */
  | 'EN_ROUTE'
  /** At work on site (from ASSIGNED or EN_ROUTE). */
  | 'IN_PROGRESS';

/** Where an order is in its life. 订单状态。 */
export type OrderStatus =
  /** A staff member has it (grab, accepted offer or a dispatcher's choice). 已接。 */
  | 'ASSIGNED'
  /** Its booking was cancelled. 已取消。 */
  | 'CANCELLED'
  /** The assignee reported the work done. 已完成。 */
  | 'COMPLETED'
  /** The assignee is on the way (reported by them). 在途。 */
  | 'EN_ROUTE'
  /** Nobody qualified: it waits in a dispatcher queue. 待人工。 */
  | 'ESCALATED'
  /** The assignee is at work on site. 服务中。 */
  | 'IN_PROGRESS'
  /** Offered to one or more staff members, each with an accept deadline. 已派。 */
  | 'OFFERED'
  /** In the grab pool: eligible staff may grab it. 待抢。 */
  | 'OPEN';

/** The input of `orderStatusUpdate`. */
export type OrderStatusUpdateInput = {
  /** COMPLETED: the answers to the order's completionChecklist, by item name (`{"water_off": true}`); a required item left out is refused at `checklist.<item>`, named. */
  checklist?: unknown;
  /** The order: its global ID or row id. */
  id: string | number;
  /** A key the app makes for this step (1..64 of A-Z a-z 0-9 - _): resent with the same key, the step is applied once and the resend answered as the first. */
  idempotencyKey?: string | null | undefined;
  /** Where the assignee is (kept in the history). */
  location?: GeoPointInput | null | undefined;
  /** Kept in the order's history as the reason. */
  note?: string;
  /** The status reached. */
  status: OrderProgress;
};

/** Why an order operation was refused. */
export type OrdersErrorCode =
  /** “Someone else has already taken this order.” · “订单已被他人接走” */
  | 'ALREADY_TAKEN'
  /** “The checklist item “{item_en}” is not valid.” · “检查项「{item}」填写有误” */
  | 'CHECKLIST_ITEM_INVALID'
  /** “Complete the checklist item “{item_en}” before finishing.” · “完工前请完成检查项「{item}」” */
  | 'CHECKLIST_ITEM_REQUIRED'
  /** “Attach the file.” · “请附上文件” */
  | 'FILE_MISSING'
  /** “The file is too large (at most {limit} bytes).” · “文件过大(上限 {limit} 字节)” */
  | 'FILE_TOO_LARGE'
  /** “Only JPEG or PNG images are accepted.” · “只接受 JPEG 或 PNG 图片” */
  | 'FILE_TYPE'
  /** “This help request is over ({status}).” · “该求助已结束({status})” */
  | 'HELP_CLOSED'
  /** “No such help request.” · “求助不存在” */
  | 'HELP_NOT_FOUND'
  /** “An idempotency key is 1 to {max} letters, digits, - or _.” · “幂等键须为 1 到 {max} 个字母、数字、- 或 _” */
  | 'IDEMPOTENCY_KEY_INVALID'
  /** “This idempotency key was already used for another request.” · “该幂等键已用于另一项操作” */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** “An order cannot go from {from_status} to {to_status}.” · “订单不能从 {from_status} 变为 {to_status}” */
  | 'ILLEGAL_TRANSITION'
  /** “Say what help you need.” · “请填写求助内容” */
  | 'MESSAGE_REQUIRED'
  /** “An order in state {status} cannot be assigned.” · “订单当前状态 {status} 不能指派” */
  | 'NOT_ASSIGNABLE'
  /** “Only the assigned staff member may do this.” · “只有接单人可以操作该订单” */
  | 'NOT_ASSIGNEE'
  /** “You may not take this order: {reasons}” · “您不符合接单条件:{reasons}” */
  | 'NOT_ELIGIBLE'
  /** “No such order.” · “订单不存在” */
  | 'NOT_FOUND'
  /** “You were not asked to help with this order.” · “您未被邀请协助该订单” */
  | 'NOT_INVITED'
  /** “This order is not offered to you.” · “该订单未派给您” */
  | 'NOT_OFFERED'
  /** “Only the requester or a supervisor may close it.” · “只有求助人或主管可以结束求助” */
  | 'NOT_REQUESTER'
  /** “The offer has expired and can no longer be answered.” · “派单已过期,无法再应答” */
  | 'OFFER_EXPIRED'
  /** “You cannot answer your own help request.” · “不能应答自己的求助” */
  | 'OWN_HELP_REQUEST'
  /** “first must be between 1 and {limit}.” · “每页数量须在 1 到 {limit} 之间” */
  | 'PAGE_SIZE'
  /** “kind must be BEFORE, AFTER or SIGNATURE.” · “类型须为 BEFORE、AFTER 或 SIGNATURE” */
  | 'PROOF_KIND'
  /** “A reason is required.” · “请填写原因” */
  | 'REASON_REQUIRED'
  /** “No such staff member.” · “服务人员不存在” */
  | 'STAFF_NOT_FOUND';

/** Why an operation was refused. */
export type OutboxErrorCode =
  /** “The job has not failed (it is {status}); there is nothing to retry.” · “该任务不是失败状态(当前:{status}),无需重试。” */
  | 'JOB_NOT_FAILED'
  /** “There is no such job.” · “找不到该任务。” */
  | 'JOB_NOT_FOUND';

/** Fields left out keep their current value. */
export type PasswordPolicyUpdateInput = {
  /** null: unchanged. */
  blockCommon?: boolean | null | undefined;
  /** null: unchanged. */
  blockPersonalInfo?: boolean | null | undefined;
  /** New most characters; null: unchanged. */
  maxLength?: number | null | undefined;
  /** New fewest characters; null: unchanged. */
  minLength?: number | null | undefined;
  /** null: unchanged. */
  passphraseLength?: number | null | undefined;
  /** null: unchanged. */
  requireDigit?: boolean | null | undefined;
  /** null: unchanged. */
  requireLetter?: boolean | null | undefined;
  /** null: unchanged. */
  requireSpecial?: boolean | null | undefined;
};

/** What a payment pays for. */
export type PaymentPurpose =
  /** The booking's pending cancellation and reschedule fees. */
  | 'CANCELLATION'
  /** The booking's quoted price (less what was paid already). */
  | 'SERVICE';

/** Where a payment is: opened, paid, or closed unpaid. */
export type PaymentStatus =
  /** The provider reported it closed unpaid; a payment arriving later still turns it PAID. */
  | 'CLOSED'
  /** Opened: the QR code or link may be paid (30 minutes). */
  | 'CREATED'
  /** The provider reported it paid (verified notification). */
  | 'PAID';

/** Why a payment or refund was refused. */
export type PaymentsErrorCode =
  /** “The amount must be a positive number of fen.” · “金额须为正整数(单位:分)。” */
  | 'AMOUNT_INVALID'
  /** “At most {refundable} fen can be refunded.” · “最多可退 {refundable} 分。” */
  | 'AMOUNT_TOO_HIGH'
  /** “The booking does not exist.” · “预约不存在。” */
  | 'BOOKING_NOT_FOUND'
  /** “This booking has no pending compensation with that id.” · “该预约没有待结算的补偿。” */
  | 'CHARGE_NOT_FOUND'
  /** “Nothing is due on this booking.” · “该预约当前无需付款。” */
  | 'NOTHING_DUE'
  /** “This payment is not paid, so it cannot be refunded.” · “该笔付款尚未完成,不能退款。” */
  | 'NOT_PAID'
  /** “The booking is {status}; its service cannot be paid for now.” · “预约状态为 {status},暂不能支付服务费。” */
  | 'NOT_PAYABLE'
  /** “You can only pay for your own bookings.” · “只能为您自己的预约付款。” */
  | 'NOT_YOUR_BOOKING'
  /** “The payment does not exist.” · “付款记录不存在。” */
  | 'PAYMENT_NOT_FOUND'
  /** “The payment service is unavailable; please try again shortly.” · “支付服务暂时不可用,请稍后重试。” */
  | 'PROVIDER_UNAVAILABLE'
  /** “Give a reason for the refund.” · “请填写退款原因。” */
  | 'REASON_REQUIRED'
  /** “Must be at most {max} characters.” · “内容不能超过 {max} 个字符。” */
  | 'TOO_LONG'
  /** “This payment method is not available: {provider}.” · “不支持该支付方式:{provider}。” */
  | 'UNKNOWN_PROVIDER';

/** Why an operation was refused. */
export type PolicyErrorCode =
  /** “{count} example(s) fail, so the version cannot be published: {names}” · “有 {count} 个样例未通过，不能发布：{names}” */
  | 'EXAMPLES_FAILED'
  /** “A policy name is 1-100 letters, digits, underscores or hyphens.” · “策略名称须为 1–100 个字母、数字、下划线或连字符。” */
  | 'INVALID_NAME'
  /** “No dispatch policy is published.” · “没有已发布的派单策略。” */
  | 'NO_ACTIVE_POLICY'
  /** “Give either order ids or a start time, not both.” · “请提供订单 ID 列表或起始时间，二者选一。” */
  | 'ORDERS_OR_SINCE'
  /** “No such order: {order}.” · “找不到订单 {order}。” */
  | 'ORDER_NOT_FOUND'
  /** “No such policy.” · “找不到该策略。” */
  | 'POLICY_NOT_FOUND'
  /** “Line {line}, column {column}: {detail}” · “第 {line} 行第 {column} 列：{detail}” */
  | 'SOURCE_ERROR'
  /** “Give either the policy text or a policy id (with an optional version), not both.” · “请提供规则文本，或者策略 ID（可带版本号），二者选一。” */
  | 'SOURCE_OR_VERSION'
  /** “The policy text is too long (at most {limit} characters).” · “规则文本过长（最多 {limit} 个字符）。” */
  | 'SOURCE_TOO_LARGE'
  /** “No such staff member (or they have no position).” · “找不到该服务人员(或其没有位置)。” */
  | 'STAFF_NOT_FOUND'
  /** “At most {limit} orders can be simulated at once.” · “一次最多模拟 {limit} 个订单。” */
  | 'TOO_MANY_ORDERS'
  /** “The policy has no version {version}.” · “该策略没有版本 {version}。” */
  | 'VERSION_NOT_FOUND';

/** The input of `policyPublish`. */
export type PolicyPublishInput = {
  /** The policy. */
  id: string | number;
  /** Evaluate it beside the active version on live orders, recorded, not acted on, instead of activating it. */
  shadow?: boolean;
  /** The version's number. */
  version: number;
};

/** The input of `policyRuleAdd`, `policyRuleRemove`. */
export type PolicyRuleInput = {
  /** call, read, or read:<relation>. */
  action: string;
  /** Query.x, Mutation.x, a type, or Type.field. */
  object: string;
  /** A role name. */
  subject: string;
};

/** The input of `policySave`. */
export type PolicySaveInput = {
  /** The policy (rule set); created on first save. */
  name: string;
  /** What changed, for the version history. */
  note?: string;
  /** The DSL text (must have no error diagnostics). */
  source: string;
};

/** The input of `policySimulate`. */
export type PolicySimulateInput = {
  /** Replay these orders (at most 500), or … */
  orderIds?: Array<string | number> | null | undefined;
  /** … a policy */
  policyId?: string | number | null | undefined;
  /** … the orders decided since then (default: the latest 500). */
  since?: string | null | undefined;
  /** Draft text, or … */
  source?: string | null | undefined;
  /** … and its version (default: the latest). */
  version?: number | null | undefined;
};

/** Where a policy version is in its life; its text never changes. */
export type PolicyVersionStatus =
  /** Saved, not in force. */
  | 'DRAFT'
  /** The policy's one active version: live dispatch runs it. */
  | 'PUBLISHED'
  /** Was published; another version replaced it. */
  | 'RETIRED'
  /** Evaluated beside the active version on live orders and recorded; it assigns nothing. */
  | 'SHADOW';

/** The input of `reportExport`. */
export type ReportExportInput = {
  /** The file format. */
  format: ReportFormat;
  /** First local date. */
  from: string;
  /** TASK_STATS: split each bucket by this dimension. */
  groupBy?: TaskGroupBy | null | undefined;
  /** TASK_STATS and SATISFACTION_TREND buckets. */
  period?: ReportPeriod;
  /** Which report. */
  report: ReportName;
  /** Last local date (inclusive; at most 366 days after `from`). */
  to: string;
};

/** File format of an export. */
export type ReportFormat =
  /** Comma-separated, UTF-8 with a BOM. */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** A report that can be exported. */
export type ReportName =
  /** `qualityIssues`. */
  | 'QUALITY_ISSUES'
  /** `recurringComplaints`. */
  | 'RECURRING_COMPLAINTS'
  /** `satisfactionTrend`. */
  | 'SATISFACTION_TREND'
  /** `staffRanking` (staff: their own row). */
  | 'STAFF_RANKING'
  /** `taskStats`. */
  | 'TASK_STATS';

/** The bucket of a trend, in the business time zone. */
export type ReportPeriod =
  /** One local day. */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** Monday to Sunday. */
  | 'WEEK';

/** The input of `reviewSubmit`. */
export type ReviewSubmitInput = {
  /** How the staff member treated you. */
  attitude: SatisfactionLevel;
  /** At most 500 characters. */
  comment?: string;
  /** The completed order: its global ID or row id. */
  orderId: string | number;
  /** The quality of the work. */
  quality: SatisfactionLevel;
  /** The staff member's skill. */
  skill: SatisfactionLevel;
  /** How quickly it was done. */
  speed: SatisfactionLevel;
};

/** The input of `reviewUpdate`. */
export type ReviewUpdateInput = {
  /** How the staff member treated you. */
  attitude: SatisfactionLevel;
  /** At most 500 characters (replaces the old comment). */
  comment?: string;
  /** The quality of the work. */
  quality: SatisfactionLevel;
  /** The review: its id. */
  reviewId: string | number;
  /** The staff member's skill. */
  skill: SatisfactionLevel;
  /** How quickly it was done. */
  speed: SatisfactionLevel;
};

/** Why a review or feedback was refused. */
export type ReviewsErrorCode =
  /** “This review already has a reply.” · “已回复过该评价。” */
  | 'ALREADY_REPLIED'
  /** “This order has already been reviewed.” · “该订单已评价过。” */
  | 'ALREADY_REVIEWED'
  /** “A review can be changed only within {hours} hours of submitting it.” · “评价提交 {hours} 小时后不能再修改。” */
  | 'EDIT_WINDOW_CLOSED'
  /** “A rating must be between 1 and 5.” · “评分须在 1 到 5 之间。” */
  | 'LEVEL_OUT_OF_RANGE'
  /** “Only the staff member who served the order can do this.” · “只有负责该订单的服务人员可以操作。” */
  | 'NOT_THE_ASSIGNEE'
  /** “You can only review your own orders.” · “只能评价您自己的订单。” */
  | 'NOT_YOUR_ORDER'
  /** “You can only change your own review.” · “只能修改您自己的评价。” */
  | 'NOT_YOUR_REVIEW'
  /** “The order can be reviewed once it is completed.” · “订单完成后才能评价。” */
  | 'ORDER_NOT_COMPLETED'
  /** “The order does not exist.” · “订单不存在。” */
  | 'ORDER_NOT_FOUND'
  /** “This field is required.” · “此项必填。” */
  | 'REQUIRED'
  /** “The review does not exist.” · “评价不存在。” */
  | 'REVIEW_NOT_FOUND'
  /** “An order can be reviewed only within {days} days of its completion.” · “订单完成已超过 {days} 天,不能再评价。” */
  | 'REVIEW_WINDOW_CLOSED'
  /** “Must be at most {max} characters.” · “内容不能超过 {max} 个字符。” */
  | 'TOO_LONG';

/** The input of `roleAssign`. */
export type RoleAssignInput = {
  /** The role's name. */
  role: string;
  /** The user: a global ID or row id. */
  userId: string | number;
};

/** The input of `roleRevoke`. */
export type RoleRevokeInput = {
  /** The role's name. */
  role: string;
  /** The user: a global ID or row id. */
  userId: string | number;
};

/** How satisfied the customer was with one dimension (stored 5..1). */
export type SatisfactionLevel =
  /** Dissatisfied (2). 不满意。 */
  | 'DISSATISFIED'
  /** Neutral (3). 一般。 */
  | 'NEUTRAL'
  /** Satisfied (4). 满意。 */
  | 'SATISFIED'
  /** Very dissatisfied (1). 非常不满意。 */
  | 'VERY_DISSATISFIED'
  /** Very satisfied (5). 非常满意。 */
  | 'VERY_SATISFIED';

/** start–end (HH:MM, business time zone) every day; a weekday listed in weekdays has exactly its own windows, one in closedWeekdays has none. */
export type ServiceHoursInput = {
  /** Weekdays without appointments (0 Monday .. 6 Sunday). */
  closedWeekdays?: Array<number>;
  /** HH:MM every day, local time (24:00: midnight). */
  end: string;
  /** HH:MM every day, local time. */
  start: string;
  /** Windows of weekdays that differ from start–end. */
  weekdays?: Array<ServiceWindowInput>;
};

/** Only the fields given change; the revision goes up. */
export type ServiceTypeUpdateInput = {
  /** Whether customers may book it. */
  active?: boolean | null | undefined;
  /** What cancelling or rescheduling costs (bookings keep the policy they were made under). */
  cancellationPolicy?: CancellationPolicyInput | null | undefined;
  /** How long a job usually takes, in minutes. */
  defaultDurationMin?: number | null | undefined;
  /** What it covers, for customers. */
  description?: string | null | undefined;
  /** JSON Schema (2020-12) of the booking form: an object schema whose properties customers fill in (`formData`). */
  formSchema?: unknown;
  /** The service type's id. */
  id: string | number;
  /** Words (Chinese or English) that suggest it from a problem description. */
  keywords?: Array<string> | null | undefined;
  /** Whether bookings wait for an agent's approval (PENDING_REVIEW). */
  manualReview?: boolean | null | undefined;
  /** The English name. */
  nameEn?: string | null | undefined;
  /** The Chinese name. */
  nameZh?: string | null | undefined;
  /** The base price in fen. */
  priceMinor?: number | null | undefined;
  /** Skills staff need, with the lowest level. */
  requiredSkills?: Array<SkillLevelInput> | null | undefined;
  /** When appointments are taken. */
  serviceHours?: ServiceHoursInput | null | undefined;
  /** Region codes where it is offered; empty: every region. */
  serviceRegions?: Array<string> | null | undefined;
  /** Special requirements customers may tick. */
  specialOptions?: Array<SpecialOptionInput> | null | undefined;
  /** The urgencies customers may choose. */
  urgencyOptions?: Array<Urgency> | null | undefined;
};

/** A window of one weekday (Monday = 0), HH:MM; 24:00 may end it. */
export type ServiceWindowInput = {
  /** HH:MM, local time (24:00: midnight). */
  end: string;
  /** HH:MM, local time. */
  start: string;
  /** 0 Monday .. 6 Sunday. */
  weekday: number;
};

/** A skill and the lowest level (1..5) staff need in it. */
export type SkillLevelInput = {
  /** The lowest level accepted, 1..5. */
  level: number;
  /** A service-type code naming the skill (e.g. `hvac`). */
  skill: string;
};

/** A special requirement customers may tick (code, zh, en). */
export type SpecialOptionInput = {
  /** Its code (a-z, 0-9, _), as bookings list it. */
  code: string;
  /** Its label in English. */
  en: string;
  /** Its label in Chinese. */
  zh: string;
};

/** A position from the staff member's device. */
export type StaffPositionReportInput = {
  /** The device's accuracy radius in metres (0..5000). */
  accuracyMeters?: number | null | undefined;
  /** The datum of `location`; WGS84 unless the device's map SDK gave GCJ02. */
  coordinateSystem?: CoordinateSystem;
  /** The point, in `coordinateSystem` (lat -90..90, lon -180..180). */
  location: GeoPointInput;
};

/** Replaces the whole profile, skills included. */
export type StaffProfileInput = {
  /** Where they start from (WGS-84); null: unknown. */
  homeLocation?: GeoPointInput | null | undefined;
  /** Grade 1..5. */
  level?: number;
  /** How many orders they may hold at once (assigned, en route or in progress). */
  maxActiveOrders?: number;
  /** The region code the staff member works in. */
  region: string;
  /** Skills with levels (replace the old list). */
  skills?: Array<StaffSkillInput>;
  /** A User's global ID. */
  supervisorId?: string | number | null | undefined;
  /** Team name; null: none. */
  team?: string | null | undefined;
  /** Years in the trade. */
  yearsExperience?: number;
};

/** KPI weights, each 0..100, not all 0. */
export type StaffRankingWeightsInput = {
  /** Weight of the completed-orders count (0..100). */
  completed: number;
  /** Weight of the mean quality rating (0..100). */
  quality: number;
  /** Weight of the response time (0..100). */
  response: number;
  /** Weight of the mean of the four ratings (0..100). */
  satisfaction: number;
};

/** Why a shift change or a position report was refused. */
export type StaffShiftErrorCode =
  /** “The accuracy must be between 0 and {max} metres.” · “定位精度需在 0 到 {max} 米之间。” */
  | 'INVALID_ACCURACY'
  /** “The latitude must be between -90 and 90.” · “纬度需在 -90 到 90 之间。” */
  | 'INVALID_LATITUDE'
  /** “The longitude must be between -180 and 180.” · “经度需在 -180 到 180 之间。” */
  | 'INVALID_LONGITUDE'
  /** “Only staff members go on shift and report positions.” · “只有服务人员可以上下班和上报位置。” */
  | 'NOT_STAFF'
  /** “You are off shift: positions are shared only on shift.” · “下班状态不上报位置,请先上班。” */
  | 'OFF_SHIFT'
  /** “Positions are reported too often; send the next in {retry_after} seconds.” · “位置上报过于频繁,请 {retry_after} 秒后再报。” */
  | 'TOO_FREQUENT';

/** A skill (a service-type code) at a level. */
export type StaffSkillInput = {
  /** Whether the skill is certified. */
  certified?: boolean;
  /** 1 (basic) .. 5 (expert). */
  level: number;
  /** A service-type code, such as 'hvac'. */
  skill: string;
};

/** Split each bucket by this dimension. */
export type TaskGroupBy =
  /** By booking channel. */
  | 'CHANNEL'
  /** By region code. */
  | 'REGION'
  /** By service type code. */
  | 'TYPE';

/** How soon the customer needs the service; a service type offers some of these. */
export type Urgency =
  /** At once (leaks, no power); sent to staff even in their quiet hours. 紧急。 */
  | 'EMERGENCY'
  /** At the booked time. 普通。 */
  | 'NORMAL'
  /** Soon; dispatched first. 加急。 */
  | 'URGENT';

/** The input of `userDisable`. */
export type UserDisableInput = {
  /** The user: a global ID or row id. */
  id: string | number;
  /** Why (kept in the audit log). */
  reason?: string;
};

/** Whether an account may sign in. */
export type UserStatus =
  /** May sign in. */
  | 'ACTIVE'
  /** Disabled by an admin: every session ended, sign-in refused. */
  | 'DISABLED';

/** Fields left out stay as they are. */
export type UserUpdateInput = {
  /** A new e-mail; null: unchanged. */
  email?: string | null | undefined;
  /** The user: a global ID or row id. */
  id: string | number;
  /** A new language; null: unchanged. */
  locale?: string | null | undefined;
  /** A new name; null: unchanged. */
  name?: string | null | undefined;
  /** A new phone; null: unchanged. */
  phone?: string | null | undefined;
  /** A new staff profile, replacing the old one; null: unchanged. */
  staffProfile?: StaffProfileInput | null | undefined;
};

/** Why an operation was refused. */
export type UsersErrorCode =
  /** “You cannot disable your own account.” · “不能停用自己的账号。” */
  | 'CANNOT_DISABLE_SELF'
  /** “Another account uses this e-mail address.” · “该邮箱地址已被其他账号使用。” */
  | 'EMAIL_TAKEN'
  /** “Give a phone number or an e-mail address (one of them).” · “请填写手机号码或邮箱地址(二选一)。” */
  | 'IDENTIFIER_REQUIRED'
  /** “The code is wrong or no longer valid; request a new one.” · “验证码不正确或已失效,请重新获取。” */
  | 'INVALID_CODE'
  /** “The login or password is not correct.” · “账号或密码不正确。” */
  | 'INVALID_CREDENTIALS'
  /** “after is not a cursor of this list.” · “分页位置无效,请从第一页重新开始。” */
  | 'INVALID_CURSOR'
  /** “The e-mail address is not valid.” · “邮箱地址格式不正确。” */
  | 'INVALID_EMAIL'
  /** “Enter a name (at most {max} characters).” · “请填写姓名(最多 {max} 个字)。” */
  | 'INVALID_NAME'
  /** “The phone number is not valid.” · “手机号码格式不正确。” */
  | 'INVALID_PHONE'
  /** “The password policy is invalid: {reason}” · “密码规则设置有误:{reason}” */
  | 'INVALID_POLICY'
  /** “The session has ended; sign in again.” · “登录已失效,请重新登录。” */
  | 'INVALID_REFRESH_TOKEN'
  /** “The staff profile is invalid: {reason}” · “服务人员资料有误:{reason}” */
  | 'INVALID_STAFF_PROFILE'
  /** “Too many failed sign-ins; try again in {retry_after} seconds or sign in with a code.” · “登录失败次数过多,请 {retry_after} 秒后再试,或使用验证码登录。” */
  | 'LOGIN_THROTTLED'
  /** “first must be between 1 and {max}.” · “每页数量须在 1 到 {max} 之间。” */
  | 'PAGE_SIZE'
  /** “The password must not contain your phone number, e-mail or name.” · “密码不能包含您的手机号、邮箱或姓名。” */
  | 'PASSWORD_CONTAINS_PERSONAL_INFO'
  /** “This password is too common and easy to guess; choose another.” · “这个密码太常见,很容易被猜到,请换一个。” */
  | 'PASSWORD_TOO_COMMON'
  /** “The password can have at most {max} characters.” · “密码最多 {max} 个字符。” */
  | 'PASSWORD_TOO_LONG'
  /** “The password needs at least {min} characters.” · “密码至少需要 {min} 个字符。” */
  | 'PASSWORD_TOO_SHORT'
  /** “The password needs letters, digits and special characters (or use a passphrase of {passphrase} characters or more).” · “密码需同时包含字母、数字和特殊字符(或使用不少于 {passphrase} 个字符的长密码)。” */
  | 'PASSWORD_TOO_SIMPLE'
  /** “Another account uses this phone number.” · “该手机号码已被其他账号使用。” */
  | 'PHONE_TAKEN'
  /** “Too many codes requested; try again in {retry_after} seconds.” · “发送过于频繁,请 {retry_after} 秒后再试。” */
  | 'RATE_LIMITED'
  /** “The search can have at most {max} characters.” · “搜索词最多 {max} 个字。” */
  | 'SEARCH_TOO_LONG'
  /** “There is no role {role}.” · “没有这个角色:{role}。” */
  | 'UNKNOWN_ROLE'
  /** “No such user.” · “找不到该用户。” */
  | 'USER_NOT_FOUND';

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, database: string, jobsMode: string, timezone: string, currency: string } };

export type BookingApproveMutationVariables = Exact<{
  input: BookingApproveInput;
}>;


export type BookingApproveMutation = { bookingApprove: { booking: { id: string, status: BookingStatus } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type BookingReturnMutationVariables = Exact<{
  input: BookingReturnInput;
}>;


export type BookingReturnMutation = { bookingReturn: { booking: { id: string, status: BookingStatus } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type BookingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingDetailQuery = { booking: { id: string, number: string, status: BookingStatus, channel: BookingChannel, urgency: Urgency, serviceName: string, description: string, scheduledStart: string, scheduledEnd: string | null, address: string, region: string | null, priceMinor: number | null, currency: string, customerId: string, createdAt: string, confirmedAt: string | null, cancelledAt: string | null, cancelReason: string | null, reviewProblems: Array<{ field: string | null, code: string, message: string }>, history: Array<{ kind: string, fromStatus: string | null, toStatus: string | null, reason: string, at: string }>, charges: Array<{ amountMinor: number, currency: string, fault: Fault, status: ChargeStatus | null }>, payments: Array<{ number: string, purpose: PaymentPurpose, status: PaymentStatus, amountMinor: number, currency: string }> } | null };

export type BookingCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingCustomerQuery = { node:
    | { name: string, phone: string | null }
    | Record<PropertyKey, never>
   | null };

export type BookingCancelMutationVariables = Exact<{
  input: BookingCancelInput;
}>;


export type BookingCancelMutation = { bookingCancel: { booking: { id: string, status: BookingStatus } | null, charge: { amountMinor: number, currency: string, fault: Fault, status: ChargeStatus | null } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type BookingRescheduleMutationVariables = Exact<{
  input: BookingRescheduleInput;
}>;


export type BookingRescheduleMutation = { bookingReschedule: { booking: { id: string, status: BookingStatus } | null, charge: { amountMinor: number, currency: string, fault: Fault, status: ChargeStatus | null } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type BookingListQueryVariables = Exact<{
  filter?: BookingFilterInput | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type BookingListQuery = { bookings: { edges: Array<{ node: { id: string, number: string, status: BookingStatus, serviceName: string, scheduledStart: string, scheduledEnd: string | null, address: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BookingCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingCatalogQuery = { serviceTypes: Array<{ id: string, name: string }> };

export type BookingsExportMutationVariables = Exact<{
  input: BookingsExportInput;
}>;


export type BookingsExportMutation = { bookingsExport: { export: { id: string, status: string, rows: number, url: string | null } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type BookingExportStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingExportStatusQuery = { bookingExport: { id: string, status: string, rows: number, url: string | null } | null };

export type CatalogTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogTypesQuery = { serviceTypes: Array<{ id: string, code: string, name: string, active: boolean, revision: number, formSchema: unknown }> };

export type CatalogFormUpdateMutationVariables = Exact<{
  input: ServiceTypeUpdateInput;
}>;


export type CatalogFormUpdateMutation = { serviceTypeUpdate: { serviceType: { id: string, revision: number, formSchema: unknown } | null, errors: Array<{ field: string | null, message: string, code: CatalogErrorCode }> } };

export type DashboardsQueryVariables = Exact<{
  period: ReportPeriod;
  from: string;
  to: string;
}>;


export type DashboardsQuery = { taskStats: { report: { buckets: Array<{ start: string, total: number, completed: number, cancelled: number, completionRate: number }>, byType: Array<{ key: string, count: number }>, byChannel: Array<{ key: string, count: number }> } | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> }, satisfactionTrend: { report: Array<{ start: string, reviews: number, overall: number, satisfiedRate: number }> | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> }, recurringComplaints: { report: { repeatComplainers: Array<{ customerId: string, name: string, serviceType: string, complaints: number }>, persistentSpots: Array<{ serviceType: string, region: string, weeks: number, complaints: number }>, frequentTerms: Array<{ key: string, count: number }> } | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> }, qualityIssues: { report: { byDimension: Array<{ key: string, count: number }>, byServiceType: Array<{ key: string, count: number }> } | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> } };

export type DashboardRankingQueryVariables = Exact<{
  from: string;
  to: string;
  weights?: StaffRankingWeightsInput | null | undefined;
}>;


export type DashboardRankingQuery = { staffRanking: { report: Array<{ staffId: string, name: string, completed: number, score: number, rank: number }> | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> } };

export type DashboardWeightsMutationVariables = Exact<{
  input: StaffRankingWeightsInput;
}>;


export type DashboardWeightsMutation = { staffRankingWeightsUpdate: { weights: { completed: number, quality: number, satisfaction: number, response: number } | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> } };

export type BoardQueueQueryVariables = Exact<{
  status?: Array<OrderStatus> | OrderStatus | null | undefined;
}>;


export type BoardQueueQuery = { orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, urgency: Urgency, serviceCode: string, region: string | null, address: string | null, scheduledStart: string, scheduledEnd: string | null, assigneeId: string | null, escalationQueue: string | null, createdAt: string } }> } };

export type BoardOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardOrderQuery = { order: { id: string, number: string, status: OrderStatus, urgency: Urgency, serviceCode: string, region: string | null, address: string | null, scheduledStart: string, scheduledEnd: string | null, assigneeId: string | null, escalationQueue: string | null, description: string | null, customerName: string | null, customerPhone: string | null, createdAt: string, history: Array<{ kind: OrderChangeKind, fromStatus: OrderStatus | null, toStatus: OrderStatus, reason: string, actorId: string | null, at: string }>, decision: { kind: DecisionKind, outcome: DecisionOutcome, chosenId: string | null, createdAt: string, candidates: Array<{ staffId: string, eligible: boolean | null, failedRequirement: string | null, reason: string | null, score: number | null, values: Array<{ expression: string, value: unknown }>, terms: Array<{ name: string, weight: number, graded: number, contribution: number }> }> | null } | null } | null };

export type BoardCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardCountsQuery = { waiting: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } }, assigned: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } }, active: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type BoardCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardCatalogQuery = { serviceTypes: Array<{ code: string, name: string }> };

export type BoardStaffQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardStaffQuery = { users: { edges: Array<{ node: { id: string, name: string, staffProfile: { region: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BoardNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BoardNamesQuery = { nodes: Array<
    | { id: string, name: string }
    | Record<PropertyKey, never>
   | null> };

export type BoardAssignMutationVariables = Exact<{
  input: OrderAssignInput;
}>;


export type BoardAssignMutation = { orderAssign: { order: { id: string, status: OrderStatus, assigneeId: string | null } | null, brokenRequirements: Array<{ name: string, reason: string, values: unknown }>, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type AdminFailedOutboxJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFailedOutboxJobsQuery = { failedOutboxJobs: Array<{ id: string, task: string, status: string, attempts: number, lastError: string, createdAt: string, failedAt: string }> };

export type AdminOutboxJobRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminOutboxJobRetryMutation = { outboxJobRetry: { job: { id: string, status: string, attempts: number } | null, errors: Array<{ field: string | null, message: string, code: OutboxErrorCode }> } };

export type MapOrdersQueryVariables = Exact<{
  status?: Array<OrderStatus> | OrderStatus | null | undefined;
}>;


export type MapOrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, urgency: Urgency, serviceCode: string, region: string | null, address: string | null, scheduledStart: string, scheduledEnd: string | null, createdAt: string, assigneeName: string | null, location: { lat: number, lon: number } | null } }> } };

export type MapStaffQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MapStaffQuery = { users: { edges: Array<{ node: { id: string, name: string, staffProfile: { region: string, onShift: boolean, position: { recordedAt: string, location: { lat: number, lon: number } } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PermissionGridQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionGridQuery = { roles: Array<{ name: string, inherits: Array<string>, builtin: boolean }>, policyRules: Array<{ subject: string, object: string, action: string, shipped: boolean }>, auditLog: Array<{ id: string, at: string, action: string, target: string, actorName: string | null }> };

export type PermissionAddMutationVariables = Exact<{
  input: PolicyRuleInput;
}>;


export type PermissionAddMutation = { policyRuleAdd: { rule: { subject: string, object: string, action: string, shipped: boolean } | null, errors: Array<{ field: string | null, message: string, code: AuthzErrorCode }> } };

export type PermissionRemoveMutationVariables = Exact<{
  input: PolicyRuleInput;
}>;


export type PermissionRemoveMutation = { policyRuleRemove: { errors: Array<{ field: string | null, message: string, code: AuthzErrorCode }> } };

export type PhoneCustomersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PhoneCustomersQuery = { users: { edges: Array<{ node: { id: string, name: string, phone: string | null, email: string | null } }> } };

export type PhoneServiceTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type PhoneServiceTypesQuery = { serviceTypes: Array<{ id: string, code: string, name: string, formSchema: unknown }> };

export type PhoneBookingCreateMutationVariables = Exact<{
  input: BookingCreateInput;
}>;


export type PhoneBookingCreateMutation = { bookingCreate: { booking: { id: string, number: string, status: BookingStatus } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type PoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliciesQuery = { policies: { edges: Array<{ node: { id: string, name: string, activeVersion: number | null, shadowVersion: number | null, latestVersion: number, updatedAt: string } }> } };

export type AdminUsersQueryVariables = Exact<{
  role?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { edges: Array<{ node: { id: string, name: string, phone: string | null, email: string | null, status: UserStatus, roles: Array<string> | null, staffProfile: { region: string, level: number, yearsExperience: number, team: string | null, supervisorId: string | null, maxActiveOrders: number, homeLocation: { lat: number, lon: number } | null, skills: Array<{ skill: string, level: number, certified: boolean }> } | null } }> } };

export type AdminUserUpdateMutationVariables = Exact<{
  input: UserUpdateInput;
}>;


export type AdminUserUpdateMutation = { userUpdate: { user: { id: string } | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type AdminUserDisableMutationVariables = Exact<{
  input: UserDisableInput;
}>;


export type AdminUserDisableMutation = { userDisable: { user: { id: string, status: UserStatus } | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type AdminRoleAssignMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type AdminRoleAssignMutation = { roleAssign: { errors: Array<{ field: string | null, message: string, code: AuthzErrorCode }> } };

export type AdminRoleRevokeMutationVariables = Exact<{
  input: RoleRevokeInput;
}>;


export type AdminRoleRevokeMutation = { roleRevoke: { errors: Array<{ field: string | null, message: string, code: AuthzErrorCode }> } };

export type DashboardExportMutationVariables = Exact<{
  input: ReportExportInput;
}>;


export type DashboardExportMutation = { reportExport: { url: string | null, filename: string | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> } };

export type ProfileCustomersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ProfileCustomersQuery = { users: { edges: Array<{ node: { id: string, name: string, phone: string | null } }> } };

export type CustomerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerProfileQuery = { customerProfile: { report: { bookings: number, firstBookingAt: string | null, lastBookingAt: string | null, bookingsPerMonth: number, preferredWeekday: number | null, preferredHour: number | null, preferredServiceTypes: Array<string>, spendMinor: number, recommendedServiceTypes: Array<string> } | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> } };

export type RuleEditorLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleEditorLoadQuery = { ruleSchema: { fields: Array<{ path: string, type: string, optional: boolean, doc: string }>, methods: Array<{ path: string, parameter: string, type: string, optional: boolean, doc: string }>, functions: Array<{ name: string, returns: string, doc: string, params: Array<{ name: string, type: string }> }>, units: Array<{ name: string, kind: string }> } };

export type RulePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type RulePolicyQuery = { policies: { edges: Array<{ node: { id: string, name: string, activeVersion: number | null, latestVersion: number, shadowVersion: number | null } }> } };

export type RuleLatestQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleLatestQuery = { policyVersions: { edges: Array<{ node: { version: number, source: string, status: PolicyVersionStatus } }> } };

export type RuleValidateMutationVariables = Exact<{
  source: string;
}>;


export type RuleValidateMutation = { policyValidate: { valid: boolean, diagnostics: Array<{ line: number, column: number, endLine: number, endColumn: number, severity: DiagnosticSeverity, code: string, message: string, hint: string | null }>, errors: Array<{ field: string | null, message: string, code: PolicyErrorCode }> } };

export type RuleSaveMutationVariables = Exact<{
  input: PolicySaveInput;
}>;


export type RuleSaveMutation = { policySave: { created: boolean, version: { id: string, version: number, status: PolicyVersionStatus } | null, diagnostics: Array<{ line: number, column: number, endLine: number, endColumn: number, severity: DiagnosticSeverity, code: string, message: string, hint: string | null }>, examples: Array<{ policy: string, name: string, line: number, passed: boolean, message: string }>, errors: Array<{ field: string | null, message: string, code: PolicyErrorCode, line: number | null, column: number | null, endLine: number | null, endColumn: number | null, severity: DiagnosticSeverity | null, hint: string | null, diagnosticCode: string | null }> } };

export type RuleSimulateMutationVariables = Exact<{
  input: PolicySimulateInput;
}>;


export type RuleSimulateMutation = { policySimulate: { errors: Array<{ field: string | null, message: string, code: PolicyErrorCode, line: number | null, column: number | null }>, simulation: { changed: number, truncated: boolean, skippedOrderIds: Array<string>, simulated: { orders: number, assigned: number, meanDistanceKm: number | null, p90DistanceKm: number | null, loadStdDev: number, loadRange: number, noEligibleShare: number, expectedWaitMin: number | null, byMode: Array<{ mode: string, orders: number }> }, actual: { orders: number, assigned: number, meanDistanceKm: number | null, p90DistanceKm: number | null, loadStdDev: number, loadRange: number, noEligibleShare: number, expectedWaitMin: number | null, byMode: Array<{ mode: string, orders: number }> }, orders: Array<{ orderNumber: string, chosenStaffName: string | null, actualStaffName: string | null, changed: boolean, fallbackSteps: Array<string>, escalatedTo: string | null, mode: string | null, chosenDistanceKm: number | null, actualDistanceKm: number | null, candidates: number, eligible: number, error: string | null }> } | null } };

export type RuleVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleVersionsQuery = { policyVersions: { edges: Array<{ node: { version: number, status: PolicyVersionStatus, note: string, source: string, createdAt: string, publishedAt: string | null } }> } };

export type RulePublishMutationVariables = Exact<{
  input: PolicyPublishInput;
}>;


export type RulePublishMutation = { policyPublish: { policy: { activeVersion: number | null } | null, version: { version: number, status: PolicyVersionStatus } | null, errors: Array<{ field: string | null, message: string, code: PolicyErrorCode }> } };

export type RuleDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type RuleDiffQuery = { policyDiff: { unified: string, comparable: boolean, changes: Array<{ policy: string, change: string, clauses: Array<string>, requirements: { added: Array<string>, removed: Array<string>, changed: Array<string> }, preferences: { added: Array<string>, removed: Array<string>, changed: Array<string> } }> } };

export type TeamHelpRequestsQueryVariables = Exact<{
  status?: Array<HelpStatus> | HelpStatus | null | undefined;
}>;


export type TeamHelpRequestsQuery = { helpRequests: { edges: Array<{ node: { id: string, orderId: string, orderNumber: string, requesterName: string, message: string, status: HelpStatus, resolution: string, takenOverBy: string | null, createdAt: string, participants: Array<{ staffId: string, role: HelpRole, answeredAt: string | null }> } }> } };

export type TeamHelpJoinMutationVariables = Exact<{
  input: HelpRequestIdInput;
}>;


export type TeamHelpJoinMutation = { helpRequestJoin: { order: { id: string, number: string, status: OrderStatus, assigneeId: string | null } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type TeamHelpTakeOverMutationVariables = Exact<{
  input: HelpRequestIdInput;
}>;


export type TeamHelpTakeOverMutation = { helpRequestTakeOver: { order: { id: string, number: string, status: OrderStatus, assigneeId: string | null } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type TeamHelpCloseMutationVariables = Exact<{
  input: HelpRequestCloseInput;
}>;


export type TeamHelpCloseMutation = { helpRequestClose: { order: { id: string, number: string, status: OrderStatus, assigneeId: string | null } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type TeamPerformanceQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TeamPerformanceQuery = { staffRanking: { report: Array<{ staffId: string, name: string, completed: number, meanQuality: number | null, meanSatisfaction: number | null, meanResponseSeconds: number | null, score: number, rank: number }> | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> }, taskStats: { report: { buckets: Array<{ total: number, completed: number, cancelled: number }> } | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> } };

export type AdminPasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPasswordPolicyQuery = { passwordPolicy: { minLength: number, maxLength: number, requireLetter: boolean, requireDigit: boolean, requireSpecial: boolean, passphraseLength: number, blockCommon: boolean, blockPersonalInfo: boolean } };

export type AdminPasswordPolicyUpdateMutationVariables = Exact<{
  input: PasswordPolicyUpdateInput;
}>;


export type AdminPasswordPolicyUpdateMutation = { passwordPolicyUpdate: { passwordPolicy: { minLength: number, maxLength: number, requireLetter: boolean, requireDigit: boolean, requireSpecial: boolean, passphraseLength: number, blockCommon: boolean, blockPersonalInfo: boolean } | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type CustomerMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerMeQuery = { me: { id: string, name: string, phone: string | null, email: string | null, roles: Array<string> | null, createdAt: string } | null };

export type CustomerMeUpdateMutationVariables = Exact<{
  input: MeUpdateInput;
}>;


export type CustomerMeUpdateMutation = { meUpdate: { user: { id: string, name: string, phone: string | null, email: string | null, roles: Array<string> | null, createdAt: string } | null, errors: Array<{ field: string | null, code: UsersErrorCode, message: string }> } };

export type CustomerSavedAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerSavedAddressesQuery = { savedAddresses: Array<{ id: string, label: string, address: string, location: { lat: number, lon: number } | null }> };

export type CustomerAddressRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerAddressRegionsQuery = { regions: Array<{ code: string, name: string, center: { lat: number, lon: number } }> };

export type CustomerAddressCreateMutationVariables = Exact<{
  input: AddressCreateInput;
}>;


export type CustomerAddressCreateMutation = { addressCreate: { address: { id: string, label: string, address: string, location: { lat: number, lon: number } | null } | null, errors: Array<{ field: string | null, message: string, code: AddressErrorCode }> } };

export type CustomerAddressUpdateMutationVariables = Exact<{
  input: AddressUpdateInput;
}>;


export type CustomerAddressUpdateMutation = { addressUpdate: { address: { id: string, label: string, address: string, location: { lat: number, lon: number } | null } | null, errors: Array<{ field: string | null, message: string, code: AddressErrorCode }> } };

export type CustomerAddressDeleteMutationVariables = Exact<{
  input: AddressDeleteInput;
}>;


export type CustomerAddressDeleteMutation = { addressDelete: { address: { id: string } | null, errors: Array<{ field: string | null, message: string, code: AddressErrorCode }> } };

export type CustomerCodeSendMutationVariables = Exact<{
  target: string;
  purpose: CodePurpose;
}>;


export type CustomerCodeSendMutation = { verificationCodeSend: { target: string | null, expiresInSeconds: number | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type CustomerRegisterMutationVariables = Exact<{
  phone: string;
  code: string;
  name: string;
  password: string;
}>;


export type CustomerRegisterMutation = { userRegister: { accessToken: string | null, refreshToken: string | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type CustomerCodeSignInMutationVariables = Exact<{
  target: string;
  code: string;
}>;


export type CustomerCodeSignInMutation = { tokenCreateWithCode: { accessToken: string | null, refreshToken: string | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type CustomerPasswordSignInMutationVariables = Exact<{
  login: string;
  password: string;
}>;


export type CustomerPasswordSignInMutation = { tokenCreate: { accessToken: string | null, refreshToken: string | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type CustomerPasswordResetMutationVariables = Exact<{
  target: string;
  code: string;
  newPassword: string;
}>;


export type CustomerPasswordResetMutation = { passwordReset: { success: boolean, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type CustomerServiceTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerServiceTypesQuery = { serviceTypes: Array<{ id: string, code: string, name: string, priceMinor: number, currency: string, formSchema: unknown, urgencyOptions: Array<Urgency>, defaultDurationMin: number, specialOptions: Array<{ code: string, zh: string, en: string }>, serviceHours: { start: string, end: string, closedWeekdays: Array<number>, weekdays: Array<{ weekday: number, start: string, end: string }> }, items: Array<{ id: string, name: string, priceMinor: number, durationMin: number }> }>, regions: Array<{ code: string, name: string, radiusKm: number, center: { lat: number, lon: number } }> };

export type CustomerServiceSuggestQueryVariables = Exact<{
  description: string;
}>;


export type CustomerServiceSuggestQuery = { serviceTypeSuggest: Array<{ confidence: number, serviceType: { id: string, name: string } }> };

export type CustomerBookingCreateMutationVariables = Exact<{
  input: BookingCreateInput;
}>;


export type CustomerBookingCreateMutation = { bookingCreate: { booking: { id: string, number: string, status: BookingStatus, reviewProblems: Array<{ field: string | null, code: string, message: string }> } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type CustomerBookingUpdateMutationVariables = Exact<{
  input: BookingUpdateInput;
}>;


export type CustomerBookingUpdateMutation = { bookingUpdate: { booking: { id: string, number: string, status: BookingStatus, reviewProblems: Array<{ field: string | null, code: string, message: string }> } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type CustomerBookingsQueryVariables = Exact<{
  status?: Array<BookingStatus> | BookingStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerBookingsQuery = { bookings: { edges: Array<{ node: { id: string, number: string, status: BookingStatus, serviceName: string, scheduledStart: string, scheduledEnd: string | null, address: string, priceMinor: number | null, currency: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerBookingQuery = { booking: { id: string, number: string, status: BookingStatus, urgency: Urgency, serviceName: string, serviceTypeId: string | null, description: string, scheduledStart: string, scheduledEnd: string | null, address: string, region: string | null, specialRequirements: Array<string>, formData: unknown, priceMinor: number | null, currency: string, cancelledAt: string | null, cancelReason: string | null, createdAt: string, location: { lat: number, lon: number } | null, reviewProblems: Array<{ field: string | null, code: string, message: string }>, history: Array<{ kind: string, fromStatus: string | null, toStatus: string | null, reason: string, at: string }>, charges: Array<{ id: string | null, amountMinor: number, currency: string, status: ChargeStatus | null, fault: Fault }>, payments: Array<{ id: string, number: string, purpose: PaymentPurpose, amountMinor: number, currency: string, status: PaymentStatus, qrCode: string | null, payUrl: string | null, expiresAt: string | null, paidAt: string | null }> } | null };

export type CustomerBookingOrderQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerBookingOrderQuery = { orders: { edges: Array<{ node: { id: string, bookingId: string, status: OrderStatus, assigneeName: string | null, arrivalDeadline: string | null, arrival: { outcome: ArrivalOutcome, lateMinutes: number | null, arrivedAt: string | null } | null, history: Array<{ fromStatus: OrderStatus | null, toStatus: OrderStatus, reason: string, at: string }> } }> } };

export type CustomerBookingTypeQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerBookingTypeQuery = { serviceType: { id: string, defaultDurationMin: number, serviceHours: { start: string, end: string, closedWeekdays: Array<number>, weekdays: Array<{ weekday: number, start: string, end: string }> }, cancellationPolicy: { staffEnRouteFeeMinor: number, rules: Array<{ hoursBeforeGte: number, feeMinor: number | null, feePercent: number | null }> } } | null, paymentProviders: Array<{ code: string, name: string }> };

export type CustomerBookingCancelMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CustomerBookingCancelMutation = { bookingCancel: { booking: { id: string, status: BookingStatus } | null, charge: { amountMinor: number, currency: string } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type CustomerBookingRescheduleMutationVariables = Exact<{
  id: string | number;
  start: string;
}>;


export type CustomerBookingRescheduleMutation = { bookingReschedule: { booking: { id: string, status: BookingStatus, scheduledStart: string } | null, charge: { amountMinor: number, currency: string } | null, errors: Array<{ field: string | null, message: string, code: BookingsErrorCode }> } };

export type CustomerPaymentCreateMutationVariables = Exact<{
  bookingId: string | number;
  provider: string;
  purpose: PaymentPurpose;
}>;


export type CustomerPaymentCreateMutation = { paymentCreate: { payment: { id: string, number: string, status: PaymentStatus, amountMinor: number, currency: string, qrCode: string | null, payUrl: string | null, expiresAt: string | null } | null, errors: Array<{ field: string | null, message: string, code: PaymentsErrorCode }> } };

export type CustomerReviewSubmitMutationVariables = Exact<{
  input: ReviewSubmitInput;
}>;


export type CustomerReviewSubmitMutation = { reviewSubmit: { review: { id: string, attitude: SatisfactionLevel, quality: SatisfactionLevel, speed: SatisfactionLevel, skill: SatisfactionLevel, comment: string, reply: string, editableUntil: string } | null, errors: Array<{ field: string | null, message: string, code: ReviewsErrorCode }> } };

export type CustomerReviewUpdateMutationVariables = Exact<{
  input: ReviewUpdateInput;
}>;


export type CustomerReviewUpdateMutation = { reviewUpdate: { review: { id: string, attitude: SatisfactionLevel, quality: SatisfactionLevel, speed: SatisfactionLevel, skill: SatisfactionLevel, comment: string, reply: string, editableUntil: string } | null, errors: Array<{ field: string | null, message: string, code: ReviewsErrorCode }> } };

export type CustomerOrderReviewQueryVariables = Exact<{
  orderId: string | number;
}>;


export type CustomerOrderReviewQuery = { orderReview: { id: string, attitude: SatisfactionLevel, quality: SatisfactionLevel, speed: SatisfactionLevel, skill: SatisfactionLevel, comment: string, reply: string, repliedAt: string | null, editableUntil: string } | null };

export type CustomerOrderPositionQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerOrderPositionQuery = { order: { id: string, status: OrderStatus, etaAt: string | null, arrivalDeadline: string | null, assigneePosition: { recordedAt: string, location: { lat: number, lon: number } } | null } | null };

export type CustomerBookingSlotsQueryVariables = Exact<{
  serviceTypeId: string | number;
  region: string;
  day: string;
}>;


export type CustomerBookingSlotsQuery = { bookingSlots: Array<{ start: string, free: number, full: boolean }> };

export type CustomerExternalProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerExternalProvidersQuery = { externalLoginProviders: Array<{ key: string, name: string }> };

export type CustomerExternalLoginUrlQueryVariables = Exact<{
  provider: string;
  redirectUri?: string | null | undefined;
}>;


export type CustomerExternalLoginUrlQuery = { externalLoginUrl: { url: string | null, state: string | null, errors: Array<{ field: string | null, message: string, code: ExternalLoginErrorCode }> } };

export type CustomerInboxQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CustomerInboxQuery = { notifications: { edges: Array<{ node: { id: string, subject: string, body: string, createdAt: string, readAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerInboxReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CustomerInboxReadMutation = { notificationMarkRead: { marked: number } };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, name: string, roles: Array<string> | null, staffProfile: { region: string, onShift: boolean, homeLocation: { lat: number, lon: number } | null } | null } | null };

export type StaffOrdersQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
  first: number;
}>;


export type StaffOrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, urgency: Urgency, serviceCode: string, region: string | null, scheduledStart: string, scheduledEnd: string | null, location: { lat: number, lon: number } | null } }> } };

export type StaffOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffOrderQuery = { order: { id: string, number: string, status: OrderStatus, urgency: Urgency, serviceCode: string, region: string | null, scheduledStart: string, scheduledEnd: string | null, assigneeId: string | null, customerName: string | null, customerPhone: string | null, address: string | null, description: string | null, navigationUrl: string | null, completionChecklist: unknown, location: { lat: number, lon: number } | null, history: Array<{ fromStatus: OrderStatus | null, toStatus: OrderStatus, reason: string, at: string }> } | null };

export type StaffOffersSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffOffersSubscription = { orderOffers: { kind: OfferLiveEventKind, orderId: string, offerId: string | null, deadline: string | null, serviceType: string | null, urgency: Urgency | null, scheduledStart: string | null } };

export type StaffOrderGrabMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffOrderGrabMutation = { orderGrab: { order: { id: string, status: OrderStatus } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type StaffOrderAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffOrderAcceptMutation = { orderAccept: { order: { id: string, status: OrderStatus } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type StaffOrderRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type StaffOrderRejectMutation = { orderReject: { order: { id: string, status: OrderStatus } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type StaffOrderStatusMutationVariables = Exact<{
  input: OrderStatusUpdateInput;
}>;


export type StaffOrderStatusMutation = { orderStatusUpdate: { order: { id: string, status: OrderStatus } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type StaffOrderHelpMutationVariables = Exact<{
  id: string | number;
  message: string;
  key?: string | null | undefined;
}>;


export type StaffOrderHelpMutation = { orderHelpRequest: { helpRequestId: string | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type StaffServiceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffServiceNamesQuery = { serviceTypes: Array<{ code: string, nameZh: string, nameEn: string }> };

export type StaffHelpRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHelpRequestsQuery = { helpRequests: { edges: Array<{ node: { id: string, orderId: string, orderNumber: string, requesterId: string, requesterName: string, message: string, status: HelpStatus, createdAt: string, participants: Array<{ staffId: string, role: HelpRole }> } }> } };

export type StaffHelpJoinMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffHelpJoinMutation = { helpRequestJoin: { order: { id: string } | null, errors: Array<{ field: string | null, message: string, code: OrdersErrorCode }> } };

export type StaffShiftStartMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffShiftStartMutation = { staffShiftStart: { staffProfile: { onShift: boolean } | null, errors: Array<{ field: string | null, message: string, code: StaffShiftErrorCode }> } };

export type StaffShiftEndMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffShiftEndMutation = { staffShiftEnd: { staffProfile: { onShift: boolean } | null, errors: Array<{ field: string | null, message: string, code: StaffShiftErrorCode }> } };

export type StaffPositionReportMutationVariables = Exact<{
  input: StaffPositionReportInput;
}>;


export type StaffPositionReportMutation = { staffPositionReport: { position: { recordedAt: string } | null, errors: Array<{ field: string | null, message: string, code: StaffShiftErrorCode }> } };

export type StaffPerformanceQueryVariables = Exact<{
  from: string;
  to: string;
  staffId: string | number;
}>;


export type StaffPerformanceQuery = { staffRanking: { report: Array<{ staffId: string, completed: number, meanQuality: number | null, meanSatisfaction: number | null, meanResponseSeconds: number | null, score: number, rank: number }> | null, errors: Array<{ field: string | null, message: string, code: AnalyticsErrorCode }> }, staffReviews: Array<{ attitude: SatisfactionLevel, quality: SatisfactionLevel, speed: SatisfactionLevel, skill: SatisfactionLevel, createdAt: string }> };

export type SignInMutationVariables = Exact<{
  login: string;
  password: string;
}>;


export type SignInMutation = { tokenCreate: { accessToken: string | null, refreshToken: string | null, errors: Array<{ field: string | null, message: string, code: UsersErrorCode }> } };

export type RefreshMutationVariables = Exact<{
  token: string;
}>;


export type RefreshMutation = { tokenRefresh: { accessToken: string | null, refreshToken: string | null, errors: Array<{ code: UsersErrorCode }> } };

export type SignOutMutationVariables = Exact<{
  token: string;
}>;


export type SignOutMutation = { tokenRevoke: { errors: Array<{ code: UsersErrorCode }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, roles: Array<string> | null } | null };

export type OrderEventsSubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type OrderEventsSubscription = { orderEvents: { kind: OrderLiveEventKind, orderId: string, status: OrderStatus | null, fromStatus: OrderStatus | null, reason: string | null } };


export const ServerInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"jobsMode"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ServerInfoQuery, ServerInfoQueryVariables>;
export const BookingApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BookingApproveMutation, BookingApproveMutationVariables>;
export const BookingReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BookingReturnMutation, BookingReturnMutationVariables>;
export const BookingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<BookingDetailQuery, BookingDetailQueryVariables>;
export const BookingCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<BookingCustomerQuery, BookingCustomerQueryVariables>;
export const BookingCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BookingCancelMutation, BookingCancelMutationVariables>;
export const BookingRescheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingReschedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRescheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingReschedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BookingRescheduleMutation, BookingRescheduleMutationVariables>;
export const BookingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BookingListQuery, BookingListQueryVariables>;
export const BookingCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BookingCatalogQuery, BookingCatalogQueryVariables>;
export const BookingsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingsExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingsExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BookingsExportMutation, BookingsExportMutationVariables>;
export const BookingExportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingExportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<BookingExportStatusQuery, BookingExportStatusQueryVariables>;
export const CatalogTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"formSchema"}}]}}]}}]} as unknown as DocumentNode<CatalogTypesQuery, CatalogTypesQueryVariables>;
export const CatalogFormUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogFormUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceTypeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypeUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"formSchema"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogFormUpdateMutation, CatalogFormUpdateMutationVariables>;
export const DashboardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repeatComplainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persistentSpots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byDimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byServiceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardsQuery, DashboardsQueryVariables>;
export const DashboardRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRankingWeightsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRankingQuery, DashboardRankingQueryVariables>;
export const DashboardWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRankingWeightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffRankingWeightsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardWeightsMutation, DashboardWeightsMutationVariables>;
export const BoardQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardQueueQuery, BoardQueueQueryVariables>;
export const BoardOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"chosenId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"failedRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardOrderQuery, BoardOrderQueryVariables>;
export const BoardCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"OFFERED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assigned"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSIGNED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EN_ROUTE"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BoardCountsQuery, BoardCountsQueryVariables>;
export const BoardCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardCatalogQuery, BoardCatalogQueryVariables>;
export const BoardStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"StringValue","value":"staff","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BoardStaffQuery, BoardStaffQueryVariables>;
export const BoardNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardNamesQuery, BoardNamesQueryVariables>;
export const BoardAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BoardAssignMutation, BoardAssignMutationVariables>;
export const AdminFailedOutboxJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFailedOutboxJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedOutboxJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]}}]} as unknown as DocumentNode<AdminFailedOutboxJobsQuery, AdminFailedOutboxJobsQueryVariables>;
export const AdminOutboxJobRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOutboxJobRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxJobRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOutboxJobRetryMutation, AdminOutboxJobRetryMutationVariables>;
export const MapOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MapOrdersQuery, MapOrdersQueryVariables>;
export const MapStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"StringValue","value":"staff","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"onShift"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MapStaffQuery, MapStaffQueryVariables>;
export const PermissionGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionGrid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inherits"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<PermissionGridQuery, PermissionGridQueryVariables>;
export const PermissionAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRuleAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionAddMutation, PermissionAddMutationVariables>;
export const PermissionRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRuleRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionRemoveMutation, PermissionRemoveMutationVariables>;
export const PhoneCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"StringValue","value":"customer","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhoneCustomersQuery, PhoneCustomersQueryVariables>;
export const PhoneServiceTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneServiceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formSchema"}}]}}]}}]} as unknown as DocumentNode<PhoneServiceTypesQuery, PhoneServiceTypesQueryVariables>;
export const PhoneBookingCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhoneBookingCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PhoneBookingCreateMutation, PhoneBookingCreateMutationVariables>;
export const PoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"yearsExperience"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorId"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveOrders"}},{"kind":"Field","name":{"kind":"Name","value":"homeLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUserUpdateMutation, AdminUserUpdateMutationVariables>;
export const AdminUserDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUserDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserDisableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUserDisableMutation, AdminUserDisableMutationVariables>;
export const AdminRoleAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRoleAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRoleAssignMutation, AdminRoleAssignMutationVariables>;
export const AdminRoleRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRoleRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRoleRevokeMutation, AdminRoleRevokeMutationVariables>;
export const DashboardExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardExportMutation, DashboardExportMutationVariables>;
export const ProfileCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"StringValue","value":"customer","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileCustomersQuery, ProfileCustomersQueryVariables>;
export const CustomerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"firstBookingAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBookingAt"}},{"kind":"Field","name":{"kind":"Name","value":"bookingsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"preferredWeekday"}},{"kind":"Field","name":{"kind":"Name","value":"preferredHour"}},{"kind":"Field","name":{"kind":"Name","value":"preferredServiceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"spendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedServiceTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerProfileQuery, CustomerProfileQueryVariables>;
export const RuleEditorLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleEditorLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"doc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"doc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"functions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"returns"}},{"kind":"Field","name":{"kind":"Name","value":"doc"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RuleEditorLoadQuery, RuleEditorLoadQueryVariables>;
export const RulePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulePolicyQuery, RulePolicyQueryVariables>;
export const RuleLatestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleLatest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleLatestQuery, RuleLatestQueryVariables>;
export const RuleValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyValidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"diagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"endLine"}},{"kind":"Field","name":{"kind":"Name","value":"endColumn"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RuleValidateMutation, RuleValidateMutationVariables>;
export const RuleSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"endLine"}},{"kind":"Field","name":{"kind":"Name","value":"endColumn"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"endLine"}},{"kind":"Field","name":{"kind":"Name","value":"endColumn"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticCode"}}]}}]}}]}}]} as unknown as DocumentNode<RuleSaveMutation, RuleSaveMutationVariables>;
export const RuleSimulateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleSimulate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySimulateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySimulate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"simulation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"skippedOrderIds"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"meanDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"p90DistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"loadStdDev"}},{"kind":"Field","name":{"kind":"Name","value":"loadRange"}},{"kind":"Field","name":{"kind":"Name","value":"noEligibleShare"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWaitMin"}},{"kind":"Field","name":{"kind":"Name","value":"byMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"meanDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"p90DistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"loadStdDev"}},{"kind":"Field","name":{"kind":"Name","value":"loadRange"}},{"kind":"Field","name":{"kind":"Name","value":"noEligibleShare"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWaitMin"}},{"kind":"Field","name":{"kind":"Name","value":"byMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"chosenStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"actualStaffName"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"fallbackSteps"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"chosenDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"actualDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleSimulateMutation, RuleSimulateMutationVariables>;
export const RuleVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleVersionsQuery, RuleVersionsQueryVariables>;
export const RulePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RulePublishMutation, RulePublishMutationVariables>;
export const RuleDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unified"}},{"kind":"Field","name":{"kind":"Name","value":"comparable"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleDiffQuery, RuleDiffQueryVariables>;
export const TeamHelpRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamHelpRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"takenOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamHelpRequestsQuery, TeamHelpRequestsQueryVariables>;
export const TeamHelpJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamHelpJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpRequestIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequestJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamHelpJoinMutation, TeamHelpJoinMutationVariables>;
export const TeamHelpTakeOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamHelpTakeOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpRequestIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequestTakeOver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamHelpTakeOverMutation, TeamHelpTakeOverMutationVariables>;
export const TeamHelpCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamHelpClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpRequestCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequestClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamHelpCloseMutation, TeamHelpCloseMutationVariables>;
export const TeamPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"meanQuality"}},{"kind":"Field","name":{"kind":"Name","value":"meanSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"meanResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"EnumValue","value":"DAY"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamPerformanceQuery, TeamPerformanceQueryVariables>;
export const AdminPasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"requireLetter"}},{"kind":"Field","name":{"kind":"Name","value":"requireDigit"}},{"kind":"Field","name":{"kind":"Name","value":"requireSpecial"}},{"kind":"Field","name":{"kind":"Name","value":"passphraseLength"}},{"kind":"Field","name":{"kind":"Name","value":"blockCommon"}},{"kind":"Field","name":{"kind":"Name","value":"blockPersonalInfo"}}]}}]}}]} as unknown as DocumentNode<AdminPasswordPolicyQuery, AdminPasswordPolicyQueryVariables>;
export const AdminPasswordPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPasswordPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordPolicyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"requireLetter"}},{"kind":"Field","name":{"kind":"Name","value":"requireDigit"}},{"kind":"Field","name":{"kind":"Name","value":"requireSpecial"}},{"kind":"Field","name":{"kind":"Name","value":"passphraseLength"}},{"kind":"Field","name":{"kind":"Name","value":"blockCommon"}},{"kind":"Field","name":{"kind":"Name","value":"blockPersonalInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPasswordPolicyUpdateMutation, AdminPasswordPolicyUpdateMutationVariables>;
export const CustomerMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CustomerMeQuery, CustomerMeQueryVariables>;
export const CustomerMeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerMeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerMeUpdateMutation, CustomerMeUpdateMutationVariables>;
export const CustomerSavedAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSavedAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSavedAddressesQuery, CustomerSavedAddressesQueryVariables>;
export const CustomerAddressRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAddressRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAddressRegionsQuery, CustomerAddressRegionsQueryVariables>;
export const CustomerAddressCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerAddressCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAddressCreateMutation, CustomerAddressCreateMutationVariables>;
export const CustomerAddressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerAddressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAddressUpdateMutation, CustomerAddressUpdateMutationVariables>;
export const CustomerAddressDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerAddressDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAddressDeleteMutation, CustomerAddressDeleteMutationVariables>;
export const CustomerCodeSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCodeSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CodePurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCodeSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCodeSendMutation, CustomerCodeSendMutationVariables>;
export const CustomerRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRegisterMutation, CustomerRegisterMutationVariables>;
export const CustomerCodeSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCodeSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenCreateWithCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCodeSignInMutation, CustomerCodeSignInMutationVariables>;
export const CustomerPasswordSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerPasswordSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPasswordSignInMutation, CustomerPasswordSignInMutationVariables>;
export const CustomerPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPasswordResetMutation, CustomerPasswordResetMutationVariables>;
export const CustomerServiceTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerServiceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formSchema"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyOptions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDurationMin"}},{"kind":"Field","name":{"kind":"Name","value":"specialOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"durationMin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"radiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerServiceTypesQuery, CustomerServiceTypesQueryVariables>;
export const CustomerServiceSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerServiceSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypeSuggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerServiceSuggestQuery, CustomerServiceSuggestQueryVariables>;
export const CustomerBookingCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerBookingCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingCreateMutation, CustomerBookingCreateMutationVariables>;
export const CustomerBookingUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerBookingUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingUpdateMutation, CustomerBookingUpdateMutationVariables>;
export const CustomerBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingsQuery, CustomerBookingsQueryVariables>;
export const CustomerBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"specialRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"formData"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingQuery, CustomerBookingQueryVariables>;
export const CustomerBookingOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBookingOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"lateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingOrderQuery, CustomerBookingOrderQueryVariables>;
export const CustomerBookingTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBookingType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closedWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultDurationMin"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffEnRouteFeeMinor"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursBeforeGte"}},{"kind":"Field","name":{"kind":"Name","value":"feeMinor"}},{"kind":"Field","name":{"kind":"Name","value":"feePercent"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerBookingTypeQuery, CustomerBookingTypeQueryVariables>;
export const CustomerBookingCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerBookingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingCancelMutation, CustomerBookingCancelMutationVariables>;
export const CustomerBookingRescheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerBookingReschedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingReschedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduledStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerBookingRescheduleMutation, CustomerBookingRescheduleMutationVariables>;
export const CustomerPaymentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerPaymentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPaymentCreateMutation, CustomerPaymentCreateMutationVariables>;
export const CustomerReviewSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerReviewSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"editableUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerReviewSubmitMutation, CustomerReviewSubmitMutationVariables>;
export const CustomerReviewUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerReviewUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"editableUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerReviewUpdateMutation, CustomerReviewUpdateMutationVariables>;
export const CustomerOrderReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOrderReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"editableUntil"}}]}}]}}]} as unknown as DocumentNode<CustomerOrderReviewQuery, CustomerOrderReviewQueryVariables>;
export const CustomerOrderPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOrderPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"etaAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"assigneePosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOrderPositionQuery, CustomerOrderPositionQueryVariables>;
export const CustomerBookingSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerBookingSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceTypeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}}]}}]} as unknown as DocumentNode<CustomerBookingSlotsQuery, CustomerBookingSlotsQueryVariables>;
export const CustomerExternalProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerExternalProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalLoginProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerExternalProvidersQuery, CustomerExternalProvidersQueryVariables>;
export const CustomerExternalLoginUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerExternalLoginUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalLoginUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerExternalLoginUrlQuery, CustomerExternalLoginUrlQueryVariables>;
export const CustomerInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerInboxQuery, CustomerInboxQueryVariables>;
export const CustomerInboxReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerInboxRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}}]}}]}}]} as unknown as DocumentNode<CustomerInboxReadMutation, CustomerInboxReadMutationVariables>;
export const StaffMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"onShift"}},{"kind":"Field","name":{"kind":"Name","value":"homeLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffMeQuery, StaffMeQueryVariables>;
export const StaffOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrdersQuery, StaffOrdersQueryVariables>;
export const StaffOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"navigationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"completionChecklist"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrderQuery, StaffOrderQueryVariables>;
export const StaffOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}}]}}]} as unknown as DocumentNode<StaffOffersSubscription, StaffOffersSubscriptionVariables>;
export const StaffOrderGrabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffOrderGrab"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderGrab"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrderGrabMutation, StaffOrderGrabMutationVariables>;
export const StaffOrderAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffOrderAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrderAcceptMutation, StaffOrderAcceptMutationVariables>;
export const StaffOrderRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffOrderReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrderRejectMutation, StaffOrderRejectMutationVariables>;
export const StaffOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatusUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrderStatusMutation, StaffOrderStatusMutationVariables>;
export const StaffOrderHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffOrderHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderHelpRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrderHelpMutation, StaffOrderHelpMutationVariables>;
export const StaffServiceNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffServiceNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<StaffServiceNamesQuery, StaffServiceNamesQueryVariables>;
export const StaffHelpRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHelpRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffHelpRequestsQuery, StaffHelpRequestsQueryVariables>;
export const StaffHelpJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffHelpJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequestJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffHelpJoinMutation, StaffHelpJoinMutationVariables>;
export const StaffShiftStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffShiftStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffShiftStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffShiftStartMutation, StaffShiftStartMutationVariables>;
export const StaffShiftEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffShiftEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffShiftEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffShiftEndMutation, StaffShiftEndMutationVariables>;
export const StaffPositionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPositionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffPositionReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPositionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPositionReportMutation, StaffPositionReportMutationVariables>;
export const StaffPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"meanQuality"}},{"kind":"Field","name":{"kind":"Name","value":"meanSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"meanResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<StaffPerformanceQuery, StaffPerformanceQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OrderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OrderEventsSubscription, OrderEventsSubscriptionVariables>;