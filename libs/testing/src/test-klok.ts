import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Moves the time of service processes started with `env` (startServiceProcess): they read "now"
 * through KLOK as the system clock plus the offset in this file (klokUitOmgeving in @koers/due-work).
 * For a browser test that must be past a moment — a meeting that has begun — without sleeping.
 */
export class TestKlok {
  private readonly map = mkdtempSync(join(tmpdir(), 'koers-klok-'));
  private readonly bestand = join(this.map, 'voorsprong-ms');
  private voorsprong = 0;

  constructor() {
    writeFileSync(this.bestand, '0');
  }

  /** The setting for startServiceProcess. */
  get env(): Record<string, string> {
    return { KOERS_TEST_KLOK: this.bestand };
  }

  /** "Now" as the services see it. */
  nu(): Date {
    return new Date(Date.now() + this.voorsprong);
  }

  /** Runs the services' clock `ms` further ahead. */
  verzet(ms: number): void {
    this.voorsprong += ms;
    writeFileSync(this.bestand, String(this.voorsprong));
  }

  opruimen(): void {
    rmSync(this.map, { recursive: true, force: true });
  }
}
