// Placeholder entry point until the web/ build replaces it: reads the page's public config only.
const node = document.getElementById("orbis-config");
window.orbis = Object.freeze({ config: node ? JSON.parse(node.textContent) : {} });
