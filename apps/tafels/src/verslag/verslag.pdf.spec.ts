import { pdfTekst as tekstVan } from '../../test/pdf-tekst';
import { maakPdf } from './verslag.pdf';
import { markering, verslagSecties, VerslagInhoud } from './verslag.secties';

describe('the minutes as a PDF in plain Dutch', () => {
  const inhoud: VerslagInhoud = {
    tekst: { probleem: 'Jongeren wachten te lang op een intake.\n\nOuders merken dat thuis.', wieMoetMeedoen: 'De gemeente, twee aanbieders en de cliëntenraad.', stappen: 'Een wachtlijstoverleg per maand.' },
    status: 'concept',
    start: new Date('2026-03-02T09:00:00Z'),
    reactiesTot: new Date('2026-03-09T23:00:00Z'),
    vastgesteldOp: null,
    plaats: 'Stadhuis Weert, raadszaal',
    aanwezigen: [{ rol: 'gemeente', naam: 'Annelies Janssen' }, { rol: 'gast', alias: 'Vlinder', organisatie: 'clientenraad-mlw' }],
    opmerkingen: [{ rol: 'aanbieder', tekst: 'De wachttijd is vijftien weken.', verwerking: null, toelichting: null }],
  };

  it('has the headings, the texts, who was there and the remarks, marked as a concept with its term', async () => {
    const tekst = await tekstVan(await maakPdf({ titel: 'Verslag van de koerstafel', onderwerp: 'Wachttijd jeugd-GGZ', markering: markering(inhoud), secties: verslagSecties(inhoud) }));
    for (const stuk of [
      'Verslag van de koerstafel',
      'CONCEPT. Dit verslag is nog niet vastgesteld. Deelnemers kunnen reageren tot en met maandag 9 maart 2026.',
      'Wanneer en waar?',
      'De bijeenkomst begon op maandag 2 maart 2026, 10.00 uur.',
      'Plaats: Stadhuis Weert, raadszaal.',
      'Wie waren er?',
      'De gemeente (Annelies Janssen)',
      'Een gast (Vlinder, via clientenraad-mlw)',
      'Wat is het probleem? Jongeren wachten te lang op een intake. Ouders merken dat thuis.',
      'Wie doet mee? De gemeente, twee aanbieders en de cliëntenraad.',
      'Welke stappen zijn nodig? Een wachtlijstoverleg per maand.',
      'Opmerkingen en wat we ermee deden',
      '1. Opmerking van een jeugdhulpaanbieder: De wachttijd is vijftien weken.',
      'Wat we ermee deden: hierop komt nog een antwoord.',
    ]) {
      expect(tekst).toContain(stuk);
    }
  });

  it('for a reader who may not see them: no place, no alias, no remarks — and marked as adopted', async () => {
    const vastgesteld: VerslagInhoud = {
      ...inhoud,
      status: 'vastgesteld',
      vastgesteldOp: new Date('2026-03-10T09:00:00Z'),
      plaats: undefined,
      aanwezigen: [{ rol: 'gast', organisatie: 'clientenraad-mlw' }],
      opmerkingen: undefined,
    };
    const tekst = await tekstVan(await maakPdf({ titel: 'Verslag', onderwerp: 'Wachttijd', markering: markering(vastgesteld), secties: verslagSecties(vastgesteld) }));
    expect(tekst).toContain('VASTGESTELD op dinsdag 10 maart 2026.');
    expect(tekst).toContain('Een gast (via clientenraad-mlw)');
    expect(tekst).toContain('De opmerkingen kunnen alleen de deelnemers aan de tafel lezen.');
    expect(tekst).not.toMatch(/Vlinder|raadszaal|vijftien|CONCEPT/);
  });

  it('takes any list of sections, so agreements can be added as one more', async () => {
    const tekst = await tekstVan(await maakPdf({ titel: 'Verslag', onderwerp: 'x', markering: 'y', secties: [{ kop: 'Welke afspraken maakten we?', alineas: ['Afspraak 1: een wachtlijstoverleg.'] }] }));
    expect(tekst).toContain('Welke afspraken maakten we? Afspraak 1: een wachtlijstoverleg.');
  });
});
