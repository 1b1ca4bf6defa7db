import { readFileSync } from 'node:fs';

/**
 * Where "now" comes from when due dates are compared. Injected, so a test can move time instead of
 * rewriting the rows it waits for; the system clock everywhere else.
 */
export interface Klok {
  nu(): Date;
}

export const KLOK = Symbol('KLOK');

export const systeemKlok: Klok = { nu: () => new Date() };

/**
 * The clock a service process gets: the system clock, unless KOERS_TEST_KLOK names a file (written by
 * TestKlok in @koers/testing) holding how many milliseconds to run ahead of it. A browser test runs
 * services as separate processes, where no test module can override KLOK; this lets it move their
 * time (a meeting that has begun) without sleeping. Refused in production.
 */
export function klokUitOmgeving(env: NodeJS.ProcessEnv = process.env): Klok {
  const bestand = env.KOERS_TEST_KLOK;
  if (!bestand) return systeemKlok;
  if (env.NODE_ENV === 'production') throw new Error('KOERS_TEST_KLOK is for tests only, not with NODE_ENV=production');
  return { nu: () => new Date(Date.now() + (Number(readFileSync(bestand, 'utf8')) || 0)) };
}
