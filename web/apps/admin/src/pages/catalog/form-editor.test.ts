import { describe, expect, it } from "vitest";
import { editorFields, editorSchema } from "./form-editor";

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["floor"],
  properties: {
    floor: { type: "integer", title: "楼层", "x-title-en": "Floor", minimum: 1 },
    brand: { type: "string", title: "品牌", enum: ["haier", "midea"], "x-enum-labels": { haier: { zh: "海尔", en: "Haier" } } },
    parts: { type: "array", items: { enum: ["a", "b"] }, title: "配件" },
  },
};

describe("the form editor", () => {
  it("reads a schema into rows and writes the same schema back", () => {
    const rows = editorFields(SCHEMA);
    expect(rows.map((r) => [r.name, r.kind, r.required])).toEqual([
      ["floor", "integer", true], ["brand", "choice", false], ["parts", "text", false],
    ]);
    expect(editorSchema(SCHEMA, rows)).toEqual(SCHEMA);
  });

  it("adds a field, changes choices and the required list", () => {
    const rows = editorFields(SCHEMA);
    rows[0].required = false;
    rows[1].choices = "haier， gree";
    rows.push({ name: "pets", titleZh: "有宠物", titleEn: "Pets at home", kind: "boolean", required: true, choices: "", rest: {} });
    const schema = editorSchema(SCHEMA, rows);
    expect(schema.required).toEqual(["pets"]);
    expect((schema.properties as Record<string, { enum?: string[] }>).brand.enum).toEqual(["haier", "gree"]);
    expect((schema.properties as Record<string, unknown>).pets).toEqual({ type: "boolean", title: "有宠物", "x-title-en": "Pets at home" });
  });
});
