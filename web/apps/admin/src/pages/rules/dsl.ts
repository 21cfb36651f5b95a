// The rules DSL in CodeMirror: highlighting (a stream tokenizer), completion from
// ruleSchema, and the server's diagnostics (policyValidate) as lint marks.
import type { CompletionContext, CompletionResult, Completion } from "@codemirror/autocomplete";
import { StreamLanguage, type StringStream } from "@codemirror/language";
import type { Diagnostic } from "@codemirror/lint";
import type { Text } from "@codemirror/state";
import { tagHighlighter, tags } from "@lezer/highlight";

// The reserved words of docs/dsl.md §2.
export const KEYWORDS = new Set((
  "policy default priority applies when require reason prefer weight tie break mode push accept " +
  "within broadcast then pool if none relax to neighbours neighbors escalate example given " +
  "expect eligible ineligible and or not in exists scale best worst asc desc drop replace with"
).split(" "));
const ATOMS = new Set(["true", "false", "null"]);
const RECORDS = new Set(["task", "staff"]);
export const DEFAULT_UNITS = ["km", "m", "s", "min", "h"];

interface TokenState {
  afterNumber: boolean;
  afterDot: boolean;
}

export function tokenize(stream: StringStream, state: TokenState, units: Set<string>): string | null {
  if (stream.eatSpace()) return null;
  const { afterNumber, afterDot } = state;
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
  if (word && typeof word !== "boolean") {
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
}

export function dslLanguage(unitNames: string[] = DEFAULT_UNITS) {
  const units = new Set(unitNames);
  return StreamLanguage.define<TokenState>({
    name: "dispatch-rules",
    startState: () => ({ afterNumber: false, afterDot: false }),
    token: (stream, state) => tokenize(stream, state, units),
  });
}

// Classes instead of generated styles, so the stylesheet colours them (.tok-*).
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

export interface RuleSchema {
  fields: { path: string; type: string; optional: boolean; doc?: string | null }[];
  methods: { path: string; type: string; optional: boolean; doc?: string | null }[];
  functions: { name: string; returns: string; doc?: string | null; params: { name: string }[] }[];
  units: { name: string; kind: string }[];
}

/** Completion from `ruleSchema`: fields, per-type methods, functions, units after a number, keywords. */
export function completionSource(schema: RuleSchema, unitDetail: (kind: string) => string) {
  const paths: Completion[] = [
    ...schema.fields.map((f) => ({
      label: f.path, type: "property", detail: f.type + (f.optional ? "?" : ""), info: f.doc || undefined,
    })),
    ...schema.methods.map((m) => ({
      label: `${m.path}(task.type)`, type: "method", detail: m.type + (m.optional ? "?" : ""), info: m.doc || undefined,
    })),
    ...schema.functions.map((fn) => ({
      label: `${fn.name}(${fn.params.map((p) => p.name).join(", ")})`, type: "function",
      detail: fn.returns, info: fn.doc || undefined,
    })),
    { label: "scale(value, best 0, worst 1)", type: "function", detail: "number" },
    ...[...KEYWORDS].map((k) => ({ label: k, type: "keyword" })),
  ];
  const units: Completion[] = schema.units.map((u) => ({ label: u.name, type: "constant", detail: unitDetail(u.kind) }));
  return (context: CompletionContext): CompletionResult | null => {
    if (context.matchBefore(/\d(?:\.\d+)?\s+\w*$/)) {
      const word = context.matchBefore(/\w*$/);
      return { from: word ? word.from : context.pos, options: units, validFor: /^\w*$/ };
    }
    const word = context.matchBefore(/[A-Za-z_][\w.]*$/);
    if (!word && !context.explicit) return null;
    return { from: word ? word.from : context.pos, options: paths, validFor: /^[\w.]*$/ };
  };
}

export interface ServerDiagnostic {
  line?: number | null;
  column?: number | null;
  endLine?: number | null;
  endColumn?: number | null;
  severity?: string | null;
  message: string;
  hint?: string | null;
  code?: string | null;
  diagnosticCode?: string | null;
}

/** CodeMirror diagnostics from the server's 1-based, end-exclusive positions. */
export function toCodeMirror(doc: Text, diagnostics: ServerDiagnostic[], hint: (text: string) => string): Diagnostic[] {
  return diagnostics.filter((d) => d.line).map((d) => {
    const from = offset(doc, d.line!, d.column);
    let to = offset(doc, d.endLine ?? d.line!, d.endColumn ?? d.column);
    if (to <= from) to = Math.min(doc.line(clampLine(doc, d.line!)).to, from + 1);
    return {
      from, to: Math.max(to, from),
      severity: (d.severity ?? "ERROR") === "WARNING" ? "warning" : "error",
      message: d.hint ? `${d.message}\n${hint(d.hint)}` : d.message,
      source: d.code ?? d.diagnosticCode ?? undefined,
    };
  });
}

function clampLine(doc: Text, line: number): number {
  return Math.min(Math.max(line, 1), doc.lines);
}

function offset(doc: Text, line: number, column: number | null | undefined): number {
  const target = doc.line(clampLine(doc, line));
  return Math.min(target.from + Math.max((column ?? 1) - 1, 0), target.to);
}

/** A rule set as the editor's panels see it. */
export interface PolicyRow {
  id: string;
  name: string;
  activeVersion?: number | null;
  latestVersion: number;
  shadowVersion?: number | null;
}
