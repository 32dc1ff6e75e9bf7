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
.orbis-panel .orbis-subtitle{margin:6px 0 0;font-weight:600}
.orbis-save[disabled]{cursor:not-allowed;opacity:.55}
.orbis-identity-pop{position:fixed;z-index:2000;left:16px;bottom:56px;width:380px;max-width:calc(100vw - 32px);box-sizing:border-box;padding:14px 16px;border-radius:var(--corner-radius-small,8px);border:1px solid var(--color-neutral-border,rgba(0,0,0,.12));background:var(--color-neutral-background,#fff);color:var(--color-neutral-content,#1f1f1f);box-shadow:0 8px 30px rgba(var(--color-neutral-shadow-raw,0 0 0)/.25);font-size:14px;line-height:1.45}
.orbis-identity-pop h3{margin:0 0 8px;font-size:16px;font-weight:600}
.orbis-identity-pop p{margin:0 0 6px}
.orbis-identity-pop .orbis-muted{color:var(--color-neutral-content-subtle,inherit);opacity:1}
.orbis-did-row{display:flex;align-items:center;gap:8px;margin:2px 0 6px;padding:4px 4px 4px 8px;border-radius:var(--corner-radius-smaller,4px);background:var(--color-neutral-surface,rgba(127,127,127,.08))}
.orbis-did-row .orbis-did{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-family:var(--font-mono,ui-monospace,monospace);font-size:12px}
.orbis-identity-pop .orbis-did-row button.orbis-copy{flex:none;margin:0;padding:2px 10px;font-size:12px}
.orbis-identity-pop button,.orbis-btn{margin:8px 8px 0 0;padding:6px 12px;border-radius:var(--corner-radius-smaller,6px);border:1px solid var(--color-neutral-border,rgba(0,0,0,.2));background:var(--color-neutral-background,#fff);color:var(--color-neutral-content,inherit);cursor:pointer;font:inherit}
.orbis-identity-pop button:hover{background:var(--color-neutral-surface-hover,rgba(127,127,127,.08))}
.orbis-identity-pop button.orbis-primary,.orbis-btn.orbis-primary{background:var(--color-primary-surface,#617ada);border-color:var(--color-primary-surface,#617ada);color:var(--color-primary-surface-content,#fff)}
.orbis-identity-pop button[disabled]{opacity:.55;cursor:wait}
.orbis-identity-pop .orbis-close{position:absolute;right:8px;top:4px;margin:0;border:0;background:none;font-size:18px;line-height:1;padding:4px 6px}
.orbis-identity-pop .orbis-error{color:var(--color-negative-content,#cf222e)}
.orbis-identity-pop .orbis-ok{color:var(--color-positive-content,#1a7f37)}
.orbis-waiting{margin:10px 0 4px;padding:8px 10px;border-radius:var(--corner-radius-smaller,6px);border:1px solid var(--color-warning-border,#bf8700);background:var(--color-warning-background,#fff8c5)}
.orbis-waiting strong{display:block;margin-bottom:2px}
.orbis-waiting p{margin:0}
.orbis-waiting ul{margin:4px 0 0;padding-left:18px}
.orbis-waiting a{color:var(--color-primary-content,inherit)}
.orbis-pill{display:inline-flex;align-items:center;gap:8px;align-self:center;box-sizing:border-box;height:32px;margin:0 12px 0 8px;padding:4px 12px;border-radius:24px;border:1px solid var(--color-neutral-border,rgba(127,127,127,.35));background:var(--color-neutral-background,#fff);color:var(--color-neutral-content,inherit);font-family:inherit;font-size:var(--font-size-16,1rem);line-height:24px;white-space:nowrap;cursor:pointer;transition:all .15s ease-out}
.orbis-pill:hover{background:var(--color-neutral-surface,rgba(127,127,127,.08));border-color:var(--color-neutral-border-bold,rgba(127,127,127,.5))}
.orbis-pill__dot{width:8px;height:8px;border-radius:50%;background:var(--color-warning-content,#bf8700);flex:none}
[data-orbis-identity-trigger][data-state=active] .orbis-pill__dot{background:var(--color-positive-content,#1a7f37)}
.orbis-pill__count{min-width:20px;height:20px;box-sizing:border-box;padding:0 6px;border-radius:10px;background:var(--color-warning-content,#bf8700);color:var(--color-neutral-background,#fff);font-size:12px;font-weight:600;line-height:20px;text-align:center}
.lsf-main-menu__item .orbis-pill__count{margin-left:8px}
.orbis-pill__count[hidden]{display:none}
.orbis-badge{position:fixed;z-index:1900;left:16px;bottom:16px;margin:0;box-shadow:0 2px 8px rgba(0,0,0,.12)}
.orbis-storage-progress{margin-top:8px;font-size:14px;color:var(--color-neutral-content-subtle,inherit)}
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
