// Column titles of a grid drawn as boxes (a database tool's table editor, a sheet, a dashboard's
// panel), found in the record finder's lists: each row's pieces labelled by their column headers,
// or a run of titles right above the rows. When they name a course's title and its hours, the rows
// are courses as under a table's header (read-page.ts `courseTable`). Background only: no content bytes.
import type { OutlineLine, RecordItem, RecordList } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { matchLabel } from './labels';
import { hasLetters } from './cut';
import { approvalIn, dateIn, hoursIn } from './values';
import { isPhrase, phrases } from './words';

type RecordField = (typeof RECORD_FIELDS)[number];

// A database column's data type a tool prints beside its name ("title text", "completed_at timestamptz").
const DATA_TYPES = phrases(
  'text', 'varchar', 'char', 'string', 'int', 'int2', 'int4', 'int8', 'integer', 'bigint', 'smallint', 'serial', 'numeric',
  'decimal', 'real', 'float', 'float4', 'float8', 'double', 'number', 'bool', 'boolean', 'date', 'datetime', 'timestamp',
  'timestamptz', 'time', 'timetz', 'interval', 'duration', 'uuid', 'json', 'jsonb', 'enum',
);

/** The field a column title names, its data type aside ("hours numeric" -> hours). */
export function columnField(title: string): RecordField | null {
  const field = matchLabel(title, RECORD_FIELDS);
  if (field) return field;
  const cut = title.trim().lastIndexOf(' ');
  return cut > 0 && isPhrase(title.slice(cut), DATA_TYPES) ? matchLabel(title.slice(0, cut), RECORD_FIELDS) : null;
}

/**
 * The list's first record holding its column titles, no values ("Course Name", "Date Completed",
 * "Credit Hours", "Approval #", "Source": a table pasted as tab-separated text, its header row
 * with it): the titles are a line of text above the records, no course and no unread row.
 */
function withTitlesRecord(items: readonly RecordItem[]): readonly RecordItem[] {
  const at = items.findIndex((item) => item.kind === 'record' || item.kind === 'unread');
  const row = items[at];
  if (!row || (row.kind !== 'record' && row.kind !== 'unread') || row.atoms.length < 3) return items;
  const fields = row.atoms.map((atom) => (dateIn(atom.text) === null && hoursIn(atom.text) === null && approvalIn(atom.text) === null ? columnField(atom.text) : undefined));
  const named = fields.filter((field) => field !== undefined);
  if (named.length < fields.length || named.filter((field) => field === null).length > 1 || !namesCourse(new Set(named))) return items;
  // One text in the record's place: the list's items keep their places (record-courses.ts maps courses to them by index).
  return items.map((item, index) => (index === at ? { kind: 'text' as const, text: row.atoms.map((atom) => atom.text).join(' | ') } : item));
}

/**
 * A header row whose cells print each column's name over its data type ("title TEXT", "hrs TEXT":
 * a database tool's HTML export), read by the record finder as unread pairs of a label and a type
 * word: the names are the row's column titles, a run of titles above the records like any other.
 */
export function withTypedTitles(items: readonly RecordItem[]): readonly RecordItem[] {
  if (!items.some((item) => typedTitles(item))) return items;
  return items.flatMap((item) => typedTitles(item)?.map((text) => ({ kind: 'text' as const, text })) ?? [item]);
}

/**
 * The column names a typed header row prints (see withTypedTitles), else null: each piece a name's
 * label over its type, or (names no label's words) a name's piece, then its type's.
 */
export function typedTitles(item: RecordItem): string[] | null {
  if (item.kind !== 'unread' || item.atoms.length < 2) return null;
  const type = (text: string): boolean => isPhrase(text, DATA_TYPES);
  if (item.atoms.every((atom) => !!atom.label && type(atom.text))) return item.atoms.map((atom) => atom.label!);
  const names = item.atoms.filter((_, at) => at % 2 === 0);
  const paired = item.atoms.length % 2 === 0 && item.atoms.every((atom, at) => !atom.label && type(atom.text) === (at % 2 === 1));
  return paired && names.length > 1 ? names.map((atom) => atom.text) : null;
}

// The person's certification facts a column title may name (a one-row table of them beside the course log).
const FACT_COLUMNS = ['name', 'registryNumber', 'level', 'cycle', 'cycleStart', 'lastRecertified', 'expiresOn'] as const;
// What a database tool prints in an empty cell.
const NO_VALUE = new Set(['', 'null', 'nil', 'none', 'n/a', '—', '–', '-']);

/**
 * Rows under a typed header (see withTypedTitles) whose titles name none of a course's fields but
 * two or more of the person's facts ("full_name TEXT | registry_no TEXT | level TEXT | expires
 * TEXT": the person's own certification kept beside their course log): each cell is a labelled
 * value, as a page's "Label: value" lines, and the row no record. A row number may lead each row.
 */
export function typedFactRows(lists: readonly RecordList[], outline: readonly OutlineLine[] = []): { lists: RecordList[]; lines: OutlineLine[] } {
  const lines: OutlineLine[] = outline.flatMap((line) => (line.table ? typedFactTable(line.table.rows) : []));
  const kept = lists.map((list) => {
    let titles: string[] | null = null;
    const items: RecordItem[] = [];
    for (const item of list.items) {
      const named = typedTitles(item);
      if (named) {
        titles = namesFacts(named) ? named : null;
        if (titles) continue;
      }
      const atoms = item.kind === 'record' || item.kind === 'unread' ? item.atoms : null;
      const lead = atoms && titles ? atoms.length - titles.length : -1;
      if (!atoms || !titles || lead < 0 || lead > 1) {
        titles = atoms ? titles : null;
        items.push(item);
        continue;
      }
      lines.push(...factLines(titles, atoms.slice(lead).map((atom) => atom.text)));
    }
    return { ...list, items };
  });
  return { lists: kept, lines };
}

/** Column titles naming two or more of the person's facts and none of a course's fields. */
function namesFacts(titles: readonly string[]): boolean {
  return titles.filter((title) => matchLabel(title, FACT_COLUMNS)).length > 1 && titles.every((title) => !columnField(title));
}

/** Each value under its title as a "Label: value" line; an empty cell ("NULL") none. */
function factLines(titles: readonly string[], values: readonly string[]): OutlineLine[] {
  return titles.flatMap((title, at) => {
    const value = (values[at] ?? '').trim();
    return NO_VALUE.has(value.toLowerCase()) ? [] : [{ label: title, text: `${title}: ${value}` }];
  });
}

/**
 * A one-row table under a typed header sent as text (cells "full_name TEXT", a row number's empty
 * one first): the person's facts, as labelled lines. Two rows or more are several people's: none.
 */
function typedFactTable(rows: readonly (readonly string[])[]): OutlineLine[] {
  const [head, row, more] = rows;
  if (!head || !row || more || head.length !== row.length) return [];
  const lead = head[0] === '' ? 1 : 0;
  const titles: string[] = [];
  for (const cell of head.slice(lead)) {
    const cut = cell.trim().lastIndexOf(' ');
    if (cut <= 0 || !isPhrase(cell.slice(cut), DATA_TYPES)) return [];
    titles.push(cell.slice(0, cut).trim());
  }
  return namesFacts(titles) ? factLines(titles, row.slice(lead)) : [];
}

export const namesCourse = (fields: ReadonlySet<string | null>): boolean => fields.has('courseTitle') && fields.has('hours');

/** The fields the run of short texts right above a record names (at most one title per piece; other titles and controls skipped). */
function titlesAbove(items: readonly RecordItem[], at: number, pieces: number, skipUnknown: boolean): Set<string> {
  const named = new Set<string>();
  for (let i = at - 1; i >= 0 && i >= at - pieces; i--) {
    const before = items[i]!;
    const field = before.kind === 'text' ? columnField(before.text) : null;
    if (field) named.add(field);
    else if (!skipUnknown || before.kind !== 'text') break;
  }
  return named;
}

/**
 * A row of column titles drawn as blocks ("Course", "Completed", "Hours", …, each a line of its
 * own) right above a list's records, naming a course's title and its hours. `skipUnknown`: titles
 * naming no field (a tool's "id", "Notes" columns) may stand among them, as many as the record's pieces.
 */
export function namesCourseColumns(lists: readonly RecordList[], skipUnknown = false): boolean {
  return lists.some((list) => {
    // Counted once per list, not once per record (a 5,000-row list stays linear).
    if (skipUnknown && list.items.filter((item) => item.kind === 'record').length < 2) return false;
    const items = withTypedTitles(list.items);
    return items.some((item, at) => item.kind === 'record' && namesCourse(titlesAbove(items, at, skipUnknown ? item.atoms.length : at, skipUnknown)));
  });
}

/** Two or more grid rows whose pieces' column headers name a course's title and its hours. */
export function labelsCourseColumns(lists: readonly RecordList[]): boolean {
  return lists.some((list) => list.items.filter((item) => item.kind === 'record' && item.row && namesCourse(new Set(item.atoms.map((atom) => (atom.label ? columnField(atom.label) : null))))).length >= 2);
}

/**
 * Records under a run of column titles drawn as boxes, one title per piece (a row number may lead
 * each row): each piece named by its title, so the hours are the Hours column's, not an id column's
 * whole number. Only where every record shows as many pieces and the titles name a course's title
 * and hours; pieces already labelled keep theirs.
 */
export function withColumnTitles(listed: readonly RecordItem[]): readonly RecordItem[] {
  const items = withTitlesRecord(listed);
  const first = items.findIndex((item) => item.kind === 'record');
  const record = items[first];
  if (!record || record.kind !== 'record') return items;
  let k = record.atoms.length;
  // The titles: as many texts as the pieces, or one fewer (the row number's column has none).
  const run = (n: number): string[] | null => (n > 0 && first >= n && items.slice(first - n, first).every((item) => item.kind === 'text') ? items.slice(first - n, first).map((item) => (item as { text: string }).text) : null);
  const titles = run(k) ?? run((k -= 1));
  if (!titles) return items;
  const fields = titles.map(columnField);
  if (!namesCourse(new Set(fields))) return items;
  const rows = items.filter((item): item is Extract<typeof item, { atoms: unknown }> => item.kind === 'record' || item.kind === 'unread');
  if (rows.some((item) => item.atoms.length !== record.atoms.length || item.atoms.some((atom) => atom.label !== undefined))) return items;
  // One piece more than titles: a row number before the pieces (1, 2, 3 …), else a control after them ("Move").
  const counts = (text: string): boolean => text.trim() !== '' && [...text.trim()].every((c) => c >= '0' && c <= '9');
  const lead = record.atoms.length > k && rows.every((item) => counts(item.atoms[0]!.text)) ? 1 : 0;
  // Each title over a value that agrees with it (an Hours column holds hours), or the titles stand elsewhere.
  const agrees = rows.every((item) =>
    titles.every((title, at) => {
      const text = item.atoms[at + lead]!.text;
      const field = fields[at];
      return field === 'hours' ? hoursIn(text) !== null : field === 'completedOn' ? dateIn(text) !== null : field === 'courseTitle' ? hasLetters(text) : true;
    }),
  );
  if (!agrees) return items;
  return items.map((item) => {
    if (item.kind !== 'record' && item.kind !== 'unread') return item;
    const atoms = item.atoms.map((atom, at) => {
      const title = titles[at - lead];
      const field = title === undefined ? null : fields[at - lead]!;
      return title === undefined ? atom : { ...atom, label: title, ...(field && !atom.field ? { field } : {}) };
    });
    return { ...item, atoms };
  });
}
