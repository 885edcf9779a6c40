// How a course's component is named where the page groups or labels it: a data grid's group row
// glues its label to the name ("Component:State/Local", a jQuery grid grouped by a column), and a
// form labels the field with the model's name ("NCCP component", domain.md's NCCP model).
import { describe, expect, it } from 'vitest';
import { headingAssignment } from '../../lib/readers/education';
import { readHtml } from './load';

describe('a group row naming its component or topic', () => {
  it.each<[string, ReturnType<typeof headingAssignment>]>([
    ['Component:State/Local', { component: 'local', topic: null }],
    ['Component:Individual', { component: 'individual', topic: null }],
    ['Component: National', { component: 'national', topic: null }],
    ['Topic:Trauma', { component: 'national', topic: 'trauma' }],
    ['Updated 10:30', null],
  ])('%s', (text, expected) => {
    expect(headingAssignment(text)).toEqual(expected);
  });
});

describe('a form labelling the field "NCCP component"', () => {
  const card = (title: string, component: string, topic: string) =>
    `<div class="card"><label>Course title</label><input disabled value="${title}"><label>Date completed</label><input disabled type="date" value="2026-05-02"><label>Credit hours</label><input disabled value="2"><label>Approval number</label><input disabled value="26-ABCD-F3-0101"><label>NCCP component</label><input disabled value="${component}"><label>National topic</label><input disabled value="${topic}"></div>`;
  it('the component the field shows, an empty topic none', () => {
    const html = `<!DOCTYPE html><html><head><title>My CE log</title></head><body><h1>My NREMT CE log</h1><p>Copied from my NREMT Transcript.</p>${card('Airway Lab', 'National', 'Airway')}${card('Region Protocol Day', 'State/Local', '')}${card('Leadership', 'Individual', '')}</body></html>`;
    expect((readHtml(html).courses ?? []).map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Airway Lab', 'national', 'airway'],
      ['Region Protocol Day', 'local', null],
      ['Leadership', 'individual', null],
    ]);
  });
});
