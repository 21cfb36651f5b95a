// The page's one banner for errors that concern no single field.
import { reactive } from "vue";

export type BannerKind = "error" | "warning" | "ok";

export const banner = reactive<{ message: string; kind: BannerKind }>({ message: "", kind: "error" });

export function showBanner(message: string, kind: BannerKind = "error"): void {
  banner.message = message;
  banner.kind = kind;
}

export function clearBanner(): void {
  banner.message = "";
}
