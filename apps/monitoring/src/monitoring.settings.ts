import { integer } from '@koers/config';

export interface MonitoringSettings {
  /** Largest CSV delivery accepted; larger uploads get 413 while streaming. */
  csvMaxBytes: number;
  /** How often the scheduler asks which monitoring plans are due. */
  evaluatieIntervalMs: number;
  /**
   * How often trend detection looks for queued series without being woken: a commit that queues
   * series wakes it at once; this picks up what a crash, a stop or another instance left.
   */
  trenddetectieIntervalMs: number;
}

export const MONITORING_SETTINGS = Symbol('MONITORING_SETTINGS');

export function loadMonitoringSettings(env: Record<string, string | undefined> = process.env): MonitoringSettings {
  return {
    csvMaxBytes: integer(env, 'MONITORING_CSV_MAX_BYTES', 512 * 1024 * 1024, { min: 1024 }),
    evaluatieIntervalMs: integer(env, 'MONITORING_EVALUATIE_INTERVAL_MS', 60_000, { min: 100 }),
    trenddetectieIntervalMs: integer(env, 'MONITORING_TRENDDETECTIE_INTERVAL_MS', 10_000, { min: 100 }),
  };
}
