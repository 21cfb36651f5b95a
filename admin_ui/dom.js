// Building the page from data without innerHTML: every text goes in as a text node.

/**
 * Create an element. `props`: `class`, `text`, `dataset`, `on` ({event: handler}) and any
 * other attribute. Children are nodes, strings (as text), or null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") element.className = value;
    else if (key === "text") element.textContent = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (key === "on") for (const [event, fn] of Object.entries(value)) element.addEventListener(event, fn);
    else if (key === "value") element.value = value;
    else element.setAttribute(key, value === true ? "" : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false).map(toNode));
  return element;
}

function toNode(child) {
  return child instanceof Node ? child : document.createTextNode(String(child));
}

/** A table from column labels and rows of cells (nodes or text). */
export function table(headers, rows, props = {}) {
  return h(
    "table", props,
    h("thead", {}, h("tr", {}, headers.map((label) => h("th", { text: label })))),
    h("tbody", {}, rows),
  );
}

/** The top banner for errors that concern no single field (GraphQL top-level errors). */
export function showBanner(message, kind = "error") {
  const banner = document.getElementById("banner");
  banner.replaceChildren(
    h("span", { text: message }),
    h("button", { type: "button", class: "link", "aria-label": "关闭 Close", on: { click: clearBanner } }, "×"),
  );
  banner.className = `banner ${kind}`;
  banner.hidden = false;
}

export function clearBanner() {
  const banner = document.getElementById("banner");
  banner.hidden = true;
  banner.replaceChildren();
}

/**
 * Show payload errors `[{field, message, code}]` next to their fields: an element with
 * `data-error-for="<field>"` inside `scope`. Errors for no known field go to the element
 * with `data-error-for="*"`, or to the banner. `fieldOf` may map an error to a field.
 */
export function showFieldErrors(scope, errors, fieldOf = (e) => e.field) {
  clearFieldErrors(scope);
  const rest = [];
  for (const error of errors) {
    const slot = scope.querySelector(`[data-error-for="${CSS.escape(fieldOf(error) ?? "*")}"]`);
    if (slot) appendError(slot, error);
    else rest.push(error);
  }
  const general = scope.querySelector('[data-error-for="*"]');
  for (const error of rest) {
    if (general) appendError(general, error);
    else showBanner(error.message);
  }
}

function appendError(slot, error) {
  slot.append(h("span", { text: error.message, dataset: { code: error.code ?? "" } }));
  slot.hidden = false;
  slot.closest("label")?.classList.add("invalid");
}

export function clearFieldErrors(scope) {
  for (const slot of scope.querySelectorAll("[data-error-for]")) {
    slot.replaceChildren();
    slot.hidden = true;
    slot.closest("label")?.classList.remove("invalid");
  }
}

/** A labelled form control with its error slot: "中文 English" label first. */
export function field(label, control, name) {
  return h("label", { class: "field" }, h("span", { class: "label", text: label }), control,
    h("span", { class: "error", role: "alert", hidden: true, dataset: { errorFor: name } }));
}

let timeZone = "Asia/Shanghai";
export function setTimeZone(zone) {
  timeZone = zone || timeZone;
}

/** "12-07 10:30" in the business time zone. */
export function formatTime(iso) {
  if (!iso) return "—";
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
  }).format(new Date(iso));
}

/** "12-07 10:30–12:00": a window; the end shows the day only when it differs. */
export function formatWindow(start, end) {
  if (!end) return formatTime(start);
  const [startDay] = formatTime(start).split(" ");
  const [endDay, endTime] = formatTime(end).split(" ");
  return `${formatTime(start)}–${endDay === startDay ? endTime : formatTime(end)}`;
}

export function formatNumber(value, digits = 2) {
  return value === null || value === undefined ? "—" : Number(value).toFixed(digits).replace(/\.?0+$/, "");
}

export function formatPercent(value) {
  return value === null || value === undefined ? "—" : `${(value * 100).toFixed(1)} %`;
}

/** "¥123.45" from minor units (fen); negative amounts (compensation) as "-¥20.00". */
export function formatMoney(minor, currency = "CNY") {
  if (minor === null || minor === undefined) return "—";
  const sign = minor < 0 ? "-" : "";
  const symbol = currency === "CNY" ? "¥" : `${currency} `;
  return `${sign}${symbol}${(Math.abs(minor) / 100).toFixed(2)}`;
}

/** The business time zone's offset at `date` as "+08:00". */
function zoneOffset(date) {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(date).find((p) => p.type === "timeZoneName").value;
  return name === "GMT" ? "+00:00" : name.slice(3);
}

/** An aware ISO time from an `<input type="date|datetime-local">` value in the business zone. */
export function zonedIso(value) {
  if (!value) return null;
  const local = value.length === 10 ? `${value}T00:00` : value.slice(0, 16);
  return `${local}:00${zoneOffset(new Date(`${local}:00Z`))}`;
}

/** The value for an `<input type="datetime-local">` showing `iso` in the business zone. */
export function localInputValue(iso) {
  if (!iso) return "";
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
