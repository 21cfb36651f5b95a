// One catalogue for every app. zh-CN is the default; the chosen language is remembered in
// localStorage, sets <html lang>, goes to the server as Accept-Language, and Element Plus
// follows it. A screen shows one language, never both.
import elementEn from "element-plus/es/locale/lang/en";
import elementZhCn from "element-plus/es/locale/lang/zh-cn";
import { computed, type App } from "vue";
import { createI18n, useI18n } from "vue-i18n";
import en from "./locales/en.json";
import zhCN from "./locales/zh-CN.json";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_KEY = "dispatchhub.locale";
/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

export type MessageSchema = typeof zhCN;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The remembered language, or zh-CN. */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(LOCALE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function createDispatchI18n(locale: Locale = storedLocale()) {
  const i18n = createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { "zh-CN": zhCN, en },
    missingWarn: false,
    fallbackWarn: false,
  });
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  return i18n;
}

export type DispatchI18n = ReturnType<typeof createDispatchI18n>;

let installed: DispatchI18n | null = null;

export function installI18n(app: App, i18n: DispatchI18n = createDispatchI18n()): DispatchI18n {
  app.use(i18n);
  installed = i18n;
  return i18n;
}

/** The current language, for code outside components (the GraphQL client's Accept-Language). */
export function currentLocale(): Locale {
  return installed ? (installed.global.locale.value as Locale) : storedLocale();
}

/** Switch the language and remember it. */
export function setLocale(i18n: DispatchI18n, locale: Locale): void {
  i18n.global.locale.value = locale;
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = locale;
}

/** Element Plus's messages for the current language (for <el-config-provider :locale>). */
export function useElementLocale() {
  const { locale } = useI18n();
  return computed(() => (locale.value === "en" ? elementEn : elementZhCn));
}

export { useI18n };
export { en, zhCN };
