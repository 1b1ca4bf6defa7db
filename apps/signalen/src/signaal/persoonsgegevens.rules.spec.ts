import { OngeldigeInvoer } from '@koers/domain';
import { problemVoor } from '@koers/http';
import { isBsn, vindPersoonsgegevens, weigerPersoonsgegevens } from './persoonsgegevens.rules';

describe('personal data in free text (domain.md §2)', () => {
  it.each(['111222333', '123456782', '999999990'])('%s passes the elfproef', (bsn) => expect(isBsn(bsn)).toBe(true));
  it.each(['123456789', '111222334', '000000000', '12345678', '1234567820'])('%s does not', (nummer) => expect(isBsn(nummer)).toBe(false));

  it.each([
    ['BSN 123456782 van de jongere', ['bsn']],
    ['bsn: 123.456.782', ['bsn']],
    ['nummer 1234 56 782', ['bsn']],
    ['mail j.jansen@example.nl even', ['e-mailadres']],
    ['bel 06-12345678', ['telefoonnummer']],
    ['bel 06 1234 5678 of 0475-123456', ['telefoonnummer']],
    ['bereikbaar op +31 6 12345678', ['telefoonnummer']],
    ['bereikbaar op +31 (0)475 123 456', ['telefoonnummer']],
    ['of 0031612345678', ['telefoonnummer']],
    ['in België: +32 470 12 34 56', ['telefoonnummer']],
    ['123456782, a@b.nl, 0612345678', ['bsn', 'e-mailadres', 'telefoonnummer']],
  ])('finds personal data in %p', (tekst, verwacht) => expect(vindPersoonsgegevens(tekst)).toEqual(verwacht));

  it.each([
    'De wachttijd steeg in 2025-Q3 van 41 naar 58 dagen.',
    'Kosten per jongere € 12.345.678 in 2024; 1.234 jongeren.',
    'Een getal dat de elfproef niet haalt: 123456789.',
    'Tien cijfers zonder 0 vooraan: 1234567890.',
    'Jeugdwet art. 2.3 lid 1; contract 2025/0612 artikel 7.',
    'Verwijzingen via de huisarts: 61,2% (teller 612, noemer 1000).',
    'Zie @gemeente en www.koers.example/signalen.',
  ])('leaves ordinary text alone: %p', (tekst) => expect(vindPersoonsgegevens(tekst)).toEqual([]));

  it('refuses with every field named, without echoing the data', () => {
    let fout: unknown;
    try {
      weigerPersoonsgegevens({ titel: 'Wachttijd', omschrijving: 'Moeder (06-12345678) meldt ...', toelichting: 'BSN 123456782' });
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(OngeldigeInvoer);
    const body = problemVoor(fout as OngeldigeInvoer).toProblem() as unknown as { invalidParams: { name: string; code: string; reason: string }[] };
    expect(body.invalidParams.map((p) => [p.name, p.code])).toEqual([
      ['omschrijving', 'persoonsgegevens'],
      ['toelichting', 'persoonsgegevens'],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/12345678|123456782/);
    expect(body.invalidParams[0].reason).toContain('een telefoonnummer');
  });

  it('accepts texts without personal data and missing optional fields', () => {
    expect(() => weigerPersoonsgegevens({ titel: 'Wachttijd GGZ', koersReferentie: undefined, omschrijving: null })).not.toThrow();
  });
});
