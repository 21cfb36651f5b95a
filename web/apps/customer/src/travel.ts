// How far the technician is from their last reported position, and how soon the server's
// estimate (`Order.etaAt`) says they arrive.

/** Great-circle distance in kilometres between two WGS-84 points. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whole minutes from ``now`` until ``iso`` (never negative). */
export function minutesUntil(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.round((Date.parse(iso) - now) / 60000));
}

/** Whole minutes since ``iso`` at ``now`` (never negative). */
export function ageMinutes(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60000));
}
