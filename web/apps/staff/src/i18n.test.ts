import { describe, expect, it } from "vitest";
import { STAFF_MESSAGES } from "./i18n";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("the staff app's catalogue", () => {
  it("has the same keys in zh-CN and English", () => {
    expect(keys(STAFF_MESSAGES.en).sort()).toEqual(keys(STAFF_MESSAGES["zh-CN"]).sort());
  });

  it("names every order status and progress step", () => {
    for (const messages of Object.values(STAFF_MESSAGES)) {
      expect(Object.keys(messages.staff.status)).toEqual(
        expect.arrayContaining(["OPEN", "OFFERED", "ASSIGNED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED"]),
      );
      expect(Object.keys(messages.staff.action).sort()).toEqual(["COMPLETED", "EN_ROUTE", "IN_PROGRESS"]);
    }
  });
});
