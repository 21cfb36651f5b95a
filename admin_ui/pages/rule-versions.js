// A rule set's versions: load into the editor, publish / roll back, diff two versions.
import { graphql } from "../api.js";
import { formatTime, h, showBanner, showFieldErrors, table } from "../dom.js";

const VERSIONS = `query Versions($id: ID!) { policyVersions(policyId: $id, first: 100) {
  edges { node { version status note source createdAt publishedAt } } } }`;

const PUBLISH = `mutation Publish($input: PolicyPublishInput!) { policyPublish(input: $input) {
  policy { activeVersion } version { version status } errors { field message code } } }`;

const DIFF = `query Diff($id: ID!, $from: Int!, $to: Int!) { policyDiff(policyId: $id, fromVersion: $from, toVersion: $to) {
  unified comparable changes { policy change clauses
    requirements { added removed changed } preferences { added removed changed } } } }`;

const STATUS_LABELS = {
  DRAFT: "草稿 Draft", PUBLISHED: "生效 Published", RETIRED: "已停用 Retired", SHADOW: "影子 Shadow",
};

export async function renderVersions(card, state, { loadSource, refresh }) {
  if (!state.policy) {
    card.replaceChildren(h("h2", { text: "版本 Versions" }), h("p", { class: "muted", text: "尚未保存。 Not saved yet." }));
    return;
  }
  const { policyVersions } = await graphql(VERSIONS, { id: state.policy.id });
  const versions = policyVersions.edges.map((e) => e.node);
  const message = h("p", { class: "error", hidden: true, dataset: { errorFor: "*" } });
  const rows = versions.map((v) => versionRow(v, state, { loadSource, refresh, card }));
  card.replaceChildren(
    h("h2", { text: "版本 Versions" }),
    message,
    h("div", { class: "table-wrap" },
      table(["版本 Version", "状态 Status", "备注 Note", "保存于 Saved", ""], rows, { id: "version-list" })),
    diffPanel(state, versions),
  );
}

function versionRow(v, state, { loadSource, refresh, card }) {
  const active = state.policy.activeVersion;
  const publishLabel = active !== null && v.version < active ? "回滚 Roll back" : "发布 Publish";
  return h(
    "tr", { dataset: { version: v.version } },
    h("td", { class: "num", text: `v${v.version}` }),
    h("td", {}, h("span", { class: `badge ${v.status}`, dataset: { field: "status" }, text: STATUS_LABELS[v.status] ?? v.status })),
    h("td", { text: v.note || "—" }),
    h("td", { text: formatTime(v.createdAt) }),
    h("td", { class: "row" },
      h("button", { type: "button", class: "secondary", text: "载入 Load", on: { click: () => loadSource(v.source) } }),
      v.status === "PUBLISHED" ? null : h("button", {
        type: "button", dataset: { action: "publish" }, text: publishLabel,
        on: { click: (event) => publish(event.target, state, v.version, { refresh, card }) },
      })),
  );
}

async function publish(button, state, version, { refresh, card }) {
  const verb = button.textContent;
  if (!window.confirm(`${verb}：v${version}？`)) return;
  button.disabled = true;
  try {
    const { policyPublish } = await graphql(PUBLISH, { input: { id: state.policy.id, version } });
    if (policyPublish.errors.length) {
      showFieldErrors(card, policyPublish.errors);
      button.disabled = false;
      return;
    }
    await refresh();
    showBanner(`v${version} 已生效 is now active`, "ok");
  } catch (error) {
    showBanner(error.message);
    button.disabled = false;
  }
}

function diffPanel(state, versions) {
  const choices = versions.map((v) => h("option", { value: v.version, text: `v${v.version}` }));
  const from = h("select", { name: "from" }, choices.map((o) => o.cloneNode(true)));
  const to = h("select", { name: "to" }, choices);
  if (versions.length > 1) from.value = String(versions[1].version);
  const output = h("div", { id: "diff-output" });
  const run = h("button", { type: "button", class: "secondary", text: "对比 Compare" });
  run.addEventListener("click", async () => {
    try {
      const { policyDiff } = await graphql(DIFF, { id: state.policy.id, from: Number(from.value), to: Number(to.value) });
      renderDiff(output, policyDiff);
    } catch (error) {
      showBanner(error.message);
    }
  });
  return h("div", {},
    h("h3", { text: "版本对比 Diff" }),
    h("div", { class: "row" },
      h("label", { class: "field" }, h("span", { class: "label", text: "从 From" }), from),
      h("label", { class: "field" }, h("span", { class: "label", text: "到 To" }), to),
      run),
    output);
}

function renderDiff(output, diff) {
  const lines = diff.unified ? diff.unified.split("\n") : [];
  const pre = h("pre", { class: "diff" }, lines.map((line) => h("div", { class: lineClass(line), text: line || " " })));
  output.replaceChildren(
    diff.changes.length ? h("ul", { id: "diff-changes" }, diff.changes.map(describeChange)) : null,
    !diff.comparable ? h("p", { class: "muted", text: "其中一个版本无法解析，只显示文本差异。 One text no longer parses; text diff only." }) : null,
    lines.length ? pre : h("p", { class: "muted", text: "两个版本相同。 The versions are the same." }),
  );
}

function lineClass(line) {
  if (line.startsWith("@@")) return "hunk";
  if (line.startsWith("+") && !line.startsWith("+++")) return "add";
  if (line.startsWith("-") && !line.startsWith("---")) return "del";
  return null;
}

function describeChange(change) {
  const parts = [];
  const clauses = [["要求 require", change.requirements], ["偏好 prefer", change.preferences]];
  for (const [label, c] of clauses) {
    if (c.added.length) parts.push(`${label} +${c.added.join(", ")}`);
    if (c.removed.length) parts.push(`${label} −${c.removed.join(", ")}`);
    if (c.changed.length) parts.push(`${label} ~${c.changed.join(", ")}`);
  }
  if (change.clauses.length) parts.push(`其他 other: ${change.clauses.join(", ")}`);
  return h("li", {}, h("strong", { text: `${change.policy} (${change.change})` }), parts.length ? ` — ${parts.join("；")}` : "");
}
