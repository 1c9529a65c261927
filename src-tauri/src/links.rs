//! Where the app's webview may go, and links that leave the app.
//!
//! [`guard`] is a plugin whose navigation hook lets the webview load only the app's own page and the
//! desk files it shows in frames (the `desk` protocol); every other navigation (a remote page, a link in
//! a report, a `file:` URL, a frame that tries to leave) is refused, so nothing a model wrote can replace
//! the window or load a page that could reach the app's commands. A link that leaves the app is opened in
//! the OS browser by [`open_link`], which the page calls only after it showed the person where the link
//! goes (ui/links.js). Not here: what the page shows (the page) or how files are served (`artifacts`).

use crate::commands::CmdResult;
use crate::native::NativeBox;
use desk_core::error::ErrorBody;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Runtime, State, Url};

/// Whether the webview may load `url`: the app's page, or a file of a desk through the `desk` protocol.
pub fn allowed(url: &Url) -> bool {
    let app_page = matches!(url.path(), "" | "/" | "/index.html");
    // Custom protocols are `scheme://localhost/` on Linux and macOS, `http(s)://scheme.localhost/` on Windows.
    let (scheme, host) = (url.scheme(), url.host_str().unwrap_or_default());
    let is = |name: &str| {
        if cfg!(windows) {
            matches!(scheme, "http" | "https") && host == format!("{name}.localhost")
        } else {
            scheme == name && host == "localhost"
        }
    };
    (is("tauri") && app_page && url.query().is_none())
        || is(crate::artifacts::SCHEME)
        || (scheme == "about" && matches!(url.path(), "blank" | "srcdoc"))
}

/// The navigation guard (see the module comment).
pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|_webview, url| {
            let ok = allowed(url);
            if !ok {
                eprintln!("analyst-desk: refused to load {url} in the app window");
            }
            ok
        })
        .build()
}

/// Open an http(s) or mailto link in the OS browser (or mail program). Anything else is refused.
#[tauri::command(async)]
pub fn open_link<R: Runtime>(_app: AppHandle<R>, os: State<'_, NativeBox<R>>, url: String) -> CmdResult<()> {
    let parsed = Url::parse(url.trim())
        .map_err(|e| ErrorBody { code: "bad_link".into(), message: format!("{url:?} is not a link: {e}") })?;
    if !matches!(parsed.scheme(), "http" | "https" | "mailto") {
        return Err(ErrorBody {
            code: "link_refused".into(),
            message: format!("only http, https and mailto links open outside the app, not {}:", parsed.scheme()),
        });
    }
    os.0.open_url(parsed.as_str())
}
