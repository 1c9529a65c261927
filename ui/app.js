// Placeholder page for the shell: conversations sidebar, the selected conversation's files, and import by
// dropping files on the window (a receipt or the exact refusal reason per file). The real UI (issue 6)
// grows from here into one module per part of the page. All text goes in with textContent.

import { desk, on } from "./ipc.js";
import { mountChat, showConversation, setHasFiles } from "./chat.js";
import { mountSettings, openSettings, provider, SHORT_NAMES } from "./settings.js";
import { mountArtifacts, showArtifacts, reloadArtifacts, artifactUpdate } from "./artifacts.js";

const $ = (id) => document.getElementById(id);
const LAST_KEY = "analyst-desk.selected";

const state = {
  conversations: [],
  selectedId: null,
  files: [],
  receipts: null, // { names, outcomes } of the last import, or null
  progress: null, // { name, done, total } while a file is being copied
  hovering: 0, // how many files are being dragged over the window (0: none)
};

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i += 1; }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

function formatWhen(ms) {
  const d = new Date(ms);
  const today = new Date();
  return d.toDateString() === today.toDateString()
    ? d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : d.toLocaleDateString([], { month: "short", day: "numeric" });
}

function selected() {
  return state.conversations.find((c) => c.id === state.selectedId) || null;
}

// ---- errors ---------------------------------------------------------------------------------------------

function showError(e) {
  const box = $("error");
  box.textContent = e ? `${e.message} (${e.code})` : "";
  box.hidden = !e;
}

async function guarded(fn) {
  try {
    showError(null);
    return await fn();
  } catch (e) {
    showError(e);
    return undefined;
  }
}

// ---- rendering ------------------------------------------------------------------------------------------

function renderSidebar() {
  const list = $("conversations");
  list.replaceChildren();
  for (const c of state.conversations) {
    const li = el("li");
    const button = el("button", c.id === state.selectedId ? "conversation selected" : "conversation");
    button.type = "button";
    button.dataset.id = c.id;
    if (c.id === state.selectedId) button.setAttribute("aria-current", "true");
    button.append(el("span", "title", c.title), el("span", "when", formatWhen(c.updated_at)));
    li.append(button);
    list.append(li);
  }
  $("no-conversations").hidden = state.conversations.length > 0;
}

function renderHeader() {
  const c = selected();
  $("desk-title").textContent = c ? c.title : "Welcome";
  $("desk-subtitle").textContent = c
    ? `Started ${new Date(c.created_at).toLocaleString()}`
    : "Your offline data analyst.";
}

function renderFiles() {
  $("welcome").hidden = Boolean(state.selectedId);
  $("files-panel").hidden = !state.selectedId;
  const list = $("files");
  list.replaceChildren();
  const inputs = state.files.filter((f) => f.role === "input");
  for (const f of inputs) {
    const li = el("li", "chip");
    li.title = `${f.path} (${f.kind}, ${formatBytes(f.size)})`;
    li.append(el("span", "name", f.path), el("span", "size", formatBytes(f.size)));
    list.append(li);
  }
  list.hidden = inputs.length === 0;
  $("files-empty").hidden = inputs.length > 0;
  setHasFiles(inputs.length > 0);
}

function renderReceipts() {
  const panel = $("receipts-panel");
  const list = $("receipts");
  const progress = $("import-progress");
  panel.hidden = !state.receipts && !state.progress;
  progress.hidden = !state.progress;
  if (state.progress) {
    const { name, done, total } = state.progress;
    const pct = total > 0 ? Math.floor((done * 100) / total) : 100;
    progress.textContent = `Importing ${name}: ${pct}%`;
  }
  list.replaceChildren();
  if (!state.receipts) return;
  for (const o of state.receipts.outcomes) {
    const li = el("li", o.ok ? "receipt ok" : "receipt refused");
    li.append(el("span", "mark", o.ok ? "✓" : "✕"));
    const text = el("div", "text");
    const shown = o.path.split(/[\\/]/).pop() || o.path;
    if (o.ok) {
      const renamed = o.stored_as !== shown ? ` (stored as ${o.stored_as})` : "";
      text.append(el("strong", "", shown), el("span", "muted", ` ${formatBytes(o.bytes)} imported${renamed}`));
    } else {
      text.append(el("strong", "", shown), el("span", "reason", ` refused: ${o.error.message}`));
    }
    li.append(text);
    list.append(li);
  }
}

function renderOverlay() {
  $("drop-overlay").hidden = !state.hovering;
  const c = selected();
  const what = state.hovering === 1 ? "this file" : `these ${state.hovering} files`;
  $("drop-target").textContent = c ? `Drop ${what} into “${c.title}”` : `Drop ${what} to start a new conversation`;
}

function renderAll() {
  renderSidebar();
  renderHeader();
  renderFiles();
  renderReceipts();
  renderOverlay();
}

// ---- actions --------------------------------------------------------------------------------------------

async function loadFiles() {
  const id = state.selectedId;
  if (!id) {
    state.files = [];
    renderFiles();
    return;
  }
  const files = await guarded(() => desk.listFiles(id));
  if (state.selectedId !== id) return;
  state.files = files || [];
  renderFiles();
}

async function select(id) {
  state.selectedId = id;
  state.receipts = null;
  if (id) localStorage.setItem(LAST_KEY, id); else localStorage.removeItem(LAST_KEY);
  renderAll();
  await Promise.all([loadFiles(), showConversation(id, false), showArtifacts(id)]);
  setHasFiles(state.files.some((f) => f.role === "input"));
}

async function newConversation(title) {
  const c = await guarded(() => desk.newConversation(title));
  if (!c) return null;
  if (!state.conversations.some((x) => x.id === c.id)) state.conversations.unshift(c);
  await select(c.id);
  return c;
}

async function importDrop({ drop_id: dropId, names }) {
  let id = state.selectedId;
  if (!id) {
    const first = (names[0] || "").replace(/\.[^.]+$/, "");
    const c = await newConversation(first || undefined);
    if (!c) return;
    id = c.id;
  }
  const outcomes = await guarded(() => desk.importDrop(id, dropId));
  state.progress = null;
  if (outcomes && state.selectedId === id) state.receipts = { names, outcomes };
  renderReceipts();
}

// ---- wiring ---------------------------------------------------------------------------------------------

$("new-conversation").addEventListener("click", () => newConversation());

$("conversations").addEventListener("click", (e) => {
  const button = e.target.closest("button.conversation");
  if (button && button.dataset.id !== state.selectedId) select(button.dataset.id);
});

document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "n") {
    e.preventDefault();
    newConversation();
  }
});

// ---- provider settings (kept in this page's storage; API keys never are) -------------------------------

function renderProviderLine() {
  const p = provider();
  $("provider-line").textContent = `Answering: ${SHORT_NAMES[p.kind] || p.kind}${p.model ? ` · ${p.model}` : ""}`;
}

mountChat({
  provider,
  onTurnEnd: (id) => {
    if (id === state.selectedId) loadFiles();
    reloadArtifacts(id);
  },
  onArtifact: (id, ev) => artifactUpdate(id, ev),
  openSettings,
});
mountSettings(() => renderProviderLine());
renderProviderLine();
mountArtifacts();

async function start() {
  await Promise.all([
    on("conversations_changed", (list) => {
      state.conversations = list;
      renderSidebar();
      renderHeader();
    }),
    on("drag_hover", ({ active, count }) => {
      state.hovering = active ? Math.max(1, count) : 0;
      renderOverlay();
    }),
    on("files_dropped", (drop) => importDrop(drop)),
    on("files_changed", ({ conversation_id: id }) => {
      if (id === state.selectedId) loadFiles();
    }),
    on("import_progress", (p) => {
      if (p.conversation_id !== state.selectedId) return;
      state.progress = p.done >= p.total ? null : p;
      renderReceipts();
    }),
  ]).catch(showError);

  state.conversations = (await guarded(() => desk.listConversations())) || [];
  const last = localStorage.getItem(LAST_KEY);
  const initial = state.conversations.find((c) => c.id === last) || state.conversations[0] || null;
  await select(initial ? initial.id : null);
  // Tell the shell once the first frame with content has been painted (start-up timing).
  requestAnimationFrame(() => requestAnimationFrame(() => desk.uiReady().catch(() => {})));
}

start();
