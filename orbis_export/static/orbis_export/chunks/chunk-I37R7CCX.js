function r(e){return e.charAt(0).toUpperCase()+e.slice(1)}export{r as a};
