import { describe, expect, it } from "vitest";
import { businessDate, meanByDimension } from "./performance";

describe("my performance", () => {
  it("averages each rating dimension on 1..5 and leaves a dimension without reviews empty", () => {
    const reviews = [
      { attitude: "VERY_SATISFIED", quality: "SATISFIED", speed: "NEUTRAL", skill: "VERY_DISSATISFIED" },
      { attitude: "SATISFIED", quality: "SATISFIED", speed: "DISSATISFIED", skill: "VERY_DISSATISFIED" },
    ];
    expect(meanByDimension(reviews)).toEqual({ attitude: 4.5, quality: 4, speed: 2.5, skill: 1 });
    expect(meanByDimension([])).toEqual({ attitude: null, quality: null, speed: null, skill: null });
  });

  it("counts days in the business time zone", () => {
    // 2026-12-07 17:00 UTC is already the 8th in Shanghai
    const now = new Date("2026-12-07T17:00:00Z");
    expect(businessDate(0, now)).toBe("2026-12-08");
    expect(businessDate(29, now)).toBe("2026-11-09");
  });
});
