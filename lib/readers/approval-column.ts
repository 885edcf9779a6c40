// A grid without column titles shows its approval numbers in one place of every row: where two
// or more rows show a number of CAPCE's or OEMS's shape, a code in that place of another row
// ("MA-26-0114", letters and digits joined by dashes, one word) is that row's approval number as
// written, not words of its title. Rows are compared only with rows of as many pieces.
// Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { hasDigit } from './cut';
import { approvalIn, dateIn } from './values';

/** One word of letters and digits joined by dashes, with digits, that is no date. */
function isCode(text: string): boolean {
  const code = text.trim();
  return code.length <= 24 && !code.includes(' ') && code.includes('-') && hasDigit(code) && dateIn(code) === null;
}

const place = (atoms: readonly Atom[], at: number): string => `${at}/${atoms.length}`;

export function withApprovalColumn(items: readonly RecordItem[]): readonly RecordItem[] {
  const shown = new Map<string, number>();
  for (const item of items) {
    if (item.kind !== 'record') continue;
    item.atoms.forEach((atom, at) => {
      if (!atom.field && isCode(atom.text) && approvalIn(atom.text) !== null) shown.set(place(item.atoms, at), (shown.get(place(item.atoms, at)) ?? 0) + 1);
    });
  }
  if (![...shown.values()].some((count) => count >= 2)) return items;
  return items.map((item) => {
    if ((item.kind !== 'record' && item.kind !== 'unread') || item.atoms.some((atom) => atom.field === 'approvalNumber' || approvalIn(atom.text) !== null)) return item;
    const at = item.atoms.findIndex((atom, i) => !atom.field && (shown.get(place(item.atoms, i)) ?? 0) >= 2 && isCode(atom.text));
    if (at < 0) return item;
    const atoms = item.atoms.map((atom, i): Atom => (i === at ? { ...atom, field: 'approvalNumber' } : atom));
    return { ...item, atoms };
  });
}
