// A CSV file shown as text (an editor's "Export as HTML", a paste): its header line names the
// columns, each line after it is a course, a quoted field keeps its commas, an empty field is
// an empty cell; prose, whose commas a space follows, is no row.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (pre: string) =>
  `<!DOCTYPE html><html><head><title>ce-log.csv</title></head><body><pre>${pre}</pre></body></html>`;
const HEAD = '# NREMT Paramedic CE log: Tobias R. Vandermolen, NRP P2290417, expires 03/31/2027\n';

describe('a CSV printout', () => {
  it.each([
    ['plain text', (s: string) => s],
    ['each field in its own coloured span', (s: string) => s.split('\n').map((line) => line.split(',').map((f) => `<span style="color:#0057ae">${f}</span>`).join('<span>,</span>')).join('\n')],
  ])('%s', (_name, colour) => {
    const csv = [
      'Completed,Course,Hours,Approval,Component,Topic',
      '05/02/2025,"Difficult Airway: Surgical Cric Lab",3.0,25-AIRW-F1-0188,National,Airway',
      '09/30/2025,"12-Lead Acquisition, Interpretation & Transmission",4.0,25-CARD-F5-0911,National,Cardiology',
      '01/08/2026,"Toxicology: ""Tranq"" and Opioids",2.0,,National,Medical',
    ].join('\n');
    const snapshot = readHtml(page(HEAD + colour(csv)));
    expect(snapshot.unreadReason).toBeUndefined();
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.topic])).toEqual([
      ['Difficult Airway: Surgical Cric Lab', '2025-05-02', 3, '25-AIRW-F1-0188', 'airway'],
      ['12-Lead Acquisition, Interpretation & Transmission', '2025-09-30', 4, '25-CARD-F5-0911', 'cardiovascular'],
      ['Toxicology: "Tranq" and Opioids', '2026-01-08', 2, null, 'medical'],
    ]);
  });
});

// A code host's file view draws a CSV file a line per table row, the line number in its own cell
// (Gitiles, GitLab): each line is read as the same row of values, a quoted title's ", " kept.
describe('a CSV file shown a line per row', () => {
  it('its header names the columns, each line after it is a course', () => {
    const lines = [
      '# My NREMT transcript, copied from nremt.org: Tobias R. Vandermolen, NRP P2290417, expires 03/31/2027',
      'Course Title,Date Completed,Credit Hours,Approval Number,Assigned To',
      '"Stroke, TIA and LVO Recognition",06/02/2025,1.5,25-SOL-F3-1943,National - Cardiology',
      '"Pediatric Respiratory Distress (Croup, Asthma)",12/03/2025,2.5,25-NEE-F3-1120,National - Medical',
      '"Region 2 Protocol Rollout",04/09/2026,3,MA26-T3-0215,State/Local',
    ];
    const rows = lines.map((line, i) => `<tr><td class="num" data-line="${i + 1}"></td><td class="code"><span>${line.replaceAll('&', '&amp;')}</span></td></tr>`).join('');
    const snapshot = readHtml(`<!DOCTYPE html><html><head><title>transcript.csv - ems-recert</title></head><body><h1>transcript.csv</h1><table class="file">${rows}</table></body></html>`);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.component, c.topic])).toEqual([
      ['Stroke, TIA and LVO Recognition', '2025-06-02', 1.5, '25-SOL-F3-1943', 'national', 'cardiovascular'],
      ['Pediatric Respiratory Distress (Croup, Asthma)', '2025-12-03', 2.5, '25-NEE-F3-1120', 'national', 'medical'],
      ['Region 2 Protocol Rollout', '2026-04-09', 3, 'MA26-T3-0215', 'local', null],
    ]);
  });
});

// A highlighter draws each line's number in its own unselectable span with no space after it
// (Torchlight, Shiki transformers): as text the number runs into the line ("22026-04-22,…"). The
// writer's own name in the note ("I'm Kayla Brennan-Ortiz") makes "Kayla's field notes" theirs.
describe('a CSV file whose line numbers run into its lines', () => {
  it('reads each line after its number, in the writer\'s own notes', () => {
    const lines = [
      'date,title,hours,component,topic,approval',
      '2026-04-22,"Pediatric Assessment Triangle",2,National,Medical,26-PEDS-F3-0114',
      '2026-05-13,"Airway: BVM and Supraglottic Review",1.5,National,Airway,26-NECEP-F2-0230',
      '2026-07-19,"MCI Tabletop, Region 2",3,Local,,T1-26-0412',
    ];
    const code = lines.map((line, i) => `<div class="line"><span class="line-number" style="user-select:none">${i + 1}</span>${line}</div>`).join('');
    const html = `<!DOCTYPE html><html><head><title>CE log</title></head><body><p>Kayla's field notes</p><h1>CE log, 2028 cycle</h1>
      <p>Running log. I'm Kayla Brennan-Ortiz, NREMT EMT, registry E5120874. My card says expires March 31, 2028.</p>
      <pre><code>${code}</code></pre></body></html>`;
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual([
      ['Pediatric Assessment Triangle', '2026-04-22', 2, '26-PEDS-F3-0114'],
      ['Airway: BVM and Supraglottic Review', '2026-05-13', 1.5, '26-NECEP-F2-0230'],
      ['MCI Tabletop, Region 2', '2026-07-19', 3, 'T1-26-0412'],
    ]);
  });
});
