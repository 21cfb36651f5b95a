// How far the technician is and roughly when they arrive, from their last reported position.

/** Great-circle distance in kilometres between two WGS-84 points. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// City driving: roads are ~1.3× the straight line, at ~25 km/h door to door.
const ROAD_FACTOR = 1.3;
const CITY_KMH = 25;

/** Minutes to cover ``km`` of straight-line distance in the city (at least 1). */
export function etaMinutes(km: number): number {
  return Math.max(1, Math.round(((km * ROAD_FACTOR) / CITY_KMH) * 60));
}

/** Whole minutes since ``iso`` at ``now`` (never negative). */
export function ageMinutes(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60000));
}
