// The artifacts panel: the analyst's files in the selected conversation (kind icon, name, size; newest
// selected), kept current from the turn's artifact_update events and from Rust's listing, and a preview:
// images and HTML load from the shell's `desk:` protocol (HTML only in a sandboxed iframe without
// allow-same-origin), markdown is Rust-sanitised HTML, CSV a table of the first rows, text clamped.
// The panel appears with the first artifact. Each list item is <li data-name="<relative path>"> with a
// button.artifact; the preview (#artifact-preview) has "Open" (OS viewer, images/CSV/markdown/text) and
// "Show in folder" buttons, both resolved and confined in Rust from the conversation id and the relative
// path. Clicking an image shows it full size in #image-viewer.

import { desk, deskUrl } from "./ipc.js";
import { $, el, button, formatBytes, openModal, arrowKeys, keepFocus } from "./dom.js";

const OPENABLE = new Set(["image", "csv", "markdown", "text"]);
let onError = () => {};

const ICONS = { image: "▣", markdown: "¶", csv: "▦", html: "⟨⟩", text: "≡", file: "□" };

const panel = {
  conversationId: null,
  items: [], // { path, kind, size, modified_ms }
  selected: null,
  generation: 0,
};


// Point relative <img> sources of Rust-rendered markdown at the desk (relative to the markdown's folder).
export function fixImages(node, conversationId, baseDir = "") {
  for (const img of node.querySelectorAll("img")) {
    const src = img.getAttribute("src") || "";
    if (!src || src.startsWith("data:") || /^[a-z][a-z0-9+.-]*:/i.test(src)) continue;
    const parts = [];
    for (const part of `${baseDir}${src}`.split("/")) {
      if (part === "..") parts.pop();
      else if (part && part !== ".") parts.push(part);
    }
    img.src = deskUrl(conversationId, parts.join("/"), Date.now());
  }
}

// What a screen reader says for an image: the alt text Rust built from the report that shows it (its
// title and key numbers), else what it is and its name.
function altOf(a) {
  return a.alt || `Image ${a.path} (no report describes it yet)`;
}

function renderList() {
  const list = $("artifact-list");
  $("artifacts").hidden = panel.items.length === 0;
  keepFocus(list, (n) => (n.matches && n.matches("button.artifact") ? n.dataset.path : null), () => fillList(list));
}

function fillList(list) {
  list.replaceChildren();
  for (const a of panel.items) {
    const li = el("li");
    li.dataset.name = a.path;
    const item = button(a.path === panel.selected ? "artifact selected" : "artifact");
    item.dataset.path = a.path;
    item.title = a.path;
    if (a.path === panel.selected) item.setAttribute("aria-current", "true");
    const icon = el("span", `artifact-icon kind-${a.kind}`, ICONS[a.kind] || ICONS.file);
    icon.setAttribute("aria-hidden", "true");
    item.append(icon, el("span", "artifact-name", a.path), el("span", "artifact-size", formatBytes(a.size)));
    li.append(item);
    list.append(li);
  }
}

async function renderPreview() {
  const box = $("artifact-preview");
  const id = panel.conversationId;
  const a = panel.items.find((x) => x.path === panel.selected);
  const gen = ++panel.generation;
  // A re-render (a newer version of the file) keeps focus on the same control of the preview.
  const focused = box.contains(document.activeElement) ? document.activeElement.id : "";
  box.replaceChildren();
  if (!a || !id) return;
  const head = el("div", "preview-head");
  const name = el("div", "preview-title");
  name.append(el("strong", "preview-name", a.path), el("span", "muted small", ` ${formatBytes(a.size)}`));
  const actions = el("div", "preview-actions");
  if (OPENABLE.has(a.kind)) {
    const open = button("secondary small-button", "Open", `Open ${a.path} in the system's viewer`);
    open.id = "artifact-open";
    open.addEventListener("click", () => desk.openFile(id, a.path).catch(onError));
    actions.append(open);
  }
  const reveal = button("secondary small-button", "Show in folder", `Show ${a.path} in the file manager`);
  reveal.id = "artifact-reveal";
  reveal.addEventListener("click", () => desk.revealFile(id, a.path).catch(onError));
  actions.append(reveal);
  head.append(name, actions);
  box.append(head);
  const refocus = () => focused && $(focused) && $(focused).focus();
  const url = deskUrl(id, a.path, a.modified_ms);
  if (a.kind === "image") {
    // A button around the picture, so the keyboard can open it full size too; its name is the alt text.
    const zoom = button("preview-zoom");
    zoom.id = "artifact-zoom";
    zoom.title = "See it full size";
    const img = el("img", "preview-image");
    img.alt = altOf(a);
    img.src = url;
    zoom.append(img);
    zoom.addEventListener("click", () => showFullSize(id, a, url));
    box.append(zoom);
    refocus();
    return;
  }
  if (a.kind === "html") {
    const frame = el("iframe", "preview-html");
    frame.setAttribute("sandbox", "allow-scripts"); // never allow-same-origin: no route to the app's IPC
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.title = `HTML preview of ${a.path}`;
    frame.src = url;
    box.append(frame);
    refocus();
    return;
  }
  refocus();
  if (a.kind === "file") {
    box.append(el("p", "muted", "No preview for this kind of file."));
    return;
  }
  let preview;
  try {
    preview = await desk.previewArtifact(id, a.path);
  } catch (e) {
    if (gen !== panel.generation) return;
    box.append(el("p", "preview-error", `${e.message} (${e.code})`));
    return;
  }
  if (gen !== panel.generation) return;
  if (preview.kind === "markdown") {
    const doc = el("div", "markdown preview-markdown");
    doc.innerHTML = preview.html; // sanitised in Rust (desk_core::tools::markdown_to_html)
    const slash = a.path.lastIndexOf("/");
    fixImages(doc, id, slash >= 0 ? a.path.slice(0, slash + 1) : "");
    box.append(doc);
  } else if (preview.kind === "csv") {
    const wrap = el("div", "preview-table");
    scrollable(wrap, `Rows of ${a.path}`);
    const table = el("table");
    const thead = el("thead");
    const tr = el("tr");
    for (const h of preview.headers) tr.append(el("th", "", h));
    thead.append(tr);
    const tbody = el("tbody");
    for (const row of preview.rows) {
      const r = el("tr");
      for (const cell of row) r.append(el("td", "", cell));
      tbody.append(r);
    }
    table.append(thead, tbody);
    wrap.append(table);
    box.append(wrap);
    if (preview.truncated) box.append(el("p", "muted small", "Showing the first 200 rows."));
  } else {
    const pre = el("pre", "preview-text", preview.text);
    scrollable(pre, `Text of ${a.path}`);
    box.append(pre);
    if (preview.truncated) box.append(el("p", "muted small", "Showing the start of the file."));
  }
}

// A region that may scroll takes focus, so the keyboard can scroll it (arrows, Page Up/Down).
function scrollable(node, label) {
  node.tabIndex = 0;
  node.setAttribute("role", "region");
  node.setAttribute("aria-label", label);
}

// The full-size view of an image (natural size, scrolls when larger than the window). Esc or Close
// gives focus back to the preview it came from.
function showFullSize(id, a, url) {
  const dialog = $("image-viewer");
  $("image-viewer-name").textContent = a.path;
  const img = $("image-viewer-img");
  img.alt = altOf(a);
  img.src = url;
  $("image-viewer-open").onclick = () => desk.openFile(id, a.path).catch(onError);
  openModal(dialog, { focus: $("image-viewer-close"), fallback: () => $("artifact-list").querySelector("button.artifact.selected") });
}

function select(path) {
  panel.selected = path;
  renderList();
  renderPreview();
}

export async function showArtifacts(conversationId) {
  panel.conversationId = conversationId;
  panel.items = [];
  panel.selected = null;
  renderList();
  renderPreview();
  await reloadArtifacts(conversationId, true);
}

// Re-read the list from Rust (real sizes and modification times); keep the selection if it still exists.
export async function reloadArtifacts(conversationId, selectNewest = false) {
  if (!conversationId || conversationId !== panel.conversationId) return;
  let items;
  try {
    items = await desk.artifacts(conversationId);
  } catch {
    return;
  }
  if (conversationId !== panel.conversationId) return;
  const before = panel.items.find((x) => x.path === panel.selected);
  panel.items = items;
  const still = items.find((x) => x.path === panel.selected);
  if (selectNewest || !still) panel.selected = items.length ? items[0].path : null;
  renderList();
  const after = items.find((x) => x.path === panel.selected);
  const changed = !before || !after || before.path !== after.path || before.modified_ms !== after.modified_ms || before.alt !== after.alt;
  if (changed || selectNewest) renderPreview();
}

// A turn's artifact_update event: added or modified files go to the top and are selected; the preview
// reloads with a fresh version so an overwritten file shows its new content.
export function artifactUpdate(conversationId, ev) {
  if (conversationId !== panel.conversationId) return;
  panel.items = panel.items.filter((x) => x.path !== ev.path);
  if (ev.change === "removed") {
    if (panel.selected === ev.path) panel.selected = panel.items.length ? panel.items[0].path : null;
  } else {
    panel.items.unshift({ path: ev.path, kind: ev.kind, size: ev.size, modified_ms: Date.now() });
    panel.selected = ev.path;
  }
  renderList();
  renderPreview();
}

export function mountArtifacts(hooks = {}) {
  if (hooks.onError) onError = hooks.onError;
  $("image-viewer-close").addEventListener("click", () => $("image-viewer").close());
  $("image-viewer").addEventListener("click", (e) => {
    if (e.target === $("image-viewer") || e.target.closest(".viewer-body")) $("image-viewer").close();
  });
  arrowKeys($("artifact-list"), "button.artifact");
  $("artifact-list").addEventListener("click", (e) => {
    const button = e.target.closest("button.artifact");
    if (button) select(button.dataset.path);
  });
}
