//! A bare Tauri window: one page that says it has been painted, exactly as Pathfinder's UI does.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[tauri::command]
fn painted() {
    if std::env::var_os("PATHFINDER_PAINT_MARK").is_some() {
        println!("pathfinder-painted");
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!())
        .expect("the bare window failed to start");
}
