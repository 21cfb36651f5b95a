import { describe, expect, it } from "vitest";
import { customerMessages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe("the customer app's catalogue", () => {
  it("has the same keys in zh-CN and English", () => {
    expect(keys(customerMessages.en)).toEqual(keys(customerMessages["zh-CN"]));
  });
  it("never shows the other language's words", () => {
    const zh = JSON.stringify(customerMessages["zh-CN"]);
    const en = JSON.stringify(customerMessages.en);
    expect(/[\u4e00-\u9fff]/.test(en)).toBe(false);
    expect(zh).not.toEqual(en);
  });
});
