// Lists of words in the reader's language: "管理员、调度员" / "admin, dispatcher".
export function andList(locale: string, items: string[]): string {
  return items.length ? new Intl.ListFormat(locale, { type: "conjunction" }).format(items) : "—";
}

export function orList(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
}
