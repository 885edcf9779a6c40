// "NCCP" is the model's name (the National Continued Competency Program): all three components
// are its own. Alone it has long meant the National component's hours; before a separator it
// names the model, and what follows is the component or the National topic ("NCCP: Individual",
// a learning system's tag).
import { describe, expect, it } from 'vitest';
import { parseAssignment } from '../../lib/readers/topics';
import { readHtml } from './load';

describe('NCCP before the component it counts in', () => {
  it.each([
    ['NCCP: Individual', { component: 'individual', topic: null }],
    ['NCCP: State/Local', { component: 'local', topic: null }],
    ['NCCP – Local', { component: 'local', topic: null }],
    ['NCCP: National', { component: 'national', topic: null }],
    ['NCCP: Trauma', { component: 'national', topic: 'trauma' }],
    ['NCCP', { component: 'national', topic: null }],
  ])('%j', (text, assignment) => {
    expect(parseAssignment(text)).toEqual(assignment);
  });

  it('tags under each course card: each course counts where its tag says', () => {
    const card = (title: string, date: string, hours: string, tag: string): string =>
      `<div class="course-row"><h3>${title}</h3><div><span>Completed ${date}</span><span>${hours} Credits</span><span>CAPCE # 26-ABCD-F3-0215</span></div><div><span class="tag">${tag}</span></div></div>`;
    const html = `<!DOCTYPE html><html><head><title>My Transcript</title></head><body><h1>My Transcript</h1>${card('Airway Module', 'Nov 18, 2026', '3', 'NCCP: National</span><span class="tag">Airway')}${card('Behavioral Emergencies', 'Sep 14, 2026', '1.5', 'NCCP: Individual')}${card('EVOC Refresher', 'Aug 20, 2026', '4', 'NCCP: State/Local')}</body></html>`;
    expect((readHtml(html).courses ?? []).map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Airway Module', 'national', 'airway'],
      ['Behavioral Emergencies', 'individual', null],
      ['EVOC Refresher', 'local', null],
    ]);
  });
});
