// Links in what the analyst wrote (chat replies, reports) never replace this window. A click on any link
// in the page is taken here: a link that leaves the app (http, https, mailto) is shown with where it goes
// and opens in the OS browser only if the person says so; any other link (a relative path in a report)
// does nothing. The shell refuses every navigation away from the app's own pages as well (a second wall).

import { desk } from "./ipc.js";
import { el, button } from "./dom.js";

let dialog = null;
let onError = () => {};

function confirmDialog() {
  if (dialog) return dialog;
  dialog = el("dialog", "sheet confirm");
  dialog.id = "confirm-link";
  dialog.setAttribute("aria-labelledby", "confirm-link-title");
  const title = el("h2", null, "Open this link in your browser?");
  title.id = "confirm-link-title";
  const text = el("p", null, "It leads outside Analyst Desk, to:");
  const where = el("p", "link-target");
  where.id = "confirm-link-url";
  const actions = el("div", "sheet-actions");
  const cancel = button("secondary", "Cancel");
  cancel.id = "confirm-link-cancel";
  const open = button("primary", "Open in browser");
  open.id = "confirm-link-open";
  actions.append(cancel, open);
  dialog.append(title, text, where, actions);
  cancel.addEventListener("click", () => dialog.close());
  open.addEventListener("click", () => {
    const url = dialog.dataset.url;
    dialog.close();
    desk.openLink(url).catch(onError);
  });
  document.body.append(dialog);
  return dialog;
}

function leavesTheApp(href) {
  return /^(https?|mailto):/i.test(href.trim());
}

export function mountLinks(showError) {
  onError = showError;
  document.addEventListener(
    "click",
    (e) => {
      const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!a) return;
      const href = a.getAttribute("href") || "";
      if (href.startsWith("#")) return; // an anchor in the page
      e.preventDefault();
      if (!leavesTheApp(href)) return;
      const d = confirmDialog();
      d.dataset.url = a.href;
      d.querySelector("#confirm-link-url").textContent = a.href;
      d.showModal();
    },
    true,
  );
}
