// Builds the report for one stored person with their settings. The engine is pure; this glue
// catches its failure so a bug there shows a message, not a blank panel.
import { buildReport } from '../engine';
import type { Report, Settings } from '../model';
import type { PeopleStore, SettingsStore } from '../storage/schema';

export type ReportResult = { ok: true; report: Report } | { ok: false; reason: string };

export function engineSettings(settings: SettingsStore, key: string): Settings {
  const own = settings.perPerson[key] ?? {};
  return {
    levelOverride: own.levelOverride ?? null,
    recertifiedByExam: own.recertifiedByExam ?? false,
    remindersEnabled: settings.remindersEnabled,
    ...(own.pediatricMarks ? { pediatricMarks: own.pediatricMarks } : {}),
  };
}

export function reportFor(people: PeopleStore, settings: SettingsStore, key: string | null, today: string): ReportResult | null {
  if (!key) return null;
  const entry = people.people[key];
  if (!entry) return null;
  try {
    return { ok: true, report: buildReport({ record: entry.record, settings: engineSettings(settings, key) }, today) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
