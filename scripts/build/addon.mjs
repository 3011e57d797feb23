// Builds the Apps Script side (dist/Code.js, dist/sidebar.html, dist/appsscript.json). Filled in by the add-on work.
export async function buildAddon() {}
