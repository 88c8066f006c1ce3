// Two frames after the page is up it has been painted: the same mark Pathfinder's UI sends.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("painted")));
