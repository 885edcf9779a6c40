// A forum thread, a list archive or a blog post holding the provider's own pasted course list: its
// chrome labels the post's dates ("Start date" beside "Thread starter", "Started", "Posted"). The
// class: off the dashboard, a bare "Start date" label names no cycle (a thread's or a course's
// start); only a label naming the cycle ("Cycle Start Date", "Recertification Start") or the
// person's sentence ("last recertification date 3/31/2025") is the cycle's start. domain.md: the
// cycle runs from the day after the last recertification; dates of posts are never its facts.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = `<table><tr><th>Course</th><th>Completed</th><th>CEH</th><th>Assigned to</th><th>Approval</th></tr>
<tr><td>Airway Management Update</td><td>May 14, 2025</td><td>2.00</td><td>National / Airway</td><td>25-EMSX-F3-0418</td></tr>
<tr><td>Stroke Scales Review</td><td>Sep 8, 2025</td><td>1.00</td><td>National / Cardiology</td><td>25-EMSX-F3-0733</td></tr>
<tr><td>Regional Protocol Update</td><td>Feb 10, 2026</td><td>3.00</td><td>State/Local</td><td>26-0142-T3</td></tr></table>`;

const thread = (meta: string, sentence: string): string => `<!DOCTYPE html><html><head><title>Is my NREMT transcript right? | EMS Forums</title></head><body>
<h1>Is my NREMT transcript right?</h1>${meta}
<article><div><h4>Jordan Pike</h4><div>Member</div><dl><dt>Joined</dt><dd>Feb 9, 2023</dd></dl></div>
<div><div>Nov 27, 2026</div><div>#1</div>
<p>Copied my Manage Education page from NREMT. I'm an EMT, expiring March 31, 2027.${sentence}</p>${COURSES}
<p>Thanks!</p></div></article></body></html>`;

const BYLINES = [
  ['"Thread starter" and "Start date" side by side', '<dl><dt>Thread starter</dt><dd>Jordan Pike</dd><dt>Start date</dt><dd>Nov 27, 2026</dd></dl>'],
  ['a "Start date:" line under the title', '<div>Started by Jordan Pike</div><div>Start date: Nov 27, 2026</div>'],
  ['a list archive\'s "Start Date" row', '<table><tr><td>Topic</td><td>Is my NREMT transcript right?</td></tr><tr><td>Start Date</td><td>11/27/2026</td></tr></table>'],
] as const;

describe('a post\'s "Start date" off the dashboard is no cycle start', () => {
  it.each(BYLINES)('%s, the cycle not stated', (_, meta) => {
    const read = readHtml(thread(meta, ''));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
    expect(read.certification?.cycleStart ?? null).toBeNull();
  });

  it.each(BYLINES)('%s, the cycle stated in the post', (_, meta) => {
    const read = readHtml(thread(meta, ' My dashboard says last recertification date 3/31/2025, so the cycle started the next day.'));
    expect(read.certification?.cycleStart).toBe('2025-04-01');
  });

  it('a label naming the cycle still gives it', () => {
    const read = readHtml(thread('<div>Cycle Start Date: 04/01/2025</div>', ''));
    expect(read.certification?.cycleStart).toBe('2025-04-01');
  });
});
