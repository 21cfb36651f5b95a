// The booking form as rows an admin edits (name, titles, kind, required, choices) and back to
// the JSON Schema the catalog keeps. Keys of a property the editor does not show are kept.

export type EditorKind = "text" | "integer" | "number" | "boolean" | "choice";

export interface EditorField {
  name: string;
  titleZh: string;
  titleEn: string;
  kind: EditorKind;
  required: boolean;
  choices: string; // comma-separated values of a choice
  rest: Record<string, unknown>; // the property's other keys, kept as they were
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const SHOWN = ["title", "x-title-en", "type", "enum"];

export function editorFields(schema: unknown): EditorField[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  return Object.entries(schema.properties).filter(([, p]) => isObject(p)).map(([name, raw]) => {
    const p = raw as Json;
    const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !SHOWN.includes(k)));
    const kind: EditorKind = Array.isArray(p.enum) ? "choice"
      : p.type === "integer" || p.type === "number" || p.type === "boolean" ? p.type : "text";
    if (p.type === "array") rest.type = "array"; // arrays of choices stay as they are
    return {
      name, titleZh: typeof p.title === "string" ? p.title : "", titleEn: typeof p["x-title-en"] === "string" ? p["x-title-en"] : "",
      kind, required: required.has(name), choices: Array.isArray(p.enum) ? p.enum.join(", ") : "", rest,
    };
  });
}

export function editorSchema(base: unknown, fields: EditorField[]): Json {
  const properties: Json = {};
  for (const f of fields) {
    const name = f.name.trim();
    if (!name) continue;
    const property: Json = { ...f.rest };
    if (f.titleZh.trim()) property.title = f.titleZh.trim();
    if (f.titleEn.trim()) property["x-title-en"] = f.titleEn.trim();
    if (property.type !== "array") {
      property.type = f.kind === "choice" || f.kind === "text" ? "string" : f.kind;
      if (f.kind === "choice") property.enum = f.choices.split(/[,，]/).map((c) => c.trim()).filter(Boolean);
    }
    properties[name] = property;
  }
  const required = fields.filter((f) => f.required && f.name.trim()).map((f) => f.name.trim());
  const { required: _old, properties: _props, ...others } = isObject(base) ? base : {};
  return { type: "object", ...others, properties, ...(required.length ? { required } : {}) };
}
