// One read looks for the page's open shadow trees once, however many readers query them (the
// role switcher, the Submit control, fixed-column grids): not a walk over every element per query.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageEvidence } from '../../lib/readers/read-page';
import { finishRead } from '../../lib/readers/judge-page';
import { queryAllDeep, withShadowTrees } from '../../lib/readers/dom';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function application(): void {
  document.title = 'Recertification Application';
  document.body.innerHTML =
    '<h1>Recertification Application</h1><p>Application Status: Not Submitted</p><app-shell></app-shell><app-footer></app-footer>';
  const shell = document.querySelector('app-shell')!.attachShadow({ mode: 'open' });
  shell.innerHTML = '<section><h2>Courses</h2><app-actions></app-actions></section>';
  shell.querySelector('app-actions')!.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Submit Application</button>';
  document.querySelector('app-footer')!.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Help</button>';
}

describe('open shadow trees, looked for once per read', () => {
  it('the Submit control inside nested trees is found, with one walk over the page for the trees', () => {
    application();
    const walks = vi.spyOn(document.body, 'querySelectorAll');
    const read = readPageEvidence(document, 'https://www.nremt.org/recertification-application');
    expect(finishRead(read).kind).toBe('nremt-application');
    expect(read.evidence?.application?.control).toEqual({ disabled: false });
    expect(walks.mock.calls.filter(([selector]) => selector === '*')).toHaveLength(1);
  });

  it('the matches keep document order, a nested tree after the tree holding it, inside a read or not', () => {
    application();
    const texts = () => queryAllDeep(document.body, 'button, h2').map((el) => el.textContent);
    expect(texts()).toEqual(['Courses', 'Submit Application', 'Help']);
    expect(withShadowTrees(texts)).toEqual(['Courses', 'Submit Application', 'Help']);
  });
});
