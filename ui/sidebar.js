// The conversations sidebar: the list (most recent first, as Rust sends it), selection, inline rename
// (Enter saves, Esc cancels, an empty title is refused) and delete behind a confirmation dialog that
// names the conversation and says its files go too. Each item is an <li data-id="…"> holding a
// button.conversation (also data-id) and its rename/delete buttons. It owns #conversations and
// #confirm-delete; it reaches nothing else of the page (selection goes through hooks).

import { desk } from "./ipc.js";
import { $, el, button, openModal, arrowKeys, keepFocus } from "./dom.js";

const side = {
  list: [],
  selectedId: null,
  editing: null, // id being renamed
  pendingDelete: null, // conversation waiting for confirmation
  hooks: { onSelect: () => {}, onDeleted: () => {}, onError: () => {} },
};

function formatWhen(ms) {
  const d = new Date(ms);
  const today = new Date();
  return d.toDateString() === today.toDateString()
    ? d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : d.toLocaleDateString([], { month: "short", day: "numeric" });
}

function item(c) {
  const li = el("li", c.id === side.selectedId ? "conversation-item selected" : "conversation-item");
  li.dataset.id = c.id;
  if (side.editing === c.id) {
    const input = el("input", "rename-input");
    input.type = "text";
    input.value = c.title;
    input.maxLength = 200;
    input.setAttribute("aria-label", "New title (Enter saves, Esc cancels)");
    input.dataset.id = c.id;
    const hint = el("span", "rename-hint", "Enter saves · Esc cancels");
    li.append(input, hint);
    return li;
  }
  const open = button("conversation", undefined);
  open.dataset.id = c.id;
  if (c.id === side.selectedId) open.setAttribute("aria-current", "true");
  open.append(el("span", "title", c.title), el("span", "when", formatWhen(c.updated_at)));
  const actions = el("span", "conversation-actions");
  const rename = button("icon rename", "✎", `Rename “${c.title}”`);
  rename.dataset.action = "rename";
  const del = button("icon delete", undefined, `Delete “${c.title}”`);
  del.dataset.action = "delete";
  actions.append(rename, del);
  li.append(open, actions);
  return li;
}

// Which control of the list has focus, so a re-render puts it back: "<id> <action>", where a finished
// rename (the field is gone) counts as the conversation's own button.
function focusKey(node) {
  const li = node.closest && node.closest("li[data-id]");
  if (!li || !(node instanceof HTMLButtonElement || node instanceof HTMLInputElement)) return null;
  const action = node.dataset.action || "open";
  return `${li.dataset.id} ${action}`;
}

export function renderSidebar() {
  const list = $("conversations");
  const focusedEdit = document.activeElement && document.activeElement.classList.contains("rename-input");
  const kept = keepFocus(list, focusKey, () => list.replaceChildren(...side.list.map(item)));
  $("no-conversations").hidden = side.list.length > 0;
  if (side.editing) {
    const input = list.querySelector(".rename-input");
    if (input && !focusedEdit) {
      input.focus();
      input.select();
    } else if (input) input.focus();
  } else if (kept === false) {
    // The focused conversation is gone (deleted): the selected one, else the first, else "New".
    (list.querySelector("li.selected button.conversation") || list.querySelector("button.conversation") || $("new-conversation")).focus();
  }
}

export function setConversations(list) {
  side.list = list;
  if (side.editing && !list.some((c) => c.id === side.editing)) side.editing = null;
  if (!side.editing) renderSidebar();
}

export function setSelected(id) {
  side.selectedId = id;
  if (!side.editing) renderSidebar();
}

export function conversation(id) {
  return side.list.find((c) => c.id === id) || null;
}

export function conversations() {
  return side.list;
}

export function startRename(id) {
  if (!conversation(id)) return;
  side.editing = id;
  renderSidebar();
}

async function commitRename(input) {
  const id = input.dataset.id;
  const title = input.value.trim();
  const current = conversation(id);
  if (!title) {
    input.classList.add("invalid");
    input.setAttribute("aria-invalid", "true");
    input.placeholder = "A title cannot be empty";
    return;
  }
  side.editing = null;
  if (current && title !== current.title) {
    current.title = title; // shown at once; Rust's conversations_changed brings the stored list
    try {
      await desk.renameConversation(id, title);
    } catch (e) {
      side.hooks.onError(e);
    }
  }
  renderSidebar();
}

function cancelRename() {
  side.editing = null;
  renderSidebar();
}

function askDelete(id) {
  const c = conversation(id);
  if (!c) return;
  side.pendingDelete = c;
  $("confirm-delete-title").textContent = `Delete “${c.title}”?`;
  $("confirm-delete-text").textContent =
    "Its messages and its desk go with it: the files you imported into it and everything the analyst made (charts, reports). This cannot be undone. The originals you imported from elsewhere on this computer are not touched.";
  openModal($("confirm-delete"), {
    focus: $("confirm-delete-cancel"),
    fallback: () => $("conversations").querySelector("button.conversation") || $("new-conversation"),
  });
}

async function confirmDelete() {
  const c = side.pendingDelete;
  side.pendingDelete = null;
  $("confirm-delete").close();
  if (!c) return;
  try {
    await desk.deleteConversation(c.id);
    side.list = side.list.filter((x) => x.id !== c.id);
    renderSidebar();
    side.hooks.onDeleted(c.id);
  } catch (e) {
    side.hooks.onError(e);
  }
}

export function mountSidebar(hooks) {
  Object.assign(side.hooks, hooks);
  const list = $("conversations");
  list.addEventListener("click", (e) => {
    const action = e.target.closest("button[data-action]");
    const li = e.target.closest("li[data-id]");
    if (!li) return;
    if (action && action.dataset.action === "rename") startRename(li.dataset.id);
    else if (action && action.dataset.action === "delete") askDelete(li.dataset.id);
    else if (e.target.closest("button.conversation") && li.dataset.id !== side.selectedId) side.hooks.onSelect(li.dataset.id);
  });
  arrowKeys(list, "button.conversation");
  list.addEventListener("dblclick", (e) => {
    const open = e.target.closest("button.conversation");
    if (open) startRename(open.dataset.id);
  });
  list.addEventListener("keydown", (e) => {
    const input = e.target.closest(".rename-input");
    if (input) {
      if (e.key === "Enter") {
        e.preventDefault();
        commitRename(input);
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation(); // Esc here cancels the rename, not a running turn
        cancelRename();
      }
      return;
    }
    if (e.key === "F2") {
      const open = e.target.closest("button.conversation");
      if (open) startRename(open.dataset.id);
    } else if (e.key === "Delete") {
      const li = e.target.closest("li[data-id]");
      if (li) askDelete(li.dataset.id);
    }
  });
  list.addEventListener("input", (e) => {
    const input = e.target.closest(".rename-input");
    if (input && input.value.trim()) {
      input.classList.remove("invalid");
      input.removeAttribute("aria-invalid");
    }
  });
  // Leaving the field keeps a valid new title and drops an empty one.
  list.addEventListener("focusout", (e) => {
    const input = e.target.closest(".rename-input");
    if (!input || side.editing !== input.dataset.id) return;
    if (input.value.trim()) commitRename(input);
    else cancelRename();
  });
  $("confirm-delete-cancel").addEventListener("click", () => {
    side.pendingDelete = null;
    $("confirm-delete").close();
  });
  $("confirm-delete-ok").addEventListener("click", confirmDelete);
  $("confirm-delete").addEventListener("close", () => { side.pendingDelete = null; });
}
