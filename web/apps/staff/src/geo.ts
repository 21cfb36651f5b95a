// Distances and the AMap hand-off. Positions are WGS-84 (the browser's and the server's);
// AMap wants GCJ-02, so the navigation link converts (the published approximation, no
// conversion outside mainland China).
export interface Point {
  lat: number;
  lon: number;
}

const EARTH_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function outsideChina({ lat, lon }: Point): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shiftLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function shiftLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS-84 → GCJ-02 (the coordinates AMap and other Chinese maps use). */
export function wgs84ToGcj02(point: Point): Point {
  if (outsideChina(point)) return point;
  const a = 6378245.0;
  const ee = 0.006693421622965943;
  let dLat = shiftLat(point.lon - 105, point.lat - 35);
  let dLon = shiftLon(point.lon - 105, point.lat - 35);
  const radLat = rad(point.lat);
  let magic = Math.sin(radLat);
  magic = 1 - ee * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: point.lat + dLat, lon: point.lon + dLon };
}

/** AMap's navigation URI to `to` (opens the AMap app on a phone, its site otherwise). */
export function amapNavigationUrl(to: Point, name: string): string {
  const gcj = wgs84ToGcj02(to);
  const params = new URLSearchParams({
    to: `${gcj.lon.toFixed(6)},${gcj.lat.toFixed(6)},${name}`,
    mode: "car",
    src: "dispatchhub",
    coordinate: "gaode",
    callnative: "1",
  });
  return `https://uri.amap.com/navigation?${params.toString()}`;
}
