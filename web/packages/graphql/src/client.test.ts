import { describe, expect, it } from "vitest";
import { secondsLeft } from "./client";

const encode = (claims: object) =>
  `h.${btoa(JSON.stringify(claims)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}.s`;

describe("the access token's lifetime", () => {
  it("reads exp from the token", () => {
    const now = Date.UTC(2026, 11, 8);
    expect(secondsLeft(encode({ sub: "u1", exp: now / 1000 + 600 }), now)).toBe(600);
    expect(secondsLeft(encode({ sub: "u1", exp: now / 1000 - 5 }), now)).toBe(0);
  });

  it("treats what it cannot read as spent", () => {
    expect(secondsLeft("expired")).toBe(0);
    expect(secondsLeft(encode({ sub: "u1" }))).toBe(0);
  });
});
