// Ticking time for timers on screen: how long an order has waited, how long until a deadline.
import { onBeforeUnmount, onMounted, ref, type Ref } from "vue";

/** The current time (ms since the epoch), updated every `everyMs` while the component lives. */
export function useNow(everyMs = 1000): Ref<number> {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => {
      now.value = Date.now();
    }, everyMs);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}

/**
 * A duration in the reader's language with its largest sensible unit: "45 秒", "12 min",
 * "3 小时 5 分钟", "2 days". Negative durations (a deadline passed) keep their sign.
 */
export function formatDuration(ms: number, locale: string): string {
  const sign = ms < 0 ? "-" : "";
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const unit = (value: number, name: "second" | "minute" | "hour" | "day") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short" }).format(value);
  if (seconds < 60) return sign + unit(seconds, "second");
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return sign + unit(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${sign}${unit(hours, "hour")} ${unit(minutes % 60, "minute")}`;
  return `${sign}${unit(Math.floor(hours / 24), "day")} ${unit(hours % 24, "hour")}`;
}
