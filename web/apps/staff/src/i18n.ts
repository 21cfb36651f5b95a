// The staff app's words, added to the shared catalogue under `staff.` (zh-CN and English).
import type { DispatchI18n } from "@dispatchhub/i18n";
import en from "./locales/en.json";
import zhCN from "./locales/zh-CN.json";

export const STAFF_MESSAGES = { "zh-CN": zhCN, en } as const;

export function addStaffMessages(i18n: DispatchI18n): void {
  for (const [locale, messages] of Object.entries(STAFF_MESSAGES)) {
    i18n.global.mergeLocaleMessage(locale as "zh-CN" | "en", messages as never);
  }
}
