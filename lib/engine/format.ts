// Numbers and names as the user reads them: hours without float noise, topics by NREMT's names.
import type { Component, Level, Topic } from '../model';

/** Rounds to 2 decimals so 0.1 + 0.2 reads 0.3, everywhere a number leaves the engine. */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

/** 1.5 -> "1.5", 12.5 -> "12.5", 2 -> "2". */
export function formatHours(n: number): string {
  return String(round2(n));
}

export const TOPIC_LABELS: Record<Topic, string> = {
  airway: 'Airway, Respiration & Ventilation',
  cardiovascular: 'Cardiovascular',
  trauma: 'Trauma',
  medical: 'Medical',
  operations: 'Operations',
};

export const COMPONENT_LABELS: Record<Component, string> = {
  national: 'National',
  local: 'Local',
  individual: 'Individual',
};

export const LEVEL_LABELS: Record<Level, string> = {
  emr: 'EMR',
  emt: 'EMT',
  aemt: 'Advanced EMT',
  paramedic: 'Paramedic',
};
