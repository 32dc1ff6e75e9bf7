import{a as z,b as I}from"./chunk-GWN4E5NL.js";import{a as k}from"./chunk-UBYP4FMG.js";import{g as P}from"./chunk-Y5Z2GY7N.js";import{d as x,e as C}from"./chunk-RPS5ZJ3V.js";import{a as O}from"./chunk-ZJVTTA6C.js";import"./chunk-4NRFGMOP.js";import"./chunk-GLH7DXTP.js";import"./chunk-MJ36FYNF.js";import{F as N}from"./chunk-Q57354DQ.js";import"./chunk-SAJHIAE6.js";import"./chunk-J3NMQE7T.js";import{b as M}from"./chunk-UOJTEA5I.js";import"./chunk-PLJQ57BN.js";import{b as m}from"./chunk-YARXQBTW.js";import"./chunk-FHTYL5JR.js";import{Ib as L,Ka as D,_a as U,aa as f,wb as A}from"./chunk-7KCRL5IU.js";import{a as H,b as K}from"./chunk-XJB6VM4X.js";import{b as v}from"./chunk-FRJLSPSR.js";import"./chunk-ZZGJXCUD.js";import{f as R,v as _}from"./chunk-W233P65M.js";import"./chunk-CP65U6EI.js";import"./chunk-YJHCDBWG.js";import"./chunk-IO6YUXLT.js";import{e as b}from"./chunk-XUAOF4VH.js";var t=b(K(),1);var a=b(H(),1);var B=m.img`
  && {
    height: ${e=>e.size==="sm"?"65px":"140px"};
    width: ${e=>e.size==="sm"?"65px":"140px"};
    border-radius: 16px;
    margin-bottom: 12px;
  }
`,G=e=>{if(!R(e))return e;try{let i=_(e);return i.includes("�")?e:i}catch{return e}},X=e=>{try{let i=v.decode(e),o=new TextDecoder().decode(i);return o.includes("�")?e:o}catch{return e}},Y=e=>{let{types:i,primaryType:o,...l}=e.typedData;return(0,t.jsxs)(t.Fragment,{children:[(0,t.jsx)(ie,{data:l}),(0,t.jsx)(k,{text:(n=e.typedData,JSON.stringify(n,null,2)),itemName:"full payload to clipboard"})," "]});var n},Z=({method:e,messageData:i,copy:o,iconUrl:l,isLoading:n,success:u,walletProxyIsLoading:g,errorMessage:h,isCancellable:c,onSign:p,onCancel:S,onClose:d})=>(0,t.jsx)(O,{title:o.title,subtitle:o.description,showClose:!0,onClose:d,icon:N,iconVariant:"subtle",helpText:h?(0,t.jsx)(te,{children:h}):void 0,primaryCta:{label:o.buttonText,onClick:p,disabled:n||u||g,loading:n},secondaryCta:c?{label:"Not now",onClick:S,disabled:n||u||g}:void 0,watermark:!0,children:(0,t.jsxs)(P,{children:[l?(0,t.jsx)(B,{style:{alignSelf:"center"},size:"sm",src:l,alt:"app image"}):null,(0,t.jsxs)(ee,{children:[e==="personal_sign"&&(0,t.jsx)(j,{children:G(i)}),e==="eth_signTypedData_v4"&&(0,t.jsx)(Y,{typedData:i}),e==="solana_signMessage"&&(0,t.jsx)(j,{children:X(i)})]})]})}),xe={component:()=>{let{authenticated:e}=L(),{initializeWalletProxy:i,closePrivyModal:o}=D(),{navigate:l,data:n,onUserCloseViaDialogOrKeybindRef:u}=M(),[g,h]=(0,a.useState)(!0),[c,p]=(0,a.useState)(""),[S,d]=(0,a.useState)(),[E,T]=(0,a.useState)(null),[F,w]=(0,a.useState)(!1);(0,a.useEffect)((()=>{e||l("LandingScreen")}),[e]),(0,a.useEffect)((()=>{i(A).then((r=>{h(!1),r||(p("An error has occurred, please try again."),d(new C(new x(c,f.E32603_DEFAULT_INTERNAL_ERROR.eipCode))))}))}),[]);let{method:q,data:V,confirmAndSign:J,onSuccess:Q,onFailure:W,uiOptions:s}=n.signMessage,$={title:s?.title||"Sign message",description:s?.description||"Signing this message will not cost you any fees.",buttonText:s?.buttonText||"Sign and continue"},y=r=>{r?Q(r):W(S||new C(new x("The user rejected the request.",f.E4001_USER_REJECTED_REQUEST.eipCode))),o({shouldCallAuthOnSuccess:!1}),setTimeout((()=>{T(null),p(""),d(void 0)}),200)};return u.current=()=>{y(E)},(0,t.jsx)(Z,{method:q,messageData:V,copy:$,iconUrl:s?.iconUrl&&typeof s.iconUrl=="string"?s.iconUrl:void 0,isLoading:F,success:E!==null,walletProxyIsLoading:g,errorMessage:c,isCancellable:s?.isCancellable,onSign:async()=>{w(!0),p("");try{let r=await J();T(r),w(!1),setTimeout((()=>{y(r)}),U)}catch(r){console.error(r),p("An error has occurred, please try again."),d(new C(new x(c,f.E32603_DEFAULT_INTERNAL_ERROR.eipCode))),w(!1)}},onCancel:()=>y(null),onClose:()=>y(E)})}},ee=m.div`
  flex: 1;
  display: flex;
  flex-direction: column;
  gap: 16px;
`,te=m.p`
  && {
    margin: 0;
    width: 100%;
    text-align: center;
    color: var(--privy-color-error-dark);
    font-size: 14px;
    line-height: 22px;
  }
`,ie=m(I)`
  margin-top: 0;
`,j=m(z)`
  margin-top: 0;
`;export{xe as SignRequestScreen,Z as SignRequestView,xe as default};
