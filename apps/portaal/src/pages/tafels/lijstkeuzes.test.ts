import { describe, expect, it } from 'vitest';
import { leesKeuzes, zoekParamsVan } from './lijstkeuzes';

const STATUSSEN = ['voorbereiding', 'gepland'];

describe('the choices of a list in the URL', () => {
  it('starts on the role default, the first page and every status', () => {
    expect(leesKeuzes(new URLSearchParams(''), true, STATUSSEN)).toEqual({ pagina: 1, status: '', betrokken: true });
    expect(leesKeuzes(new URLSearchParams(''), false, STATUSSEN)).toEqual({ pagina: 1, status: '', betrokken: false });
  });

  it('reads what the URL keeps, and ignores what it cannot be', () => {
    expect(leesKeuzes(new URLSearchParams('betrokken=false&status=gepland&pagina=3'), true, STATUSSEN)).toEqual({ pagina: 3, status: 'gepland', betrokken: false });
    expect(leesKeuzes(new URLSearchParams('betrokken=true'), false, STATUSSEN).betrokken).toBe(true);
    expect(leesKeuzes(new URLSearchParams('status=klaar&pagina=-2'), false, STATUSSEN)).toEqual({ pagina: 1, status: '', betrokken: false });
    expect(leesKeuzes(new URLSearchParams('pagina=twee'), false, STATUSSEN).pagina).toBe(1);
    expect(leesKeuzes(new URLSearchParams('pagina=2.5'), false, STATUSSEN).pagina).toBe(2);
  });

  it('writes only what differs from the default, so a plain link opens the default', () => {
    expect(zoekParamsVan({ pagina: 1, status: '', betrokken: true }, true).toString()).toBe('');
    expect(zoekParamsVan({ pagina: 1, status: '', betrokken: false }, true).toString()).toBe('betrokken=false');
    expect(zoekParamsVan({ pagina: 2, status: 'gepland', betrokken: true }, false).toString()).toBe('status=gepland&betrokken=true&pagina=2');
  });

  it('round-trips every choice', () => {
    for (const standaard of [true, false]) {
      const keuzes = { pagina: 4, status: 'voorbereiding', betrokken: !standaard };
      expect(leesKeuzes(zoekParamsVan(keuzes, standaard), standaard, STATUSSEN)).toEqual(keuzes);
    }
  });
});
