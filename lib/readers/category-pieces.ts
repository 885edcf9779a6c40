// A card list whose cards open with their kind of content before their title ("Course · External",
// "Workshop · External", then the course's name): by repetition, the free text that takes few
// values across the cards (the same few words card after card) is a category, and the free text
// that differs on every card is the title. Such category pieces are marked so no card takes one as
// its title. Background only (record-courses.ts).
import type { RecordAtom as Atom, RecordItem } from '../model';
import { hasLetters, TOGGLES } from './cut';
import { assignmentIn, isStatusWord, isValuePiece } from './values';
import { headingAssignment } from './education';
import { normaliseSpace } from './text';

// Cards enough to tell a repeated piece from a title.
const MIN_CARDS = 4;

/** A card's free text: words no label, column or value claims (a title, a description, a category). */
function freeText(atom: Atom): boolean {
  return !atom.field && !atom.label && hasLetters(atom.text) && !isValuePiece(atom.text) && assignmentIn(atom.text) === null && !isStatusWord(atom.text);
}

// A tree's toggle before a group's caption ("- All CE", "▸ All CE") is no part of it.
function key(text: string): string {
  const lower = normaliseSpace(text).toLowerCase();
  return `-+${TOGGLES}`.includes(lower[0] ?? '.') && lower[1] === ' ' ? lower.slice(2) : lower;
}

type Card = Extract<RecordItem, { atoms: unknown }>;

/** A card, or a table row whose words no column title names (a chat log's row: its nick, its text, its time; a pivot's row under its values' caption). */
const isCard = (item: RecordItem): item is Card => (item.kind === 'record' || item.kind === 'unread') && (!item.row || item.atoms.every((atom) => !atom.field && (!atom.label || isValuePiece(atom.text))));

/**
 * A table's column no title names whose free text repeats row after row (a timesheet's "Project":
 * "NREMT Recert 2025–2027" on every row) beside one whose text differs on every row (its
 * "Description", a repeat or two among them): the repeated column is a category, marked `repeated` so no row takes it as its title.
 */
export function withCategoryColumns(shown: readonly RecordItem[]): readonly RecordItem[] {
  const items = withAssignmentColumn(shown);
  const rows = shown.filter((item): item is Card => item.kind === 'record' && !!item.row);
  if (rows.length < MIN_CARDS) return items;
  const columns = new Map<string, string[]>();
  const unnamed = (atom: Atom): boolean => !atom.field && !!atom.label && hasLetters(atom.text) && !isValuePiece(atom.text) && assignmentIn(atom.text) === null && !isStatusWord(atom.text);
  for (const row of rows) for (const atom of row.atoms) if (unnamed(atom)) columns.set(atom.label!, [...(columns.get(atom.label!) ?? []), key(atom.text)]);
  const ratio = (texts: string[]): number => new Set(texts).size / texts.length;
  const full = [...columns.values()].filter((texts) => texts.length === rows.length);
  if (!full.some((texts) => ratio(texts) >= 0.75)) return items;
  const category = new Set([...columns].flatMap(([label, texts]) => (texts.length === rows.length && ratio(texts) <= 0.5 ? [label] : [])));
  if (category.size === 0) return items;
  return items.map((item) => (item.kind === 'record' && item.row ? { ...item, atoms: item.atoms.map((atom) => (unnamed(atom) && category.has(atom.label!) ? { ...atom, repeated: true } : atom)) } : item));
}

/**
 * A title's column whose every row names where the course counts ("National – Cardiovascular"
 * under a timesheet's "Activity") is the assignment's: the title is the free text left.
 */
function withAssignmentColumn(items: readonly RecordItem[]): readonly RecordItem[] {
  const rows = items.filter((item): item is Card => item.kind === 'record' && !!item.row);
  if (rows.length < MIN_CARDS) return items;
  const titleCells = rows.flatMap((row) => row.atoms.filter((atom) => atom.field === 'courseTitle'));
  if (titleCells.length !== rows.length || !titleCells.every((atom) => headingAssignment(atom.text) !== null)) return items;
  return items.map((item) => (item.kind === 'record' && item.row ? { ...item, atoms: item.atoms.map((atom) => (atom.field === 'courseTitle' ? { ...atom, field: 'assignment' as const } : atom)) } : item));
}

/** The items with each card's category pieces marked `repeated` (a row under column titles has its columns). */
export function withCategoryPieces(items: readonly RecordItem[]): readonly RecordItem[] {
  const cards = items.filter(isCard);
  if (cards.length < MIN_CARDS) return items;
  // The free texts by their place among each card's free texts: the courses' cards only (a chat's
  // "joined the room" notices, unread, repeat their words where the courses' titles stand).
  const courses = cards.filter((card) => card.kind === 'record');
  const places: string[][] = [];
  for (const card of courses) card.atoms.filter(freeText).forEach((atom, at) => (places[at] ??= []).push(key(atom.text)));
  const distinct = places.map((texts) => new Set(texts).size / texts.length);
  // A place of titles: every card's text its own; or, where one place repeats its text card after card
  // (a chat's nick: at most a quarter as many texts as cards), the title among each card's values
  // ("05/17/2025 Pediatric Respiratory Emergencies 2 hrs …"). A place of categories: at most half as many texts as cards.
  const titles = distinct.some((ratio, at) => ratio === 1 && places[at]!.length >= MIN_CARDS);
  if (!titles && !distinct.some((ratio, at) => ratio <= 0.25 && places[at]!.length === courses.length)) return items;
  const category = new Set(places.flatMap((texts, at) => (texts.length >= MIN_CARDS && distinct[at]! <= 0.5 ? [at] : [])));
  if (category.size === 0) return items;
  return items.map((item) => {
    if (!isCard(item)) return item;
    let place = -1;
    return { ...item, atoms: item.atoms.map((atom) => (freeText(atom) && category.has(++place) ? { ...atom, repeated: true } : atom)) };
  });
}
