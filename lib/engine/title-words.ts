// What a course title plainly says: which National topic it names, whether it is pediatric
// content. Only unmistakable words: a title match is a suggestion the provider checks.
import type { Topic } from '../model';

const TOPIC_WORDS: Record<Topic, RegExp> = {
  airway: /\b(airway|respirat\w*|ventilat\w*|capnograph\w*|intubat\w*|oxygenation)\b/i,
  cardiovascular: /\b(cardio\w*|cardiac|heart|acls|stemi|stroke|resuscitation|cpr|ecg|ekg)\b/i,
  trauma: /\b(trauma\w*|phtls|tccc|hemorrhage|haemorrhage|bleeding control|stop the bleed)\b/i,
  medical: /\b(medical emergenc\w*|medical|toxicolog\w*|diabet\w*|sepsis|seizures?|anaphyla\w*|obstetric\w*|overdose)\b/i,
  operations: /\b(operations|ems operations|mass casualty|mci|hazmat|hazardous materials|incident command|ambulance safety|triage)\b/i,
};

/** The National topics a title names, in NREMT's order. */
export function topicsNamedBy(title: string): Topic[] {
  return (Object.keys(TOPIC_WORDS) as Topic[]).filter((topic) => TOPIC_WORDS[topic].test(title));
}

const PEDIATRIC_WORDS =
  /\b(pediatric\w*|paediatric\w*|peds|pepp|pals|epc|neonat\w*|newborns?|infants?|child\w*|kids?|adolescen\w*|nrp)\b/i;

/** True when the title says the course is about children (the provider may override). */
export function pediatricByTitle(title: string): boolean {
  return PEDIATRIC_WORDS.test(title);
}
