// The customer app's words, kept beside the app (locales/*.json, one "customer" section) and
// added to the shared catalogue when the app starts, so the shared files stay as they are.
import type { DispatchI18n } from "@dispatchhub/i18n";
import en from "./locales/en.json";
import zhCN from "./locales/zh-CN.json";

export const customerMessages = { "zh-CN": zhCN, en } as const;

export function addCustomerMessages(i18n: DispatchI18n): void {
  // The shared catalogue is typed by its own keys; this section is added beside them.
  const add = i18n.global.mergeLocaleMessage as (locale: string, messages: object) => void;
  for (const [locale, messages] of Object.entries(customerMessages)) add(locale, messages);
}
