// Files in: drops on the window (the overlay says where they go), the native "Add files…" dialog
// (#import-files; the dialog itself runs in Rust), "Load sample data" (#load-sample), and the files the
// app was started with. Every batch ends in the same receipt toast (#receipts-panel: one line per file,
// the stored name and size, or the exact reason it was refused; refusals keep the toast open), and a
// progress bar (#import-progress) shows copying and then reading/profiling while a large file is in.
// It owns those elements and #drop-overlay; conversations come from hooks (a drop or a button with no
// conversation selected starts a new one).

import { desk, on } from "./ipc.js";
import { $, el, formatBytes, focusComposer } from "./dom.js";

const SHOW_AFTER_MS = 250; // small files finish before a bar would flash
const AUTO_HIDE_MS = 9000;
const DEFAULT_TITLE = "New conversation"; // the core's title for an untitled conversation
const SAMPLE_TITLE = "Sample business";

const imp = {
  hovering: 0,
  progress: null, // { kind: "copy"|"tables", conversationId, name, done, total, since }
  busy: 0,
  hideTimer: null,
  hooks: {
    selectedId: () => null,
    selectedTitle: () => null,
    titleOf: () => null,
    ensureConversation: async () => null,
    afterImport: async () => {},
    onError: () => {},
  },
};

// ---- progress -------------------------------------------------------------------------------------------

function renderProgress() {
  const box = $("import-progress");
  const p = imp.progress;
  const visible = Boolean(p && p.conversationId === imp.hooks.selectedId() && Date.now() - p.since >= SHOW_AFTER_MS);
  box.hidden = !visible;
  if (!visible) return;
  const pct = p.total > 0 ? Math.min(100, Math.floor((p.done * 100) / p.total)) : 0;
  const what = p.kind === "copy" ? `Copying ${p.name}` : `Reading and profiling ${p.name}`;
  $("import-progress-label").textContent = `${what}… ${pct}%`;
  $("import-progress-size").textContent = p.total ? `${formatBytes(p.done)} of ${formatBytes(p.total)}` : "";
  const bar = $("import-progress-bar");
  bar.value = pct;
  bar.textContent = `${pct}%`;
}

function progressEvent(kind, ev) {
  if (ev.done >= ev.total) {
    if (imp.progress && imp.progress.kind === kind) imp.progress = null;
    renderProgress();
    return;
  }
  const same = imp.progress && imp.progress.kind === kind && imp.progress.conversationId === ev.conversation_id;
  const since = same ? imp.progress.since : Date.now();
  imp.progress = { kind, conversationId: ev.conversation_id, name: ev.name, done: ev.done, total: ev.total, since };
  renderProgress();
  if (!same) setTimeout(renderProgress, SHOW_AFTER_MS + 10);
}

// ---- receipts -------------------------------------------------------------------------------------------

function hideReceipts() {
  clearTimeout(imp.hideTimer);
  const panel = $("receipts-panel");
  const hadFocus = panel.contains(document.activeElement);
  panel.hidden = true;
  if (hadFocus) focusComposer();
}

export function showReceipts(outcomes, where) {
  const panel = $("receipts-panel");
  const list = $("receipts");
  list.replaceChildren();
  const ok = outcomes.filter((o) => o.ok).length;
  const refused = outcomes.length - ok;
  const parts = [];
  if (ok) parts.push(`${ok} file${ok === 1 ? "" : "s"} imported`);
  if (refused) parts.push(`${refused} refused`);
  $("receipts-heading").textContent = `${where ? `“${where}”: ` : ""}${parts.join(", ") || "nothing imported"}`;
  panel.classList.toggle("has-refusals", refused > 0);
  for (const o of outcomes) {
    const li = el("li", o.ok ? "receipt ok" : "receipt refused");
    li.append(el("span", "mark", o.ok ? "✓" : "✕"));
    const text = el("div", "text");
    const shown = o.path.split(/[\\/]/).pop() || o.path;
    if (o.ok) {
      const renamed = o.stored_as !== shown ? ` (stored as ${o.stored_as})` : "";
      text.append(el("strong", "", shown), el("span", "muted", ` ${formatBytes(o.bytes)}${renamed}`));
    } else {
      text.append(el("strong", "", shown), el("span", "reason", ` ${o.error.message}`), el("span", "code", ` ${o.error.code}`));
    }
    li.append(text);
    list.append(li);
  }
  panel.hidden = false;
  clearTimeout(imp.hideTimer);
  if (!refused) imp.hideTimer = setTimeout(() => { if (!panel.matches(":hover")) hideReceipts(); }, AUTO_HIDE_MS);
}

// ---- the import paths -----------------------------------------------------------------------------------

async function run(titleHint, importer) {
  const id = await imp.hooks.ensureConversation(titleHint);
  if (!id) return;
  imp.busy += 1;
  setBusy();
  try {
    const wasUntitled = imp.hooks.titleOf(id) === DEFAULT_TITLE;
    const outcomes = await importer(id);
    if (outcomes && outcomes.length) {
      // An untitled conversation takes its name from its first data.
      const first = outcomes.find((o) => o.ok);
      if (wasUntitled && first) {
        const title = titleHint === SAMPLE_TITLE ? SAMPLE_TITLE : first.stored_as.replace(/\.[^.]+$/, "");
        await desk.renameConversation(id, title).catch(() => {});
      }
      if (id === imp.hooks.selectedId()) showReceipts(outcomes, imp.hooks.selectedTitle());
      await imp.hooks.afterImport(id);
    }
  } catch (e) {
    imp.hooks.onError(e);
  } finally {
    imp.busy -= 1;
    setBusy();
    // The button pressed may now be hidden (the empty conversation's "Add files…" gives way to the
    // questions) or was disabled while busy: the keyboard goes on from the question box.
    const at = document.activeElement;
    if (!at || at === document.body || at.closest("[hidden]") || at.disabled) focusComposer();
    if (imp.progress && imp.progress.kind === "copy") imp.progress = null;
    renderProgress();
  }
}

// While an import runs the import buttons are off. The one that has focus stays focusable (disabling
// it would drop the keyboard to the page): it is only marked aria-disabled and ignores presses.
function setBusy() {
  const busy = imp.busy > 0;
  for (const id of ["import-files", "load-sample", "empty-import"]) {
    const b = $(id);
    if (!b) continue;
    b.setAttribute("aria-disabled", String(busy));
    b.disabled = busy && b !== document.activeElement;
  }
}

export function pickFiles() {
  if (imp.busy) return undefined;
  return run("Imported files", (id) => desk.pickAndImport(id));
}

export function loadSample() {
  if (imp.busy) return undefined;
  return run(SAMPLE_TITLE, (id) => desk.importSample(id));
}

function importDrop({ drop_id: dropId, names }) {
  const first = (names[0] || "").replace(/\.[^.]+$/, "");
  return run(first || undefined, (id) => desk.importDrop(id, dropId));
}

// The files the app was started with (a new conversation made by Rust): select it, then show receipts.
export async function openLaunchFiles() {
  let opened = null;
  try {
    opened = await desk.openLaunchFiles();
  } catch (e) {
    imp.hooks.onError(e);
  }
  return opened;
}

function renderOverlay() {
  $("drop-overlay").hidden = !imp.hovering;
  const title = imp.hooks.selectedTitle();
  const what = imp.hovering === 1 ? "this file" : `these ${imp.hovering} files`;
  $("drop-target").textContent = title ? `Drop ${what} into “${title}”` : `Drop ${what} to start a new conversation`;
}

export function onSelectionChanged() {
  hideReceipts();
  renderProgress();
}

export async function mountImports(hooks) {
  Object.assign(imp.hooks, hooks);
  $("import-files").addEventListener("click", pickFiles);
  $("empty-import").addEventListener("click", pickFiles);
  $("load-sample").addEventListener("click", loadSample);
  $("receipts-close").addEventListener("click", hideReceipts);
  // Esc dismisses the toast, unless it closes a dialog or stops a running turn first (chat.js).
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !e.defaultPrevented && !$("receipts-panel").hidden && !document.querySelector("dialog[open]")) {
      e.preventDefault();
      hideReceipts();
    }
  });
  await Promise.all([
    on("drag_hover", ({ active, count }) => {
      imp.hovering = active ? Math.max(1, count) : 0;
      renderOverlay();
    }),
    on("files_dropped", (drop) => importDrop(drop)),
    on("import_progress", (p) => progressEvent("copy", p)),
    on("tables_progress", (p) => progressEvent("tables", p)),
  ]);
}
