import{qa as a,ra as o}from"./chunk-2XQHIWVM.js";var t=(e,s)=>a(e,s.ethereum.createOnLogin)||o(e,s.solana.createOnLogin);export{t as a};
