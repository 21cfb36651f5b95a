import { CompletionContext } from "@codemirror/autocomplete";
import { StringStream } from "@codemirror/language";
import { EditorState, Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { completionSource, toCodeMirror, tokenize, type RuleSchema } from "./dsl";

function tokens(line: string, units = new Set(["km", "min"])): [string, string | null][] {
  const stream = new StringStream(line, 2, 2);
  const state = { afterNumber: false, afterDot: false };
  const found: [string, string | null][] = [];
  while (!stream.eol()) {
    stream.start = stream.pos;
    const style = tokenize(stream, state, units);
    const word = stream.current().trim();
    if (word) found.push([word, style]);
  }
  return found;
}

const SCHEMA: RuleSchema = {
  fields: [
    { path: "staff.rating", type: "number", optional: true, doc: "average rating" },
    { path: "staff.region", type: "text", optional: false },
    { path: "task.urgency", type: "text", optional: false },
  ],
  methods: [],
  functions: [{ name: "distance", returns: "distance", params: [{ name: "a" }, { name: "b" }] }],
  units: [{ name: "km", kind: "distance" }, { name: "min", kind: "duration" }],
};

function complete(doc: string) {
  const state = EditorState.create({ doc });
  const source = completionSource(SCHEMA, (kind) => `${kind} unit`);
  return source(new CompletionContext(state, doc.length, false));
}

describe("the rules DSL in CodeMirror", () => {
  it("tells keywords, fields, functions, numbers with units and comments apart", () => {
    expect(tokens("require near : distance(staff, task) <= 10 km # close")).toEqual([
      ["require", "keyword"], ["near", "name"], [":", "operator"], ["distance", "variableName.function"],
      ["(", null], ["staff", "variableName"], [",", null], ["task", "variableName"], [")", null],
      ["<=", "operator"], ["10", "number"], ["km", "unit"], ["# close", "comment"],
    ]);
    expect(tokens("staff.rating >= 4")).toEqual([
      ["staff", "variableName"], [".", null], ["rating", "propertyName"], [">=", "operator"], ["4", "number"],
    ]);
    expect(tokens('reason "已满"')).toEqual([["reason", "keyword"], ['"已满"', "string"]]);
    // a unit only after a number
    expect(tokens("km")).toEqual([["km", "name"]]);
  });

  it("completes fields from ruleSchema by prefix and units after a number", () => {
    const fields = complete("require r : staff.rat");
    expect(fields?.from).toBe("require r : ".length);
    const labels = fields!.options.map((o) => o.label);
    expect(labels).toContain("staff.rating");
    expect(labels).toContain("distance(a, b)");
    const units = complete("require near : distance(staff, task) <= 10 k");
    expect(units!.options.map((o) => [o.label, o.detail])).toEqual([["km", "distance unit"], ["min", "duration unit"]]);
  });

  it("turns the server's 1-based positions into marks on the text", () => {
    const doc = Text.of(["default policy anyone", "  require near : distance(staff, task) <= 10"]);
    const [mark] = toCodeMirror(doc, [
      { line: 2, column: 43, endLine: 2, endColumn: 45, severity: "ERROR", message: "plain number", hint: "add km", code: "MISSING_UNIT" },
    ], (hint) => `Hint: ${hint}`);
    expect(doc.sliceString(mark.from, mark.to)).toBe("10");
    expect(mark).toMatchObject({ severity: "error", message: "plain number\nHint: add km", source: "MISSING_UNIT" });
    // without a line there is nothing to mark
    expect(toCodeMirror(doc, [{ message: "general" }], (h) => h)).toEqual([]);
  });
});
