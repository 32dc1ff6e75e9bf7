import{a as t}from"./chunk-6HIYBCLJ.js";import{b as o}from"./chunk-YARXQBTW.js";import{b as n}from"./chunk-XJB6VM4X.js";import{e as a}from"./chunk-XUAOF4VH.js";var r=a(n(),1);var h=({children:e,theme:i,className:l})=>(0,r.jsxs)(s,{$theme:i,className:l,children:[(0,r.jsx)(t,{width:"16px",height:"16px",color:"var(--privy-color-icon-warning)",strokeWidth:2,style:{flexShrink:0}}),(0,r.jsx)(d,{$theme:i,children:e})]}),s=o.div`
  display: flex;
  gap: 0.5rem;
  background-color: var(--privy-color-warn-bg);
  border: 1px solid var(--privy-color-border-warning);
  align-items: flex-start;
  padding: 0.75rem;
  border-radius: 0.5rem;
  overflow: clip;
  width: 100%;
`,d=o.div`
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
