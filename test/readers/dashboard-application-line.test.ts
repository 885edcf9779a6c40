// A dashboard copied as plain lines (pasted into a note, a rich-text editor, a mail): the
// application's card reduced to one line, the application's name as its label and its status
// after it ("Recertification Application: Not Started"; domain.md: "Recertification
// Application … then Submit Application", statuses "Not Started", "In Progress", "Pending National
// Registry Review"). The line gives the application's status, and no Submit control shown. A line
// naming another application, or the application's dates, gives none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (line: string): string => `<!DOCTYPE html><html><head><title>Edit note · Notes</title></head><body>
<main><div contenteditable="" role="textbox"><h1>NREMT dashboard – copy 11/30/2026</h1><div><strong>Tomasz Wierzba</strong><br>Paramedic<br>Registry #: P2187340<br>Expiration Date: 03/31/2027<br>Recertification Cycle: 04/01/2025 – 03/31/2027</div>
<h1>Agency Affiliation</h1><div>Pioneer Valley Ambulance Service — Active</div>
<h1>Recertification CE Summary</h1><ul><li>National: 65%</li><li>Local: 100%</li><li>Individual: 40%</li></ul>${line}
<h1>Message Center</h1><ul><li>10/01/2026 – Your recertification window is now open</li></ul></div></main></body></html>`;

const READ: Array<[string, string, string]> = [
  ['a line after a list', '<div>Recertification Application: Not Started<br><br></div>', 'not-started'],
  ['a paragraph', '<p>Recertification Application: In Progress</p>', 'in-progress'],
  ['the cycle\u2019s year before the name', '<p>2027 Recertification Application: Not Started</p>', 'not-started'],
  ['a bold label', '<p><b>Recertification Application:</b> In Progress</p>', 'in-progress'],
  ['a definition list', '<dl><dt>Recertification Application</dt><dd>Not Submitted</dd></dl>', 'not-submitted'],
  ['NREMT\u2019s waiting status', '<p>Recertification Application: Pending National Registry Review</p>', 'submitted'],
];

const NOT_READ: Array<[string, string]> = [
  ['another application', '<p>Agency Affiliation Application: Pending</p>'],
  ['the application\u2019s opening date', '<p>Recertification Application: opens October 1, 2026</p>'],
];

describe("a dashboard line of the application's name and its status", () => {
  for (const [name, line, status] of READ) {
    it(name, () => {
      const snapshot = readHtml(dashboard(line), 'http://notes.local/notes/12/edit');
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.application).toMatchObject({ status, submitButton: false });
    });
  }

  for (const [name, line] of NOT_READ) {
    it(`${name}: no application status`, () => {
      const snapshot = readHtml(dashboard(line), 'http://notes.local/notes/12/edit');
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.application?.status ?? null).toBeNull();
    });
  }
});
