// The device's position (WGS-84) asked for once, when needed (a status change carries it;
// distances in the lists). Sharing it continuously while on shift is shift.ts's business.
import type { Point } from "./geo";

export function currentPosition(timeoutMs = 3000): Promise<Point | null> {
  if (!("geolocation" in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

/** The position, only when the reader already allowed it (never prompts). */
export async function positionIfAllowed(): Promise<Point | null> {
  try {
    const state = await navigator.permissions?.query({ name: "geolocation" });
    return state?.state === "granted" ? await currentPosition() : null;
  } catch {
    return null;
  }
}
