import { OngeldigeInvoer } from '../weigering/weigeringen';
import { isBsn, isIban } from './controlegetallen';
import { vindPersoonsgegevens, weigerPersoonsgegevens } from './persoonsgegevens.rules';

describe('personal data in free text (domain.md §2)', () => {
  it.each(['111222333', '123456782', '999999990'])('%s passes the elfproef', (bsn) => expect(isBsn(bsn)).toBe(true));
  it.each(['123456789', '111222334', '000000000', '12345678', '1234567820'])('%s does not', (nummer) => expect(isBsn(nummer)).toBe(false));
  it.each(['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'nl91abna0417164300', 'BE68539007547034', 'DE89 3704 0044 0532 0130 00'])('%s is an IBAN', (iban) =>
    expect(isIban(iban)).toBe(true),
  );
  it.each(['NL92ABNA0417164300', 'NL91ABNA041716430', 'GM09880417164300'])('%s is not', (nummer) => expect(isIban(nummer)).toBe(false));

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
    ['Betaald vanaf NL91 ABNA 0417 1643 00.', ['iban']],
    ['rekening nl91abna0417164300', ['iban']],
    ['Woont in 6001 AB Weert.', ['postcode']],
    ['postcode 6001AB', ['postcode']],
    ['postcode 6001ab', ['postcode']],
    ['Het gezin woont aan de Dorpsstraat 12.', ['adres']],
    ['Kerkstraat 3a, tweede verdieping', ['adres']],
    ['naar de Burgemeester Aartsstraat 120-2', ['adres']],
    ['op de hoek van de dorpsstraat 7', ['adres']],
    ['Hoofdweg 45 in Weert', ['adres']],
    ['Geboren op 3 mei 2012 in Weert.', ['geboortedatum']],
    ['geb. 03-05-2012', ['geboortedatum']],
    ['geboortedatum: 2012-05-03', ['geboortedatum']],
    ['de jongste (*03-05-2012) wacht', ['geboortedatum']],
    ['Mevrouw Jansen belde.', ['naam']],
    ['Ze vertelde dat zoon Pieter niet naar school gaat.', ['naam']],
    ['Volgens de heer De Vries duurt het te lang.', ['naam']],
    ['Gesprek met dhr. P. van den Berg', ['naam']],
    ['mw. J. Bakker', ['naam']],
    ['Haar dochter Emma en haar pleegzoon Sem wachten.', ['naam']],
    ['Moeder Fatima zegt dat het kind\nAhmed al maanden wacht.', ['naam']],
    ['Cliënt Noah is 14.', ['naam']],
    ['Mevrouw Jansen, Dorpsstraat 12, 6001 AB Weert, zoon Pieter geboren 12-03-2011', ['postcode', 'adres', 'geboortedatum', 'naam']],
  ])('finds personal data in %p', (tekst, verwacht) => expect(vindPersoonsgegevens(tekst)).toEqual(verwacht));

  it.each([
    'Jongeren in Weert wachten langer dan twaalf weken op een intake.',
    'De wachttijd steeg in 2025-Q3 van 41 naar 58 dagen.',
    'Kosten per jongere € 12.345.678 in 2024; 1.234 jongeren.',
    'Een getal dat de elfproef niet haalt: 123456789.',
    'Tien cijfers zonder 0 vooraan: 1234567890.',
    'Jeugdwet art. 2.3 lid 1; contract 2025/0612 artikel 7.',
    'Jeugdwet artikel 2.3 en artikel 7.3.4; WGBO art. 7:450.',
    'Verwijzingen via de huisarts: 61,2% (teller 612, noemer 1000).',
    'Zie @gemeente en www.koers.example/signalen.',
    'De gemeente Weert en de gemeente Nederweert nemen per 1 januari 2025 deel.',
    'Per 1 januari 2025 geldt het nieuwe contract; op 15-03-2025 is er een evaluatie.',
    'In 2024 en 2025 stijgt het aandeel, in 2026 ook.',
    'Zorggroep Horizon en Jeugdhulp Kompas bieden hulp in Leudal, Roermond en Bergen op Zoom.',
    'Het kind centraal; Het Kind Centraal in Haarlem.',
    'Ouders en kinderen in Midden-Limburg-West, 35% meer dan in 2023, een budget van € 2,5 miljoen.',
    'Het Centrum voor Jeugd en Gezin (CJG) en de GGD West-Brabant.',
    'Een moeder vertelt dat haar zoon al maanden thuis zit; de vader werkt.',
    'Een vader en moeder in Weert, een kind uit Leudal.',
    'Jongeren zijn onderweg 2 jaar kwijt; halverwege 2025 is het fietspad 2 km langer.',
    'De Parkweg 2025-campagne en de Stationsstraat-aanpak.',
    'Verbruik 1000kg, 500 ml, 2000 km; 1234 GGZ-trajecten.',
    'Dossier 2025/0012, versie 3.1, kenmerk U.2025-1234.',
    'Een pilot van 12 weken met 40 deelnemers, geboren in de regio.',
    'Zij is geboren en getogen in Weert.',
    'NL GOV profiel, CloudEvents 1.0 en RFC 9457.',
  ])('leaves ordinary text alone: %p', (tekst) => expect(vindPersoonsgegevens(tekst)).toEqual([]));

  it('refuses with every field named and the kinds found, without echoing the data', () => {
    let fout: unknown;
    try {
      weigerPersoonsgegevens({
        titel: 'Wachttijd',
        omschrijving: 'Moeder (06-12345678) meldt ...',
        toelichting: 'BSN 123456782',
        verslag: 'Mevrouw Jansen van de Dorpsstraat 12 zegt dat zoon Pieter wacht.',
      });
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(OngeldigeInvoer);
    const velden = (fout as OngeldigeInvoer).velden;
    expect(velden.map((veld) => [veld.naam, veld.code])).toEqual([
      ['omschrijving', 'persoonsgegevens'],
      ['toelichting', 'persoonsgegevens'],
      ['verslag', 'persoonsgegevens'],
    ]);
    expect(velden[0].reden).toContain('een telefoonnummer');
    expect(velden[2].reden).toContain('een straat met huisnummer en een naam na een aanspreekvorm of familieband');
    expect(JSON.stringify([velden, (fout as OngeldigeInvoer).reden])).not.toMatch(/12345678|123456782|Jansen|Pieter|Dorpsstraat/);
  });

  it('accepts texts without personal data and missing optional fields', () => {
    expect(() => weigerPersoonsgegevens({ titel: 'Wachttijd GGZ', koersReferentie: undefined, omschrijving: null })).not.toThrow();
  });
});
