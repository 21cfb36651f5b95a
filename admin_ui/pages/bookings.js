// 预约 Bookings: find a booking (status, words, dates, service type), see all of it (review
// problems, history, charges, payments), cancel or reschedule it, and export the list.
import { graphql } from "../api.js";
import {
  clearFieldErrors, field, formatMoney, formatTime, formatWindow, h, localInputValue, showBanner,
  showFieldErrors, table, zonedIso,
} from "../dom.js";

export const STATUS = {
  SUBMITTED: "已提交 Submitted", NEEDS_CHANGES: "待修改 Needs changes", PENDING_REVIEW: "待审核 Pending review",
  CONFIRMED: "已确认 Confirmed", IN_SERVICE: "服务中 In service", COMPLETED: "已完成 Completed",
  CANCELLED: "已取消 Cancelled",
};
const CHANNEL = { WEB: "网页 Web", APP: "App", PHONE: "电话 Phone" };
const URGENCY = { NORMAL: "普通 Normal", URGENT: "加急 Urgent", EMERGENCY: "紧急 Emergency" };
const FAULT = { CUSTOMER: "客户 Customer", STAFF: "师傅 Staff", PLATFORM: "平台 Platform" };
const CHARGE_STATUS = { PENDING: "待结算 Pending", SETTLED: "已结算 Settled", WAIVED: "已免除 Waived" };
const PAYMENT_STATUS = { CREATED: "待支付 Created", PAID: "已支付 Paid", CLOSED: "已关闭 Closed" };
const PURPOSE = { SERVICE: "服务费 Service", CANCELLATION: "取消费 Cancellation" };
const CHANGEABLE = ["SUBMITTED", "NEEDS_CHANGES", "PENDING_REVIEW", "CONFIRMED"];
const PAGE_SIZE = 20;

const LIST = `query Bookings($filter: BookingFilterInput, $after: String) {
  bookings(filter: $filter, first: ${PAGE_SIZE}, after: $after) {
    edges { node { id number status serviceName scheduledStart scheduledEnd address } }
    pageInfo { hasNextPage endCursor } } }`;

const DETAIL = `query Booking($id: ID!) { booking(id: $id) { id number status channel urgency serviceName
  description scheduledStart scheduledEnd address region priceMinor currency customerId createdAt
  confirmedAt cancelledAt cancelReason reviewProblems { field code message }
  history { kind fromStatus toStatus reason at }
  charges { amountMinor currency fault status }
  payments { number purpose status amountMinor currency } } }`;

const CUSTOMER = "query Customer($id: ID!) { node(id: $id) { ... on User { name phone } } }";

const CHARGE = "booking { id status } charge { amountMinor currency fault status } errors { field message code }";
const CANCEL = `mutation Cancel($input: BookingCancelInput!) { bookingCancel(input: $input) { ${CHARGE} } }`;
const RESCHEDULE = `mutation Reschedule($input: BookingRescheduleInput!) {
  bookingReschedule(input: $input) { ${CHARGE} } }`;
const EXPORT = `mutation Export($input: BookingsExportInput!) { bookingsExport(input: $input) {
  export { id status rows url } errors { field message code } } }`;
const EXPORT_STATUS = "query ExportStatus($id: ID!) { bookingExport(id: $id) { id status rows url } }";
const CATALOG = "{ serviceTypes(includeInactive: true) { id name } }";

const badge = (status) => h("span", { class: `badge ${status}`, text: STATUS[status] ?? status });

export async function render(main) {
  const { serviceTypes } = await graphql(CATALOG);
  const state = { filter: {}, after: null, selected: null, polling: null, gone: false };
  const status = h("select", { name: "status", id: "filter-status" }, [
    h("option", { value: "", text: "全部 All" }),
    ...Object.entries(STATUS).map(([value, text]) => h("option", { value, text }))]);
  const serviceType = h("select", { name: "serviceTypeId", id: "filter-type" }, [
    h("option", { value: "", text: "全部 All" }),
    ...serviceTypes.map((t) => h("option", { value: t.id, text: t.name }))]);
  const search = h("input", { type: "search", name: "search", id: "filter-search", placeholder: "预约号、描述、地址、客户 Number, words, customer" });
  const from = h("input", { type: "date", name: "from", id: "filter-from" });
  const to = h("input", { type: "date", name: "to", id: "filter-to" });
  const filters = h("form", { id: "booking-filters" },
    field("搜索 Search", search, "filter.search"),
    h("div", { class: "row" }, field("状态 Status", status, "filter.status"), field("服务 Service", serviceType, "filter.serviceTypeId")),
    h("div", { class: "row" }, field("预约从 From", from, "filter.from"), field("至 To (含 incl.)", to, "filter.to"),
      h("button", { type: "submit", text: "筛选 Filter" })));
  const list = h("ul", { class: "queue", id: "booking-list" });
  const more = h("button", { type: "button", class: "secondary", id: "load-more", hidden: true, text: "加载更多 Load more" });
  const exportResult = h("div", { id: "export-result", class: "muted" });
  const detail = h("section", { class: "card", id: "booking-detail" },
    h("p", { class: "muted", text: "从左侧选择一个预约。 Choose a booking on the left." }));
  const ctx = { state, list, more, detail, exportResult };

  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    const dayAfter = to.value && new Date(Date.parse(`${to.value}T00:00:00Z`) + 86400e3).toISOString().slice(0, 10);
    state.filter = Object.fromEntries(Object.entries({
      status: status.value ? [status.value] : null, search: search.value.trim() || null,
      serviceTypeId: serviceType.value || null, from: zonedIso(from.value), to: zonedIso(dayAfter),
    }).filter(([, v]) => v !== null));
    loadList(ctx, false);
  });
  more.addEventListener("click", () => loadList(ctx, true));
  const exportButton = (format) => h("button", {
    type: "button", class: "secondary", id: `export-${format.toLowerCase()}`, text: `导出 ${format}`,
    on: { click: () => startExport(ctx, format) } });

  main.replaceChildren(h("div", { class: "board" },
    h("section", { class: "card" },
      h("div", { class: "spread" }, h("h1", { text: "预约 Bookings" }),
        h("span", { class: "row" }, exportButton("CSV"), exportButton("XLSX"))),
      exportResult, filters, list, more),
    detail));
  await loadList(ctx, false);
  return () => {
    state.gone = true;
    clearTimeout(state.polling);
  };
}

async function loadList(ctx, append) {
  const { state, list, more } = ctx;
  clearFieldErrors(document.getElementById("booking-filters"));
  list.setAttribute("aria-busy", "true");
  try {
    const { bookings } = await graphql(LIST, { filter: state.filter, after: append ? state.after : null });
    const items = bookings.edges.map((e) => listItem(ctx, e.node));
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    if (!list.children.length) {
      list.replaceChildren(h("li", { class: "muted empty", id: "no-bookings", text: "没有符合条件的预约。 No bookings match." }));
    }
    state.after = bookings.pageInfo.endCursor;
    more.hidden = !bookings.pageInfo.hasNextPage;
  } catch (error) {
    showBanner(error.message);
  } finally {
    list.setAttribute("aria-busy", "false");
  }
}

function listItem(ctx, booking) {
  const item = h("li", { dataset: { booking: booking.number }, tabindex: 0 },
    h("div", { class: "spread" }, h("strong", { class: "mono", text: booking.number }), badge(booking.status)),
    h("div", { text: booking.serviceName }),
    h("div", { class: "meta", text: `${formatWindow(booking.scheduledStart, booking.scheduledEnd)} · ${booking.address}` }));
  if (booking.id === ctx.state.selected) item.classList.add("selected");
  const open = () => {
    for (const other of ctx.list.querySelectorAll("li.selected")) other.classList.remove("selected");
    item.classList.add("selected");
    ctx.state.selected = booking.id;
    showBooking(ctx, booking.id);
  };
  item.addEventListener("click", open);
  item.addEventListener("keydown", (event) => event.key === "Enter" && open());
  return item;
}

async function showBooking(ctx, id) {
  try {
    const { booking } = await graphql(DETAIL, { id });
    if (!booking) {
      ctx.detail.replaceChildren(h("p", { class: "muted", text: "找不到该预约。 Booking not found." }));
      return;
    }
    const { node: customer } = await graphql(CUSTOMER, { id: booking.customerId });
    ctx.detail.replaceChildren(...bookingView(ctx, booking, customer).filter(Boolean));
  } catch (error) {
    showBanner(error.message);
  }
}

function bookingView(ctx, b, customer) {
  const item = (label, value, name) => [h("dt", { text: label }), h("dd", { text: value ?? "—", dataset: name ? { field: name } : null })];
  return [
    h("h2", {}, h("span", { class: "mono", text: b.number }), " · ", b.serviceName, " ", badge(b.status)),
    h("dl", {},
      item("状态 Status", STATUS[b.status] ?? b.status, "status"),
      item("渠道 Channel", CHANNEL[b.channel] ?? b.channel),
      item("紧急程度 Urgency", URGENCY[b.urgency] ?? b.urgency),
      item("预约时间 Scheduled", formatWindow(b.scheduledStart, b.scheduledEnd), "scheduled"),
      item("地址 Address", b.address),
      item("区域 Region", b.region),
      item("价格 Price", formatMoney(b.priceMinor, b.currency), "price"),
      item("客户 Customer", customer ? `${customer.name} ${customer.phone ?? ""}`.trim() : "—", "customer"),
      item("描述 Description", b.description || "—"),
      item("创建 Created", formatTime(b.createdAt)),
      b.confirmedAt ? item("确认 Confirmed", formatTime(b.confirmedAt)) : null,
      b.cancelledAt ? item("取消 Cancelled", formatTime(b.cancelledAt)) : null,
      b.cancelReason ? item("取消原因 Cancel reason", b.cancelReason, "cancelReason") : null),
    b.reviewProblems.length
      ? h("div", { class: "broken", id: "review-problems" },
        h("strong", { text: "审核问题 Review problems" }),
        h("ul", {}, b.reviewProblems.map((p) => h("li", { dataset: { field: p.field ?? "" } },
          h("span", { class: "mono", text: p.field ?? "—" }), ` — ${p.message}`))))
      : null,
    h("h3", { text: "变更记录 History" }),
    table(["时间 At", "事件 Event", "状态 Status", "原因 Reason"], b.history.map((e) => h("tr", {},
      h("td", { text: formatTime(e.at) }), h("td", { class: "mono", text: e.kind }),
      h("td", { text: [e.fromStatus, e.toStatus].filter(Boolean).map((s) => STATUS[s] ?? s).join(" → ") }),
      h("td", { text: e.reason || "—" }))), { id: "history" }),
    h("h3", { text: "费用与补偿 Charges" }),
    b.charges.length
      ? table(["类型 Kind", "金额 Amount", "责任方 Fault", "状态 Status"], b.charges.map((c) => h("tr", {},
        h("td", { text: c.amountMinor < 0 ? "补偿 Compensation" : "手续费 Fee" }),
        h("td", { class: "num", text: formatMoney(c.amountMinor, c.currency) }),
        h("td", { text: FAULT[c.fault] ?? c.fault }), h("td", { text: CHARGE_STATUS[c.status] ?? c.status ?? "—" }))), { id: "charges" })
      : h("p", { class: "muted", id: "charges", text: "无 None" }),
    h("h3", { text: "支付 Payments" }),
    b.payments.length
      ? table(["单号 Number", "用途 Purpose", "状态 Status", "金额 Amount"], b.payments.map((p) => h("tr", {},
        h("td", { class: "mono", text: p.number }), h("td", { text: PURPOSE[p.purpose] ?? p.purpose }),
        h("td", { text: PAYMENT_STATUS[p.status] ?? p.status }),
        h("td", { class: "num", text: formatMoney(p.amountMinor, p.currency) }))), { id: "payments" })
      : h("p", { class: "muted", id: "payments", text: "无 None" }),
    h("div", { id: "change-result" }),
    CHANGEABLE.includes(b.status) ? cancelForm(ctx, b) : null,
    CHANGEABLE.includes(b.status) ? rescheduleForm(ctx, b) : null,
  ];
}

function faultSelect(id) {
  return h("select", { name: "fault", id }, Object.entries(FAULT).map(([value, text]) => h("option", { value, text })));
}

function changeForm(ctx, booking, { id, title, fields, button, validate, run, done }) {
  const submit = h("button", { type: "submit", text: button });
  const form = h("form", { id }, h("h3", { text: title }), ...fields,
    h("p", { class: "error", hidden: true, dataset: { errorFor: "*" } }), submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const problems = validate();
    if (problems.length) {
      showFieldErrors(form, problems);
      return;
    }
    submit.disabled = true;
    try {
      const payload = await run();
      if (payload.errors.length) {
        showFieldErrors(form, payload.errors);
        return;
      }
      await showBooking(ctx, booking.id);
      ctx.detail.querySelector("#change-result")?.replaceWith(chargeView(done, payload.charge));
      await loadList(ctx, false);
    } catch (error) {
      showBanner(error.message);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function cancelForm(ctx, booking) {
  const reason = h("input", { name: "reason", id: "cancel-reason", placeholder: "例如：客户来电取消 e.g. the customer called to cancel" });
  const fault = faultSelect("cancel-fault");
  return changeForm(ctx, booking, {
    id: "cancel-form", title: "取消预约 Cancel the booking", button: "取消预约 Cancel booking",
    fields: [field("原因 Reason", reason, "reason"), field("责任方 Fault", fault, "fault")],
    validate: () => (reason.value.trim() ? [] : [{ field: "reason", code: "REQUIRED", message: "请填写取消原因。 Give a reason." }]),
    run: async () => (await graphql(CANCEL, { input: { id: booking.id, reason: reason.value.trim(), fault: fault.value } })).bookingCancel,
    done: "已取消。 Cancelled.",
  });
}

function rescheduleForm(ctx, booking) {
  const start = h("input", { type: "datetime-local", name: "scheduledStart", id: "reschedule-start", value: localInputValue(booking.scheduledStart) });
  const end = h("input", { type: "datetime-local", name: "scheduledEnd", id: "reschedule-end", value: localInputValue(booking.scheduledEnd) });
  const fault = faultSelect("reschedule-fault");
  return changeForm(ctx, booking, {
    id: "reschedule-form", title: "改期 Reschedule", button: "改期 Reschedule",
    fields: [h("div", { class: "row" }, field("新开始 New start", start, "scheduledStart"), field("新结束 New end", end, "scheduledEnd")),
      field("责任方 Fault", fault, "fault")],
    validate: () => (start.value ? [] : [{ field: "scheduledStart", code: "REQUIRED", message: "请选择开始时间。 Choose a start." }]),
    run: async () => (await graphql(RESCHEDULE, { input: {
      id: booking.id, scheduledStart: zonedIso(start.value), scheduledEnd: zonedIso(end.value), fault: fault.value,
    } })).bookingReschedule,
    done: "已改期。 Rescheduled.",
  });
}

function chargeView(done, charge) {
  const cost = !charge || charge.amountMinor === 0 ? "无费用 No charge"
    : charge.amountMinor < 0 ? `补偿客户 Compensation ${formatMoney(-charge.amountMinor, charge.currency)}`
      : `手续费 Fee ${formatMoney(charge.amountMinor, charge.currency)}`;
  return h("p", { class: "ok", id: "change-result" }, done, " ", h("span", { dataset: { field: "charge" }, text: cost }));
}

async function startExport(ctx, format) {
  const { state, exportResult } = ctx;
  clearTimeout(state.polling);
  exportResult.replaceChildren(`导出中… Exporting ${format}…`);
  try {
    const { bookingsExport } = await graphql(EXPORT, { input: { filter: state.filter, format } });
    if (bookingsExport.errors.length) {
      exportResult.replaceChildren(h("span", { class: "bad", text: bookingsExport.errors.map((e) => e.message).join("；") }));
      return;
    }
    await followExport(ctx, bookingsExport.export);
  } catch (error) {
    exportResult.replaceChildren();
    showBanner(error.message);
  }
}

async function followExport(ctx, job) {
  const { state, exportResult } = ctx;
  if (state.gone) return;
  if (job?.url) {
    exportResult.replaceChildren(h("a", { href: job.url, download: "", id: "export-link" },
      `下载 Download ${job.id.slice(0, 8)} (${job.rows} 行 rows)`));
    return;
  }
  if (!job || job.status === "FAILED") {
    exportResult.replaceChildren(h("span", { class: "bad", text: "导出失败 The export failed." }));
    return;
  }
  exportResult.replaceChildren(`导出中… Exporting (${job.status})…`);
  state.polling = setTimeout(async () => {
    try {
      await followExport(ctx, (await graphql(EXPORT_STATUS, { id: job.id })).bookingExport);
    } catch (error) {
      showBanner(error.message);
    }
  }, 500);
}
