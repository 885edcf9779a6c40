// The NREMT dashboard copied into a document (a blog draft, a note, a word processor's export):
// its sections as the dashboard names them (domain.md: name, level, registry number, expiration,
// cycle dates, "Agency Affiliation" (an agency can show "Pending Approval"), the "Message
// Center"), and the Recertification Application card with the application's state. The headings
// are the document's (h3, h4, bold lines), none of them naming the page. The application's state
// on its card does not make it the application page: it stays the dashboard, its agency and the
// application's status read. The application page copied alone (its sections, no agency, no
// messages) stays the application page.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Heading = 'h3' | 'h4' | 'bold';
const head = (tag: Heading, text: string): string => (tag === 'bold' ? `<p><strong>${text}</strong></p>` : `<${tag}>${text}</${tag}>`);

interface Variant {
  title: string;
  tag: Heading;
  facts: 'list' | 'lines' | 'dl';
  agency: string;
  status: string;
  messages: 'pre' | 'list';
}

function facts(kind: Variant['facts']): string {
  const pairs = [
    ['Name', 'Rowan T. Abernathy'],
    ['Certification Level', 'Advanced EMT'],
    ['Registry Number', 'A3308172'],
    ['Expiration Date', '03/31/2028'],
    ['Last Recertification Date', '03/18/2026'],
  ];
  if (kind === 'dl') return `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
  if (kind === 'lines') return pairs.map(([l, v]) => `<p>${l}: ${v}</p>`).join('');
  return `<ul>${pairs.map(([l, v]) => `<li><strong>${l}:</strong> ${v}</li>`).join('')}</ul>`;
}

function messages(kind: Variant['messages']): string {
  const lines = ['10/01/2027  Recertification applications are now open', '03/20/2026  Your recertification has been processed'];
  return kind === 'pre' ? `<pre>${lines.join('\n')}</pre>` : `<ul>${lines.map((m) => `<li>${m}</li>`).join('')}</ul>`;
}

function page(v: Variant): string {
  return (
    `<!DOCTYPE html><html><head><title>${v.title}</title></head><body><article>` +
    head(v.tag, v.title) +
    `<p>Copied the parts I need so I do not have to sign in every time.</p>` +
    head(v.tag, 'My Certification') +
    facts(v.facts) +
    head(v.tag, 'Agency Affiliation') +
    `<p>${v.agency}</p>` +
    head(v.tag, 'Recertification Application') +
    `<p>${v.status}</p>` +
    `<ol><li>Continuing Education — done</li><li>Make Payment — not yet</li><li>Submit — not yet</li></ol>` +
    head(v.tag, 'Message Center') +
    messages(v.messages) +
    `</article></body></html>`
  );
}

describe('the NREMT dashboard copied into a document, its application card among its sections', () => {
  const cases: Array<[string, Variant, { name: string; status: 'pending' | 'active' }, 'in-progress' | 'not-started' | 'submitted']> = [
    [
      'a draft: list of bold labels, agency with a remark sentence, "Status on the dashboard tile"',
      { title: 'NREMT status — copied off the dashboard', tag: 'h4', facts: 'list', agency: 'Beverly Fire Department — <strong>Pending Approval</strong> (requested 10/02/2027). The previous one dropped off when I moved.', status: 'Status on the dashboard tile: <strong>In Progress</strong>.', messages: 'pre' },
      { name: 'Beverly Fire Department', status: 'pending' },
      'in-progress',
    ],
    [
      'a note: label lines, agency "(Pending Approval)", a plain "Status:"',
      { title: 'my nremt stuff', tag: 'h3', facts: 'lines', agency: 'Agency: Cape Ann Regional EMS (Pending Approval)', status: 'Status: Not Started', messages: 'list' },
      { name: 'Cape Ann Regional EMS', status: 'pending' },
      'not-started',
    ],
    [
      'a word processor export: bold lines as headings, definition list, "Application Status"',
      { title: 'Recert — NREMT copy', tag: 'bold', facts: 'dl', agency: 'Lowell General Ambulance — Active', status: 'Application Status: Submitted', messages: 'list' },
      { name: 'Lowell General Ambulance', status: 'active' },
      'submitted',
    ],
    [
      'a draft with the status remark in brackets',
      { title: 'NREMT dashboard notes', tag: 'h3', facts: 'list', agency: 'Merrimack Valley Ambulance — Pending Approval. Lt. Ruiz still has to approve it.', status: 'Status (as of this morning): In Progress', messages: 'pre' },
      { name: 'Merrimack Valley Ambulance', status: 'pending' },
      'in-progress',
    ],
  ];
  it.each(cases)('%s', (_name, variant, agency, status) => {
    const snapshot = readHtml(page(variant));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject({ level: 'aemt', expiresOn: '2028-03-31' });
    expect(snapshot.agency).toEqual(agency);
    expect(snapshot.application?.status).toBe(status);
  });

  it('the application page copied alone (its sections, no agency, no messages) stays the application', () => {
    const html =
      `<!DOCTYPE html><html><head><title>NREMT recert app copy</title></head><body>` +
      `<h3>Recertification Application</h3><p>Status: In Progress</p>` +
      `<ul><li><strong>Name:</strong> Rowan T. Abernathy</li><li><strong>Certification Level:</strong> Advanced EMT</li><li><strong>Expiration Date:</strong> 03/31/2028</li><li><strong>Registry Number:</strong> A3308172</li></ul>` +
      `<ol><li>Continuing Education — Complete</li><li>Legal Pathway &amp; Criminal Convictions — Start</li><li>Make Payment — Start</li><li>Submit — not yet</li></ol>` +
      `</body></html>`;
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-application');
    expect(snapshot.application?.status).toBe('in-progress');
  });
});
