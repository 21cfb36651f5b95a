// Payload errors ({field, message, code}) next to their fields: each field a form shows gets
// its own slot; errors for no shown field go to the form's general slot ("*").
import { reactive } from "vue";

export interface FieldProblem {
  field?: string | null;
  message: string;
  code?: string | null;
}

export interface FieldErrors {
  readonly byField: Record<string, FieldProblem[]>;
  of(field: string): FieldProblem[];
  show(errors: readonly FieldProblem[], fieldOf?: (error: FieldProblem) => string | null | undefined): void;
  clear(): void;
}

export function useFieldErrors(fields: readonly string[]): FieldErrors {
  const byField = reactive<Record<string, FieldProblem[]>>({});
  const known = new Set(fields);
  return {
    byField,
    of: (field) => byField[field] ?? [],
    show(errors, fieldOf = (e) => e.field) {
      for (const key of Object.keys(byField)) delete byField[key];
      for (const error of errors) {
        const field = fieldOf(error);
        const slot = field && known.has(field) ? field : "*";
        (byField[slot] ??= []).push(error);
      }
    },
    clear() {
      for (const key of Object.keys(byField)) delete byField[key];
    },
  };
}
