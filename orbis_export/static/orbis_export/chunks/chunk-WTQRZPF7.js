import{g as t}from"./chunk-LCYPV6FL.js";function i(e){let[n]=Object.entries(t[e]).find((([o,r])=>r.symbol==="USDC"))??[];return n}export{i as a};
