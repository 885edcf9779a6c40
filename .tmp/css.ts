import { Window } from 'happy-dom';
const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
const d = new w.DOMParser().parseFromString(`<html><head><style>.a{display:none} @media (max-width:600px){.b{display:none}} .c > *{visibility: hidden !important} .d, .e span {color:red; display : none}</style></head><body><div class=a>x</div></body></html>`, 'text/html');
const s = d.querySelector('style')!;
console.log(!!(s as any).sheet);
for (const r of Array.from((s as any).sheet?.cssRules ?? []) as any[]) console.log(r.constructor.name, r.type, r.selectorText, r.style?.display, r.style?.visibility, r.style?.getPropertyPriority?.('visibility'));
