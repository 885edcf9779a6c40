import { describe, expect, it } from 'vitest';
import type { OutlineLine } from '../../lib/model';
import { withoutLogTimes, withoutSender } from '../../lib/readers/speaker-lines';
import { readHtml } from './load';

const said = (sender: string, ...texts: string[]): OutlineLine[] => texts.map((text) => ({ text: `${sender} ${text}` }));

describe('a chat log: one sender before each message', () => {
  it.each<[string, OutlineLine[], OutlineLine[]]>([
    [
      'the sender comes off each line; a label alone labels the next message; the caption stays',
      [...said('zed_9', 'hi', 'notes'), { text: 'zed_9' }, { heading: 7, text: 'Expiration Date' }, ...said('zed_9', '06/30/2028', 'ok', 'bye')],
      [{ text: 'hi' }, { text: 'notes' }, { heading: 7, text: 'Expiration Date' }, { text: 'Expiration Date: 06/30/2028', label: 'Expiration Date' }, { text: 'ok' }, { text: 'bye' }],
    ],
    [
      'a time of day before the sender goes too',
      [{ text: '[08:01] qq' }, ...said('[08:02] bo', 'one', 'two', 'three', 'four', 'five'), { text: '[08:03] bo' }],
      [{ text: '[08:01] qq' }, { text: 'one' }, { text: 'two' }, { text: 'three' }, { text: 'four' }, { text: 'five' }],
    ],
    [
      'never standing alone: a list whose lines start alike, left as it is',
      said('Harbor', 'Drill 1', 'Drill 2', 'Drill 3', 'Drill 4', 'Drill 5'),
      said('Harbor', 'Drill 1', 'Drill 2', 'Drill 3', 'Drill 4', 'Drill 5'),
    ],
    [
      'too few messages to tell a sender',
      [...said('ro', 'a', 'b', 'c'), { text: 'ro' }],
      [...said('ro', 'a', 'b', 'c'), { text: 'ro' }],
    ],
    [
      "an IRC client's sender in angle brackets; its labelled value read as one",
      [{ text: '19:02 < jt > hi' }, ...said('19:02 < mk >', 'pasting', 'Maria K', 'Registry Number: A2290418', 'ok', 'thx'), { text: 'mk' }],
      [{ text: '19:02 < jt > hi' }, { text: 'pasting' }, { text: 'Maria K' }, { text: 'Registry Number: A2290418', label: 'Registry Number' }, { text: 'ok' }, { text: 'thx' }],
    ],
    [
      "a word of the site's opening the lines is no sender",
      [...said('National', 'Airway 2 hrs', 'Trauma 1 hr', 'Cardiology 1 hr', 'Medical 3 hrs', 'Operations 1 hr'), { text: 'National' }],
      [...said('National', 'Airway 2 hrs', 'Trauma 1 hr', 'Cardiology 1 hr', 'Medical 3 hrs', 'Operations 1 hr'), { text: 'National' }],
    ],
  ])('%s', (_name, outline, expected) => {
    expect(withoutSender(outline)).toEqual(expected);
  });
});

describe('a dashboard pasted a line per chat message', () => {
  const message = (text: string) => `<div class="m"><span aria-hidden="true">09:12</span> <span class="who"><span role="button">pq_ems</span></span> <span class="body">${text}</span></div>`;
  const page = (lines: string[]) => `<!DOCTYPE html><html><head><title>#notes — chat</title></head><body><main><h1>#notes</h1><div role="log">${lines.map(message).join('\n')}</div></main></body></html>`;
  it('reads the labels beside the values of the next messages', () => {
    const snapshot = readHtml(
      page(['copy of my dashboard', 'My Certification', 'Welcome, Odile T. Brask', 'Certification Level', 'Paramedic', 'National Registry Number', 'P4409121', 'Expiration Date', '03/31/2028', 'Agency Affiliation', 'Harbor Fire Rescue', 'Active', 'Message Center']),
    );
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.person?.registryNumber).toBe('P4409121');
    expect(snapshot.certification?.level).toBe('paramedic');
    expect(snapshot.certification?.expiresOn).toBe('2028-03-31');
  });
});

describe("a log's lines: their times and level word", () => {
  const log = (...texts: string[]): OutlineLine[] => texts.map((text, i) => ({ text: `06:00:0${i} 06:00:0${i + 2} INFO ${text}` }));
  it.each<[string, OutlineLine[], OutlineLine[]]>([
    [
      'five lines or more opening with a time: read without it, a label found again',
      log('Derek Albright', 'Registry Number: E5120934', 'Make Payment .... Paid', 'Submit .... not done', 'Finished'),
      [{ text: 'Derek Albright' }, { text: 'Registry Number: E5120934', label: 'Registry Number' }, { text: 'Make Payment .... Paid' }, { text: 'Submit .... not done' }, { text: 'Finished' }],
    ],
    ['four are no log', log('a', 'b', 'c', 'd'), log('a', 'b', 'c', 'd')],
    [
      "a message's time alone ('8:47 PM') stays whole",
      ['8:47 PM', '9:02 PM', '9:03 PM', '9:04 PM', '9:05 PM', '9:06 PM'].map((text) => ({ text })),
      ['8:47 PM', '9:02 PM', '9:03 PM', '9:04 PM', '9:05 PM', '9:06 PM'].map((text) => ({ text })),
    ],
    [
      "a printout's lines, each with its time",
      [{ pre: ['10:01:02 start', '10:01:03 WARN Application status: NOT SUBMITTED', '10:01:04 a', '10:01:05 b', '10:01:06 end'].join('\n') }],
      [{ pre: ['start', 'Application status: NOT SUBMITTED', 'a', 'b', 'end'].join('\n') }],
    ],
  ])('%s', (_name, outline, expected) => {
    expect(withoutLogTimes(outline)).toEqual(expected);
  });

  it("a build console's output of the application page: read as the application", () => {
    const lines = ['Started by timer', 'INFO Derek Albright NREMT ID E5120934', 'INFO National Registry Emergency Medical Responder, expires 03/31/2027', 'INFO Make Payment .......... Paid', 'WARN Application status: NOT SUBMITTED', 'Finished: FAILURE'];
    const html = `<!DOCTYPE html><html><head><title>#214 Console [Jenkins]</title></head><body><h1>Console Output</h1><pre>${lines.map((line, i) => `<span class="timestamp">06:00:0${i} </span>06:00:0${i + 1} ${line}`).join('\n')}</pre></body></html>`;
    const snapshot = readHtml(html, 'https://ci.example.org/job/recert/214/console');
    expect(snapshot.kind).toBe('nremt-application');
    expect(snapshot.application?.status).toBe('not-submitted');
  });
});
