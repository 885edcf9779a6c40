// A table row whose one dated cell holds a course's whole line, its columns run together
// ("02/20/2025  Hazmat Awareness Refresher  2.00  25-MAFA-F1-0088": a chat log's message drawn as
// a cell beside its sender and time): that cell cut into its values as the line would be
// (line-records.ts), so the course is read by its pieces. Background only (record-courses.ts).
import type { RecordItem } from '../model';
import { courseLineCells } from './line-records';
import { dateIn } from './values';

export function withLineCells(items: readonly RecordItem[]): readonly RecordItem[] {
  return items.map((item) => {
    if ((item.kind !== 'record' && item.kind !== 'unread') || !item.row) return item;
    const dated = item.atoms.filter((atom) => dateIn(atom.text) !== null);
    // Its cells run together: no separator left between them (a cell cut by "; " or " | " is read by its pieces already).
    const line = dated.length === 1 && !dated[0]!.field && !/;|\||·|•| [–—] /.test(dated[0]!.text) ? dated[0]! : null;
    const cells = line && courseLineCells(line.text);
    if (!cells) return item;
    return { ...item, atoms: item.atoms.flatMap((atom) => (atom === line ? cells.map((text) => ({ ...atom, text })) : [atom])) };
  });
}
