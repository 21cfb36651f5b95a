// The completion checklist an admin defined for the service type (a JSON Schema like the
// booking form's): one item per property, yes/no checks and short answers, shown in order.
export type ChecklistAnswers = Record<string, boolean | string | number>;

export interface ChecklistItem {
  name: string;
  kind: "check" | "text" | "number";
  title: string;
  titleEn: string;
  required: boolean;
}

interface Property {
  type?: string;
  title?: string;
  "x-title-en"?: string;
}

export function checklistItems(schema: unknown): ChecklistItem[] {
  if (!schema || typeof schema !== "object") return [];
  const { properties = {}, required = [] } = schema as { properties?: Record<string, Property>; required?: string[] };
  return Object.entries(properties).map(([name, spec]) => ({
    name,
    kind: spec.type === "boolean" ? "check" : spec.type === "integer" || spec.type === "number" ? "number" : "text",
    title: spec.title ?? name,
    titleEn: spec["x-title-en"] ?? spec.title ?? name,
    required: required.includes(name),
  }));
}
