import { TestKlok } from '@koers/testing';
import { klokUitOmgeving, systeemKlok } from './klok';

describe('klokUitOmgeving', () => {
  it('is the system clock without KOERS_TEST_KLOK', () => {
    expect(klokUitOmgeving({})).toBe(systeemKlok);
  });

  it('runs as far ahead as the TestKlok file says, read on every call', () => {
    const testKlok = new TestKlok();
    try {
      const klok = klokUitOmgeving(testKlok.env);
      expect(Math.abs(klok.nu().getTime() - Date.now())).toBeLessThan(1000);
      testKlok.verzet(3_600_000);
      expect(Math.abs(klok.nu().getTime() - (Date.now() + 3_600_000))).toBeLessThan(1000);
      expect(Math.abs(testKlok.nu().getTime() - klok.nu().getTime())).toBeLessThan(1000);
    } finally {
      testKlok.opruimen();
    }
  });

  it('is refused in production', () => {
    expect(() => klokUitOmgeving({ KOERS_TEST_KLOK: '/tmp/x', NODE_ENV: 'production' })).toThrow(/tests only/);
  });
});
