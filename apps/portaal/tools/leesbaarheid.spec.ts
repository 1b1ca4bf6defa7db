import { B1_GRENS, isCode, leesbaarheid, lettergrepen, woordenVan, zinnenVan } from './leesbaarheid';

describe('Flesch-Douma readability', () => {
  it('counts Dutch syllables by vowel groups, diphthongs and long vowels as one', () => {
    expect(lettergrepen('huis')).toBe(1);
    expect(lettergrepen('kijken')).toBe(2);
    expect(lettergrepen('jeugdhulp')).toBe(2);
    expect(lettergrepen('gemeente')).toBe(3);
    expect(lettergrepen('toegankelijkheidsverklaring')).toBe(8);
    expect(lettergrepen('42')).toBe(0);
  });

  it('splits words and sentences, ignoring punctuation and numbers', () => {
    expect(woordenVan('Log in, of ga terug — naar de start.')).toEqual(['Log', 'in', 'of', 'ga', 'terug', 'naar', 'de', 'start']);
    expect(zinnenVan('Dit is één zin. En nog een! Klaar?')).toHaveLength(3);
    expect(zinnenVan('Kop\nTekst onder de kop.')).toHaveLength(2);
  });

  it('leaves codes out of the words: event types, field names, addresses and letters mixed with digits', () => {
    for (const code of ['nl.koers.tafels.afspraak.opgesteld.v1', 'opnemen_werkdagen', 'beheer@koers.nl', 'GM0988', '3255ba8d', 'v1']) expect(isCode(code)).toBe(true);
    for (const woord of ['gemeente', 'cliëntenraad', 'B', 'U']) expect(isCode(woord)).toBe(false);
    expect(woordenVan('Het bericht nl.koers.tafels.tafel.gestart.v1 van Weert (GM0988) ging mis.')).toEqual(['Het', 'bericht', 'van', 'Weert', 'ging', 'mis']);
  });

  it('computes 206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
    // 4 words of one syllable each, in 1 sentence.
    const uitslag = leesbaarheid('De kat zit hier.');
    expect(uitslag).toMatchObject({ zinnen: 1, woorden: 4, lettergrepen: 4 });
    expect(uitslag.score).toBeCloseTo(206.835 - 0.93 * 4 - 77 * 1, 1);
  });

  it('passes short plain sentences and warns about long official ones', () => {
    expect(leesbaarheid('U hebt een bericht. Lees het nu. Klik op de knop.').bovenB1).toBe(false);
    const ambtelijk = leesbaarheid(
      'Indien de gemeentelijke verantwoordelijkheidsverdeling aangaande jeugdhulpvoorzieningen onvoldoende geoperationaliseerd is, dient de regionale samenwerkingsorganisatie aanvullende beleidsinstrumenten te ontwikkelen.',
    );
    expect(ambtelijk.score).toBeLessThan(B1_GRENS);
    expect(ambtelijk.bovenB1).toBe(true);
  });

  it('calls an empty text easy instead of dividing by zero', () => {
    expect(leesbaarheid('  ')).toMatchObject({ score: 100, bovenB1: false });
  });
});
