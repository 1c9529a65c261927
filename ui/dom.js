// Small DOM helpers shared by the page's modules: element creation (text always through textContent)
// and number formatting. No state, no IPC.

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function button(className, text, title) {
  const b = el("button", className, text);
  b.type = "button";
  if (title) {
    b.title = title;
    b.setAttribute("aria-label", title);
  }
  return b;
}

export function formatBytes(n) {
  if (typeof n !== "number") return "";
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i += 1; }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

// Thousands separators without relying on the webview's locale data (WebKitGTK may have none).
export function formatCount(n) {
  if (typeof n !== "number" || !Number.isFinite(n)) return n === null || n === undefined ? "" : String(n);
  const negative = n < 0;
  const [whole, frac] = Math.abs(n).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

// A number for people: integers grouped, others with at most two decimals.
export function formatNumber(n) {
  if (typeof n !== "number" || !Number.isFinite(n)) return n === null || n === undefined ? "" : String(n);
  if (Number.isInteger(n)) return formatCount(n);
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 2 : abs >= 1 ? 2 : 4;
  return formatCount(Number(n.toFixed(digits)));
}
