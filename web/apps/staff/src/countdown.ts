// Seconds left until an offer's deadline, ticking while a component is mounted.
import { onBeforeUnmount, ref, type Ref } from "vue";

export function secondsUntil(deadline: string | null | undefined, now = Date.now()): number | null {
  if (!deadline) return null;
  const at = Date.parse(deadline);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/** "m:ss" for a number of seconds. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** `now` in milliseconds, updated every second (for countdowns). */
export function useNow(): Ref<number> {
  const now = ref(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, 1000);
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
