// An IRC log drawn as a table (irclog2html, a bouncer's web log): a row per message, its nick, its
// text and its time in cells, the page's outline holding only the times. The message saying whose
// list follows ("ok pasting my NREMT transcript (copied off the Transcript page)") sits in a row the
// record finder keeps as an unread item: the page is told the user's own list from it, as from a
// line. A log where someone else pastes theirs stays nobody's.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const row = (nick: string, text: string, time: string): string =>
  `<tr id="t${time}"><th class="nick">${nick}</th><td class="text">${text}</td><td class="time"><a href="#t${time}">${time}</a></td></tr>`;

function log(pasting: string, nick: string): string {
  const courses = [
    ['05/17/2025', 'Pediatric Respiratory Emergencies', '2 hrs', '25-ABCD-F3-0233'],
    ['06/03/2025', 'Cardiac Arrest Management', '3 hrs', '25-EFGH-F1-0410'],
    ['11/22/2025', 'Behavioral Emergencies: De-escalation', '1 hr', '25-ABCD-F3-0391'],
    ['01/14/2026', 'Anaphylaxis and Epinephrine', '0.75 hrs', '26-IJKL-F5-0022'],
  ];
  return (
    `<!DOCTYPE html><html><head><title>IRC log of #ma-ems for Sunday, 2026-11-29</title></head><body><h1>IRC log of #ma-ems for Sunday, 2026-11-29</h1><table class="irclog">` +
    row('dmoreau', 'paste it if you want, people here will eyeball it', '18:57') +
    row(nick, pasting, '18:58') +
    courses.map((c) => row(nick, c.join(' - '), '18:58')).join('') +
    row('dmoreau', 'looks fine, you still need the local hours', '19:00') +
    `</table></body></html>`
  );
}

describe('a chat log drawn as a table', () => {
  it('the writer says the list they paste is their own NREMT transcript', () => {
    const read = readHtml(log('ok pasting my NREMT transcript (copied off the Transcript page), sorry for the flood', 'kbrady_emt'));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Pediatric Respiratory Emergencies', '2025-05-17', 2],
      ['Cardiac Arrest Management', '2025-06-03', 3],
      ['Behavioral Emergencies: De-escalation', '2025-11-22', 1],
      ['Anaphylaxis and Epinephrine', '2026-01-14', 0.75],
    ]);
  });

  it("someone pastes their partner's transcript: nobody's list", () => {
    const read = readHtml(log("pasting Sam's NREMT transcript for him, he can't get on", 'kbrady_emt'));
    expect(read.kind).toBe('unknown');
  });
});
