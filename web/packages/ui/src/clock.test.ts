import { describe, expect, it } from "vitest";
import { formatDuration } from "./clock";

describe("durations", () => {
  it("use the largest sensible unit in the reader's language", () => {
    expect(formatDuration(45_000, "en")).toBe("45 sec");
    expect(formatDuration(12 * 60_000 + 5_000, "en")).toBe("12 min");
    expect(formatDuration((3 * 60 + 5) * 60_000, "en")).toBe("3 hr 5 min");
    expect(formatDuration((2 * 24 + 1) * 3600_000, "en")).toBe("2 days 1 hr");
    expect(formatDuration(12 * 60_000, "zh-CN")).toBe("12分钟");
  });

  it("keep the sign of a passed deadline", () => {
    expect(formatDuration(-90_000, "en")).toBe("-1 min");
  });
});
