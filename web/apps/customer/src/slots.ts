// Appointment times offered from a service type's hours: whole and half hours inside the day's
// window (a weekday's own window wins), none on closed weekdays, none in the past, at most 90
// days ahead. Times are read in the business time zone.
import { getTimeZone, zonedIso } from "@dispatchhub/ui";

export interface Hours {
  start: string;
  end: string;
  weekdays: { weekday: number; start: string; end: string }[];
  closedWeekdays: number[];
}

/** ISO weekday (1 Monday … 7 Sunday) of a "YYYY-MM-DD" day. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** Today in the business time zone, "YYYY-MM-DD". */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: getTimeZone(), year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** "HH:MM" starts offered on `day` (at least `leadMinutes` from now, so the service can reach you). */
export function slots(hours: Hours, day: string, now = new Date(), leadMinutes = 60, durationMin = 60): string[] {
  const weekday = isoWeekday(day);
  if (hours.closedWeekdays.includes(weekday)) return [];
  const window = hours.weekdays.find((w) => w.weekday === weekday) ?? hours;
  const open = minutes(window.start);
  let close = minutes(window.end);
  if (close <= open) close += 24 * 60; // a window past midnight
  const out: string[] = [];
  for (let m = Math.ceil(open / 30) * 30; m + Math.min(durationMin, close - open) <= close; m += 30) {
    const start = hhmm(m % (24 * 60));
    const iso = zonedIso(`${day}T${start}`);
    if (m < 24 * 60 && iso && Date.parse(iso) >= now.getTime() + leadMinutes * 60e3) out.push(start);
  }
  return out;
}

/** "HH:MM" of an instant in the business time zone (to match a server slot to a time). */
export function localClock(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: getTimeZone(), hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
}
