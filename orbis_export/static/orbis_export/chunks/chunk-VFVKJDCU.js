var a=2n**256n-1n,i=({amount:m,decimals:t})=>m===a?"Maximum":Intl.NumberFormat(void 0,{maximumFractionDigits:t}).format(Number(m)/10**t);export{i as a};
