// The user's own NREMT or eLicensing page pasted into a chat or notes tool and saved from there:
// the record arrives as lines inside a message bubble (broken by <br>, or one text with its line
// breaks kept by `white-space: pre-wrap`), as tab-separated lines in a <pre>, or as outline blocks
// with "key: value" properties, among the tool's chrome (a chat list with other chats' names and
// times, a timestamp on every message, a composer box). Someone else's record pasted into a chat,
// or a page that only mentions NREMT in passing, stays unknown; the chat's own times are never
// the record's dates.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string, style = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${style ? `<style>${style}</style>` : ''}</head><body>${body}</body></html>`;

/** A chat tool around the messages: other chats with their times, a day divider, a composer. */
const chat = (header: string, messages: string): string =>
  '<nav aria-label="Chats"><ul>' +
  `<li><span>${header}</span><span>10:52 PM</span><span>notes</span></li>` +
  '<li><span>Station 4 Crew</span><span>9:05 PM</span><span>who has the narc box</span></li>' +
  '<li><span>Dad</span><span>Yesterday</span><span>call me back</span></li>' +
  '<li><span>Shift Swaps</span><span>11/20/2026</span><span>posted the holiday list</span></li></ul></nav>' +
  `<main><header><span>${header}</span></header><div role="log"><div><span>TODAY</span></div>${messages}</div>` +
  '<footer><div contenteditable="true" role="textbox" aria-label="Type a message"></div></footer></main>';

const bubble = (inner: string, time = '10:49 PM'): string => `<div role="row"><div><div><span dir="ltr">${inner}</span></div><span>${time}</span></div></div>`;

const DASHBOARD_LINES = [
  'Copied from my NREMT dashboard',
  '<strong>My Certification</strong>',
  'Dana R. Whitfield',
  'National Registry Advanced EMT',
  'Registry Number: A3318204',
  '<strong>Expiration Date:</strong> 03/31/2028',
  'Last Recertification Date: 03/24/2026',
];

const TRANSCRIPT_ROWS = [
  'Course Title\tDate Completed\tHours\tApproval Number',
  'Pediatric Airway Review\t02/10/2027\t2.00\t27-PEDS-F3-0211',
  'Stroke Assessment Update\t01/06/2027\tPending\t27-0106-T1',
  'Chest Pain &amp; ACS\t12/03/2026\t1.50\tNone',
  'Hazmat Awareness Refresher\t10/21/2026\t0.75\t—',
];

describe('the user own page pasted into a chat or notes tool', () => {
  it('a dashboard pasted into a chat bubble, its lines broken by <br>', () => {
    const html = page('Chat', chat('Dana Whitfield (You)', bubble(DASHBOARD_LINES.join('<br>'))));
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person).toMatchObject({ registryNumber: 'A3318204' });
    expect(read.certification).toMatchObject({ level: 'aemt', expiresOn: '2028-03-31', cycleStart: '2026-03-25' });
  });

  it('a dashboard pasted as one text whose line breaks pre-wrap keeps', () => {
    const text = DASHBOARD_LINES.map((line) => line.replace(/<\/?strong>/g, '')).join('\n');
    const html = page('Notes', chat('Saved Messages', `<div role="row"><div class="msg">${text}<span>22:49</span></div></div>`), '.msg{white-space:pre-wrap}');
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.certification).toMatchObject({ level: 'aemt', expiresOn: '2028-03-31' });
  });

  it('an eLicensing license pasted into a saved-messages chat as pre-wrap text', () => {
    const text = [
      '<b>Manage My Licenses and Applications</b>',
      'Health Professions Licensing',
      '',
      'Name: Dana R. Whitfield',
      'License Type: EMT - Advanced',
      'License Number: A772051',
      'License Status: Current',
      'Issue Date: 5/14/2018',
      'Expiration Date: 3/31/2028',
    ].join('\n');
    const html = page('Notes', chat('Saved Messages', `<div role="row"><div class="msg">${text}<span>22:49</span></div></div>`), '.msg{white-space:pre-wrap}');
    const read = readHtml(html);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'A772051', status: 'current', expiresOn: '2028-03-31' });
  });

  it('an outline with completed / hours / approval properties under component and topic blocks', () => {
    const prop = (key: string, value: string) => `<div><span>${key}</span><span>:</span><div>${value}</div></div>`;
    const course = (title: string, completed: string, hours: string, approval: string) =>
      `<div><div><span><b>${title}</b></span></div><div>${prop('completed', completed)}${prop('hours', hours)}${prop('approval', approval)}</div></div>`;
    const block = (title: string, children: string) => `<div><div><span>${title}</span></div><div>${children}</div></div>`;
    const html = page(
      'nremt recert',
      '<h1>NREMT recert</h1>' +
        block('Copied from NREMT <b>Manage Education</b> on Feb 3rd, 2027.', '') +
        block(
          '<b>National Component</b> — 6 / 20 hours',
          block('Trauma', course('Burn Care Update', 'Jan 12th, 2027', '2', '27-BURN-F3-0112') + course('Spinal Trauma Review', 'Dec 5th, 2026', '1.5', '26-SPIN-F3-1205')),
        ) +
        block('<b>Local Component</b> — 3 / 10 hours', course('Regional Protocol Update', 'Nov 2nd, 2026', '3 hrs', 'T1-26-0502')),
    );
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect((read.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber])).toEqual([
      ['Burn Care Update', '2027-01-12', 2, 'national', 'trauma', '27-BURN-F3-0112'],
      ['Spinal Trauma Review', '2026-12-05', 1.5, 'national', 'trauma', '26-SPIN-F3-1205'],
      ['Regional Protocol Update', '2026-11-02', 3, 'local', null, 'T1-26-0502'],
    ]);
  });

  it('a transcript pasted as tab-separated lines in a <pre>', () => {
    const message =
      '<div><div>Pasted my NREMT transcript so I have it at work</div>' +
      '<div><b>Transcript</b> — Dana R. Whitfield · Nationally Registered Advanced EMT · Expires 03/31/2028</div>' +
      `<pre>${TRANSCRIPT_ROWS.join('\n')}\nShowing 1 - 4 of 4</pre></div>`;
    const read = readHtml(page('Dana Whitfield (DM) - Slack', chat('Dana Whitfield', bubble(message, '5:32 PM'))));
    expect(read.kind).toBe('nremt-education');
    expect((read.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual([
      ['Pediatric Airway Review', '2027-02-10', 2, '27-PEDS-F3-0211'],
      ['Chest Pain & ACS', '2026-12-03', 1.5, null],
      ['Hazmat Awareness Refresher', '2026-10-21', 0.75, null],
    ]);
    expect(read.unread).toHaveLength(1);
    expect(read.certification).toMatchObject({ expiresOn: '2028-03-31' });
  });
});

describe('what stays unknown, and the chat own times', () => {
  it("someone else's transcript pasted into a group chat is nobody's record of the reader", () => {
    const message =
      "<div><div>Here is Mike's NREMT transcript, he asked me to look it over</div>" + `<pre>${TRANSCRIPT_ROWS.join('\n')}</pre></div>`;
    expect(readHtml(page('Station 4 Crew - Slack', chat('Station 4 Crew', bubble(message)))).kind).toBe('unknown');
  });

  it('a class schedule that mentions NREMT in passing is no record', () => {
    const message =
      '<div><div>Upcoming CE classes, all accepted by the NREMT</div>' +
      `<pre>Class\tDate\tHours\tApproval Number\nPediatric Airway Review\t03/10/2027\t2.00\t27-PEDS-F3-0211\nChest Pain &amp; ACS\t03/17/2027\t1.50\t27-0317-T1</pre></div>`;
    expect(readHtml(page('Station 4 Crew - Slack', chat('Station 4 Crew', bubble(message)))).kind).toBe('unknown');
  });

  it('a chat sign-in page that mentions NREMT is unknown', () => {
    const html = page('Sign in to Slack', '<h1>Sign in to Ridgeline Ambulance</h1><p>Share your NREMT transcript with your crew.</p><form><label>Email <input></label><button>Sign in</button></form>');
    expect(readHtml(html).kind).toBe('unknown');
  });

  it('a pasted dashboard without an expiration reads none from the chat list or message times', () => {
    const lines = DASHBOARD_LINES.filter((line) => !line.includes('Expiration'));
    const read = readHtml(page('Chat', chat('Dana Whitfield (You)', bubble(lines.join('<br>'), '11/24/2026'))));
    expect(read.certification?.expiresOn ?? null).toBeNull();
  });
});
