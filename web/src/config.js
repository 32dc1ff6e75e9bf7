// The page's public configuration, rendered by {% orbis_head %} into <script id="orbis-config" type="application/json">.
const DEFAULTS = { privyAppId: '', testWallet: false, modelId: '', contextId: '', studioUrl: '', apiBase: '/api/orbis' };

export function readConfig(doc = document) {
  const node = doc.getElementById('orbis-config');
  let parsed = {};
  if (node) {
    try {
      parsed = JSON.parse(node.textContent || '{}') || {};
    } catch {
      parsed = {};
    }
  }
  return { ...DEFAULTS, ...parsed };
}
