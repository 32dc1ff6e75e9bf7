import{a as t}from"./chunk-DVFY4EXC.js";import{b as o}from"./chunk-YARXQBTW.js";import{b as s}from"./chunk-XJB6VM4X.js";import{e as a}from"./chunk-XUAOF4VH.js";var r=a(s(),1);var c=({children:e,theme:i,className:l})=>(0,r.jsxs)(d,{$theme:i,className:l,children:[(0,r.jsx)(t,{width:"16px",height:"16px",color:"var(--privy-color-foreground-2)",strokeWidth:2,style:{flexShrink:0}}),(0,r.jsx)(n,{$theme:i,children:e})]}),d=o.div`
  display: flex;
  gap: 0.5rem;
  background-color: var(--privy-color-info-bg);
  border: 1px solid var(--privy-color-border-info);
  align-items: flex-start;
  padding: 0.75rem;
  border-radius: 0.5rem;
  overflow: clip;
  width: 100%;
`,n=o.div`
  color: ${e=>e.$theme==="dark"?"var(--privy-color-foreground-2)":"var(--privy-color-foreground)"};
  flex: 1;
  text-align: left;

  font-size: 0.75rem;
  font-weight: 400;
  line-height: 1.125rem;
  font-feature-settings:
    'calt' 0,
    'kern' 0;
`;export{c as a};
