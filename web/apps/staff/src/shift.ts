// Going on and off shift, and sharing the device's position while on shift and the app is
// open (Geolocation's watchPosition; nothing runs in the background). The server takes one
// report every 5 s at most; the app sends one when the device moved 50 m, else every 30 s.
import { ApiError, type DispatchClient } from "@dispatchhub/graphql";
import { reactive } from "vue";
import { distanceKm, type Point } from "./geo";
import { PositionReportMutation, ShiftEndMutation, ShiftStartMutation } from "./operations";

export const REPORT_EVERY_MS = 30_000;
// A little over the server's limit of one report every 5 s.
const MIN_GAP_MS = 6_000;
const MOVED_KM = 0.05;

export const shift = reactive<{ onShift: boolean; busy: boolean; sharing: boolean; sentAt: number; refused: string }>({
  onShift: false,
  busy: false,
  sharing: false,
  sentAt: 0,
  refused: "",
});

interface Fix {
  point: Point;
  accuracy: number | null;
}

let watchId: number | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let latest: Fix | null = null;
let sent: Point | null = null;

/** Send the newest fix when it moved or the last report is getting old. */
async function report(client: DispatchClient): Promise<void> {
  const fix = latest;
  if (!fix || !shift.onShift) return;
  const age = Date.now() - shift.sentAt;
  const moved = sent === null || distanceKm(sent, fix.point) >= MOVED_KM;
  if (age < MIN_GAP_MS || (!moved && age < REPORT_EVERY_MS)) return;
  shift.sentAt = Date.now();
  try {
    const accuracy = fix.accuracy === null ? null : Math.min(fix.accuracy, 5000);
    const { staffPositionReport } = await client.mutate(PositionReportMutation, {
      input: { location: fix.point, accuracyMeters: accuracy, coordinateSystem: "WGS84" },
    });
    const error = staffPositionReport.errors[0];
    if (!error) sent = fix.point;
    shift.refused = error && error.code !== "TOO_FREQUENT" ? error.message : "";
    if (error?.code === "OFF_SHIFT") setOnShift(client, false);
  } catch (error) {
    // Without a network the position is simply not sent: a later one will be.
    if (!(error instanceof ApiError && error.code === "NETWORK")) throw error;
  }
}

function startSharing(client: DispatchClient): void {
  if (watchId !== null || !("geolocation" in navigator)) return;
  watchId = navigator.geolocation.watchPosition(
    (position) => {
      shift.sharing = true;
      latest = { point: { lat: position.coords.latitude, lon: position.coords.longitude }, accuracy: position.coords.accuracy ?? null };
      void report(client);
    },
    () => {
      shift.sharing = false;
    },
    { enableHighAccuracy: true, maximumAge: 10_000, timeout: 20_000 },
  );
  // watchPosition is silent while the phone stands still: send the newest fix now and then.
  timer = setInterval(() => void report(client), MIN_GAP_MS);
}

export function stopSharing(): void {
  if (watchId !== null) navigator.geolocation.clearWatch(watchId);
  if (timer !== null) clearInterval(timer);
  watchId = null;
  timer = null;
  latest = null;
  sent = null;
  shift.sharing = false;
}

/** Follow the server's word on the shift: share the position exactly while on shift. */
export function setOnShift(client: DispatchClient, onShift: boolean): void {
  shift.onShift = onShift;
  if (onShift && document.visibilityState === "visible") startSharing(client);
  else stopSharing();
}

/** Go on or off shift; returns the server's refusal message, or "" when it took it. */
export async function switchShift(client: DispatchClient, on: boolean): Promise<string> {
  shift.busy = true;
  try {
    const payload = on
      ? (await client.mutate(ShiftStartMutation, {})).staffShiftStart
      : (await client.mutate(ShiftEndMutation, {})).staffShiftEnd;
    const error = payload.errors[0];
    if (error) return error.message;
    shift.sentAt = 0;
    setOnShift(client, payload.staffProfile?.onShift ?? on);
    return "";
  } finally {
    shift.busy = false;
  }
}

/** Pause sharing while the app is in the background; resume in the foreground. */
export function watchVisibility(client: DispatchClient): () => void {
  const onVisibility = () => setOnShift(client, shift.onShift);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    document.removeEventListener("visibilitychange", onVisibility);
    stopSharing();
  };
}
