// Entry point of the pure engine: a provider's merged record + settings + today -> Report.
// Placeholder signature; the implementation lands with issue 2.
import type { ProviderRecord, Report, Settings } from '../model';

export interface EngineInput {
  record: ProviderRecord;
  settings?: Settings;
}

export function buildReport(_input: EngineInput, _today: string): Report {
  throw new Error('engine not implemented yet');
}
