import { describe, expect, it } from "vitest";
import { ageMinutes, distanceKm, minutesUntil } from "./travel";

describe("the technician's way", () => {
  it("measures great-circle distance", () => {
    // People's Square to Xujiahui, Shanghai: about 6.3 km apart
    const km = distanceKm({ lat: 31.2304, lon: 121.4737 }, { lat: 31.1885, lon: 121.4365 });
    expect(km).toBeGreaterThan(5.8);
    expect(km).toBeLessThan(6.4);
    expect(distanceKm({ lat: 31, lon: 121 }, { lat: 31, lon: 121 })).toBe(0);
  });

  it("counts the minutes until the server's estimate, never below zero", () => {
    const now = Date.parse("2026-12-08T03:30:00Z");
    expect(minutesUntil("2026-12-08T03:42:20Z", now)).toBe(12);
    expect(minutesUntil("2026-12-08T03:20:00Z", now)).toBe(0);
  });

  it("says how old a position is in whole minutes", () => {
    const now = Date.parse("2026-12-08T03:30:00Z");
    expect(ageMinutes("2026-12-08T03:27:30Z", now)).toBe(2);
    expect(ageMinutes("2026-12-08T03:31:00Z", now)).toBe(0);
  });
});
