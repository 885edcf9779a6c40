// A page scanned and run through OCR, kept as its text layer (hOCR: Tesseract, OCRopus, a scanner's
// export): each line is an inline box placed by a "bbox x0 y0 x1 y1" title, inside a paragraph, its
// words maybe boxes of their own. A box on another row starts a line, so "License Number: P41187"
// is read as its own labelled line, not run into the paragraph's other lines. Words placed on one
// row stay one line. Class names are the tools' own and are not what is read.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LINES = [
  'Health Professions Licensing',
  'Manage My Licenses and Applications',
  'Licensee: Dana R. Whitcomb',
  'License Number: E55120',
  'License Type: EMT',
  'License Status: Expired',
  'Expiration Date: 03/31/2026',
];

const box = (x: number, y: number, w: number): string => `bbox ${x} ${y} ${x + w} ${y + 40}`;

/** Tesseract: paragraphs of lines of word boxes, whitespace between them. */
function tesseract(lines: readonly string[]): string {
  const par = lines
    .map((line, row) => {
      let x = 150;
      const words = line.split(' ').map((word) => {
        const html = `<span class='ocrx_word' title='${box(x, 90 + row * 60, word.length * 20)}; x_wconf 91'>${word}</span>`;
        x += word.length * 20 + 18;
        return html;
      });
      return `<span class='ocr_line' title="${box(150, 90 + row * 60, 900)}; baseline 0 -10">\n  ${words.join('\n  ')}\n</span>`;
    })
    .join('\n');
  return `<div class='ocr_page' title='bbox 0 0 2550 3300'><div class='ocr_carea'><p class='ocr_par' title='bbox 150 90 2380 600'>\n${par}\n</p></div></div>`;
}

/** Line boxes holding their text, straight in a block (OCRopus), no word boxes. */
function lineBoxes(lines: readonly string[]): string {
  return `<div class="page">${lines.map((line, row) => `<span class="l" title="${box(100, 200 + row * 50, 800)}">${line}</span>`).join(' ')}</div>`;
}

/** Two paragraphs of lines, class names of no tool: only the boxes' titles place them. */
function paragraphs(lines: readonly string[]): string {
  const half = Math.ceil(lines.length / 2);
  const par = (part: readonly string[], from: number): string =>
    `<p title="bbox 80 ${from * 70} 1200 ${(from + part.length) * 70}">${part.map((line, row) => `<span title="${box(80, (from + row) * 70, 700)}"><span>${line}</span></span>`).join('')}</p>`;
  return par(lines.slice(0, half), 0) + par(lines.slice(half), half);
}

const page = (body: string): string => `<!DOCTYPE html><html><head><title></title></head><body>${body}</body></html>`;

describe('an OCR text layer: boxes on other rows are other lines', () => {
  const layouts: Array<[string, (lines: readonly string[]) => string]> = [
    ['Tesseract paragraphs of word boxes', tesseract],
    ['line boxes straight in a block', lineBoxes],
    ['paragraphs of line boxes, no class names', paragraphs],
  ];
  for (const [name, draw] of layouts) {
    it(`reads the license page drawn as ${name}`, () => {
      const snapshot = readHtml(page(draw(LINES)));
      expect(snapshot.kind).toBe('elicensing-license');
      expect(snapshot.license).toMatchObject({ number: 'E55120', status: 'expired', expiresOn: '2026-03-31' });
      expect(snapshot.person).toMatchObject({ name: 'Dana R. Whitcomb', licenseNumber: 'E55120' });
    });
  }

  it('keeps words placed on one row as one line (a name of word boxes)', () => {
    const words = 'Dana R. Whitcomb'.split(' ');
    const line = words.map((word, at) => `<span title="${box(400 + at * 200, 300, 180)}">${word}</span>`).join(' ');
    const body = `<p>Health Professions Licensing</p><p>Manage My Licenses and Applications</p><p>Licensee: ${line}</p><p>License Number: E55120</p><p>License Status: Expired</p><p>Expiration Date: 03/31/2026</p>`;
    const snapshot = readHtml(page(body));
    expect(snapshot.person).toMatchObject({ name: 'Dana R. Whitcomb', licenseNumber: 'E55120' });
  });
});
