// A summary bar whose labels are bold tags the stylesheet draws as blocks ("<b>Application
// Status</b>Not Submitted"): the browser shows the label above its value, so the two are apart,
// never one word ("StatusNot Submitted" read as "Submitted" would say the application is in). A
// bold tag drawn inline inside a word ("Cardio<b>vascular</b>") still joins it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { inertWindow, savedDocument } from '../../lib/cli/html';
import { textOf } from '../../lib/readers/text';

const page = (style: string): string => `<!DOCTYPE html><html><head><title>Recertification Application</title><style>${style}</style></head><body>
<h1>Recertification Application</h1>
<div class="app-status">
  <span><b>Applicant</b>Rosalind K. Achebe</span>
  <span><b>National Registry #</b>E6620418</span>
  <span><b>Level</b>National Registry EMT</span>
  <span><b>Current Expiration</b>March 31, 2027</span>
  <span><b>Application Status</b>Not Submitted</span>
</div>
<p>Your application is not submitted until you click Submit Application.</p>
<button type="button">Submit Application</button>
</body></html>`;

describe('bold labels drawn as blocks', () => {
  it.each([
    ['a class rule', '.app-status b { display: block; font-size: 11px }'],
    ['a descendant rule', 'div span > b { display: block }'],
  ])('%s: each label stands apart from its value', (_name, style) => {
    const read = readHtml(page(style));
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
    expect(read.person?.name).toBe('Rosalind K. Achebe');
    expect(read.certification?.expiresOn).toBe('2027-03-31');
  });

  it.each([
    ['no rule', '', 'Cardiovascular Trauma'],
    ['an inline rule', 'b { font-weight: 700; display: inline }', 'Cardiovascular Trauma'],
    ['a block rule', 'b { display: block }', 'Cardio vascular Trau ma'],
  ])('a bold tag inside a word, %s: joined unless drawn as a block', (_name, style, text) => {
    const window = inertWindow();
    const document = savedDocument(window, `<!DOCTYPE html><html><head><style>${style}</style></head><body><p id="t">Cardio<b>vascular</b> Trau<b>ma</b></p></body></html>`);
    expect(textOf(document.getElementById('t'))).toBe(text);
    window.happyDOM.close();
  });
});
