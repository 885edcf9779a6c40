// A forum's visitor menu or a post's byline draws the member's avatar as a letter (their first
// name's initial) right before their name: "K Kelsey Marchetti". The class: one capital letter,
// alone, before a name whose first word starts with it is the avatar, not part of the name (as two
// initials "KM Kelsey Marchetti" already are). A letter that is not the name's initial stays.
import { describe, expect, it } from 'vitest';
import { withoutInitials } from '../../lib/readers/names';
import { readHtml } from './load';

describe('an avatar\'s one letter before the name', () => {
  it.each([
    ['K Kelsey Marchetti', 'Kelsey Marchetti'],
    ['D Dana R. Okafor', 'Dana R. Okafor'],
    ['M Marcus Delgado-Reyes', 'Marcus Delgado-Reyes'],
    ['KM Kelsey Marchetti', 'Kelsey Marchetti'],
    // Not the name's initial, or no name after it: as written.
    ['A Kelsey Marchetti', 'A Kelsey Marchetti'],
    ['K Kelsey', 'K Kelsey'],
  ])('%s', (text, name) => {
    expect(withoutInitials(text)).toBe(name);
  });

  const COURSES = `<table><tr><th>Course</th><th>Completed</th><th>CEH</th><th>Approval</th></tr>
<tr><td>Airway Management Update</td><td>May 14, 2025</td><td>2.00</td><td>25-EMSX-F3-0418</td></tr>
<tr><td>Stroke Scales Review</td><td>Sep 8, 2025</td><td>1.00</td><td>25-EMSX-F3-0733</td></tr></table>`;

  it.each([
    ['a visitor menu: letter, name, then its links', '<nav><a href="/">Forums</a> <a href="/members">Members</a> <a href="/account"><span>J</span> <span>Jordan Pike</span></a> <a href="/inbox">Inbox</a> <a href="/alerts">Alerts</a></nav>'],
    ['a visitor menu with a sign-out link', '<header><div><span>J</span><span>Jordan Pike</span></div><a href="/logout">Log out</a></header>'],
  ])('%s', (_, chrome) => {
    const html = `<!DOCTYPE html><html><head><title>My NREMT transcript | EMS Forums</title></head><body>${chrome}
<h1>My NREMT transcript</h1><article><p>Copied my Manage Education page from NREMT:</p>${COURSES}</article></body></html>`;
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.person?.name).toBe('Jordan Pike');
  });
});
