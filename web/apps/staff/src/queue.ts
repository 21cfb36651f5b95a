// Status changes and calls for help made without a network wait on the device (localStorage, so a reload or a
// closed tab keeps them) and go to the server in order when it is back: on the `online` event
// and when the app comes to the foreground (Background Sync is missing in Safari and Firefox).
// A change the server refuses is dropped from the queue and kept with its reason to show.
import { ApiError, type DispatchClient } from "@dispatchhub/graphql";
import { reactive } from "vue";
import type { Point } from "./geo";
import { OrderHelpMutation, OrderStatusMutation, StaffOrderQuery } from "./operations";

export type Progress = "EN_ROUTE" | "IN_PROGRESS" | "COMPLETED";

export interface QueuedChange {
  key: string;
  orderId: string;
  orderNumber: string;
  status: Progress;
  note: string;
  location: Point | null;
  // COMPLETED: the answers to the order's completion checklist, by item name.
  checklist?: Record<string, unknown> | null;
  // A call for help (with this message) rather than a step; `status` is then the job's.
  kind?: "HELP";
  message?: string;
  at: string;
}

export interface Refusal {
  change: QueuedChange;
  message: string;
}

export const QUEUE_KEY = "dispatchhub.staff.queue";

function load(): QueuedChange[] {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? "[]") as QueuedChange[];
  } catch {
    return [];
  }
}

export const outbox = reactive<{ waiting: QueuedChange[]; refused: Refusal[]; sending: boolean; sentAt: number }>({
  waiting: load(),
  refused: [],
  sending: false,
  sentAt: 0,
});

function save(): void {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(outbox.waiting));
}

// Also the idempotency key the server keeps: a step resent after a lost answer is applied once.
const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function enqueue(change: Omit<QueuedChange, "key" | "at"> & { key?: string }): QueuedChange {
  const queued = { ...change, key: change.key ?? newKey(), at: new Date().toISOString() };
  outbox.waiting.push(queued);
  save();
  return queued;
}

// The order of the transitions, so a change that already happened (its answer was lost on
// the way back) is recognised rather than shown as refused.
const RANK: Record<string, number> = { ASSIGNED: 0, EN_ROUTE: 1, IN_PROGRESS: 2, COMPLETED: 3 };

export type SendResult = { sent: true } | { sent: false; queued: true } | { sent: false; queued: false; message: string };

async function deliver(client: DispatchClient, change: QueuedChange): Promise<SendResult> {
  if (change.kind === "HELP") {
    const variables = { id: change.orderId, message: change.message ?? "", key: change.key };
    const { orderHelpRequest } = await client.mutate(OrderHelpMutation, variables);
    const error = orderHelpRequest.errors[0];
    return error ? { sent: false, queued: false, message: error.message } : { sent: true };
  }
  const input = { id: change.orderId, status: change.status, note: change.note, location: change.location, checklist: change.checklist ?? null, idempotencyKey: change.key };
  const { orderStatusUpdate } = await client.mutate(OrderStatusMutation, { input });
  const error = orderStatusUpdate.errors[0];
  if (!error) return { sent: true };
  if (error.code === "ILLEGAL_TRANSITION") {
    const { order } = await client.query(StaffOrderQuery, { id: change.orderId });
    if (order && (RANK[order.status] ?? -1) >= RANK[change.status]) return { sent: true };
  }
  return { sent: false, queued: false, message: error.message };
}

function offline(error: unknown): boolean {
  return error instanceof ApiError && error.code === "NETWORK";
}

/** Send a status change now, or queue it when there is no network (or changes wait already). */
export async function sendStatus(client: DispatchClient, change: Omit<QueuedChange, "key" | "at">): Promise<SendResult> {
  if (!navigator.onLine || outbox.waiting.length) {
    enqueue(change);
    void flush(client);
    return { sent: false, queued: true };
  }
  const now = { ...change, key: newKey(), at: new Date().toISOString() };
  try {
    return await deliver(client, now);
  } catch (error) {
    if (!offline(error)) throw error;
    enqueue(now);
    return { sent: false, queued: true };
  }
}

/** Ask for help now, or queue the call when there is no network (sent with its key). */
export async function sendHelp(client: DispatchClient, job: { orderId: string; orderNumber: string; status: Progress }, message: string): Promise<SendResult> {
  const change = { ...job, kind: "HELP" as const, message, note: "", location: null };
  return sendStatus(client, change);
}

/** Send what waits, oldest first; stops at the first network failure. */
export async function flush(client: DispatchClient): Promise<void> {
  if (outbox.sending || !outbox.waiting.length) return;
  outbox.sending = true;
  try {
    while (outbox.waiting.length) {
      const change = outbox.waiting[0];
      let result: SendResult;
      try {
        result = await deliver(client, change);
      } catch (error) {
        if (offline(error)) return;
        result = { sent: false, queued: false, message: error instanceof Error ? error.message : String(error) };
      }
      outbox.waiting.shift();
      save();
      outbox.sentAt = Date.now();
      if (!result.sent && !result.queued) outbox.refused.push({ change, message: result.message });
    }
  } finally {
    outbox.sending = false;
  }
}

/** Flush on `online` and when the app comes back to the foreground; returns the stop. */
export function watchConnection(client: DispatchClient, onFlushed: () => void): () => void {
  const retry = () => {
    void flush(client).then(onFlushed);
  };
  const visible = () => {
    if (document.visibilityState === "visible") retry();
  };
  window.addEventListener("online", retry);
  document.addEventListener("visibilitychange", visible);
  // The WebSocket coming back says the server is reachable again; and, as browsers do not
  // always tell, try now and then while something waits.
  const offConnected = client.ws.on("connected", retry);
  const timer = setInterval(() => {
    if (outbox.waiting.length) retry();
  }, 10_000);
  retry();
  return () => {
    window.removeEventListener("online", retry);
    document.removeEventListener("visibilitychange", visible);
    offConnected();
    clearInterval(timer);
  };
}
