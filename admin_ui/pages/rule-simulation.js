// Simulation: replay the editor's text over recent orders; KPIs beside what happened.
import { graphql } from "../api.js";
import { formatNumber, formatPercent, h, showBanner, showFieldErrors, table } from "../dom.js";

const KPIS = `orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange noEligibleShare
  expectedWaitMin byMode { mode orders }`;

const SIMULATE = `mutation Simulate($input: PolicySimulateInput!) { policySimulate(input: $input) {
  errors { field message code line column }
  simulation { changed truncated skippedOrderIds simulated { ${KPIS} } actual { ${KPIS} }
    orders { orderNumber chosenStaffName actualStaffName changed fallbackSteps escalatedTo mode
      chosenDistanceKm actualDistanceKm candidates eligible error } } } }`;

const KPI_ROWS = [
  ["订单 Orders", (k) => k.orders],
  ["已指派 Assigned", (k) => k.assigned],
  ["平均距离 Mean distance (km)", (k) => formatNumber(k.meanDistanceKm)],
  ["P90 距离 P90 distance (km)", (k) => formatNumber(k.p90DistanceKm)],
  ["负载标准差 Load std-dev", (k) => formatNumber(k.loadStdDev)],
  ["负载极差 Load range", (k) => k.loadRange],
  ["无人合格 No eligible", (k) => formatPercent(k.noEligibleShare)],
  ["预计等待 Expected wait (min)", (k) => formatNumber(k.expectedWaitMin, 1)],
  ["方式 By mode", (k) => k.byMode.map((m) => `${m.mode} ${m.orders}`).join(" · ")],
];

export function renderSimulation(card, state, currentSource) {
  const output = h("div", { id: "simulation-output" });
  const run = h("button", { type: "button", id: "simulate", text: "模拟最近的订单 Simulate recent orders" });
  const errors = h("p", { class: "error", hidden: true, dataset: { errorFor: "*" } });
  run.addEventListener("click", async () => {
    run.disabled = true;
    output.replaceChildren(h("p", { class: "muted", text: "模拟中… Simulating…" }));
    try {
      const { policySimulate } = await graphql(SIMULATE, { input: { source: currentSource() } });
      showFieldErrors(card, policySimulate.errors);
      if (policySimulate.simulation) renderResult(output, policySimulate.simulation);
      else output.replaceChildren();
    } catch (error) {
      output.replaceChildren();
      showBanner(error.message);
    } finally {
      run.disabled = false;
    }
  });
  card.replaceChildren(
    h("h2", { text: "模拟 Simulation" }),
    h("p", { class: "muted", text: "用编辑器中的文本重放最近的订单（最多 500 个），不写入任何数据。 Replays the editor's text over recent orders (up to 500); nothing is written." }),
    run, errors, output,
  );
}

function renderResult(output, simulation) {
  const kpis = table(
    ["指标 KPI", "草稿 Draft", "实际 Actual"],
    KPI_ROWS.map(([label, value]) => h("tr", {},
      h("th", { text: label }),
      h("td", { class: "num", text: String(value(simulation.simulated)) }),
      h("td", { class: "num", text: String(value(simulation.actual)) }))),
    { id: "simulation-kpis" },
  );
  const orders = table(
    ["订单 Order", "草稿选择 Draft picks", "实际 Actual", "距离 km", "方式 Mode", "兜底 Fallback"],
    simulation.orders.map((o) => h("tr", { class: o.changed ? "changed-row" : null },
      h("td", { class: "mono", text: o.orderNumber }),
      h("td", { text: o.error ? `错误 Error: ${o.error}` : (o.chosenStaffName ?? (o.escalatedTo ? `→ ${o.escalatedTo}` : "—")) }),
      h("td", { text: o.actualStaffName ?? "—" }),
      h("td", { class: "num", text: `${formatNumber(o.chosenDistanceKm)} / ${formatNumber(o.actualDistanceKm)}` }),
      h("td", { text: o.mode ?? "—" }),
      h("td", { text: o.fallbackSteps.join(" → ") || "—" }))),
  );
  output.replaceChildren(
    h("p", { dataset: { field: "changed" } },
      `${simulation.orders.length} 个订单中 ${simulation.changed} 个会改派 ${simulation.changed} of ${simulation.orders.length} orders would change hands`,
      simulation.truncated ? "（已截断 truncated）" : ""),
    kpis,
    h("h3", { text: "逐单 Per order" }),
    h("div", { class: "table-wrap", style: "max-height:20rem;overflow-y:auto" }, orders),
  );
}
