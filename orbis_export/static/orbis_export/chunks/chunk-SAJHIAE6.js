import{a as v}from"./chunk-J3NMQE7T.js";import{j as g,l as h}from"./chunk-PLJQ57BN.js";import{b as n,e as p}from"./chunk-YARXQBTW.js";import{a as z,b as S}from"./chunk-XJB6VM4X.js";import{e as s}from"./chunk-XUAOF4VH.js";var r=s(S(),1),t=s(z(),1);var j=n.div`
  /* spacing tokens */
  --screen-space: 16px; /* base 1x = 16 */
  --screen-space-lg: calc(var(--screen-space) * 1.5); /* 24px */

  position: relative;
  overflow: hidden;
  margin: 0 calc(-1 * var(--screen-space)); /* extends over modal padding */
  height: 100%;
  border-radius: var(--privy-border-radius-lg);
`,B=n.div`
  display: flex;
  flex-direction: column;
  gap: calc(var(--screen-space) * 1.5);
  width: 100%;
  background: var(--privy-color-background);
  padding: 0 var(--screen-space-lg) var(--screen-space);
  height: 100%;
  border-radius: var(--privy-border-radius-lg);
`,C=n.div`
  position: relative;
  display: flex;
  flex-direction: column;
`,I=n(g)`
  margin: 0 -8px;
`,F=n.div`
  flex: 1 1 auto;
  display: flex;
  flex-direction: column;

  /* Enable scrolling */
  overflow-y: auto;

  /* Hide scrollbar but keep functionality when scrollable */
  /* Add padding for focus outline space, offset with negative margin */
  padding: 3px;
  margin: -3px;

  &::-webkit-scrollbar {
    display: none;
  }
  scrollbar-gutter: stable both-edges;
  scrollbar-width: none;
  -ms-overflow-style: none;

  /* Gradient effect for scroll indication */
  ${({$colorScheme:e})=>e==="light"?"background: linear-gradient(var(--privy-color-background), var(--privy-color-background) 70%) bottom, linear-gradient(rgba(0, 0, 0, 0) 20%, rgba(0, 0, 0, 0.06)) bottom;":e==="dark"?"background: linear-gradient(var(--privy-color-background), var(--privy-color-background) 70%) bottom, linear-gradient(rgba(255, 255, 255, 0) 20%, rgba(255, 255, 255, 0.06)) bottom;":void 0}

  background-repeat: no-repeat;
  background-size:
    100% 32px,
    100% 16px;
  background-attachment: local, scroll;
`,V=n.div`
  display: flex;
  flex-direction: column;
  gap: var(--screen-space-lg);
  margin-top: 1.5rem;
`,H=n.div`
  text-align: center;
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--screen-space);
`,R=n.div`
  display: flex;
  flex-direction: column;
  gap: 4px;
`,T=n.h3`
  && {
    font-size: 20px;
    line-height: 32px;
    font-weight: 500;
    color: var(--privy-color-foreground);
    margin: 0;
  }
`,A=n.p`
  && {
    margin: 0;
    font-size: 16px;
    font-weight: 300;
    line-height: 24px;
    color: var(--privy-color-foreground);
  }
`,u=n.div`
  background: ${({$variant:e})=>{switch(e){case"success":return"var(--privy-color-success-bg)";case"warning":return"var(--privy-color-warn)";case"error":return"var(--privy-color-error-bg)";case"loading":case"logo":return"transparent";default:return"var(--privy-color-background-2)"}}};

  border-radius: 50%;
  width: 64px;
  height: 64px;
  display: flex;
  align-items: center;
  justify-content: center;
`,M=n.div`
  display: flex;
  align-items: center;
  justify-content: center;

  img,
  svg {
    max-height: 90px;
    max-width: 180px;
  }
`,N=n.div`
  display: flex;
  flex-direction: column;
  justify-content: center;
  align-items: center;
  width: 100%;
  height: 82px;

  > div {
    position: relative;
  }

  > div > :first-child {
    position: relative;
  }

  > div > :last-child {
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
  }
`,o=({children:e,...i})=>(0,r.jsx)(j,{children:(0,r.jsx)(B,{...i,children:e})}),W=n.div`
  position: absolute;
  top: 0;
  left: calc(-1 * var(--screen-space-lg));
  width: calc(100% + calc(var(--screen-space-lg) * 2));
  height: 4px;
  background: var(--privy-color-background-2);
  border-top-left-radius: inherit;
  border-top-right-radius: inherit;
  overflow: hidden;
`,G=n(h)`
  padding: 0;
  && a {
    padding: 0;
    color: var(--privy-color-foreground-3);
  }
`,L=n.div`
  height: 100%;
  width: ${({pct:e})=>e}%;
  background: var(--privy-color-foreground-3);
  border-radius: 2px;
  transition: width 300ms ease-in-out;
`,q=({step:e})=>e?(0,r.jsx)(W,{children:(0,r.jsx)(L,{pct:Math.min(100,e.current/e.total*100)})}):null;o.Header=({title:e,subtitle:i,icon:a,iconVariant:l,iconLoadingStatus:f,showBack:m,onBack:x,showInfo:b,onInfo:y,showClose:c,onClose:w,step:d,headerTitle:k,eyebrow:E,...$})=>(0,r.jsxs)(C,{...$,children:[(0,r.jsx)(I,{backFn:m?x:void 0,infoFn:b?y:void 0,onClose:c?w:void 0,title:k,eyebrow:E,closeable:c}),(a||l||e||i)&&(0,r.jsxs)(H,{children:[a||l?(0,r.jsx)(o.Icon,{icon:a,variant:l,loadingStatus:f}):null,!(!e&&!i)&&(0,r.jsxs)(R,{children:[e&&(0,r.jsx)(T,{children:e}),i&&(0,r.jsx)(A,{children:i})]})]}),d&&(0,r.jsx)(q,{step:d})]}),(o.Body=t.default.forwardRef((({children:e,...i},a)=>(0,r.jsx)(F,{ref:a,...i,children:e})))).displayName="Screen.Body",o.Footer=({children:e,...i})=>(0,r.jsx)(V,{id:"privy-content-footer-container",...i,children:e}),o.Actions=({children:e,...i})=>(0,r.jsx)(D,{...i,children:e}),o.HelpText=({children:e,...i})=>(0,r.jsx)(J,{...i,children:e}),o.FooterText=({children:e,...i})=>(0,r.jsx)(K,{...i,children:e}),o.Watermark=()=>(0,r.jsx)(G,{}),o.Icon=({icon:e,variant:i="subtle",loadingStatus:a})=>i==="logo"&&e?(0,r.jsx)(M,typeof e=="string"?{children:(0,r.jsx)("img",{src:e,alt:""})}:t.default.isValidElement(e)?{children:e}:{children:t.default.createElement(e)}):i==="loading"?e?(0,r.jsx)(N,{children:(0,r.jsxs)("div",{style:{display:"flex",alignItems:"center",justifyContent:"center"},children:[(0,r.jsx)(p,{success:a?.success,fail:a?.fail}),typeof e=="string"?(0,r.jsx)("span",{style:{background:`url('${e}') 0 0 / contain`,height:"38px",width:"38px",borderRadius:"6px",margin:"auto",backgroundSize:"contain"}}):t.default.isValidElement(e)?t.default.cloneElement(e,{style:{width:"38px",height:"38px"}}):t.default.createElement(e,{style:{width:"38px",height:"38px"}})]})}):(0,r.jsx)(u,{$variant:i,children:(0,r.jsx)(v,{size:"64px"})}):(0,r.jsx)(u,{$variant:i,children:e&&(typeof e=="string"?(0,r.jsx)("img",{src:e,alt:"",style:{width:"32px",height:"32px",borderRadius:"6px"}}):t.default.isValidElement(e)?e:t.default.createElement(e,{width:32,height:32,stroke:(()=>{switch(i){case"success":return"var(--privy-color-icon-success)";case"warning":return"var(--privy-color-icon-warning)";case"error":return"var(--privy-color-icon-error)";default:return"var(--privy-color-icon-muted)"}})(),strokeWidth:2}))});var D=n.div`
  width: 100%;
  display: flex;
  flex-direction: column;
  gap: calc(var(--screen-space) / 2);
`,J=n.div`
  && {
    margin: 0;
    width: 100%;
    text-align: center;
    color: var(--privy-color-foreground-2);
    font-size: 13px;
    line-height: 20px;

    & a {
      text-decoration: underline;
    }
  }
`,K=n.div`
  && {
    margin-top: -1rem;
    width: 100%;
    text-align: center;
    color: var(--privy-color-foreground-2);
    font-size: 0.6875rem; /* 11px */
    line-height: 1rem; /* 16px */
  }
`;export{o as a};
