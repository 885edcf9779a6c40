// Component and National topic names as the pages write them, short or long, and the
// combined "National – Trauma" / "National: Airway" / "National - Cardiovascular" forms.
import type { Component, Topic } from '../model';
import { normaliseSpace } from './text';
import { isPhrase, phrases, wordsOf, type Phrases } from './words';

export interface Assignment {
  component: Component;
  topic: Topic | null;
}

/** The phrases a name may be written as: each base, with "the" before it and one of `suffixes` after. */
function forms(bases: readonly string[], suffixes: readonly string[]): Phrases {
  const all: string[] = [];
  for (const base of bases) for (const suffix of ['', ...suffixes]) all.push(`${base} ${suffix}`, `the ${base} ${suffix}`);
  return phrases(...all);
}

/** A name's words, figures left out ("Trauma (4.00)" -> trauma); "&", "and" and punctuation vanish, so does an abbreviation's apostrophe ("Nat'l" -> natl). */
function nameWords(raw: string | null | undefined): string[] {
  return wordsOf((raw ?? '').replace(/['’]/g, '')).filter((word) => word !== 'and' && Number.isNaN(Number(word)));
}

// Whole-phrase forms only: a topic is named, not merely mentioned in a sentence.
const TOPIC_FORMS: ReadonlyArray<[Topic, Phrases]> = [
  ['airway', forms([
    'airway', 'airway respiration ventilation', 'airway respiratory ventilation', 'airway respiratory', 'respiratory',
    'airway breathing', 'airway resp vent', 'airway resp',
  ], ['topic'])],
  ['cardiovascular', forms(['cardiovascular', 'cardiology', 'cardiac', 'cardio', 'cardiovascular emergencies'], ['topic'])],
  ['trauma', forms(['trauma', 'trauma emergencies'], ['topic'])],
  ['medical', forms([
    'medical', 'medical emergencies', 'medical obstetrics gynecology', 'medical ob gyn',
  ], ['topic'])],
  ['operations', forms(['operations', 'ems operations', 'ops', 'ems ops'], ['topic'])],
];

const COMPONENT_SUFFIXES = ['hours', 'credits', 'component'];
const COMPONENT_FORMS: ReadonlyArray<[Component, Phrases]> = [
  ['national', forms([
    'national', 'natl', 'national component', 'national continued competency', 'national requirement', 'national requirements',
    'national ncc', 'national nccr', 'national nccp', 'nccp national', 'ncc', 'nccr', 'nccp',
  ], COMPONENT_SUFFIXES)],
  ['local', forms([
    'local', 'local component', 'local state', 'local agency', 'state local', 'local lcc', 'local lccr', 'local lccp', 'lcc',
    'lccr', 'lccp',
  ], COMPONENT_SUFFIXES)],
  ['individual', forms(['individual', 'indiv', 'individual component', 'individual icc', 'individual iccr', 'individual iccp', 'icc', 'iccr', 'iccp'], COMPONENT_SUFFIXES)],
];

export function parseTopic(raw: string | null | undefined): Topic | null {
  const words = nameWords(raw);
  if (words.length === 0) return null;
  for (const [topic, names] of TOPIC_FORMS) if (isPhrase(words, names)) return topic;
  return null;
}

export function parseComponent(raw: string | null | undefined): Component | null {
  const words = nameWords(raw);
  if (words.length === 0) return null;
  for (const [component, names] of COMPONENT_FORMS) if (isPhrase(words, names)) return component;
  return null;
}

// The kind of record a learning system files a course under, before its component ("CE – State/Local"),
// and the model's own name, whose components they all are ("NCCP: Individual", "NCCP: State/Local").
// Not the hours unit "CEH", which a line's figure puts before the component ("1.0 CEH State/Local").
const RECORD_KIND = phrases('ce', 'continuing education', 'con ed', 'nccp');

const SEPARATOR = /\s*(?:[–—:>›»→▸|/·•]|\s-\s|-(?=\s*[A-Za-z]))\s*/;

/**
 * "National – Trauma", "National: Airway, Respiration & Ventilation", "National › Trauma" (a path), "Local", "Individual",
 * or a bare topic ("Trauma" -> National). null when the text names neither.
 */
export function parseAssignment(raw: string | null | undefined): Assignment | null {
  const text = normaliseSpace(raw ?? '');
  if (!text) return null;
  const whole = parseComponent(text);
  if (whole) return { component: whole, topic: null };
  const topicOnly = parseTopic(text);
  if (topicOnly) return { component: 'national', topic: topicOnly };
  const parts = text.split(SEPARATOR);
  const cut = text.match(SEPARATOR);
  if (cut?.index && isPhrase(nameWords(parts[0]), RECORD_KIND)) return parseAssignment(text.slice(cut.index + cut[0].length));
  if (parts.length >= 2) {
    const component = parseComponent(parts[0]);
    if (component) {
      const rest = parts.slice(1).join(' ');
      const topic = component === 'national' ? parseTopic(rest) : null;
      if (component === 'national' && !topic) return null;
      if (component !== 'national' && rest.trim() && !parseComponent(rest)) {
        // "Local – Agency required" style notes are harmless; keep the component.
        return { component, topic: null };
      }
      return { component, topic };
    }
  }
  return null;
}
