// Facts a page states in sentences or in a header line rather than beside a label:
// "Your Advanced EMT certification expires on March 31, 2027", "Your current recertification
// cycle began on April 1, 2025", "You last recertified on March 28, 2025", "You are affiliated
// with X. This affiliation is active.", "Kevin O'Brien (E4410075)", "Dana Kowalczyk — Registry
// Number E3368410". Each fact is found by what it means (a verb or noun stem and a value of the
// right kind next to it), first one in reading order wins.
import type { Agency, Level } from '../model';
import { parseLevel } from './level';
import { dayAfterIso, parseDates } from './parse-date';

export interface StatedFacts {
  name?: string;
  registryNumber?: string;
  level?: Level;
  expiresOn?: string;
  cycleStart?: string;
  agency?: Agency;
}

const REGISTRY_TOKEN = /^[A-Z]{1,2}-?\d{6,9}$/;
// Words next to a name that are not part of it: the site, labels, levels.
const NOT_NAME = /^(?:nremt|national|registry|number|no|id|ems|of|emts?|aemt|emr|paramedic|advanced|certification|my|dashboard|signed|in|as|welcome|back|hello|hi|user|account|sign|out|expires|cycle|level)$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|["“'‘]\p{L}+["”'’])$/u;
const EDGE = /^[\s·•|()[\],:;—–-]+|[\s·•|()[\],:;—–.-]+$/g;

/** Name and registry number from a short line that shows both side by side. */
export function identityFrom(line: string): { name?: string; registryNumber?: string; level?: Level } | null {
  if (line.length > 160) return null;
  const words = line.split(/\s+/);
  const clean = words.map((word) => word.replace(EDGE, ''));
  const at = clean.findIndex((word) => REGISTRY_TOKEN.test(word) && /\d{6}/.test(word));
  if (at < 0) return null;
  const registryNumber = clean[at]!.replace('-', '');
  // Walk back from the number: skip labels and levels, then gather the name's words.
  const name: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const raw = words[i]!;
    const word = clean[i]!;
    const isName = word !== '' && !NOT_NAME.test(word) && NAME_WORD.test(word);
    if (name.length === 0 && !isName) continue;
    // A separator after a word ends the name that follows it ("Registry · Kenji Watanabe").
    if (!isName || (name.length > 0 && /[·•|)\]—–:,;]$/.test(raw))) break;
    name.unshift(word);
    if (/^[·•|([—–]/.test(raw)) break;
  }
  const out: { name?: string; registryNumber?: string; level?: Level } = { registryNumber };
  if (name.length >= 2 && name.length <= 4) out.name = name.join(' ');
  const level = parseLevel(line.replace(/national registry of (?:emergency medical technicians|emts)/i, ''));
  if (level) out.level = level;
  return out;
}

const GREETING = /\b(?:[Ww]elcome(?: back)?|[Hh]ello|[Hh]i),?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u;

// Sentence stems: the fact's noun or verb, then (within the sentence) its date.
const EXPIRES = /\b(?:expires?|expiring|expiration(?: date)?|valid (?:through|until))\b(?:\s+on)?\s*:?\s*/i;
const CYCLE_START = /\bcycle\b[^.]{0,40}?\b(?:began|begins|started|starts|start date|start|from|opened)\b(?:\s+on)?\s*:?\s*/i;
const CYCLE_RANGE = /\bcycle\b[^.\d]{0,30}/i;
const LAST_RECERT = /\blast (?:recertified|recertification(?: date)?|renewed)\b(?:\s+on)?\s*:?\s*/i;
const PAST = /\b(?:expired|has been renewed|was renewed)\b/i;
const AFFILIATED = /\baffiliat(?:ed|ion) with ([\p{Lu}0-9][\p{L}0-9&'’.\- ]*?)(?=\s+is\b|[.,;]|$)/u;
const PENDING = /\bpending\b|\brequested\b|\bawaiting\b/i;
const ACTIVE = /\bactive\b|\bapproved\b/i;

function dateAfter(text: string, stem: RegExp): string | null {
  const match = stem.exec(text);
  if (!match) return null;
  const rest = text.slice(match.index + match[0].length);
  // The date must follow closely: "expires on March 31, 2027", not a date two clauses later.
  const date = parseDates(rest.slice(0, 40))[0];
  return date ?? null;
}

/** Facts stated in the page's lines of text, in reading order. */
export function readStatedFacts(lines: readonly string[], prose: boolean): StatedFacts {
  const facts: StatedFacts = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const identity = identityFrom(line);
    // Off the dashboard, only the person's own header line speaks about their certification
    // ("certifications expiring 03/31/2027 open October 1" is about everyone).
    if (!prose && !identity) continue;
    if (!facts.registryNumber || !facts.name) {
      if (identity) {
        facts.registryNumber ??= identity.registryNumber;
        if (identity.name) facts.name ??= identity.name;
        if (identity.level) facts.level ??= identity.level;
      }
    }
    if (!facts.name) {
      const greeting = GREETING.exec(line);
      if (greeting) facts.name = greeting[1]!.replace(/[.]$/, '');
    }
    // A message about an earlier cycle ("expired March 31, 2025 has been renewed") is history.
    if (PAST.test(line)) continue;
    if (!facts.expiresOn) {
      const date = dateAfter(line, EXPIRES);
      if (date) facts.expiresOn = date;
    }
    if (!facts.cycleStart) {
      const start = dateAfter(line, CYCLE_START);
      const last = dateAfter(line, LAST_RECERT);
      const range = CYCLE_RANGE.exec(line) ? parseDates(line.slice(CYCLE_RANGE.exec(line)!.index)) : [];
      if (start) facts.cycleStart = start;
      else if (last) facts.cycleStart = dayAfterIso(last);
      else if (range.length >= 2 && range[0]! < range[1]!) facts.cycleStart = range[0]!;
    }
    if (!facts.level && /\b(?:your|you hold|certified as|certification)\b/i.test(line) && line.length <= 200) {
      const level = parseLevel(line.replace(/national registry of (?:emergency medical technicians|emts)/i, ''));
      if (level) facts.level = level;
    }
    if (!facts.agency) {
      const affiliated = AFFILIATED.exec(line);
      if (affiliated) {
        // The status may be in the same sentence or the next line ("This affiliation is active.").
        const around = `${line} ${lines[index + 1] ?? ''}`;
        const status: Agency['status'] | null = PENDING.test(around) ? 'pending' : ACTIVE.test(around) ? 'active' : null;
        if (status) facts.agency = { name: affiliated[1]!.trim(), status };
      }
    }
  }
  return facts;
}
