import{a as e}from"./chunk-GPSL6N5N.js";import{b as r}from"./chunk-YARXQBTW.js";var a=r.span`
  display: flex;
  flex-direction: column;
  gap: 0.35rem;
  width: 100%;
`,i=r.span`
  display: flex;
  width: 100%;
  justify-content: space-between;
  gap: 0.5rem;
`;var o=r.span`
  color: var(--privy-color-foreground-3);
  font-size: 0.875rem;
  font-weight: 400;
  line-height: 1.375rem; /* 157.143% */
`,p=r(o)`
  color: var(--privy-color-accent);
`,c=r.span`
  color: var(--privy-color-foreground);
  font-size: 0.875rem;
  font-weight: 500;
  line-height: 1.375rem; /* 157.143% */
  word-break: break-all;
  text-align: right;

  ${e}
`;export{a,i as b,o as c,p as d,c as e};
