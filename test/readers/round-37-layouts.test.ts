// Round 37's layouts, each written here in its own words:
// - a social app's post holding the transcript pasted with tabs, the app's menu above it naming
//   its "Local" timeline: a menu's line names no group of the list;
// - a password manager's entry form whose "Notes" box holds the eLicensing license table pasted a
//   cell per line; a document manager's form whose "Content" box holds the renewal page copied as
//   text: each box's lines read as a note's, while a reply form quoting the page is read once.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string, head = ''): string => `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const TSV = [
  'Course Title\tDate Completed\tCredit Hours\tApproval Number',
  'Spinal Motion Restriction Review\t10/02/2026\t2.00\t26-KLM-F3-1002',
  'Capnography for Basic Providers\t08/14/2026\t1.50\t26-KLM-F3-0814',
  'Hazmat Awareness Refresher\t06/20/2026\t3.00\t26-0620-T',
].join('\n');

describe('a social app’s post under a menu naming its "Local" timeline', () => {
  const menu = (tag: string) => `<${tag} class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/public">Federated</a></li></ul></${tag}>`;
  const post = `<article><p>Dana Whitcombe</p><p>my NREMT transcript, which ones count?<br>${TSV.replaceAll('\n', '<br>')}</p></article>`;
  it('leaves each course unassigned', () => {
    const read = readHtml(page('Toot', menu('nav') + post), null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(3);
    expect(read.courses?.map((course) => course.component)).toEqual([null, null, null]);
  });
  it('still reads a group line above the list outside a menu', () => {
    const read = readHtml(page('Toot', menu('div').replace('<li><a href="/local">Local</a></li>', '') + post.replace('<br>Course Title', '<br>Local<br>Course Title')), null);
    expect(read.courses?.map((course) => course.component)).toEqual(['local', 'local', 'local']);
  });
});

describe('a form’s box holding a note of several lines', () => {
  const license = ['copied from "Manage My Licenses and Applications" 12/5/26:', 'Health Professions Licensing', 'Welcome, Mara J. Lindqvist', 'License Type', 'License Number', 'License Status', 'Expiration Date', 'EMT - Paramedic', 'P41877', 'Current', '03/31/2027'].join('\n');
  const entry = (box: string) => `<form class="entry"><div class="field"><label for="title">Title</label><input id="title" value="Mass eLicensing"></div><div class="field"><label for="notes">Notes</label>${box}</div><button type="button">Save</button></form>`;
  it('reads a password manager’s notes as the license pasted there', () => {
    const read = readHtml(page('Vault - Edit Entry', entry(`<textarea id="notes" rows="12">${license}</textarea>`)), null);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'P41877', status: 'current', expiresOn: '2027-03-31' });
  });
  it('reads a document manager’s content box as the transcript copied there', () => {
    const read = readHtml(page('Docs - NREMT transcript (copied)', entry(`<textarea id="notes" rows="12">National Registry of Emergency Medical Technicians\nTranscript\n${TSV}\n</textarea>`)), null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.hours)).toEqual([2, 1.5, 3]);
  });
  it('does not read a reply box quoting the list again', () => {
    const shown = `<h1>NREMT transcript</h1><pre>${TSV}</pre>`;
    const read = readHtml(page('Forum', shown + `<form action="/reply"><label for="r">Reply</label><textarea id="r">&gt; quoting:\n${TSV}\n</textarea><button>Post reply</button></form>`), null);
    expect(read.courses).toHaveLength(3);
  });
});
