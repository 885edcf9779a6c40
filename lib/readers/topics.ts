// Component and National topic names as the pages write them, short or long, and the
// combined "National – Trauma" / "National: Airway" / "National - Cardiovascular" forms.
import type { Component, Topic } from '../model';

export interface Assignment {
  component: Component;
  topic: Topic | null;
}

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

// Whole-phrase forms only: a topic is named, not merely mentioned in a sentence.
const TOPIC_FORMS: ReadonlyArray<[Topic, RegExp]> = [
  ['airway', /^(?:the )?(?:airway|airway respiration (?:and )?ventilation|airway respiratory (?:and )?ventilation|airway and respiratory|airway respiration and ventilation|respiratory|airway breathing)(?: topic)?$/],
  ['cardiovascular', /^(?:cardiovascular|cardiology|cardiac|cardiovascular emergencies)(?: topic)?$/],
  ['trauma', /^(?:trauma|trauma emergencies)(?: topic)?$/],
  ['medical', /^(?:medical|medical emergencies|medical obstetrics gynecology|medical ob gyn)(?: topic)?$/],
  ['operations', /^(?:operations|ems operations)(?: topic)?$/],
];

const COMPONENT_FORMS: ReadonlyArray<[Component, RegExp]> = [
  ['national', /^(?:the )?(?:national|national component|national continued competency|national requirements?|national ncc(?:r|p)?|ncc(?:r|p)?)(?: hours| credits| component)?$/],
  ['local', /^(?:the )?(?:local|local component|local state|local agency|state local|local lcc(?:r|p)?|lcc(?:r|p)?)(?: hours| credits| component)?$/],
  ['individual', /^(?:the )?(?:individual|individual component|individual icc(?:r|p)?|icc(?:r|p)?)(?: hours| credits| component)?$/],
];

export function parseTopic(raw: string | null | undefined): Topic | null {
  const text = simplify(raw ?? '');
  if (!text) return null;
  for (const [topic, form] of TOPIC_FORMS) if (form.test(text)) return topic;
  return null;
}

export function parseComponent(raw: string | null | undefined): Component | null {
  const text = simplify(raw ?? '');
  if (!text) return null;
  for (const [component, form] of COMPONENT_FORMS) if (form.test(text)) return component;
  return null;
}

const SEPARATOR = /\s*(?:[–—:>|/]|\s-\s|-(?=\s*[A-Za-z]))\s*/;

/**
 * "National – Trauma", "National: Airway, Respiration & Ventilation", "Local", "Individual",
 * or a bare topic ("Trauma" -> National). null when the text names neither.
 */
export function parseAssignment(raw: string | null | undefined): Assignment | null {
  const text = (raw ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text) return null;
  const whole = parseComponent(text);
  if (whole) return { component: whole, topic: null };
  const topicOnly = parseTopic(text);
  if (topicOnly) return { component: 'national', topic: topicOnly };
  const parts = text.split(SEPARATOR);
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
