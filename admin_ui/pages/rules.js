// 规则 Rules: the policies (rule sets) with their active version; one opens in the editor.
import { graphql } from "../api.js";
import { clearFieldErrors, field, formatTime, h, showFieldErrors, table } from "../dom.js";

const POLICIES = `{ policies(first: 100) { edges { node {
  id name activeVersion shadowVersion latestVersion updatedAt } } } }`;

const NAME_PATTERN = /^[\p{L}\p{N}_-]{1,100}$/u; // the server's rule (dispatch/policies.py)

export async function render(main, context) {
  if (context.params[0]) {
    const editor = await import("./rule-editor.js");
    return editor.render(main, { ...context, policyName: context.params[0] });
  }
  const { policies } = await graphql(POLICIES);
  const rows = policies.edges.map(({ node }) => h(
    "tr", { dataset: { policy: node.name } },
    h("td", {}, h("a", { href: `#/rules/${encodeURIComponent(node.name)}`, text: node.name })),
    h("td", { class: "num", dataset: { field: "activeVersion" } }, node.activeVersion === null ? "—" : `v${node.activeVersion}`),
    h("td", { class: "num" }, `v${node.latestVersion}`),
    h("td", { class: "num" }, node.shadowVersion === null ? "—" : `v${node.shadowVersion}`),
    h("td", { text: formatTime(node.updatedAt) }),
  ));
  main.replaceChildren(
    h("section", { class: "card" },
      h("h1", { text: "规则 Rules" }),
      h("p", { class: "muted", text: "派单引擎使用名为 main 的规则集的已发布版本；其他名字用于草稿和实验。 The dispatch engine uses the published version of the rule set named main; other names hold drafts and experiments." }),
      table(["名称 Name", "生效版本 Active", "最新版本 Latest", "影子版本 Shadow", "更新时间 Updated"], rows, { id: "policy-list" })),
    newPolicyForm(),
  );
}

function newPolicyForm() {
  const name = h("input", { name: "name", required: true, placeholder: "draft-urgent" });
  const form = h("form", { class: "card row", id: "new-policy" },
    field("新规则集名称 New rule set name", name, "name"),
    h("button", { type: "submit", text: "新建 Create" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const value = name.value.trim();
    if (!NAME_PATTERN.test(value)) {
      showFieldErrors(form, [{ field: "name", message: "名称只含字母、数字、_ 和 -（最多 100 个）。 Letters, digits, _ and - only (at most 100)." }]);
      return;
    }
    location.hash = `#/rules/${encodeURIComponent(value)}`;
  });
  return form;
}
