import { describe, expect, it } from 'vitest';
import { hideWhatStylesheetsHide } from '../../lib/cli/stylesheet-hidden';
import { parseHtml } from '../readers/load';

/** The ids of the elements left without `hidden` after the stylesheet is applied. */
function shownIds(style: string, body: string): string[] {
  const { document, close } = parseHtml(`<!doctype html><html><head><style>${style}</style></head><body>${body}</body></html>`);
  try {
    hideWhatStylesheetsHide(document);
    return Array.from(document.querySelectorAll('[id]'))
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => el.id);
  } finally {
    close();
  }
}

describe('hideWhatStylesheetsHide: a saved page hides what its stylesheet hides', () => {
  it.each([
    ['a class with display: none', '.ui-column-title{display:none}', '<span id="a" class="ui-column-title">Title</span><span id="b">x</span>', ['b']],
    ['visibility: hidden on a kit’s duplicate cells', '.is-hidden > *{visibility:hidden !important}', '<div class="is-hidden"><div id="a">x</div></div><div id="b">y</div>', ['b']],
    ['a rule inside @media applies to some screens only', '@media (max-width: 600px){.t{display:none}}', '<span id="a" class="t">x</span>', ['a']],
    ['a rule inside a cascade layer applies to every screen (a utility layer)', '@layer base, utilities; @layer utilities{.flex{display:flex}.hidden{display:none}}', '<div id="a" class="flex hidden">x</div><div id="b" class="flex">y</div>', ['b']],
    ['a layer inside @media applies to some screens only', '@media (max-width: 600px){@layer u{.t{display:none}}}', '<span id="a" class="t">x</span>', ['a']],
    ['a more specific rule shows it again', '.pane{display:none} .pane.active{display:block}', '<div id="a" class="pane active">x</div><div id="b" class="pane">y</div>', ['a']],
    ['an earlier rule of the same weight shows it no more (a utility class after the item’s own)', '.item{display:grid} .hidden{display:none}', '<div id="a" class="item hidden">x</div><div id="b" class="item">y</div>', ['b']],
    ['a later rule of the same weight shows it again', '.hidden{display:none} .item{display:grid}', '<div id="a" class="item hidden">x</div>', ['a']],
    ['a less specific rule shows it no more', '.list .hidden{display:none} .item{display:block}', '<div class="list"><div id="a" class="item hidden">x</div></div><p id="b">y</p>', ['b']],
    ['an id outweighs classes', '#panel{display:none} .card.open{display:block}', '<div id="panel" class="card open">x</div><p id="b">y</p>', ['b']],
    ['a :not() weighs as what it holds (iUI: the selected panel shown again)', 'body > *:not(.toolbar){display:none} body > *[selected="true"]{display:block}', '<div id="t" class="toolbar">x</div><ul id="a" selected="true"><li>y</li></ul><div id="c">z</div>', ['t', 'a']],
    ['its own style shows it again', '.pane{display:none}', '<div id="a" class="pane" style="display:block">x</div>', ['a']],
    ['a selector list', '.x, .y span{color:red;display:none}', '<p id="a" class="x">x</p><div class="y"><span id="b">y</span></div><p id="c">z</p>', ['c']],
    ['an unknown selector hides nothing', ':unknown-thing(3){display:none}', '<p id="a">x</p>', ['a']],
    ['no stylesheet', '', '<p id="a">x</p>', ['a']],
    // A closed accordion holds its panel's height to nothing and cuts off what overflows (Hugoplate).
    ['max-height: 0 with overflow hidden, opened by a more specific rule', '.acc-content{max-height:0;overflow:hidden} .acc.active .acc-content{max-height:100vh}', '<div class="acc active"><div id="a" class="acc-content">x</div></div><div class="acc"><div id="b" class="acc-content">y</div></div>', ['a']],
    ['max-height: 0 lets what overflows show without overflow hidden', '.box{max-height:0}', '<div id="a" class="box">x</div>', ['a']],
    ['its own style opens it', '.acc-content{max-height:0px;overflow:hidden}', '<div id="a" class="acc-content" style="max-height:240px">x</div><div id="b" class="acc-content">y</div>', ['a']],
    // A kit's closed collapse writes the wrapper's height on the element, its class cutting the overflow off.
    ['its own style holding it to no height, its class cutting what overflows', '.collapse-wrap{overflow:hidden;transition:height .3s}', '<div id="a" class="collapse-wrap" style="height: 0px;"><p id="b">x</p></div><div id="c" class="collapse-wrap" style="height: 120px;">y</div>', ['c']],
    ['its own style holding it to no height lets what overflows show', '', '<div id="a" style="height:0"><p id="b">x</p></div>', ['a', 'b']],
    // The cascade: of rules equally specific the later wins; a more specific one wins wherever it stands.
    ['a utility class after the component rule hides it', '.item{display:grid} .hidden{display:none}', '<div id="a" class="item hidden">x</div><div id="b" class="item">y</div>', ['b']],
    ['a utility class (d-none, is-hidden) after a flex rule', '.row{display:flex}.d-none{display:none}', '<div id="a" class="row d-none">x</div><div id="b" class="row">y</div>', ['b']],
    ['visibility: a later equal rule hides', '.card{visibility:visible} .gone{visibility:hidden}', '<div id="a" class="card gone">x</div>', []],
    ['a component rule after the utility class shows it again', '.hidden{display:none} .item{display:grid}', '<div id="a" class="item hidden">x</div>', ['a']],
    ['a type rule does not outweigh a class', '.hidden{display:none} div{display:block}', '<div id="a" class="hidden">x</div>', []],
    ['an id rule outweighs a later class', '#a{display:block} .hidden{display:none}', '<div id="a" class="hidden">x</div>', ['a']],
    // A component library hides its custom elements until they are upgraded, then shows them
    // again with a class: `inherit` (or `initial`, `unset`, `revert`) shows what its box holds.
    ['web components shown again by a hydrated class (Stencil)', 'va-card,va-tag-status{visibility:hidden}.hydrated{visibility:inherit}', '<va-card id="a" class="hydrated"><p id="b">Expiration Date 03/31/2028</p></va-card><va-tag-status id="c"></va-tag-status>', ['a', 'b']],
    ['a custom element shown again with visibility: initial', 'x-card{visibility:hidden} x-card.ready{visibility:initial}', '<x-card id="a" class="ready">x</x-card>', ['a']],
    ['a custom element shown again with visibility: unset', 'x-card{visibility:hidden} .upgraded{visibility:unset}', '<x-card id="a" class="upgraded">x</x-card><x-card id="b">y</x-card>', ['a']],
    ['visibility: inherit of a less specific rule shows nothing again', '.gone.now{visibility:hidden} .hydrated{visibility:inherit}', '<div id="a" class="gone now hydrated">x</div>', []],
    ['display: inherit shows it again', 'x-tag{display:none} .hydrated{display:inherit}', '<x-tag id="a" class="hydrated">x</x-tag>', ['a']],
    ['!important hides over a more specific rule', '.hidden{display:none !important} #a.item{display:grid}', '<div id="a" class="item hidden">x</div>', []],
  ])('%s', (_name, style, body, shown) => {
    expect(shownIds(style, body)).toEqual(shown);
  });
});

describe('hideWhatStylesheetsHide on sheets happy-dom’s CSS parser gives up on', () => {
  it('AngularJS’s injected sheet (@charset, escaped and :not() selectors in one list)', () => {
    const style = '@charset "UTF-8";[ng\\:cloak],[ng-cloak],.ng-cloak,.ng-hide:not(.ng-hide-animate){display:none !important;}ng\\:form{display:block;}';
    expect(shownIds(style, '<div id="a" class="ng-hide">Submit Application</div><div id="b" class="ng-show">x</div>')).toEqual(['b']);
  });

  it('a comment and a block at-rule before the rule', () => {
    expect(shownIds('/* } */ @supports (display:grid){.x{display:grid}} .gone{display : none}', '<p id="a" class="gone">x</p><p id="b" class="x">y</p>')).toEqual(['b']);
  });
});

// A component library's guard against a flash of unstyled content: `:not(:defined) { visibility:
// hidden }` hides each custom element only until its script defines it. The page the person saw
// (and saved) had them defined and shown; a saved page's reader runs no script, so the guard
// hides nothing there. Rules naming other states still hide (a closed dialog's `[hidden]`, a
// class), and a guard scoped to one element name is the same guard.
describe('the undefined-element guard hides nothing on a saved page', () => {
  it.each([
    ['visibility: hidden on :not(:defined)', ':not(:defined){visibility:hidden}', '<x-card id="a"><p id="b">Expiration Date 03/31/2027</p></x-card>', ['a', 'b']],
    ['display: none on :not(:defined)', ':not(:defined){display:none}', '<x-badge id="a">Pending Approval</x-badge><p id="b">x</p>', ['a', 'b']],
    ['one element name guarded', 'auro-card:not(:defined){visibility:hidden}', '<auro-card id="a">Agency Affiliation</auro-card>', ['a']],
    ['a list of guarded names', 'sl-card:not(:defined), sl-badge:not(:defined){visibility:hidden}', '<sl-card id="a"><sl-badge id="b">Active</sl-badge></sl-card>', ['a', 'b']],
    ['a class hiding beside the guard still hides', ':not(:defined){visibility:hidden} .util_is-hidden{display:none}', '<x-card id="a">x</x-card><x-toast id="b" class="util_is-hidden">y</x-toast>', ['a']],
  ])('%s', (_name, style, body, shown) => {
    expect(shownIds(style, body)).toEqual(shown);
  });
});

// A framework's cloak (AngularJS `ng-cloak`, Vue `v-cloak`, Alpine `x-cloak`) hides a template until
// its script has drawn it, then the script takes the mark off: a page the person saw shows it. The
// rule's other selectors (AngularJS's `.ng-hide` beside its cloak) still hide.
describe('a framework cloak hides nothing on a saved page', () => {
  it.each([
    ['AngularJS’s injected rule', '[ng\\:cloak],[ng-cloak],[data-ng-cloak],[x-ng-cloak],.ng-cloak,.x-ng-cloak,.ng-hide:not(.ng-hide-animate){display:none !important;}', '<div id="a" ng-cloak><p id="b">License Number A331907</p><p id="c" class="ng-hide">Submitted</p></div>', ['a', 'b']],
    ['Vue’s v-cloak', '[v-cloak]{display:none}', '<main id="a" v-cloak><span id="b">Current</span></main>', ['a', 'b']],
    ['Alpine’s x-cloak beside a class that hides', '[x-cloak]{display:none!important} .is-hidden{display:none}', '<section id="a" x-cloak>x</section><p id="b" class="is-hidden">y</p>', ['a']],
  ])('%s', (_name, style, body, shown) => {
    expect(shownIds(style, body)).toEqual(shown);
  });
});
