// Small DOM helpers shared by the page's modules: element creation (text always through textContent),
// keyboard focus (modal dialogs that give it back, lists that keep it, arrow keys) and number
// formatting. No state, no IPC.

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// A button. Its title is the tooltip and, for a button whose text has no words (an icon such as ✎ or
// none at all), also its accessible name; a button with words keeps them as its name, so what a person
// sees is what a screen reader or voice control says (WCAG 2.5.3), and the title adds the detail.
export function button(className, text, title) {
  const b = el("button", className, text);
  b.type = "button";
  if (title) {
    b.title = title;
    if (!/\p{L}/u.test(text || "")) b.setAttribute("aria-label", title);
  }
  return b;
}

// A modal dialog that gives focus back when it closes (Esc, a button, or close() from code): to the
// element that had it when the dialog opened or, when that one is gone, to what `fallback()` returns.
// `focus` is the element to start on (else the browser's first focusable one).
export function openModal(dialog, { focus = null, fallback = null } = {}) {
  const from = document.activeElement;
  dialog.addEventListener("close", () => {
    const back = from && from !== document.body && from.isConnected && !from.closest("[hidden]") ? from : fallback && fallback();
    if (back) back.focus();
  }, { once: true });
  dialog.showModal();
  if (focus) focus.focus();
}

// Where the keyboard goes when the control it was on disappears (an import button that data replaced,
// a dismissed toast or banner): the question box, the next thing to use, else "New conversation".
export function focusComposer() {
  const q = $("question");
  (q && !q.disabled ? q : $("new-conversation")).focus();
}

// Up/Down (and Home/End) move focus between the `selector` items of a list; Tab still visits each.
export function arrowKeys(container, selector) {
  container.addEventListener("keydown", (e) => {
    if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = [...container.querySelectorAll(selector)];
    const at = items.indexOf(e.target.closest(selector));
    if (at < 0) return;
    const to = { ArrowDown: Math.min(at + 1, items.length - 1), ArrowUp: Math.max(at - 1, 0), Home: 0, End: items.length - 1 }[e.key];
    e.preventDefault();
    items[to].focus();
  });
}

// Re-render a list without losing the keyboard's place: `render()` replaces the children of
// `container`; if focus was on an item (matched by `key(el)`), the new item with the same key gets it.
export function keepFocus(container, key, render) {
  const active = document.activeElement;
  const had = active && container.contains(active) ? key(active) : null;
  render();
  if (had === null || had === undefined) return null;
  const again = [...container.querySelectorAll("*")].find((n) => key(n) === had);
  if (again) again.focus();
  return again || false;
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
