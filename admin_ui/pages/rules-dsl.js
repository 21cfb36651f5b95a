// The rules DSL in CodeMirror: highlighting (a stream tokenizer), completion from
// ruleSchema, and the server's diagnostics (policyValidate) as lint marks.
import { StreamLanguage, tagHighlighter, tags } from "../vendor/codemirror.bundle.js";

// The reserved words of docs/dsl.md §2.
const KEYWORDS = new Set((
  "policy default priority applies when require reason prefer weight tie break mode push accept " +
  "within broadcast then pool if none relax to neighbours neighbors escalate example given " +
  "expect eligible ineligible and or not in exists scale best worst asc desc"
).split(" "));
const ATOMS = new Set(["true", "false", "null"]);
const RECORDS = new Set(["task", "staff"]);
export const DEFAULT_UNITS = ["km", "m", "min", "h"];

function tokenizer(units) {
  return {
    name: "dispatch-rules",
    startState: () => ({ afterNumber: false, afterDot: false }),
    token(stream, state) {
      if (stream.eatSpace()) return null;
      const afterNumber = state.afterNumber;
      const afterDot = state.afterDot;
      state.afterNumber = false;
      state.afterDot = false;
      if (stream.match("#")) {
        stream.skipToEnd();
        return "comment";
      }
      if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return "string";
      if (stream.match(/^\d{1,2}:\d{2}(?!\d)/)) return "number"; // a time of day, 08:30
      if (stream.match(/^\d+(?:\.\d+)?/)) {
        state.afterNumber = true;
        return "number";
      }
      const word = stream.match(/^[A-Za-z_]\w*/);
      if (word) {
        const text = word[0];
        if (afterNumber && units.has(text)) return "unit";
        if (afterDot) return stream.peek() === "(" ? "variableName.function" : "propertyName";
        if (KEYWORDS.has(text)) return "keyword";
        if (ATOMS.has(text)) return "atom";
        if (RECORDS.has(text)) return "variableName";
        if (stream.peek() === "(") return "variableName.function";
        return "name";
      }
      if (stream.eat(".")) {
        state.afterDot = true;
        return null;
      }
      if (stream.match(/^(?:\?\?|<=|>=|==|!=|[<>+\-*/:])/)) return "operator";
      stream.next();
      return null;
    },
  };
}

export function dslLanguage(unitNames = DEFAULT_UNITS) {
  return StreamLanguage.define(tokenizer(new Set(unitNames)));
}

// Classes instead of generated styles, so the stylesheet colours them (styles.css .tok-*).
export const dslHighlighter = tagHighlighter([
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: tags.unit, class: "tok-unit" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.function(tags.variableName), class: "tok-function" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.atom, class: "tok-atom" },
]);

/** Completion options from `ruleSchema`: fields, per-type methods, functions, units, keywords. */
export function completionSource(schema) {
  const paths = [
    ...schema.fields.map((f) => ({
      label: f.path, type: "property", detail: f.type + (f.optional ? "?" : ""), info: f.doc || null,
    })),
    ...schema.methods.map((m) => ({
      label: `${m.path}(task.type)`, type: "method", detail: m.type + (m.optional ? "?" : ""), info: m.doc || null,
    })),
    ...schema.functions.map((fn) => ({
      label: `${fn.name}(${fn.params.map((p) => p.name).join(", ")})`, type: "function",
      detail: fn.returns, info: fn.doc || null,
    })),
    { label: "scale(value, best 0, worst 1)", type: "function", detail: "number" },
    ...[...KEYWORDS].map((k) => ({ label: k, type: "keyword" })),
  ];
  const units = schema.units.map((u) => ({ label: u.name, type: "constant", detail: `${u.kind} 单位 unit` }));
  return (context) => {
    const afterNumber = context.matchBefore(/\d(?:\.\d+)?\s+\w*$/);
    if (afterNumber) {
      const word = context.matchBefore(/\w*$/);
      return { from: word.from, options: units, validFor: /^\w*$/ };
    }
    const word = context.matchBefore(/[A-Za-z_][\w.]*$/);
    if (!word && !context.explicit) return null;
    return { from: word ? word.from : context.pos, options: paths, validFor: /^[\w.]*$/ };
  };
}

/** CodeMirror diagnostics from the server's `{line, column, endLine, endColumn}` (1-based, end exclusive). */
export function toCodeMirror(doc, diagnostics) {
  return diagnostics.filter((d) => d.line).map((d) => {
    const from = offset(doc, d.line, d.column);
    let to = offset(doc, d.endLine ?? d.line, d.endColumn ?? d.column);
    if (to <= from) to = Math.min(doc.line(clampLine(doc, d.line)).to, from + 1);
    return {
      from, to: Math.max(to, from),
      severity: (d.severity ?? "ERROR") === "WARNING" ? "warning" : "error",
      message: d.hint ? `${d.message}\n提示 Hint: ${d.hint}` : d.message,
      source: d.code ?? d.diagnosticCode ?? undefined,
    };
  });
}

function clampLine(doc, line) {
  return Math.min(Math.max(line, 1), doc.lines);
}

function offset(doc, line, column) {
  const target = doc.line(clampLine(doc, line));
  return Math.min(target.from + Math.max((column ?? 1) - 1, 0), target.to);
}
