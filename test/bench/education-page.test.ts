import { describe, expect, it } from 'vitest';
import { generateEducationPage } from '../../bench/education-page';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('generated Manage Education page', () => {
  it.each([50, 500])('lists every one of %i courses once, in header-row tables', (count) => {
    const { html, courses } = generateEducationPage(count);
    const doc = parse(html);
    const rows = [...doc.querySelectorAll('table tbody tr')];
    expect(courses).toHaveLength(count);
    expect(rows).toHaveLength(count);
    for (const table of doc.querySelectorAll('table')) {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
      expect(headers.slice(0, 4)).toEqual(['Course Name', 'Date Completed', 'Credits', 'Approval #']);
    }
    const titles = rows.map((row) => row.querySelector('td')?.textContent);
    expect(new Set(titles).size).toBe(count);
    expect(titles.sort()).toEqual(courses.map((course) => course.title).sort());
  });

  it('groups courses under the component and topic headings the page uses', () => {
    const { html, courses } = generateEducationPage(200);
    const doc = parse(html);
    const headings = [...doc.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(headings).toEqual([
      'National Component',
      'Airway, Respiration & Ventilation',
      'Cardiovascular',
      'Trauma',
      'Medical',
      'Operations',
      'Local Component',
      'Individual Component',
      'Unassigned Courses',
    ]);
    const trauma = [...doc.querySelectorAll('h3')].find((h) => h.textContent === 'Trauma');
    const traumaRows = trauma?.closest('div')?.parentElement?.querySelectorAll('tbody tr') ?? [];
    expect(traumaRows.length).toBe(courses.filter((course) => course.topic === 'trauma').length);
    expect(courses.some((course) => course.component === 'local')).toBe(true);
    expect(courses.some((course) => course.component === 'individual')).toBe(true);
  });

  it('varies dates inside the cycle, hours and approval numbers, with some missing', () => {
    const { html, courses } = generateEducationPage(500);
    for (const course of courses) {
      expect(course.completedOn >= '2025-02-11' && course.completedOn <= '2027-03-31').toBe(true);
      expect(course.approvalNumber === null || /^\d\d-[A-Z]+-F\d-\d{4}$|^OEMS \d\d-\d{4}(-T3)?$/.test(course.approvalNumber)).toBe(true);
    }
    expect(new Set(courses.map((course) => course.completedOn)).size).toBeGreaterThan(200);
    expect(new Set(courses.map((course) => course.hours)).size).toBeGreaterThan(3);
    const missing = courses.filter((course) => course.approvalNumber === null).length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(50);
    // US dates on the page, as NREMT shows them.
    const first = courses[0];
    const [y, m, d] = (first?.completedOn ?? '').split('-');
    expect(html).toContain(`<td>${m}/${d}/${y}</td>`);
  });

  it('is the same page for the same seed and has different class names for another', () => {
    expect(generateEducationPage(50, 1).html).toBe(generateEducationPage(50, 1).html);
    const classesOf = (html: string) => new Set([...parse(html).querySelectorAll('[class]')].map((el) => el.className));
    const first = classesOf(generateEducationPage(50, 1).html);
    const second = classesOf(generateEducationPage(50, 2).html);
    expect([...first].filter((name) => second.has(name))).toEqual([]);
  });

  it('escapes course titles as text', () => {
    const { html, courses } = generateEducationPage(300);
    const withAmpersand = courses.find((course) => course.title.includes('&'));
    expect(withAmpersand).toBeDefined();
    expect(html).toContain(withAmpersand?.title.replace(/&/g, '&amp;'));
  });
});
