// One rule set: the CodeMirror editor with live server diagnostics and completion, save,
// versions with diff, publish / roll back, and simulation over recent orders.
import { graphql } from "../api.js";
import {
  autocompletion, bracketMatching, closeBrackets, closeBracketsKeymap, completionKeymap,
  defaultKeymap, drawSelection, EditorState, EditorView, highlightActiveLine,
  highlightActiveLineGutter, history, historyKeymap, indentWithTab, keymap, lineNumbers, linter,
  lintGutter, setDiagnostics, syntaxHighlighting,
} from "../vendor/codemirror.bundle.js";
import {
  clearFieldErrors, field, formatTime, h, showBanner, showFieldErrors,
} from "../dom.js";
import { completionSource, dslHighlighter, dslLanguage, toCodeMirror } from "./rules-dsl.js";
import { renderSimulation } from "./rule-simulation.js";
import { renderVersions } from "./rule-versions.js";

const LOAD = `query Load { ruleSchema {
    fields { path type optional doc } methods { path parameter type optional doc }
    functions { name returns doc params { name type } } units { name kind } }
  policies(first: 100) { edges { node { id name activeVersion latestVersion shadowVersion } } } }`;

const LATEST = `query Latest($id: ID!) { policyVersions(policyId: $id, first: 1) {
  edges { node { version source status } } } }`;

const DIAGNOSTIC = "line column endLine endColumn severity code message hint";

const VALIDATE = `mutation Validate($source: String!) { policyValidate(input: {source: $source}) {
  valid diagnostics { ${DIAGNOSTIC} } errors { field message code } } }`;

const SAVE = `mutation Save($input: PolicySaveInput!) { policySave(input: $input) {
  created version { id version status }
  diagnostics { ${DIAGNOSTIC} }
  examples { policy name line passed message }
  errors { field message code line column endLine endColumn severity hint diagnosticCode } } }`;

const TEMPLATE = `# 新规则 / new rules
default policy anyone
  require capacity : staff.active_orders < staff.max_orders
                     reason "已满 / fully booked"
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 10 km)
`;

export async function render(main, { policyName }) {
  const { ruleSchema, policies } = await graphql(LOAD);
  const state = {
    name: policyName,
    policy: policies.edges.map((e) => e.node).find((p) => p.name === policyName) ?? null,
  };
  const initial = state.policy ? await latestSource(state.policy.id) : TEMPLATE;

  const header = h("div", { class: "spread" });
  const diagnosticsList = h("ul", { class: "diagnostics", id: "diagnostics", "aria-live": "polite" });
  const editorHost = h("div", { class: "editor", id: "rule-editor" });
  const saveResult = h("div", { id: "save-result" });
  const versionsCard = h("section", { class: "card", id: "versions" });
  const simulationCard = h("section", { class: "card", id: "simulation" });

  const view = createEditor(editorHost, initial, ruleSchema, diagnosticsList);
  const refresh = async () => {
    await reloadPolicy(state);
    renderHeader(header, state);
    await renderVersions(versionsCard, state, { loadSource: (source) => replaceText(view, source), refresh });
  };

  main.replaceChildren(
    h("div", { class: "grid-2" },
      h("div", {},
        h("section", { class: "card" }, header, editorHost, diagnosticsList,
          saveForm(view, state, saveResult, diagnosticsList, refresh), saveResult)),
      h("div", {}, versionsCard, simulationCard)),
  );
  renderHeader(header, state);
  renderSimulation(simulationCard, state, () => view.state.doc.toString());
  await renderVersions(versionsCard, state, { loadSource: (source) => replaceText(view, source), refresh });
  return () => view.destroy();
}

async function latestSource(policyId) {
  const { policyVersions } = await graphql(LATEST, { id: policyId });
  return policyVersions.edges[0]?.node.source ?? "";
}

async function reloadPolicy(state) {
  const { policies } = await graphql("{ policies(first: 100) { edges { node { id name activeVersion latestVersion shadowVersion } } } }");
  state.policy = policies.edges.map((e) => e.node).find((p) => p.name === state.name) ?? null;
}

function renderHeader(header, state) {
  const policy = state.policy;
  header.replaceChildren(
    h("h1", {}, h("a", { href: "#/rules", text: "规则 Rules" }), " / ", h("span", { text: state.name })),
    h("span", { class: "muted", id: "active-version" },
      policy
        ? `生效版本 Active: ${policy.activeVersion === null ? "—" : `v${policy.activeVersion}`} · 最新 Latest: v${policy.latestVersion}`
        : "新规则集，首次保存时创建 New rule set, created on the first save"),
  );
}

function createEditor(host, doc, schema, diagnosticsList) {
  const serverLint = linter(async (view) => {
    const source = view.state.doc.toString();
    try {
      const { policyValidate } = await graphql(VALIDATE, { source });
      const general = policyValidate.errors.map((e) => ({ ...e, severity: "ERROR" }));
      listDiagnostics(diagnosticsList, [...policyValidate.diagnostics, ...general]);
      return toCodeMirror(view.state.doc, policyValidate.diagnostics);
    } catch (error) {
      showBanner(error.message);
      return [];
    }
  }, { delay: 300 });
  return new EditorView({
    parent: host,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
        bracketMatching(), closeBrackets(), EditorView.lineWrapping,
        dslLanguage(schema.units.map((u) => u.name)), syntaxHighlighting(dslHighlighter),
        autocompletion({ override: [completionSource(schema)] }),
        serverLint, lintGutter(),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
      ],
    }),
  });
}

function replaceText(view, source) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
}

/** The list under the editor: "2:43 MISSING_UNIT message — hint" per diagnostic. */
function listDiagnostics(list, diagnostics) {
  list.replaceChildren(...diagnostics.map((d) => h(
    "li", { class: d.severity ?? "ERROR", dataset: { line: d.line ?? "", code: d.code ?? d.diagnosticCode ?? "" } },
    d.line ? h("span", { class: "where", text: `${d.line}:${d.column}` }) : null,
    h("span", { class: "message", text: d.message }),
    d.hint ? h("span", { class: "hint", text: `提示 Hint: ${d.hint}` }) : null,
  )));
}

function saveForm(view, state, result, diagnosticsList, refresh) {
  const note = h("input", { name: "note", placeholder: "说明这次修改 What changed" });
  const submit = h("button", { type: "submit", id: "save", text: "保存为新版本 Save as new version" });
  const form = h("form", { class: "row", id: "save-form", style: "margin-top:.75rem" },
    field("备注 Note", note, "note"),
    h("span", { class: "error", hidden: true, dataset: { errorFor: "name" } }),
    submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    submit.disabled = true;
    try {
      const input = { name: state.name, source: view.state.doc.toString(), note: note.value };
      const { policySave } = await graphql(SAVE, { input });
      showSaveResult(result, policySave);
      const sourceErrors = policySave.errors.filter((e) => e.field === "source");
      if (sourceErrors.length) {
        view.dispatch(setDiagnostics(view.state, toCodeMirror(view.state.doc, sourceErrors)));
        listDiagnostics(diagnosticsList, sourceErrors);
      }
      showFieldErrors(form, policySave.errors.filter((e) => e.field !== "source"));
      if (policySave.version) {
        note.value = "";
        await refresh();
      }
    } catch (error) {
      showBanner(error.message);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function showSaveResult(result, payload) {
  const { version, created, examples, errors } = payload;
  const headline = version
    ? h("p", { class: "ok", dataset: { field: "savedVersion" } },
      created ? `已保存为版本 v${version.version}（草稿） Saved as version v${version.version} (draft)`
        : `内容未变，仍是版本 v${version.version} Unchanged: still version v${version.version}`)
    : h("p", { class: "bad", text: `未保存：${errors.length} 个错误 Not saved: ${errors.length} error(s)` });
  result.replaceChildren(
    headline,
    examples.length ? h("h3", { text: "样例 Examples" }) : null,
    examples.length ? h("ul", { id: "example-results" }, examples.map((x) => h(
      "li", { class: x.passed ? "ok" : "bad" },
      `${x.passed ? "✓ 通过 PASS" : "✗ 失败 FAIL"} · ${x.policy} · ${x.name}${x.message ? ` — ${x.message}` : ""}`,
    ))) : null,
  );
  result.querySelector("p").dataset.created = String(created);
}
