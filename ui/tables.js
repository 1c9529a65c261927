// The table chips above the chat: one chip per table of the selected conversation
// (ul#table-chips > li > button.chip[data-table]), and the table's profile (rows, columns, per-column type,
// nulls, distinct, min, max, mean, top values) a click away in the #table-profile dialog. Files the core
// could not read show as a chip marked with the reason. The tables come from Rust (`desk_tables`, which
// also brings the analysis database up to date and suggests sample questions); this module reads them,
// renders its own subtree and hands the questions on through a hook.

import { desk } from "./ipc.js";
import { $, el, button, formatCount, formatNumber, openModal, keepFocus } from "./dom.js";

const TYPE_LABELS = { integer: "integer", real: "number", boolean: "yes/no", date: "date", datetime: "date-time", text: "text" };

const view = {
  conversationId: null,
  tables: [],
  failed: [],
  inputs: null, // Set of input file names, or null for "show every table"
  loading: false,
  generation: 0,
  hooks: { onQuestions: () => {}, onTables: () => {} },
};

function shown(v, column) {
  if (v === null || v === undefined) return "";
  // Years read as years (2017), not as amounts (2,017).
  if (typeof v === "number" && /year/i.test(column || "") && Number.isInteger(v)) return String(v);
  if (typeof v === "number") return formatNumber(v);
  return String(v);
}

function visibleTables() {
  if (!view.inputs) return view.tables;
  return view.tables.filter((t) => view.inputs.has(t.source));
}

function icon(text) {
  const span = el("span", "chip-icon", text);
  span.setAttribute("aria-hidden", "true");
  return span;
}

// Each chip is a list item; a table's chip is a button named by what it shows ("orders 1,000 × 6", so
// speech control can say it), the rest in its description (the title).
function renderChips() {
  const list = $("table-chips");
  const items = [];
  for (const t of visibleTables()) {
    const chip = button("chip");
    chip.title = `${t.name}: ${formatCount(t.rows)} rows × ${t.columns.length} columns, from ${t.source}${t.sheet ? ` (${t.sheet})` : ""}. Opens its profile.`;
    chip.setAttribute("aria-haspopup", "dialog");
    chip.dataset.table = t.name;
    chip.append(icon("▦"), el("span", "name", t.name), el("span", "size", `${formatCount(t.rows)} × ${t.columns.length}`));
    if (t.warnings && t.warnings.length) chip.classList.add("warn");
    items.push(chip);
  }
  for (const f of view.failed) {
    if (view.inputs && !view.inputs.has(f.path)) continue;
    const chip = el("span", "chip failed");
    chip.title = `${f.path} could not be read as a table: ${f.error.message}`;
    chip.append(icon("!"), el("span", "name", f.path), el("span", "size", "not a table"));
    items.push(chip);
  }
  if (view.loading) items.push(el("span", "chip pending", "Reading tables…"));
  const fill = () => list.replaceChildren(...items.map((chip) => {
    const li = el("li");
    li.append(chip);
    return li;
  }));
  keepFocus(list, (n) => (n.dataset && n.dataset.table) || null, fill);
  list.hidden = items.length === 0;
}

// What a column means (desk_core::semantics): its role and unit, and the spellings folded into one value
// ("status: 9 spellings of 3 values", then "“Open” also as “open”, “OPEN ”").
function meaning(sem) {
  if (!sem) return [];
  const role = sem.role ? sem.role.replace(/_/g, " ") : "";
  let head = `${role}${sem.unit ? ` in ${sem.unit}` : ""}`;
  const variants = sem.variants || [];
  if (sem.values != null) {
    const spellings = variants.reduce((n, g) => n + g.spellings.length - 1, 0) + sem.values;
    head += variants.length ? `, ${formatCount(spellings)} spellings of ${formatCount(sem.values)} values` : `, ${formatCount(sem.values)} values`;
  }
  const lines = [head];
  for (const g of variants.slice(0, 6)) {
    const others = g.spellings.slice(1, 6).map((s) => `“${s}”`).join(", ");
    lines.push(`“${g.canonical}” also as ${others}${g.spellings.length > 6 ? ", …" : ""} (${formatCount(g.rows)} rows)`);
  }
  if (variants.length > 6) lines.push(`and ${formatCount(variants.length - 6)} more values with several spellings`);
  return lines;
}

function cell(text, className) {
  return el("td", className || "", text);
}

function openProfile(name) {
  const t = view.tables.find((x) => x.name === name);
  if (!t) return;
  $("table-profile-name").textContent = t.name;
  const how = [];
  if (t.format) {
    if (t.format.delimiter) how.push(t.format.delimiter === "tab" ? "tab-separated" : `delimiter “${t.format.delimiter}”`);
    if (t.format.encoding) how.push(t.format.encoding);
    how.push(t.format.header ? "header row" : "no header row");
  }
  $("table-profile-meta").textContent =
    `${formatCount(t.rows)} rows × ${t.columns.length} columns · from ${t.source}${t.sheet ? `, sheet “${t.sheet}”` : ""}${how.length ? ` · ${how.join(", ")}` : ""}`;
  const warnings = $("table-profile-warnings");
  warnings.replaceChildren(...(t.warnings || []).map((w) => el("li", "", w)));
  warnings.hidden = !(t.warnings && t.warnings.length);
  const body = $("table-profile-columns");
  body.replaceChildren();
  for (const c of t.columns) {
    const p = c.profile || {};
    const tr = el("tr");
    const nameCell = el("td", "col-name");
    nameCell.append(el("code", "", c.name));
    if (c.original && c.original !== c.name) nameCell.append(el("div", "muted small", `header “${c.original}”`));
    for (const note of c.notes || []) nameCell.append(el("div", "muted small", note));
    for (const line of meaning(c.semantics)) nameCell.append(el("div", "muted small meaning", line));
    tr.append(nameCell, cell(TYPE_LABELS[c.type] || c.type, "col-type"));
    const nullPct = t.rows ? ` (${((100 * (p.nulls || 0)) / t.rows).toFixed(p.nulls && p.nulls * 100 < t.rows ? 1 : 0)}%)` : "";
    tr.append(cell(`${formatCount(p.nulls || 0)}${p.nulls ? nullPct : ""}`, "num"));
    tr.append(cell(`${p.distinct_exact === false ? "≈" : ""}${formatCount(p.distinct || 0)}`, "num"));
    tr.append(cell(shown(p.min, c.name), "num"), cell(shown(p.max, c.name), "num"), cell(shown(p.mean), "num"));
    const top = el("td");
    const values = el("div", "col-top");
    for (const v of p.top || []) {
      const tag = el("span", "top-value");
      tag.title = `${v.value}: ${formatCount(v.count)} rows`;
      tag.append(el("span", "", v.value === "" ? "(empty)" : v.value), el("span", "muted", ` ${formatCount(v.count)}`));
      values.append(tag);
    }
    top.append(values);
    tr.append(top);
    body.append(tr);
  }
  openModal($("table-profile"), { focus: $("table-profile-close"), fallback: () => $("question") });
}

// Show the tables of a conversation; `inputs` (names of the user's files) limits the chips to tables
// read from them. Syncs in Rust, so it may take a while for a large file (progress arrives as events).
export async function loadTables(conversationId, inputs) {
  view.conversationId = conversationId;
  if (inputs) view.inputs = new Set(inputs);
  const gen = ++view.generation;
  if (!conversationId) {
    view.tables = [];
    view.failed = [];
    view.loading = false;
    renderChips();
    view.hooks.onQuestions(null, []);
    return;
  }
  view.loading = true;
  renderChips();
  let result = null;
  try {
    result = await desk.tables(conversationId);
  } catch (e) {
    result = { tables: [], failed: [], questions: [], error: e };
  }
  if (gen !== view.generation) return;
  view.loading = false;
  view.tables = result.tables || [];
  view.failed = result.failed || [];
  renderChips();
  view.hooks.onQuestions(conversationId, result.questions || []);
  view.hooks.onTables(conversationId, view.tables, result.error || null);
}

export function setInputs(inputs) {
  view.inputs = inputs ? new Set(inputs) : null;
  renderChips();
}

export function clearTables() {
  view.generation += 1;
  view.tables = [];
  view.failed = [];
  view.loading = false;
  renderChips();
}

export function mountTables(hooks) {
  Object.assign(view.hooks, hooks);
  $("table-chips").addEventListener("click", (e) => {
    const chip = e.target.closest("button.chip[data-table]");
    if (chip) openProfile(chip.dataset.table);
  });
  $("table-profile-close").addEventListener("click", () => $("table-profile").close());
  // A click on the backdrop (outside the sheet) closes it.
  $("table-profile").addEventListener("click", (e) => {
    if (e.target === $("table-profile")) $("table-profile").close();
  });
  renderChips();
}
