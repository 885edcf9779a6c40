// A chat room's log where the person pasted their course list a message per course: each message a
// time stamp with seconds, the sender's nickname and the text ("03/02/2025 | 2.00 | 25-… | Title"),
// between other members' notices ("joined the room") and remarks. The nickname that repeats message
// after message is no title; a time of day ("19:35:11") is no course's hours, and a notice or a
// remark stamped with one is no course; "none" where the approval number stands is no title; the
// course whose hours are "TBD" is reported unread.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Message = [time: string, nick: string, text: string, notice?: boolean];

const MESSAGES: Message[] = [
  ['19:33:22', 'dana', 'joined the room', true],
  ['19:34:15', 'dana', 'my NREMT transcript, so I stop losing it. Dana Q. Morrow / Registry # A2219001 / Advanced EMT'],
  ['19:34:32', 'dana', '03/02/2026 | 2.00 | 26-ABCD-F3-0199 | Behavioral Emergencies in the Field'],
  ['19:34:39', 'dana', '01/14/2026 | 2.00 | 26-ABCD-F3-0412 | Pediatric Airway Management'],
  ['19:35:11', 'lee', 'joined the room', true],
  ['19:35:20', 'lee', 'is this your notes room? carry on'],
  ['19:35:34', 'dana', '05/07/2026 | 1.00 | 26-1187-T3 | MA Protocols 2026 Update'],
  ['19:35:41', 'dana', '06/22/2026 | TBD | 26-EFGH-F3-0220 | Stroke Scales'],
  ['19:35:57', 'dana', '09/30/2026 | 1.00 | none | Ambulance Safe Driving (in-house)'],
  ['19:36:41', 'lee', 'left the room', true],
];

const layouts: Array<[string, (m: Message) => string, string, string]> = [
  ['list items', ([time, nick, text, notice]) => `<li class="${notice ? 'join' : 'msg'}"><a class="time" href="#t${time}">${time}</a> <b class="nick">${nick}</b> <span class="body">${text}</span></li>`, '<ol>', '</ol>'],
  ['divs', ([time, nick, text]) => `<div><span>${time}</span><span>${nick}</span><div>${text}</div></div>`, '<div>', '</div>'],
];

describe('courses pasted into a chat log, a message each', () => {
  it.each(layouts)('%s', (_name, message, open, close) => {
    const html = `<!DOCTYPE html><html><head><title>dana-notes - 2026-11-28</title></head><body><h1>dana-notes - 2026-11-28</h1>${open}${MESSAGES.map(message).join('')}${close}</body></html>`;
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual([
      ['Behavioral Emergencies in the Field', '2026-03-02', 2, '26-ABCD-F3-0199'],
      ['Pediatric Airway Management', '2026-01-14', 2, '26-ABCD-F3-0412'],
      ['MA Protocols 2026 Update', '2026-05-07', 1, '26-1187-T3'],
      ['Ambulance Safe Driving (in-house)', '2026-09-30', 1, null],
    ]);
    expect(read.unread?.map((u) => u.text)).toEqual([expect.stringContaining('Stroke Scales')]);
  });
});
