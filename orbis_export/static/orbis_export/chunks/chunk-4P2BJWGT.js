import{b as e}from"./chunk-YARXQBTW.js";var r=e.span`
  text-align: left;
  font-size: 0.75rem;
  font-weight: 500;
  line-height: 1.125rem; /* 150% */

  color: var(--privy-color-error);
`;export{r as a};
