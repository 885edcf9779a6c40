// The person named in a profile card below the main heading (a sidebar card on an application or
// education page): a name alone on its line, then the registry number the page gives. A name-shaped
// line anywhere else (a course title, a message's signature) gives no name.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// The education sent with the application: a long table before the card, as on a real page.
const courses =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Component</th></tr></thead><tbody>' +
  Array.from({ length: 24 }, (_, i) => `<tr><td>Airway Module ${i + 1}</td><td>01/${String(i + 1).padStart(2, '0')}/2026</td><td>1</td><td>National</td></tr>`).join('') +
  '</tbody></table>';
const application = (body: string): string =>
  '<!DOCTYPE html><html><head><title>Recertification Application | NREMT</title></head><body>' +
  '<header><a href="/">NREMT</a><ul><li><a href="/messages">Messages</a></li></ul></header>' +
  '<main><h1>Recertification Application</h1><p>Application Status: In Progress</p>' +
  `<button>Submit Application</button>${courses}${body}</main></body></html>`;

describe('a profile card after the main heading', () => {
  it.each([
    ['a card of lines (CoreUI)', '<div class="card"><div><strong>My Certification</strong></div><div>Yusuf K. Abernathy</div><div>Registry # A6002471</div><div>Level</div><div>Advanced EMT</div></div>'],
    ['a heading and a labelled number', '<section><h5>Yusuf K. Abernathy</h5><p>NREMT ID: A6002471</p></section>'],
    ['a list of the card\'s lines, an avatar\'s initials before the name', '<ul><li>YA Yusuf K. Abernathy</li><li>A-6002471</li><li>Advanced EMT</li></ul>'],
    ['name and number in a definition list without labels', '<dl><dt>Yusuf Abernathy</dt><dd>Registry Number A6002471</dd></dl>'],
  ])('%s', (_, card) => {
    const snap = readHtml(application(card));
    expect(snap.kind).toBe('nremt-application');
    expect(snap.person?.registryNumber).toBe('A6002471');
    expect(snap.person?.name).toMatch(/^Yusuf (K\. )?Abernathy$/);
  });

  it.each([
    ['a course title above a line of its own', '<p>Registry # A6002471</p><div>Swiftwater Rescue Awareness</div><div>Completed 09/06/2025 · 6 hrs</div>'],
    ['a name-shaped line above another number than the page\'s', '<p>Registry # A6002471</p><div>Swiftwater Rescue Awareness</div><div>Receipt # NR-2026448120</div>'],
    ['a name above a line that says more than the number', '<p>Registry # A6002471</p><div>Dana Okafor</div><div>Signed off by Training Officer A6002471 on 02/01/2026</div>'],
  ])('%s gives no name', (_, body) => {
    const snap = readHtml(application(body));
    expect(snap.person?.registryNumber).toBe('A6002471');
    expect(snap.person?.name).toBeUndefined();
  });
});
