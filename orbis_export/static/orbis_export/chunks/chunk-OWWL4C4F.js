import{b as e}from"./chunk-YARXQBTW.js";var r=e.span`
  color: var(--privy-color-foreground);
  font-size: 1.125rem;
  font-weight: 600;
  line-height: 1.875rem; /* 166.667% */
  text-align: center;
`;export{r as a};
