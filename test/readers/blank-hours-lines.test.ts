// A course list pasted as text (a terminal's output, a paste site) where one course's hours were
// left blank: a "Hours:" label with nothing after it in a block of labelled lines, an empty HRS
// column in a fixed-width table. The course is shown, so it is reported as unread, never dropped.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const printout = (text: string): string => `<!DOCTYPE html><html><head><title>nremt-ce.txt</title></head><body><pre>${text}</pre></body></html>`;

const block = (title: string, date: string, hours: string, approval: string): string =>
  `Course:     ${title}\nCompleted:  ${date}\nHours:      ${hours}\nComponent:  National\nTopic:      Trauma\nApproval:   ${approval}\n`;

const BLOCKS = [
  '# copied from NREMT > Transcript, one block per course',
  block('Blast and Penetrating Trauma', '2025-10-02', '2.5', '25-TAC-F5-0093'),
  block('Crew Resource Management', '2026-02-26', '', '26-OPS-F3-0210'),
  block('Spinal Motion Restriction', '2026-03-01', '1.0', '26-TRA-F3-0001'),
].join('\n');

const COLUMNS = [
  'AEMT  M. Okafor-Reyes   NREMT A3310896   exp 03/31/2028   cycle 04/01/2026 - 03/31/2028',
  'copied from nremt.org transcript 12/02/2026',
  '',
  'DATE        HRS   COMPONENT    TOPIC             APPROVAL #      COURSE',
  '2026-04-09  1.0   National     Airway/Resp/Vent  26-CAP-F3-0211  Capnography Beyond the Basics',
  '2026-08-27        State/Local                    MA-T3-26-0118   OEMS Protocol 2.0 Changes for AEMTs',
  '2026-09-15  4.0   State/Local                    MA-T1-26-0204   Regional Medical Control Update',
  '2026-10-06  2.0   Individual                     26-PRO-F3-0902  IO Access and Pain Management',
].join('\n');

describe('a pasted course with its hours left blank', () => {
  it.each([
    ['labelled blocks, an empty "Hours:"', BLOCKS, 'Crew Resource Management', 2],
    ['fixed-width columns, an empty HRS cell', COLUMNS, 'OEMS Protocol 2.0 Changes for AEMTs', 3],
  ])('%s: reported unread', (_, text, title, read) => {
    const snapshot = readHtml(printout(text), 'https://www.nremt.org/x');
    expect(snapshot.courses).toHaveLength(read);
    expect(snapshot.courses?.some((course) => course.title === title)).toBe(false);
    expect(snapshot.unread).toHaveLength(1);
    expect(snapshot.unread?.[0]?.text).toContain(title);
  });
});
