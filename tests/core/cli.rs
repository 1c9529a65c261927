//! The `desk` CLI in fresh processes: restart survival, JSON shapes, exit codes, export.

use crate::support::{desk, json_lines, stdout, test_data};
use std::io::Read;

#[test]
fn history_survives_a_restart_through_the_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let out = desk(data, &["new", "--title", "Weather"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let id = stdout(&out).trim().to_string();
    assert_eq!(id.len(), 32);
    let weather = test_data().join("vega/seattle-weather.csv");
    let out = desk(data, &["import", &id, weather.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[0]["stored_as"], "seattle-weather.csv");
    assert_eq!(lines[0]["bytes"], std::fs::metadata(&weather).unwrap().len());

    let list = json_lines(&desk(data, &["list", "--json"]));
    assert_eq!(list[0][0]["id"], id.as_str());
    assert_eq!(list[0][0]["title"], "Weather");
    let files = json_lines(&desk(data, &["files", &id, "--json"]));
    assert_eq!(
        files[0],
        serde_json::json!([{"path":"seattle-weather.csv","kind":"csv","size": lines[0]["bytes"], "role":"input"}])
    );
    let hist = json_lines(&desk(data, &["history", &id, "--json"]));
    assert_eq!(hist[0]["inputs"][0]["name"], "seattle-weather.csv");
    let text = stdout(&desk(data, &["list"]));
    assert!(text.contains("Weather") && text.contains(&id), "human list shows id and title: {text}");
}

#[test]
fn exit_codes_and_json_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let id = stdout(&desk(data, &["new"])).trim().to_string();

    // Some input refused: exit 1, and the JSON line says why.
    let out = desk(data, &["import", &id, "/dev/null", test_data().join("README.md").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["ok"], false);
    assert_eq!(lines[0]["error"]["code"], "source_device");
    assert_eq!(lines[1]["ok"], true, "the good file is kept");

    // A malformed id is refused input: exit 1 with {code, message}.
    let out = desk(data, &["files", "../etc", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let e = &json_lines(&out)[0];
    assert_eq!(e["code"], "invalid_id");
    assert!(e["message"].as_str().unwrap().contains("../etc"));

    // Usage errors: exit 2, JSON under --json.
    let out = desk(data, &["frobnicate", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json_lines(&out)[0]["code"], "usage");
    let out = desk(data, &["import"]);
    assert_eq!(out.status.code(), Some(2));

    // Delete, then the id is unknown.
    assert_eq!(desk(data, &["delete", &id]).status.code(), Some(0));
    let out = desk(data, &["files", &id, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_lines(&out)[0]["code"], "conversation_not_found");
}

#[test]
fn export_zips_visible_files_and_skips_links_and_hidden_entries() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let id = stdout(&desk(&data, &["new"])).trim().to_string();
    let src = test_data().join("csv-spectrum/csvs/utf8.csv");
    assert_eq!(desk(&data, &["import", &id, src.to_str().unwrap()]).status.code(), Some(0));
    let deskdir = data.join("desks").join(&id);
    std::fs::create_dir_all(deskdir.join("charts")).unwrap();
    std::fs::write(deskdir.join("charts/a.png"), b"png").unwrap();
    std::fs::write(deskdir.join("report.md"), b"# r").unwrap();
    std::fs::write(tmp.path().join("secret.txt"), b"secret").unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.txt"), deskdir.join("leak.txt")).unwrap();
    std::os::unix::fs::symlink(tmp.path(), deskdir.join("leakdir")).unwrap();

    let zip_path = tmp.path().join("out.zip");
    let out = desk(&data, &["export", &id, zip_path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = &json_lines(&out)[0];
    assert_eq!(summary["files"], 3);
    assert_eq!(summary["skipped_symlinks"], 2);
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let mut names: Vec<String> = (0..z.len()).map(|i| z.by_index(i).unwrap().name().to_string()).collect();
    names.sort();
    assert_eq!(names, ["charts/a.png", "report.md", "utf8.csv"]);
    let mut body = Vec::new();
    z.by_name("utf8.csv").unwrap().read_to_end(&mut body).unwrap();
    assert_eq!(body, std::fs::read(&src).unwrap(), "exported bytes are the imported bytes");
    let parts: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(parts.is_empty(), "no temp file is left beside the zip");

    // Exporting into the desk itself is refused.
    let inside = deskdir.join("me.zip");
    let out = desk(&data, &["export", &id, inside.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_lines(&out)[0]["code"], "export_inside_desk");
    assert!(!inside.exists());
}
