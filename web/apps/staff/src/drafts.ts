// What the reader is typing on a job (note, call for help), kept while the app is open so a
// page rebuilt when the network returns does not lose it.
import { reactive } from "vue";

const drafts = reactive<Record<string, { note: string; help: string }>>({});

export function useDraft(orderId: string): { note: string; help: string } {
  drafts[orderId] ??= { note: "", help: "" };
  return drafts[orderId];
}
