// The page's wiring: which conversation is selected, and how the parts hear about it. Each part renders
// its own subtree: sidebar.js (conversations, rename, delete), imports.js (drops, the file dialog,
// sample data, receipts, progress), tables.js (table chips and profiles), chat.js (transcript and
// composer), artifacts.js (outputs panel), settings.js (provider dialog). This file owns the header
// (title, export, show folder), the error banner and the global keys (Ctrl+N). All text goes in with
// textContent.

import { desk, on } from "./ipc.js";
import { $, focusComposer } from "./dom.js";
import { mountChat, showConversation, setHasFiles, setSampleQuestions } from "./chat.js";
import { mountSettings, openSettings, provider, SHORT_NAMES } from "./settings.js";
import { mountArtifacts, showArtifacts, reloadArtifacts, artifactUpdate } from "./artifacts.js";
import { mountSidebar, setConversations, setSelected, conversation, conversations } from "./sidebar.js";
import { mountImports, showReceipts, openLaunchFiles, onSelectionChanged } from "./imports.js";
import { mountTables, loadTables, clearTables } from "./tables.js";
import { mountLinks } from "./links.js";

const LAST_KEY = "analyst-desk.selected";

const state = {
  selectedId: null,
  files: [],
};

function selected() {
  return state.selectedId ? conversation(state.selectedId) : null;
}

// ---- errors ---------------------------------------------------------------------------------------------

let errorTimer = null;
function showError(e) {
  const box = $("error");
  const hadFocus = box.contains(document.activeElement);
  $("error-text").textContent = e ? `${e.message} (${e.code})` : "";
  box.hidden = !e;
  if (!e && hadFocus) focusComposer(); // its Dismiss button had focus: the keyboard goes on from the composer
  clearTimeout(errorTimer);
  if (e) errorTimer = setTimeout(() => showError(null), 15000);
}

async function guarded(fn) {
  try {
    return await fn();
  } catch (e) {
    showError(e);
    return undefined;
  }
}

// A bug in the page shows as an error instead of a silent dead button.
window.addEventListener("error", (e) => showError({ code: "ui_error", message: String(e.message || e) }));
window.addEventListener("unhandledrejection", (e) => {
  const r = e.reason;
  showError(r && typeof r.code === "string" ? r : { code: "ui_error", message: String((r && r.message) || r) });
});

// ---- header ---------------------------------------------------------------------------------------------

function renderHeader() {
  const c = selected();
  $("desk-title").textContent = c ? c.title : "Analyst Desk";
  $("desk-subtitle").textContent = c
    ? `Started ${new Date(c.created_at).toLocaleString()}`
    : "Your offline data analyst. Everything is computed on this computer.";
  $("desk-actions").hidden = !c;
  $("tables-bar").hidden = !c;
}

function inputs() {
  return state.files.filter((f) => f.role === "input");
}

// ---- selection ------------------------------------------------------------------------------------------

async function loadFiles() {
  const id = state.selectedId;
  if (!id) {
    state.files = [];
    setHasFiles(false);
    return;
  }
  const files = await guarded(() => desk.listFiles(id));
  if (state.selectedId !== id) return;
  state.files = files || [];
  setHasFiles(inputs().length > 0);
}

// Files and tables after something changed in the desk (an import, a turn).
async function refreshDesk(id) {
  if (id !== state.selectedId) return;
  await loadFiles();
  if (id !== state.selectedId) return;
  await loadTables(id, inputs().map((f) => f.path));
}

async function select(id) {
  state.selectedId = id;
  state.files = [];
  if (id) localStorage.setItem(LAST_KEY, id); else localStorage.removeItem(LAST_KEY);
  setSelected(id);
  renderHeader();
  onSelectionChanged();
  clearTables();
  setSampleQuestions(id, []);
  await Promise.all([loadFiles(), showConversation(id), showArtifacts(id)]);
  if (state.selectedId === id && id) loadTables(id, inputs().map((f) => f.path));
}

async function newConversation(title) {
  const c = await guarded(() => desk.newConversation(title));
  if (!c) return null;
  if (!conversations().some((x) => x.id === c.id)) setConversations([c, ...conversations()]);
  await select(c.id);
  return c;
}

// ---- wiring ---------------------------------------------------------------------------------------------

$("new-conversation").addEventListener("click", () => newConversation());
$("error-close").addEventListener("click", () => showError(null));

document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "n") {
    e.preventDefault();
    newConversation();
  }
});

$("export-desk").addEventListener("click", async () => {
  const id = state.selectedId;
  if (!id) return;
  const done = await guarded(() => desk.exportDesk(id));
  if (done) {
    const skipped = (done.skipped || []).map((s) => ({ path: s.path, ok: false, error: { code: s.code, message: s.message } }));
    showReceipts([{ path: done.name, ok: true, stored_as: done.name, bytes: done.bytes }, ...skipped], null);
    $("receipts-heading").textContent = `Exported ${done.files} file${done.files === 1 ? "" : "s"} to ${done.path || done.name}`;
  }
});

$("reveal-desk").addEventListener("click", () => {
  if (state.selectedId) guarded(() => desk.revealFile(state.selectedId, ""));
});

function renderProviderLine() {
  const p = provider();
  $("provider-line").textContent = `Answering: ${SHORT_NAMES[p.kind] || p.kind}${p.model ? ` · ${p.model}` : ""}`;
}

mountLinks(showError);
mountSidebar({
  onSelect: (id) => select(id),
  onDeleted: (id) => {
    if (id === state.selectedId) {
      const next = conversations()[0];
      select(next ? next.id : null);
    }
  },
  onError: showError,
});
mountChat({
  provider,
  onTurnEnd: (id) => {
    refreshDesk(id);
    reloadArtifacts(id);
  },
  onArtifact: (id, ev) => artifactUpdate(id, ev),
  openSettings,
  onError: showError,
});
mountTables({
  onQuestions: (id, questions) => setSampleQuestions(id, questions),
  onTables: (id, tables, error) => {
    if (error) showError(error);
  },
});
mountSettings(() => renderProviderLine());
renderProviderLine();
mountArtifacts({ onError: showError });

async function start() {
  await Promise.all([
    on("conversations_changed", (list) => {
      setConversations(list);
      renderHeader();
    }),
    on("files_changed", ({ conversation_id: id }) => {
      if (id === state.selectedId) loadFiles();
    }),
    mountImports({
      selectedId: () => state.selectedId,
      selectedTitle: () => (selected() ? selected().title : null),
      titleOf: (id) => (conversation(id) ? conversation(id).title : null),
      ensureConversation: async (title) => state.selectedId || (await newConversation(title))?.id || null,
      afterImport: (id) => refreshDesk(id),
      onError: showError,
    }),
  ]).catch(showError);

  setConversations((await guarded(() => desk.listConversations())) || []);
  // Files named when the app was started open in a new conversation of their own; so do files handed
  // over later by a second start (a CSV double-clicked while the window is open).
  const showOpened = async (opened) => {
    setConversations((await guarded(() => desk.listConversations())) || [opened.conversation]);
    await select(opened.conversation.id);
    showReceipts(opened.outcomes, opened.conversation.title);
  };
  await on("launch_files", async () => {
    const later = await openLaunchFiles();
    if (later) await showOpened(later);
  }).catch(showError);
  const opened = await openLaunchFiles();
  if (opened) {
    await showOpened(opened);
  } else {
    const last = localStorage.getItem(LAST_KEY);
    const list = conversations();
    const initial = list.find((c) => c.id === last) || list[0] || null;
    await select(initial ? initial.id : null);
  }
  // Tell the shell once the first frame with content has been painted (start-up timing).
  requestAnimationFrame(() => requestAnimationFrame(() => desk.uiReady().catch(() => {})));
}

start();
