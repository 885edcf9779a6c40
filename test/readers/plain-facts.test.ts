// The provider's own facts stated in plain text inside another tool's page (a sent mail, a note,
// a post): the page's kind from what they are (eLicensing's renewal application: its name line,
// the license's labelled number and status, its fee) over NREMT words nearby, and the person's
// name from a "Name …:" line or a letter's signature. Written from domain.md's wording (eLicensing:
// License Number, License Status, Expiration Date, "… - Renewal Application", the fee).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const FACTS: ReadonlyArray<[string, string]> = [
  ['Application', 'EMT - Renewal Application'],
  ['License Number', 'E58213'],
  ['License Status', 'Current'],
  ['Expiration Date', '03/31/2027'],
  ['Application Status', 'In Progress'],
  ['Fee', '$125.00 – Paid 11/20/2026'],
];
const table = FACTS.map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`).join('');
const lines = FACTS.map(([label, value]) => `<div>${label}: ${value}</div>`).join('');
const dl = `<dl>${FACTS.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`;
const mail = (facts: string, signature = '<div>Thanks,</div><div>Dana R. Whitcomb, EMT</div><div>Westfield Rescue Squad</div>'): string =>
  page(
    'Webmail - Message',
    `<nav><a href="#">Inbox</a> <a href="#">Sent</a> <a href="#">Logout</a></nav><h2>EMT renewal E58213 - paid but In Progress</h2>
<div>Hello,</div><div>My NREMT side was approved. I paid the fee for my state renewal but have not submitted it yet. Here is what the application shows:</div>
${facts}<div>Will the payment carry over once I click Submit?</div>${signature}`,
  );

describe("eLicensing's renewal application copied into a mail", () => {
  it.each([
    ['as a two-column table', mail(`<table>${table}</table>`)],
    ['as "Label: value" lines', mail(lines)],
    ['as a definition list', mail(dl)],
  ])('%s is the renewal page, not NREMT\'s application', (_, html) => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('elicensing-renewal');
    expect(read.license?.number).toBe('E58213');
    expect(read.license?.status).toBe('current');
    expect(read.license?.expiresOn).toBe('2027-03-31');
    expect(read.renewal?.paid).toBe(true);
    expect(read.person?.name).toBe('Dana R. Whitcomb');
  });

  it('without the renewal application\'s name line it is not the renewal page', () => {
    const read = readHtml(mail(`<table>${table.replace('EMT - Renewal Application', 'Recertification')}</table>`), null);
    expect(read.kind).not.toBe('elicensing-renewal');
  });

  it('a signature does not outrank a greeting naming someone else', () => {
    const html = mail(`<div>Welcome, MARCUS T OYELARAN</div><table>${table}</table>`);
    expect(readHtml(html, null).person?.name).not.toBe('Dana R. Whitcomb');
  });
});

describe("the person's name on a label line of a note", () => {
  const note = (nameLine: string): string =>
    page(
      'Notes',
      `<h1>NREMT recert 2027 — where I'm at</h1><div>${nameLine}</div><div>Level: EMR</div><div>Registry #: R4471093</div><div>Expiration date: 31 Mar 2027</div><div>Recert cycle: 1 Apr 2025 → 31 Mar 2027</div><div>Application status: In progress — started 11/22/2026</div>`,
    );
  it.each([
    ['Name on NREMT: Keisha L. Ondrasik'],
    ['Legal name: Keisha L. Ondrasik'],
    ['Name on file: Keisha L. Ondrasik'],
  ])('"%s"', (line) => {
    expect(readHtml(note(line), null).person?.name).toBe('Keisha L. Ondrasik');
  });
});

describe("what the writer's own NREMT dashboard shows, stated in a post's sentences", () => {
  const SENTENCES = [
    'I logged into NREMT this morning and went through the Dashboard so I stop worrying.',
    'The dashboard has me as Dana R. Whitcomb, National Registry Paramedic, registry number P2290715.',
    'It says my certification expires on March 31, 2027, and my last recertification date was March 28, 2025.',
  ];
  // Seen, not fixed: this sentence inside the journal's one paragraph leaves that page unknown.
  const AGENCY = 'My agency affiliation shows Westfield Rescue Squad, and it still says Pending Approval.';
  const SAYS = SENTENCES.join(' ');
  const journal = (text: string): string =>
    page(
      'my journal | Recert check',
      `<h1>my journal</h1><h2>Recert check</h2><p>${text}</p><p>Shift tomorrow.</p><div>2 comments</div><a href="#">Reply</a><div><b>medic_on_the_pike</b> wrote: Mine expires 3/31/2028, good luck.</div><a href="#">Reply</a>`,
    );
  const forum = (text: string): string =>
    page('Forum - EMS Talk', `<h1>EMS Talk</h1><div class="post"><div>Posted by nightshift</div>${text}</div>`);
  const note = (text: string): string => page('Notes', `<h1>recert</h1><ul>${text}</ul>`);

  it.each([
    ['a journal entry with comments', journal(SAYS)],
    ['a forum post, a sentence a line', forum([...SENTENCES, AGENCY].map((sentence) => `<div>${sentence}</div>`).join(''))],
    ['a note of bullet lines', note([...SENTENCES, AGENCY].map((sentence) => `<li>${sentence}</li>`).join(''))],
  ])('%s is the dashboard', (_, html) => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person?.name).toBe('Dana R. Whitcomb');
    expect(read.person?.registryNumber).toBe('P2290715');
    expect(read.certification?.level).toBe('paramedic');
    expect(read.certification?.expiresOn).toBe('2027-03-31');
    if (html.includes('Westfield')) expect(read.agency).toEqual({ name: 'Westfield Rescue Squad', status: 'pending' });
  });

  it.each([
    ["someone else's dashboard", journal(SAYS.replace('went through the Dashboard', "went through Sam's Dashboard").replace('has me as', 'has him as').replaceAll('my ', 'his '))],
    ['no registry number and no cycle (not one whole certification)', journal('I logged into NREMT and checked the Dashboard. Still nothing entered.')],
  ])('%s stays unknown', (_, html) => {
    expect(readHtml(html, null).kind).toBe('unknown');
  });
});
