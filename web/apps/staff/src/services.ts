// Service names by code, in the reader's language (the catalogue is public; read once).
import type { DispatchClient } from "@dispatchhub/graphql";
import { reactive } from "vue";
import { StaffServiceNamesQuery } from "./operations";

const names = reactive<Record<string, { zh: string; en: string }>>({});
let loading: Promise<void> | null = null;

export function loadServiceNames(client: DispatchClient): Promise<void> {
  loading ??= client
    .query(StaffServiceNamesQuery, {})
    .then(({ serviceTypes }) => {
      for (const s of serviceTypes) names[s.code] = { zh: s.nameZh, en: s.nameEn };
    })
    .catch(() => {
      loading = null;
    });
  return loading;
}

export function serviceName(code: string, locale: string): string {
  const name = names[code];
  return name ? (locale === "en" ? name.en : name.zh) : code;
}
