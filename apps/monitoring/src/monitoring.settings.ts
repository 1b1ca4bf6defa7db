import { integer } from '@koers/config';

export interface MonitoringSettings {
  /** Largest CSV delivery accepted; larger uploads get 413 while streaming. */
  csvMaxBytes: number;
  /** How often the scheduler asks which monitoring plans are due. */
  evaluatieIntervalMs: number;
}

export const MONITORING_SETTINGS = Symbol('MONITORING_SETTINGS');

export function loadMonitoringSettings(env: Record<string, string | undefined> = process.env): MonitoringSettings {
  return {
    csvMaxBytes: integer(env, 'MONITORING_CSV_MAX_BYTES', 512 * 1024 * 1024, { min: 1024 }),
    evaluatieIntervalMs: integer(env, 'MONITORING_EVALUATIE_INTERVAL_MS', 60_000, { min: 100 }),
  };
}
