// The person's name where the page's header shows it (domain.md: "name, certification level,
// registry / EMS ID number"), drawn after an avatar that holds the name's own initials and followed
// on the same line by the registry number ("TK Teodora Kaleikini · NREMT E6610429"). Initials that
// match the name's are the avatar, not part of the name; a name's real first word stays.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (user: string): string =>
  '<!DOCTYPE html><html><head><title>Transcript</title></head><body>' +
  `<div><nav><a>Dashboard</a> <a>Transcript</a></nav><div>${user}</div></div>` +
  '<h1>Transcript</h1><p>Emergency Medical Technician · expiration 03/31/2028</p>' +
  '<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Component</th></tr></thead><tbody>' +
  '<tr><td>Airway Management Review</td><td>01/14/2026</td><td>2.0</td><td>National</td></tr>' +
  '<tr><td>Pediatric Assessment</td><td>02/20/2026</td><td>1.5</td><td>National</td></tr>' +
  '<tr><td>Trauma Triage Update</td><td>03/09/2026</td><td>3.0</td><td>Local</td></tr></tbody></table></body></html>';

describe('avatar initials before the name on the header line', () => {
  it.each([
    ['two initials, a middle dot, the registry number', '<span>TK</span> Teodora Kaleikini · NREMT E6610429', 'Teodora Kaleikini'],
    ['a middle initial among them', '<span>MRO</span> Marisol R. Okonkwo · NREMT E6610429', 'Marisol R. Okonkwo'],
    ['a bar before the number', '<span>DW</span> Dana Whitcomb | E6610429', 'Dana Whitcomb'],
    ['the first and last initials of a three-word name', '<span>MO</span> Marisol R. Okonkwo · NREMT E6610429', 'Marisol R. Okonkwo'],
    ['no avatar: the name as shown', 'Teodora Kaleikini · NREMT E6610429', 'Teodora Kaleikini'],
  ])('%s', (_, user, name) => {
    expect(readHtml(page(user)).person?.name).toBe(name);
  });
});
