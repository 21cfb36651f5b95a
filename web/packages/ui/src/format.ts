// Times in the business time zone, money from minor units, numbers and percentages.
let timeZone = "Asia/Shanghai";

export function setTimeZone(zone: string | null | undefined): void {
  if (zone) timeZone = zone;
}

export function getTimeZone(): string {
  return timeZone;
}

/** "12-07 10:30" in the business time zone. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
  }).format(new Date(iso));
}

/** "12-07 10:30–12:00": the end shows its day only when it differs. */
export function formatWindow(start: string | null | undefined, end: string | null | undefined): string {
  if (!end) return formatTime(start);
  const [startDay] = formatTime(start).split(" ");
  const [endDay, endTime] = formatTime(end).split(" ");
  return `${formatTime(start)}–${endDay === startDay ? endTime : formatTime(end)}`;
}

export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return "—";
  const text = Number(value).toFixed(digits);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${(value * 100).toFixed(1)} %`;
}

/** "¥123.45" from minor units (fen); negative amounts (compensation) as "-¥20.00". */
export function formatMoney(minor: number | null | undefined, currency = "CNY"): string {
  if (minor === null || minor === undefined) return "—";
  const sign = minor < 0 ? "-" : "";
  const symbol = currency === "CNY" ? "¥" : `${currency} `;
  return `${sign}${symbol}${(Math.abs(minor) / 100).toFixed(2)}`;
}

function zoneOffset(date: Date): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  return name === "GMT" ? "+00:00" : name.slice(3);
}

/** An aware ISO time from an <input type="date|datetime-local"> value in the business zone. */
export function zonedIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const local = value.length === 10 ? `${value}T00:00` : value.slice(0, 16);
  return `${local}:00${zoneOffset(new Date(`${local}:00Z`))}`;
}

/** The <input type="datetime-local"> value showing `iso` in the business zone. */
export function localInputValue(iso: string | null | undefined): string {
  if (!iso) return "";
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The day after an <input type="date"> value ("2026-12-07" → "2026-12-08"). */
export function dayAfter(value: string): string {
  return new Date(Date.parse(`${value}T00:00:00Z`) + 86400e3).toISOString().slice(0, 10);
}
