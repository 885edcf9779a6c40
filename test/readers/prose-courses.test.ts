// Courses and facts written as prose: a printable letter, an e-mail digest, a chatbot's answer
// tell each course in a sentence ("On 03/14/2026 you completed 'Pediatric Airway' (2.0 hours,
// CAPCE 26-…), assigned to National – Airway."), its title the quoted phrase or the words left
// when the values and their joining words are taken away; a sentence of totals is no course; the
// person's cycle facts are told in "your" sentences. Pages where prose mentions dates and hours
// that are no courses (a help article, a dashboard's Message Center) read as before.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const rows = (read: ReturnType<typeof readHtml>) =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

const AIRWAY = ['Pediatric Airway', '2026-03-14', 2, 'national', 'airway', '26-PEDS-F3-0211'];
const CHEST = ['Chest Pain & ACS Review', '2026-02-27', 1.5, 'national', 'cardiovascular', '26-CARD-F3-0148'];
const LOCAL = ['Worcester County Protocol Update', '2025-08-16', 3, 'local', null, '25-0816-T1'];
const WATER = ['Water Rescue Awareness', '2025-05-03', 0.75, null, null, null];

describe('courses told one sentence each', () => {
  it.each([
    [
      'a printable letter: quoted titles, "assigned to", a remark after a course, a totals sentence',
      page(
        'Education Summary :: National Registry of EMTs',
        '<h1>Education Summary</h1><div><p>March 16, 2026</p><p>Dear Dana Okafor,</p>' +
          '<p>On 03/14/2026 you completed \'Pediatric Airway\' (2.0 hours, CAPCE 26-PEDS-F3-0211), assigned to National – Airway.</p>' +
          '<p>On 02/27/2026 you completed \'Chest Pain &amp; ACS Review\' (1:30 hours, CAPCE 26-CARD-F3-0148), assigned to National – Cardiology.</p>' +
          '<p>On 08/16/2025 you completed \'Worcester County Protocol Update\' (3.0 hours, OEMS 25-0816-T1), assigned to Local. It was reviewed on 08/20/2025.</p>' +
          '<p>On 05/03/2025 you completed \'Water Rescue Awareness\' (0.75 hours, no approval number on file), which is not yet assigned to a component.</p>' +
          '<p>In total, your transcript lists 7.25 hours. Certificates dated on or after 4/1/2023 must show your name and the credits.</p></div>',
      ),
      [AIRWAY, CHEST, LOCAL, WATER],
    ],
    [
      'an e-mail digest: the title is the words left ("You completed <b>…</b> on … for …"), month-name dates',
      page(
        'Weekly education digest | NREMT',
        '<h1>Weekly education digest</h1><p>Hi Dana, here is what your transcript shows this week.</p><ul>' +
          '<li>You completed <b>Pediatric Airway</b> on March 14, 2026 for 2.0 hours (CAPCE 26-PEDS-F3-0211), applied to National – Airway.</li>' +
          '<li>You completed <b>Chest Pain &amp; ACS Review</b> on February 27, 2026 for 1:30 hours (CAPCE 26-CARD-F3-0148), applied to National – Cardiology.</li>' +
          '<li>You completed <b>Worcester County Protocol Update</b> on August 16, 2025 for 3 hours (OEMS 25-0816-T1), applied to Local.</li>' +
          '<li>You completed <b>Water Rescue Awareness</b> on May 3, 2025 for 0.75 hours, with no approval number on file, which is not yet assigned.</li>' +
          '</ul><p>In total, your transcript lists 4 courses and 7.25 hours since April 1, 2024.</p>',
      ),
      [AIRWAY, CHEST, LOCAL, WATER],
    ],
    [
      'a chatbot answer: curly-quoted titles in list lines, "counted toward", two courses in one sentence, a "still need" sentence',
      page(
        'Transcript Assistant | NREMT',
        '<h1>Transcript Assistant</h1><div role="log"><p>Which courses are on my transcript?</p><div>' +
          '<p>Sure! Here are the courses on your transcript:</p><ol>' +
          '<li>“Pediatric Airway” — completed 03/14/2026, 2 hours, CAPCE 26-PEDS-F3-0211, counted toward National – Airway.</li>' +
          '<li>“Chest Pain &amp; ACS Review” — completed 02/27/2026, 1.5 hours, CAPCE 26-CARD-F3-0148, counted toward National – Cardiology.</li></ol>' +
          '<p>You also completed “Worcester County Protocol Update” on 08/16/2025 (3 hours, OEMS 25-0816-T1, applied to Local) and “Water Rescue Awareness” on 05/03/2025 (0.75 hours).</p>' +
          '<p>That makes 7.25 hours in total. You still need 14 hours of National courses before March 31, 2026.</p></div></div>',
      ),
      [AIRWAY, CHEST, LOCAL, WATER],
    ],
  ])('%s', (_, html, expected) => {
    const read = readHtml(html, 'https://www.nremt.org/my-certification/education-summary');
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual(expected);
  });
});

describe('one course sentence, five wordings', () => {
  type Row = [string, string, string, string, string];
  const wordings: Array<[string, (...row: Row) => string]> = [
    ['an emphasised title, "earning", "counted toward"', (t, d, h, a, c) => `<p>On ${d} you finished <em>${t}</em>, earning ${h} hours (CAPCE ${a}), counted toward ${c}.</p>`],
    ['hours first, the date last, "it counts toward"', (t, d, h, a, c) => `<p>You earned ${h} hours for '${t}' (CAPCE ${a}) on ${d}; it counts toward ${c}.</p>`],
    ['"Course "…" was completed", "Applied to:"', (t, d, h, a, c) => `<p>Course "${t}" was completed on ${d} and awarded ${h} credit hours (CAPCE ${a}). Applied to: ${c}.</p>`],
    ['the title and date in one sentence, the rest in the next', (t, d, h, a, c) => `<li><i>${t}</i> was completed on ${d}. It is worth ${h} hours, approval number CAPCE ${a}, and is assigned to ${c}.</li>`],
    ['the date first with a colon, an unquoted title', (t, d, h, a, c) => `<p>${d}: you completed ${t} for ${h} hours under CAPCE ${a}, assigned to ${c}.</p>`],
  ];
  const data: Row[] = [
    ['Pediatric Airway', '03/14/2026', '2.0', '26-PEDS-F3-0211', 'National – Airway'],
    ['Chest Pain Review', 'February 27, 2026', '1.5', '26-CARD-F3-0148', 'National – Cardiology'],
    ['Stroke Scales', '01/09/2026', '1', '26-NEUR-F3-0010', 'Local'],
  ];
  it.each(wordings)('%s', (_, sentence) => {
    const html = page('Education Summary | NREMT', `<h1>Education Summary</h1><div>${data.map((row) => sentence(...row)).join('')}</div>`);
    expect(rows(readHtml(html, 'https://www.nremt.org/my-certification/education-summary'))).toEqual([
      ['Pediatric Airway', '2026-03-14', 2, 'national', 'airway', '26-PEDS-F3-0211'],
      ['Chest Pain Review', '2026-02-27', 1.5, 'national', 'cardiovascular', '26-CARD-F3-0148'],
      ['Stroke Scales', '2026-01-09', 1, 'local', null, '26-NEUR-F3-0010'],
    ]);
  });

  it('two courses in one sentence with unquoted titles are not merged', () => {
    const html = page(
      'Education Summary | NREMT',
      '<h1>Education Summary</h1><p>You completed Pediatric Airway on 03/14/2026 (2 hours, CAPCE 26-PEDS-F3-0211) and Chest Pain Review on 02/27/2026 (1.5 hours, CAPCE 26-CARD-F3-0148).</p>' +
        '<p>You completed Stroke Scales on 01/09/2026 (1 hour, CAPCE 26-NEUR-F3-0010) and Water Rescue Awareness on 05/03/2025 (0.75 hours).</p>',
    );
    expect(rows(readHtml(html, 'https://www.nremt.org/my-certification/education-summary')).map((row) => row.slice(0, 3))).toEqual([
      ['Pediatric Airway', '2026-03-14', 2],
      ['Chest Pain Review', '2026-02-27', 1.5],
      ['Stroke Scales', '2026-01-09', 1],
      ['Water Rescue Awareness', '2025-05-03', 0.75],
    ]);
  });
});

describe('prose that mentions dates and hours of no course', () => {
  it('a help article with worked examples is unknown', () => {
    const html = page(
      'How continuing education is counted | NREMT Help Center',
      '<h1>How continuing education is counted</h1>' +
        '<p>Courses must be completed inside your cycle. For example, a course you completed on 03/14/2026 for 2.0 hours counts toward a cycle that ends March 31, 2026.</p>' +
        "<p>Suppose you completed 'Pediatric Airway' on 02/27/2026 (1.5 hours, CAPCE 26-CARD-F3-0148). It is assigned to National – Airway once it is approved.</p>" +
        '<p>A course completed on 01/09/2026 worth 1 hour with OEMS number 26-0109-T1 is assigned to the State/Local component.</p>' +
        '<p>In total, an EMT needs 40 hours: 20 National, 10 Local and 10 Individual.</p>',
    );
    expect(readHtml(html, 'https://help.nremt.org/article/ce').kind).toBe('unknown');
  });

  it("a dashboard's Message Center lists no courses and leaves the labelled facts", () => {
    const html = page(
      'My Certification | NREMT',
      '<h1>My Certification</h1><dl><dt>Registry Number</dt><dd>E1234567</dd><dt>Certification Level</dt><dd>EMT</dd>' +
        '<dt>Expiration Date</dt><dd>03/31/2027</dd><dt>Cycle Start Date</dt><dd>04/01/2025</dd></dl><h2>Message Center</h2><ul>' +
        "<li>On 01/07/2026 your course 'Pediatric Airway' (2.0 hours, CAPCE 26-PEDS-F3-0211) was approved by your training officer.</li>" +
        "<li>On 12/02/2025 we received 1.5 hours of continuing education from CAPCE for 'Chest Pain Review'.</li>" +
        '<li>On 03/24/2025 your certification that expired 03/31/2025 was renewed. Your new cycle began on April 1, 2025.</li></ul>',
    );
    const read = readHtml(html, 'https://www.nremt.org/my-certification');
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.courses).toBeUndefined();
    expect(read.certification).toEqual({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });
});

describe("the person's cycle told in a letter's sentences", () => {
  const letter = (sentence: string) =>
    page(
      'Education Summary | NREMT',
      `<h1>Education Summary</h1><p>Dear Dana Okafor,</p><p>This letter summarizes the continuing education on your National Registry transcript for your current recertification cycle. ${sentence} Courses must be completed inside this cycle.</p>` +
        "<p>On 03/14/2026 you completed 'Pediatric Airway' (2.0 hours, CAPCE 26-PEDS-F3-0211), assigned to National – Airway.</p>" +
        "<p>On 02/27/2026 you completed 'Chest Pain Review' (1.5 hours, CAPCE 26-CARD-F3-0148), assigned to National – Cardiology.</p>",
    );
  it.each([
    ['two joined clauses', 'Your EMT certification expires on March 31, 2026, and your current cycle began on April 1, 2024.', { expiresOn: '2026-03-31', cycleStart: '2024-04-01' }],
    ['two sentences', 'Your current recertification cycle started on 04/01/2024. Your certification expires 03/31/2026.', { expiresOn: '2026-03-31', cycleStart: '2024-04-01' }],
    ['"my" in a first-person summary', 'My certification expires on March 31, 2026.', { expiresOn: '2026-03-31' }],
    ['a condition is no fact', 'If your certification expires on March 31, 2026, submit before then.', {}],
    ['everyone\'s dates are no fact', 'Certifications expiring March 31, 2026 open for recertification on October 1, 2025.', {}],
    ['"your" inside a clause opens none', 'Courses completed before your cycle began on April 1, 2024 may not count.', {}],
  ])('%s', (_, sentence, expected) => {
    const read = readHtml(letter(sentence), 'https://www.nremt.org/my-certification/education-summary');
    expect(read.kind).toBe('nremt-education');
    const { expiresOn, cycleStart } = read.certification ?? {};
    expect(JSON.parse(JSON.stringify({ expiresOn, cycleStart }))).toEqual(expected);
  });
});
