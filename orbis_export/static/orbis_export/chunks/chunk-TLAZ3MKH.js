import{b as o}from"./chunk-YARXQBTW.js";var e=o.span`
  color: var(--privy-color-foreground-3);
  font-size: 0.75rem;
  font-weight: 500;
  line-height: 1.125rem; /* 150% */
`;export{e as a};
