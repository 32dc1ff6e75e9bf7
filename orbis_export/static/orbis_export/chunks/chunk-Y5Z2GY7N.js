import{b as i}from"./chunk-YARXQBTW.js";var r=i.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  justify-content: flex-end;
  margin-top: auto;
  gap: 16px;
  flex-grow: 100;
`,e=i.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  flex-grow: 1;
  width: 100%;
`,n=i.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  width: 100%;
`,a=i(e)`
  padding: 20px 0;
`,d=i(e)`
  gap: 16px;
`,l=i.div`
  display: flex;
  flex-direction: column;
  width: 100%;
`,s=i.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
`;i.div`
  display: flex;
  flex-direction: column;
  justify-content: space-between;
  height: 100%;
`;var c=i.div`
  display: flex;
  flex-direction: column;
  justify-content: flex-start;
  align-items: flex-start;
  text-align: left;
  gap: 8px;
  padding: 16px;
  margin-top: 16px;
  margin-bottom: 16px;
  width: 100%;
  background: var(--privy-color-background-2);
  border-radius: var(--privy-border-radius-md);
  && h4 {
    color: var(--privy-color-foreground-3);
    font-size: 14px;
    text-decoration: underline;
    font-weight: 500;
  }
  && p {
    color: var(--privy-color-foreground-3);
    font-size: 14px;
  }
`,p=i.div`
  height: 16px;
`,x=i.div`
  height: 12px;
`;i.div`
  position: relative;
`;var f=i.div`
  height: ${t=>t.height??"12"}px;
`;i.div`
  background-color: var(--privy-color-accent);
  display: flex;
  justify-content: center;
  align-items: center;
  border-radius: 50%;
  border-color: white;
  border-width: 2px !important;
`;export{r as a,e as b,n as c,a as d,d as e,l as f,s as g,c as h,p as i,x as j,f as k};
