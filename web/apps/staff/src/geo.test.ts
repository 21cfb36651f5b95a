import { describe, expect, it } from "vitest";
import { clock, secondsUntil } from "./countdown";
import { amapNavigationUrl, distanceKm, wgs84ToGcj02 } from "./geo";

describe("geo", () => {
  it("measures great-circle distances", () => {
    // People's Square to the Bund, about 1.6 km.
    const km = distanceKm({ lat: 31.2304, lon: 121.4737 }, { lat: 31.2400, lon: 121.4900 });
    expect(km).toBeGreaterThan(1.7);
    expect(km).toBeLessThan(2.0);
  });

  it("shifts Shanghai to GCJ-02 by a few hundred metres, and leaves points outside China alone", () => {
    const wgs = { lat: 31.2304, lon: 121.4737 };
    const gcj = wgs84ToGcj02(wgs);
    const shift = distanceKm(wgs, gcj) * 1000;
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(700);
    expect(gcj.lon).toBeGreaterThan(wgs.lon);
    expect(wgs84ToGcj02({ lat: 48.8566, lon: 2.3522 })).toEqual({ lat: 48.8566, lon: 2.3522 });
  });

  it("builds AMap's navigation URI with GCJ-02 coordinates and the destination's name", () => {
    const url = new URL(amapNavigationUrl({ lat: 31.2304, lon: 121.4737 }, "南京东路100号"));
    expect(url.origin + url.pathname).toBe("https://uri.amap.com/navigation");
    const [lon, lat, name] = url.searchParams.get("to")!.split(",");
    expect(Number(lon)).toBeCloseTo(wgs84ToGcj02({ lat: 31.2304, lon: 121.4737 }).lon, 5);
    expect(Number(lat)).toBeCloseTo(wgs84ToGcj02({ lat: 31.2304, lon: 121.4737 }).lat, 5);
    expect(name).toBe("南京东路100号");
    expect(url.searchParams.get("coordinate")).toBe("gaode");
  });
});

describe("countdown", () => {
  it("counts the seconds to a deadline, never below zero", () => {
    const now = Date.parse("2026-12-08T01:00:00Z");
    expect(secondsUntil("2026-12-08T01:03:00Z", now)).toBe(180);
    expect(secondsUntil("2026-12-08T00:59:00Z", now)).toBe(0);
    expect(secondsUntil(null, now)).toBeNull();
    expect(clock(185)).toBe("3:05");
  });
});
