// Reads a service type's booking form (a flat JSON Schema: string, integer, number and boolean
// properties, string enums, arrays of enums) into the fields a generic form renders, and turns
// what was typed back into form data. Labels come from the schema: `title` (zh), `x-title-en`,
// `x-enum-labels` {value: {zh, en}}. Nothing here knows any service type.

export type FieldKind = "text" | "integer" | "number" | "boolean" | "choice" | "choices";

export interface FormOption {
  value: string;
  label: string;
}

export interface FormFieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
  description?: string;
  required: boolean;
  options: FormOption[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function label(spec: Json, name: string, locale: string): string {
  const english = typeof spec["x-title-en"] === "string" ? spec["x-title-en"] : null;
  const title = typeof spec.title === "string" ? spec.title : null;
  return (locale === "en" ? english ?? title : title ?? english) ?? name;
}

function options(values: unknown, labels: unknown, locale: string): FormOption[] {
  if (!Array.isArray(values)) return [];
  const names = isObject(labels) ? labels : {};
  return values.map((value) => {
    const named = names[String(value)];
    const text = isObject(named) ? named[locale === "en" ? "en" : "zh"] : undefined;
    return { value: String(value), label: typeof text === "string" ? text : String(value) };
  });
}

/** The fields of `schema` in its order, labelled in `locale`. */
export function formFields(schema: unknown, locale: string): FormFieldSpec[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  return Object.entries(schema.properties).flatMap(([name, raw]): FormFieldSpec[] => {
    if (!isObject(raw)) return [];
    const base = {
      name,
      label: label(raw, name, locale),
      description: typeof raw.description === "string" ? raw.description : undefined,
      required: required.has(name),
      options: [] as FormOption[],
      minimum: typeof raw.minimum === "number" ? raw.minimum : undefined,
      maximum: typeof raw.maximum === "number" ? raw.maximum : undefined,
      maxLength: typeof raw.maxLength === "number" ? raw.maxLength : undefined,
    };
    if (raw.type === "array" && isObject(raw.items)) {
      const items = raw.items;
      return [{ ...base, kind: "choices", options: options(items.enum, items["x-enum-labels"] ?? raw["x-enum-labels"], locale) }];
    }
    if (Array.isArray(raw.enum)) return [{ ...base, kind: "choice", options: options(raw.enum, raw["x-enum-labels"], locale) }];
    if (raw.type === "integer" || raw.type === "number" || raw.type === "boolean") return [{ ...base, kind: raw.type }];
    return [{ ...base, kind: "text" }];
  });
}

export type FormValues = Record<string, string | boolean | string[] | undefined>;

/** The form data to send: numbers as numbers, empty fields left out (the server says what is missing). */
export function formData(fields: FormFieldSpec[], values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === "") continue;
    if (field.kind === "integer" || field.kind === "number") {
      const number = Number(value);
      data[field.name] = Number.isFinite(number) && String(value).trim() !== "" ? number : value;
    } else if (field.kind === "choices") {
      if (Array.isArray(value) && value.length) data[field.name] = value;
    } else if (field.kind === "boolean") {
      data[field.name] = value === true;
    } else {
      data[field.name] = value;
    }
  }
  return data;
}
