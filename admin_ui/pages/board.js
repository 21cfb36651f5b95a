// 调度台 Dispatch board: the queue of orders nobody has taken yet; one order's recorded
// decision (every candidate with its verdict and score) and a manual assignment.
import { graphql } from "../api.js";
import {
  clearFieldErrors, field, formatNumber, formatWindow, h, showBanner, showFieldErrors, table,
} from "../dom.js";

const QUEUES = {
  waiting: { label: "待派 Waiting (OPEN · OFFERED · ESCALATED)", status: ["OPEN", "OFFERED", "ESCALATED"] },
  assigned: { label: "已指派 Assigned", status: ["ASSIGNED"] },
  active: { label: "进行中 Under way", status: ["EN_ROUTE", "IN_PROGRESS"] },
};

const ORDER_FIELDS = `id number status urgency serviceCode region address scheduledStart scheduledEnd
  assigneeId escalationQueue`;

const QUEUE = `query Queue($status: [OrderStatus!]) { orders(filter: {status: $status}, first: 100) {
  edges { node { ${ORDER_FIELDS} } } } }`;

const DETAIL = `query Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} description customerName
  decision { kind outcome chosenId createdAt
    candidates { staffId eligible failedRequirement reason values { expression value } score
      terms { name weight graded contribution } } } } }`;

const CATALOG = "{ serviceTypes(includeInactive: true) { code name } }";

// Staff to choose from besides a decision's candidates: every active service worker.
const STAFF = `query Staff($after: String) { users(filter: {role: "staff", status: ACTIVE}, first: 100, after: $after) {
  edges { node { id name staffProfile { region } } } pageInfo { hasNextPage endCursor } } }`;
const STAFF_PAGES = 20;

const NAMES = "query Names($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id name } } }";

const ASSIGN = `mutation Assign($input: OrderAssignInput!) { orderAssign(input: $input) {
  order { id status assigneeId } brokenRequirements { name reason values }
  errors { field message code } } }`;

const URGENCY = { NORMAL: "普通 Normal", URGENT: "加急 Urgent", EMERGENCY: "紧急 Emergency" };
const STATUS = {
  OPEN: "待派 Open", OFFERED: "已推送 Offered", ESCALATED: "转人工 Escalated", ASSIGNED: "已指派 Assigned",
  EN_ROUTE: "在途 En route", IN_PROGRESS: "服务中 In progress",
};

export async function render(main) {
  const [{ serviceTypes }, staff] = await Promise.all([graphql(CATALOG), activeStaff()]);
  const board = {
    typeNames: Object.fromEntries(serviceTypes.map((t) => [t.code, t.name])),
    staff, names: new Map(staff.map((s) => [s.id, s.name])), queue: "waiting", selected: null,
  };
  const queueList = h("ul", { class: "queue", id: "queue" });
  const detail = h("section", { class: "card", id: "order-detail" },
    h("p", { class: "muted", text: "从左侧选择一个订单。 Choose an order on the left." }));
  const picker = h("select", { name: "queue", id: "queue-filter" },
    Object.entries(QUEUES).map(([key, q]) => h("option", { value: key, text: q.label })));
  const reload = () => loadQueue(board, queueList, detail);
  picker.addEventListener("change", () => {
    board.queue = picker.value;
    reload();
  });
  main.replaceChildren(h("div", { class: "board" },
    h("section", { class: "card" },
      h("div", { class: "spread" }, h("h1", { text: "调度台 Dispatch board" }),
        h("button", { type: "button", class: "secondary", text: "刷新 Refresh", on: { click: reload } })),
      h("label", { class: "field" }, h("span", { class: "label", text: "队列 Queue" }), picker),
      queueList),
    detail));
  await reload();
}

async function activeStaff() {
  const staff = [];
  let after = null;
  for (let page = 0; page < STAFF_PAGES; page += 1) {
    const { users } = await graphql(STAFF, { after });
    staff.push(...users.edges.map(({ node }) => ({ id: node.id, name: node.name, region: node.staffProfile?.region })));
    if (!users.pageInfo.hasNextPage) break;
    after = users.pageInfo.endCursor;
  }
  return staff.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

async function loadQueue(board, list, detail) {
  const { orders } = await graphql(QUEUE, { status: QUEUES[board.queue].status });
  const nodes = orders.edges.map((e) => e.node);
  list.replaceChildren(...nodes.map((order) => queueItem(board, order, list, detail)));
  if (!nodes.length) list.replaceChildren(h("li", { class: "muted", text: "队列为空。 Nothing waiting." }));
}

function queueItem(board, order, list, detail) {
  const item = h("li", { dataset: { order: order.number }, tabindex: 0 },
    h("div", { class: "spread" }, h("strong", { class: "mono", text: order.number }),
      h("span", {}, h("span", { class: `badge ${order.urgency}`, text: URGENCY[order.urgency] ?? order.urgency }), " ",
        h("span", { class: `badge ${order.status}`, text: STATUS[order.status] ?? order.status }))),
    h("div", { text: board.typeNames[order.serviceCode] ?? order.serviceCode }),
    h("div", { class: "meta", text: `${formatWindow(order.scheduledStart, order.scheduledEnd)} · ${order.address ?? "—"}` }),
    order.escalationQueue ? h("div", { class: "meta bad", text: `转人工队列 Desk: ${order.escalationQueue}` }) : null);
  const open = () => {
    for (const other of list.querySelectorAll("li.selected")) other.classList.remove("selected");
    item.classList.add("selected");
    showOrder(board, order.id, detail);
  };
  item.addEventListener("click", open);
  item.addEventListener("keydown", (event) => event.key === "Enter" && open());
  return item;
}

async function showOrder(board, id, detail) {
  try {
    const { order } = await graphql(DETAIL, { id });
    await learnNames(board, [order.assigneeId, ...(order.decision?.candidates ?? []).map((c) => c.staffId)]);
    detail.replaceChildren(...orderView(board, order, detail));
  } catch (error) {
    showBanner(error.message);
  }
}

async function learnNames(board, staffIds) {
  const missing = [...new Set(staffIds.filter(Boolean))].filter((id) => !board.names.has(id));
  if (!missing.length) return;
  const { nodes } = await graphql(NAMES, { ids: missing });
  for (const node of nodes) if (node?.id) board.names.set(node.id, node.name);
}

function staffName(board, staffId) {
  return staffId ? (board.names.get(staffId) ?? "?") : "—";
}

function orderView(board, order, detail) {
  return [
    h("h2", {}, h("span", { class: "mono", text: order.number }), " · ", board.typeNames[order.serviceCode] ?? order.serviceCode),
    h("dl", {},
      h("dt", { text: "状态 Status" }), h("dd", { dataset: { field: "status" }, text: STATUS[order.status] ?? order.status }),
      h("dt", { text: "指派给 Assignee" }), h("dd", { dataset: { field: "assignee" }, text: staffName(board, order.assigneeId) }),
      h("dt", { text: "紧急程度 Urgency" }), h("dd", { text: URGENCY[order.urgency] ?? order.urgency }),
      h("dt", { text: "时间 Window" }), h("dd", { text: formatWindow(order.scheduledStart, order.scheduledEnd) }),
      h("dt", { text: "地址 Address" }), h("dd", { text: order.address ?? "—" }),
      h("dt", { text: "区域 Region" }), h("dd", { text: order.region ?? "—" }),
      h("dt", { text: "描述 Description" }), h("dd", { text: order.description || "—" })),
    decisionView(board, order.decision),
    assignForm(board, order, detail),
  ];
}

function decisionView(board, decision) {
  if (!decision) {
    return h("p", { class: "muted", id: "decision", text: "尚无派单决策记录。 No assignment decision recorded yet." });
  }
  const candidates = [...decision.candidates].sort((a, b) =>
    Number(b.eligible === true) - Number(a.eligible === true) || (b.score ?? -1) - (a.score ?? -1));
  const rows = candidates.map((c) => h(
    "tr", { class: c.eligible === false ? "candidate-ineligible" : null, dataset: { staff: c.staffId } },
    h("td", {}, staffName(board, c.staffId), c.staffId === decision.chosenId ? h("span", { class: "badge ok", text: "已选 chosen" }) : null),
    h("td", { text: c.eligible === null ? "—" : c.eligible ? "✓ 合格 eligible" : `✗ ${c.failedRequirement}` }),
    h("td", { text: c.eligible ? "" : [c.reason, valuesText(c.values)].filter(Boolean).join(" · ") }),
    h("td", { class: "num", text: formatNumber(c.score, 3) }),
    h("td", { class: "mono", text: termsText(c.terms) })));
  return h("div", { id: "decision" },
    h("h3", { text: `派单决策 Decision · ${decision.kind} · ${decision.outcome}` }),
    h("div", { class: "table-wrap" },
      table(["师傅 Staff", "结果 Verdict", "原因与取值 Reason and values", "得分 Score", "评分项 Terms"], rows, { id: "candidates" })));
}

// A candidate's values come as [{expression, value}], a broken requirement's as {expression: value}.
function valuesText(values) {
  const pairs = Array.isArray(values) ? values.map((v) => [v.expression, v.value]) : Object.entries(values ?? {});
  return pairs.map(([expr, value]) => `${expr} = ${typeof value === "number" ? formatNumber(value) : value}`).join(", ");
}

function termsText(terms) {
  return (terms ?? []).map((t) => `${t.name} ${formatNumber(t.weight)}×${formatNumber(t.graded)}=${formatNumber(t.contribution)}`).join("  ");
}

function assignForm(board, order, detail) {
  const fromDecision = (order.decision?.candidates ?? []).map((c) => ({
    id: c.staffId, name: staffName(board, c.staffId),
    note: c.eligible ? `✓ ${formatNumber(c.score, 2)}` : c.eligible === false ? `✗ ${c.failedRequirement}` : "",
  }));
  const seen = new Set(fromDecision.map((s) => s.id));
  // Staff of the order's region first, then everyone else.
  const others = board.staff.filter((s) => !seen.has(s.id))
    .map((s) => ({ ...s, note: s.region ?? "" }))
    .sort((a, b) => (b.region === order.region) - (a.region === order.region));
  const option = (s) => h("option", { value: s.id, text: s.note ? `${s.name}（${s.note}）` : s.name });
  const staff = h("select", { name: "staffId", id: "assign-staff" },
    h("option", { value: "", text: "— 选择师傅 choose —" }),
    fromDecision.length ? h("optgroup", { label: "决策中的候选 Candidates" }, fromDecision.map(option)) : null,
    others.length ? h("optgroup", { label: "其他师傅 Other staff" }, others.map(option)) : null);
  const reason = h("input", { name: "reason", id: "assign-reason", placeholder: "例如：客户指定 e.g. customer asked for them" });
  const submit = h("button", { type: "submit", text: "人工指派 Assign" });
  const outcome = h("div", { id: "assign-result" });
  const form = h("form", { id: "assign-form" },
    h("h3", { text: "人工指派 Manual assignment" }),
    field("师傅 Staff", staff, "staffId"),
    field("原因 Reason", reason, "reason"),
    h("p", { class: "error", hidden: true, dataset: { errorFor: "*" } }),
    submit, outcome);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    if (!staff.value) {
      showFieldErrors(form, [{ field: "staffId", message: "请选择师傅。 Choose a staff member." }]);
      return;
    }
    submit.disabled = true;
    try {
      const input = { id: order.id, staffId: staff.value, reason: reason.value.trim() };
      const { orderAssign } = await graphql(ASSIGN, { input });
      if (orderAssign.errors.length) {
        showFieldErrors(form, orderAssign.errors);
        return;
      }
      await showOrder(board, order.id, detail);
      detail.querySelector("#assign-result")?.replaceWith(assignedView(board, orderAssign));
      await loadQueue(board, document.getElementById("queue"), detail);
    } catch (error) {
      showBanner(error.message);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function assignedView(board, payload) {
  const broken = payload.brokenRequirements;
  return h("div", { id: "assign-result" },
    h("p", { class: "ok", text: `已指派给 ${staffName(board, payload.order.assigneeId)}。 Assigned.` }),
    broken.length
      ? h("div", { class: "broken", id: "broken-requirements" },
        h("strong", { text: "此次指派违反的规则要求 Policy requirements this override breaks" }),
        h("ul", {}, broken.map((b) => h("li", { dataset: { requirement: b.name } },
          h("strong", { text: b.name }), ` — ${b.reason}`, valuesText(b.values) ? ` (${valuesText(b.values)})` : ""))))
      : h("p", { class: "muted", text: "未违反任何规则要求。 No policy requirement is broken." }));
}
