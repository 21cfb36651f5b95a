export { banner, clearBanner, showBanner, type BannerKind } from "./banner";
export { useFieldErrors, type FieldErrors, type FieldProblem } from "./field-errors";
export * from "./format";
export { default as AppBanner } from "./components/AppBanner.vue";
export { default as FieldError } from "./components/FieldError.vue";
export { default as FormField } from "./components/FormField.vue";
export { default as LocaleSwitch } from "./components/LocaleSwitch.vue";
export { default as StatusBadge } from "./components/StatusBadge.vue";
export { formatDuration, useNow } from "./clock";
