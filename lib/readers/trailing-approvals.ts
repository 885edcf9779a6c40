// A course's approval number on a line of its own right after the record (a definition list's
// second `<dd>`, a card's footer line): the record finder bounds the record at its date and hours
// and sends the number as a block shaped like a record that holds nothing else. Such a block
// after a record without an approval number is that record's. Background only (record-courses.ts).
import type { RecordItem } from '../model';
import { approvalIn, dateIn } from './values';
import { normaliseSpace } from './text';

/** A block that is an approval number alone, its authority's word before it ("CAPCE 25-EMSX-F3-0417"). */
function approvalAlone(item: RecordItem): boolean {
  if (item.kind !== 'unread' || item.row || item.atoms.length !== 1) return false;
  const text = item.atoms[0]!.text;
  return approvalIn(text) !== null && dateIn(text) === null && normaliseSpace(text).split(' ').length <= 4;
}

const hasApproval = (item: RecordItem): boolean => item.kind === 'record' && item.atoms.some((atom) => atom.field === 'approvalNumber' || approvalIn(atom.text) !== null);

export function withTrailingApprovals(items: readonly RecordItem[]): readonly RecordItem[] {
  if (!items.some((item, at) => at > 0 && approvalAlone(item))) return items;
  const out: RecordItem[] = [];
  for (const item of items) {
    const before = out.at(-1);
    if (before?.kind === 'record' && !before.row && !hasApproval(before) && approvalAlone(item) && item.kind === 'unread') {
      out[out.length - 1] = { ...before, atoms: [...before.atoms, ...item.atoms], text: before.text === undefined ? undefined : `${before.text} · ${item.atoms[0]!.text}` };
      continue;
    }
    out.push(item);
  }
  return out;
}
