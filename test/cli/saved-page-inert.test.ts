import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/cli/html';

// A saved page is data: reading it must neither throw on the resources its <head> names nor
// fetch them. A local server stands in for the page's own site and counts what is asked of it.
let server: Server;
let origin = '';
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const BODY =
  '<h1>Manage Education</h1><table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr>' +
  '<tr><td>Airway Management Update</td><td>05/01/2026</td><td>2</td></tr></table>';

const HEADS: [string, string][] = [
  ['a wasm preload fetched by a Leptos/Yew app', '<link rel="preload" href="/pkg/app_bg.wasm" as="fetch" type="application/wasm" crossorigin>'],
  ['a JSON preload with a relative path', '<link rel="preload" href="data/profile.json" as="fetch">'],
  ['a module preload', '<link rel="modulepreload" href="/assets/index-4f2a.js">'],
  ['a font and an image preload', '<link rel="preload" href="/fonts/a.woff2" as="font" crossorigin><link rel="preload" href="/img/logo.svg" as="image">'],
  ['a stylesheet and a script', '<link rel="stylesheet" href="/css/site.css"><script src="/js/app.js"></script>'],
  ['an icon and a manifest', '<link rel="icon" href="/favicon.ico"><link rel="manifest" href="/site.webmanifest">'],
];

describe('readHtml: a saved page is read without throwing and without a request', () => {
  it.each(HEADS)('%s, with no "saved from" address', async (_name, head) => {
    const page = await readHtml(`<!doctype html><html><head>${head}</head><body>${BODY}</body></html>`, null);
    expect((page.courses ?? []).map((course) => course.title)).toEqual(['Airway Management Update']);
  });

  it.each(HEADS)('%s, saved from the site itself: nothing is fetched', async (_name, head) => {
    requested.length = 0;
    const url = `${origin}/education/manage`;
    const html = `<!-- saved from url=(0040)${url} -->\n<!doctype html><html><head>${head}</head><body>${BODY}</body></html>`;
    const page = await readHtml(html, url);
    expect(page.courses).toHaveLength(1);
    await new Promise((done) => setTimeout(done, 400));
    expect(requested).toEqual([]);
  });
});
