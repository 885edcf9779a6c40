// Serves the replica pages (and generated Manage Education pages) at the real addresses, so
// the built extension's own `matches` decide where it runs. Nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { generateEducationPage } from './education-page';

const REPLICA_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'replica');

const NREMT_PAGES: Record<string, string> = {
  '/dashboard': 'nremt-dashboard.html',
  '/manage-education': 'nremt-manage-education.html',
  '/transcript': 'nremt-transcript.html',
  '/recertification-application': 'nremt-application.html',
};

/** A "session expires in m:ss" countdown and a rotating banner, changing every 200 ms forever. */
export const TICKING_SCRIPT = `<p id="clock">Your session expires in 15:00</p><p id="banner">Tip: keep your certificates.</p>
<script>
  let left = 900, slide = 0;
  const tips = ['Tip: keep your certificates.', 'Tip: check your approval numbers.', 'Tip: click Submit Application.'];
  setInterval(() => {
    left = left > 0 ? left - 1 : 900;
    document.getElementById('clock').textContent = 'Your session expires in ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left % 5 === 0) document.getElementById('banner').textContent = tips[++slide % tips.length];
  }, 200);
</script>`;

/** Another site's page: the extension must do nothing here. */
const OTHER_SITE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Example Domain</title></head>
<body><main><h1>Example Domain</h1><p>Dashboard, Manage Education, Submit Application: words that appear on our sites.</p>
<table><thead><tr><th>Course Name</th><th>Date Completed</th><th>Credits</th></tr></thead>
<tbody><tr><td>Airway Management</td><td>04/08/2025</td><td>3.00</td></tr></tbody></table></main></body></html>`;

export const URLS = {
  manageEducation: 'https://www.nremt.org/manage-education',
  dashboard: 'https://www.nremt.org/dashboard',
  /** A generated Manage Education page with this many courses. */
  generatedEducation: (courses: number) => `https://www.nremt.org/manage-education?courses=${courses}`,
  /** The same with a ticking countdown and a rotating banner. */
  tickingEducation: (courses: number) => `https://www.nremt.org/manage-education?courses=${courses}&ticking=1`,
  otherSite: 'https://example.org/',
};

function html(route: Route, body: string): Promise<void> {
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

export async function routeSites(context: BrowserContext): Promise<void> {
  const generated = new Map<number, string>();
  const nremt = (route: Route) => {
    const url = new URL(route.request().url());
    const courses = Number(url.searchParams.get('courses'));
    if (url.pathname === '/manage-education' && courses > 0) {
      if (!generated.has(courses)) generated.set(courses, generateEducationPage(courses).html);
      const page = generated.get(courses) ?? '';
      return html(route, url.searchParams.has('ticking') ? page.replace('</body>', `${TICKING_SCRIPT}</body>`) : page);
    }
    const file = NREMT_PAGES[url.pathname];
    if (!file) return route.fulfill({ status: 404, body: '' });
    return html(route, readFileSync(join(REPLICA_DIR, file), 'utf8'));
  };
  await context.route('https://www.nremt.org/**', nremt);
  await context.route('https://nremt.org/**', nremt);
  await context.route('https://healthprofessionlicensing.mass.gov/**', (route) =>
    html(route, readFileSync(join(REPLICA_DIR, 'elicensing-license.html'), 'utf8')),
  );
  await context.route('https://example.org/**', (route) =>
    new URL(route.request().url()).pathname === '/' ? html(route, OTHER_SITE_PAGE) : route.fulfill({ status: 404, body: '' }),
  );
}
