// The booking form reader moved to the shared design system (@dispatchhub/ui); this module
// keeps the customer app's imports as they were.
export { formData, formFields, type FieldKind, type FormFieldSpec, type FormOption, type FormValues } from "@dispatchhub/ui";
