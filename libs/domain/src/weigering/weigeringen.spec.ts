import { BestaatAl, NietBeschikbaar, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, TeGroot, Weigering } from './weigeringen';

describe('weigeringen', () => {
  it('are refusals with their Dutch reason as message and their class as name', () => {
    const alle: Weigering[] = [
      new NietBevoegd('Alleen de behandelaar.'),
      new OngeldigeInvoer([{ naam: 'reden', code: 'verplicht', reden: 'geef een reden' }]),
      new NietGevonden('Signaal 1'),
      new Statusconflict('Kan nu niet.', 'ingediend', ['een behandelaar']),
      new BestaatAl('De code is al in gebruik.'),
      new TeGroot('Het bestand is te groot.'),
    ];
    for (const weigering of alle) {
      expect(weigering).toBeInstanceOf(Weigering);
      expect(weigering).toBeInstanceOf(Error);
      expect(weigering.message).toBe(weigering.reden);
      expect(weigering.name).toBe(weigering.constructor.name);
    }
  });

  it('word their defaults the way people read them', () => {
    expect(new NietBevoegd('x').code).toBe('geen-toegang');
    expect(new NietGevonden('Signaal 1').reden).toBe('Signaal 1 bestaat niet of is niet zichtbaar voor u.');
    expect(new NietGevonden('Voorkeur x', 'Er is geen e-mailvoorkeur x.').reden).toBe('Er is geen e-mailvoorkeur x.');
    const invoer = new OngeldigeInvoer([
      { naam: 'a', code: 'verplicht', reden: 'vul a in' },
      { naam: 'b', code: 'te-lang', reden: 'korter' },
    ]);
    expect(invoer.reden).toBe('De invoer klopt niet: a (vul a in); b (korter)');
    expect(new OngeldigeInvoer([], 'Het bestand is geweigerd.').reden).toBe('Het bestand is geweigerd.');
    expect(new Statusconflict('x', 'ingediend').ontbreekt).toEqual([]);
  });

  it('keeps an unavailable dependency apart: asking again later may work', () => {
    const fout = new NietBeschikbaar('monitoring-onbereikbaar', 'Monitoring is niet bereikbaar', 'Probeer het later.');
    expect(fout).not.toBeInstanceOf(Weigering);
    expect(fout).toMatchObject({ opnieuwNaSeconden: 60, message: 'Probeer het later.' });
  });
});
