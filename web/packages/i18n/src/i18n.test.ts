import { mount } from "@vue/test-utils";
import { ElConfigProvider, ElEmpty } from "element-plus";
import { beforeEach, describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import { createDispatchI18n, en, LOCALE_KEY, setLocale, storedLocale, useElementLocale, zhCN } from "./index";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

// An Element Plus component under the provider, as App.vue renders them.
const Probe = defineComponent({
  setup() {
    const locale = useElementLocale();
    return () => h(ElConfigProvider, { locale: locale.value }, () => h(ElEmpty));
  },
});

describe("the catalogue", () => {
  beforeEach(() => localStorage.clear());

  it("has the same messages in both languages", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it("starts in zh-CN and remembers a chosen language", () => {
    expect(storedLocale()).toBe("zh-CN");
    const i18n = createDispatchI18n();
    expect(i18n.global.t("login.title")).toBe("登录");
    setLocale(i18n, "en");
    expect(i18n.global.t("login.title")).toBe("Sign in");
    expect(localStorage.getItem(LOCALE_KEY)).toBe("en");
    expect(storedLocale()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("switches Element Plus's own words with it", async () => {
    const i18n = createDispatchI18n("zh-CN");
    const wrapper = mount(Probe, { global: { plugins: [i18n] } });
    expect(wrapper.text()).toContain("暂无数据");
    setLocale(i18n, "en");
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toContain("No Data");
    expect(wrapper.text()).not.toContain("暂无数据");
  });
});
