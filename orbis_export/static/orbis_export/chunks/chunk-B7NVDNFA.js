import{a as i}from"./chunk-Z6YLGG5W.js";import{b as o}from"./chunk-YARXQBTW.js";import{b as s}from"./chunk-XJB6VM4X.js";import{e as a}from"./chunk-XUAOF4VH.js";var r=a(s(),1);var h=({children:e,theme:t,className:l})=>(0,r.jsxs)(d,{$theme:t,className:l,children:[(0,r.jsx)(i,{width:"16px",height:"16px",color:"var(--privy-color-icon-error)",strokeWidth:2,style:{flexShrink:0}}),(0,r.jsx)(c,{$theme:t,children:e})]}),d=o.div`
  display: flex;
  gap: 0.5rem;
  background-color: var(--privy-color-error-bg);
  border: 1px solid var(--privy-color-border-error);
  align-items: flex-start;
  padding: 0.75rem;
  border-radius: 0.5rem;
  overflow: clip;
  width: 100%;
`,c=o.div`
  color: ${e=>e.$theme==="dark"?"var(--privy-color-foreground-2)":"var(--privy-color-foreground)"};
  font-size: 0.75rem;
  font-weight: 400;
  line-height: 1.125rem;
  flex: 1;
  text-align: left;
  font-feature-settings:
    'calt' 0,
    'kern' 0;
`;export{h as a};
