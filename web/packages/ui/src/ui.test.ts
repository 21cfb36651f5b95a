import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { createDispatchI18n } from "@dispatchhub/i18n";
import AppBanner from "./components/AppBanner.vue";
import FormField from "./components/FormField.vue";
import { clearBanner, showBanner } from "./banner";
import { useFieldErrors } from "./field-errors";
import { formatMoney, formatNumber, formatWindow, localInputValue, setTimeZone, zonedIso } from "./format";

describe("field errors", () => {
  it("puts each error at its field and the rest in the general slot", () => {
    const errors = useFieldErrors(["reason"]);
    errors.show([
      { field: "reason", message: "give a reason", code: "REQUIRED" },
      { field: "input.id", message: "no such order" },
      { message: "refused" },
    ]);
    expect(errors.of("reason").map((e) => e.message)).toEqual(["give a reason"]);
    expect(errors.of("*").map((e) => e.message)).toEqual(["no such order", "refused"]);
    errors.clear();
    expect(errors.of("reason")).toEqual([]);
  });

  it("shows a field's errors under it and marks it invalid; none leaves no text", () => {
    const wrapper = mount(FormField, {
      props: { label: "Reason", name: "reason", errors: [] },
      slots: { default: "<input>" },
    });
    expect(wrapper.text()).toBe("Reason");
    expect(wrapper.classes()).not.toContain("invalid");
    return wrapper.setProps({ errors: [{ message: "give a reason", code: "REQUIRED" }] }).then(() => {
      expect(wrapper.get('[data-error-for="reason"]').text()).toBe("give a reason");
      expect(wrapper.classes()).toContain("invalid");
      expect(wrapper.text()).not.toContain("null");
    });
  });
});

describe("the banner", () => {
  it("is gone from the page once closed", async () => {
    const wrapper = mount(AppBanner, { global: { plugins: [createDispatchI18n("en")] } });
    expect(wrapper.find("#banner").exists()).toBe(false);
    showBanner("refused", "error");
    await wrapper.vm.$nextTick();
    expect(wrapper.get("#banner").text()).toContain("refused");
    await wrapper.get("button").trigger("click");
    expect(wrapper.find("#banner").exists()).toBe(false);
    clearBanner();
  });
});

describe("formatting in the business time zone", () => {
  it("formats money from minor units, numbers and windows", () => {
    setTimeZone("Asia/Shanghai");
    expect(formatMoney(12345)).toBe("¥123.45");
    expect(formatMoney(-2000)).toBe("-¥20.00");
    expect(formatMoney(null)).toBe("—");
    expect(formatNumber(2.5)).toBe("2.5");
    expect(formatNumber(3, 0)).toBe("3");
    expect(formatNumber(1.234, 3)).toBe("1.234");
    // the end shows its day only when it differs
    expect(formatWindow("2026-12-07T02:30:00Z", "2026-12-07T04:00:00Z")).toMatch(/^12\D07 10:30–12:00$/);
    expect(formatWindow("2026-12-07T02:30:00Z", "2026-12-08T04:00:00Z")).toMatch(/^12\D07 10:30–12\D08 12:00$/);
  });

  it("reads and writes datetime-local values in the business zone", () => {
    setTimeZone("Asia/Shanghai");
    expect(zonedIso("2026-12-07T10:30")).toBe("2026-12-07T10:30:00+08:00");
    expect(zonedIso("2026-12-07")).toBe("2026-12-07T00:00:00+08:00");
    expect(localInputValue("2026-12-07T02:30:00Z")).toBe("2026-12-07T10:30");
  });
});
