/**
 * The card's stylesheet, adopted into its shadow root as a constructed
 * CSSStyleSheet (CSSOM): pages with `style-src 'self'` block <style> text
 * elements but not constructed sheets, and page CSS cannot reach inside.
 * `:host` rules are !important so page rules on the host element lose.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  position: absolute !important;
  z-index: 2147483647 !important;
  top: var(--cc-top, 0px) !important;
  left: var(--cc-left, 0px) !important;
  display: block !important;
  width: min(360px, calc(100vw - 16px)) !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  contain: layout style !important;
}
.card {
  box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328;
  background: #fff;
  border: 1px solid #d0d7de;
  border-left: 5px solid var(--v, #6e7781);
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.2);
  padding: 10px 12px 12px;
  max-height: 70vh;
  overflow: auto;
  text-align: left;
}
.card:focus { outline: 2px solid #0969da; outline-offset: 2px; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.badge { font-weight: 700; font-size: 14px; color: var(--v, #1f2328); }
.brand { color: #57606a; font-size: 11px; margin-left: 6px; font-weight: 400; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; color: #57606a; }
.explanation { margin: 6px 0 8px; }
h2 { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #57606a; margin: 10px 0 4px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
dt { color: #57606a; }
dd { margin: 0; overflow-wrap: anywhere; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; overflow-wrap: anywhere; }
.prov { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 9px; background: #eaeef2; color: #424a53; }
.prov.vendor { background: #fff1e5; color: #953800; }
.prov.independent { background: #dafbe1; color: #116329; }
a { color: #0969da; }
.pending { margin: 8px 0 0; font-style: italic; color: #953800; }
.actions { margin-top: 10px; }
.suggest { border: 1px solid #d0d7de; background: #f6f8fa; padding: 4px 10px; color: #1f2328; }
.note { color: #57606a; }
.v-supported { --v: #1a7f37; }
.v-close { --v: #2f8a8a; }
.v-misleading { --v: #bc4c00; }
.v-disputed { --v: #8250df; }
.v-contradicted { --v: #cf222e; }
.v-outdated { --v: #7d4e00; }
.v-unverified { --v: #6e7781; }
`;
