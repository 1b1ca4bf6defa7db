import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vindPersoonsgegevens } from '../src';

// The seed texts are real Dutch policy text about youth care: every sentence must pass the check.
const SEEDS = process.env.KOERS_SEEDS ?? join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const bestanden = existsSync(SEEDS) ? readdirSync(SEEDS).filter((naam) => naam.endsWith('.txt')) : [];

describe('personal data check against the seed texts', () => {
  if (!bestanden.length) {
    it.skip(`needs the seed texts in ${SEEDS} (set KOERS_SEEDS)`, () => undefined);
    return;
  }

  it.each(bestanden)('finds none in any sentence of %s', (naam) => {
    const zinnen = readFileSync(join(SEEDS, naam), 'utf8')
      .split(/\n+|(?<=[.!?])\s+/)
      .map((zin) => zin.trim())
      .filter(Boolean);
    expect(zinnen.length).toBeGreaterThan(10);
    const geweigerd = zinnen.map((zin) => [zin, vindPersoonsgegevens(zin)]).filter(([, soorten]) => soorten.length);
    expect(geweigerd).toEqual([]);
  });
});
