// Tiny DOM helpers and our styles (scoped under .orbis-*; Label Studio's CSP allows inline styles).

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const CSS = `
.orbis-panel{margin:12px 0 0;padding:12px 14px;border:1px solid rgba(0,0,0,.12);border-radius:8px;font-size:13px;line-height:1.45;background:rgba(127,127,127,.04)}
.orbis-panel p{margin:0 0 6px}
.orbis-panel .orbis-title{font-weight:600}
.orbis-panel[data-tone=ok] .orbis-title{color:#1a7f37}
.orbis-panel[data-tone=warn] .orbis-title{color:#9a6700}
.orbis-panel[data-tone=error] .orbis-title{color:#cf222e}
.orbis-muted{opacity:.75}
.orbis-bar{height:6px;border-radius:3px;background:rgba(127,127,127,.2);overflow:hidden;margin:6px 0}
.orbis-bar>span{display:block;height:100%;width:0;background:#617ada;transition:width .3s}
.orbis-links a{margin-right:14px}
.orbis-errors{margin:4px 0 0;padding-left:18px}
.orbis-save[disabled]{cursor:not-allowed;opacity:.55}
.orbis-identity-pop{position:fixed;z-index:2000;left:16px;bottom:56px;width:360px;max-width:calc(100vw - 32px);padding:14px 16px;border-radius:10px;background:#fff;color:#1f1f1f;box-shadow:0 8px 30px rgba(0,0,0,.2);font-size:13px;line-height:1.45}
.orbis-identity-pop h3{margin:0 0 8px;font-size:15px}
.orbis-identity-pop .orbis-did{font-family:monospace;font-size:11px;word-break:break-all}
.orbis-identity-pop button,.orbis-btn{margin:8px 8px 0 0;padding:6px 12px;border-radius:6px;border:1px solid rgba(0,0,0,.2);background:#fff;cursor:pointer;font:inherit}
.orbis-identity-pop button.orbis-primary,.orbis-btn.orbis-primary{background:#617ada;border-color:#617ada;color:#fff}
.orbis-identity-pop button[disabled]{opacity:.55;cursor:wait}
.orbis-identity-pop .orbis-close{position:absolute;right:8px;top:4px;margin:0;border:0;background:none;font-size:18px}
.orbis-identity-pop .orbis-error{color:#cf222e}
.orbis-identity-pop .orbis-ok{color:#1a7f37}
.orbis-badge{position:fixed;z-index:1900;left:16px;bottom:16px;padding:6px 12px;border-radius:16px;border:1px solid rgba(0,0,0,.15);background:#fff;color:#1f1f1f;font-size:12px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.12)}
.orbis-badge[data-state=active]::before{content:"";display:inline-block;width:8px;height:8px;border-radius:50%;background:#1a7f37;margin-right:6px}
.orbis-badge[data-state=renew]::before,.orbis-badge[data-state=disconnected]::before,.orbis-badge[data-state=none]::before{content:"";display:inline-block;width:8px;height:8px;border-radius:50%;background:#bf8700;margin-right:6px}
.orbis-login-privy{margin-top:16px;text-align:center;font-size:13px}
.orbis-login-privy button{width:100%;padding:10px;border-radius:6px;border:1px solid rgba(0,0,0,.2);background:#fff;cursor:pointer;font:inherit}
.orbis-login-privy p{margin:8px 0 0;text-align:left}
`;

export function injectStyles(doc = document) {
  if (doc.getElementById('orbis-styles')) return;
  const style = doc.createElement('style');
  style.id = 'orbis-styles';
  style.textContent = CSS;
  doc.head.appendChild(style);
}
