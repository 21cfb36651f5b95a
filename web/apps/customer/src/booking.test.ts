import { describe, expect, it } from "vitest";
import { changeFee } from "./fees";
import { formData, formFields } from "./schema-form";
import { isoWeekday, localClock, slots } from "./slots";

const SCHEMA = {
  type: "object",
  required: ["brand", "units"],
  properties: {
    brand: { type: "string", title: "品牌", "x-title-en": "Brand", maxLength: 40 },
    units: { type: "integer", title: "台数", "x-title-en": "Units", minimum: 1 },
    kind: { type: "string", title: "类型", enum: ["wall", "floor"], "x-enum-labels": { wall: { zh: "挂机", en: "Wall" } } },
    rooms: { type: "array", title: "房间", items: { type: "string", enum: ["a", "b"] } },
    pets: { type: "boolean", title: "宠物", "x-title-en": "Pets" },
  },
};

describe("the form from a JSON Schema", () => {
  it("reads each property as a field, labelled in the language", () => {
    const fields = formFields(SCHEMA, "en");
    expect(fields.map((f) => [f.name, f.kind, f.label, f.required])).toEqual([
      ["brand", "text", "Brand", true], ["units", "integer", "Units", true], ["kind", "choice", "类型", false],
      ["rooms", "choices", "房间", false], ["pets", "boolean", "Pets", false],
    ]);
    expect(fields[2].options).toEqual([{ value: "wall", label: "Wall" }, { value: "floor", label: "floor" }]);
    expect(formFields(SCHEMA, "zh-CN")[0].label).toBe("品牌");
  });
  it("sends numbers as numbers and leaves empty fields out", () => {
    const fields = formFields(SCHEMA, "en");
    expect(formData(fields, { brand: "", units: "3", kind: "wall", rooms: [], pets: true })).toEqual({ units: 3, kind: "wall", pets: true });
    expect(formData(fields, { units: "x" })).toEqual({ units: "x" });
  });
  it("reads nothing from what is not a schema", () => {
    expect(formFields(null, "en")).toEqual([]);
    expect(formFields({ properties: [] }, "en")).toEqual([]);
  });
});

describe("times from the service hours", () => {
  const hours = { start: "08:00", end: "12:00", weekdays: [{ weekday: 6, start: "10:00", end: "11:00" }], closedWeekdays: [7] };
  const monday = "2030-01-07";
  it("offers half hours inside the window that leave time for the work", () => {
    expect(isoWeekday(monday)).toBe(1);
    expect(slots(hours, monday, new Date("2029-12-01T00:00:00Z"), 60, 60)).toEqual(
      ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00"]);
  });
  it("follows a weekday's own window and closed days", () => {
    expect(slots(hours, "2030-01-12", new Date("2029-12-01T00:00:00Z"))).toEqual(["10:00"]);
    expect(slots(hours, "2030-01-13", new Date("2029-12-01T00:00:00Z"))).toEqual([]);
  });
  it("offers nothing in the past or too soon", () => {
    // 09:10 in Shanghai: 10:10 is the first acceptable start, so 10:30 onwards
    expect(slots(hours, monday, new Date("2030-01-07T01:10:00Z"), 60)).toEqual(["10:30", "11:00"]);
  });
});

describe("the fee shown before changing a booking", () => {
  const policy = {
    rules: [{ hoursBeforeGte: 2, feeMinor: 2000 }, { hoursBeforeGte: 24, feeMinor: 0 }, { hoursBeforeGte: 0, feePercent: 50 }],
    staffEnRouteFeeMinor: 3000,
  };
  const now = new Date("2030-01-01T00:00:00Z");
  it("takes the rule with the longest notice reached", () => {
    expect(changeFee(policy, 12001, "2030-01-02T00:00:00Z", false, now)).toBe(0);
    expect(changeFee(policy, 12001, "2030-01-01T05:00:00Z", false, now)).toBe(2000);
    expect(changeFee(policy, 12001, "2030-01-01T01:00:00Z", false, now)).toBe(6000);
    expect(changeFee(policy, 12001, "2029-12-31T23:00:00Z", false, now)).toBe(6000);
  });
  it("charges at least the on-the-way fee once staff travel", () => {
    expect(changeFee(policy, 12000, "2030-01-02T00:00:00Z", true, now)).toBe(3000);
  });
  it("charges nothing under an empty policy", () => {
    expect(changeFee({ rules: [], staffEnRouteFeeMinor: 0 }, 100, "2030-01-02T00:00:00Z", false, now)).toBe(0);
  });
});

describe("server slots matched to the picker's times", () => {
  it("reads a slot's start as the business zone's clock time", () => {
    // the app's zone is Asia/Shanghai unless the server says otherwise
    expect(localClock("2026-11-25T02:00:00+00:00")).toBe("10:00");
    expect(localClock("2026-11-25T10:30:00+08:00")).toBe("10:30");
  });
});
