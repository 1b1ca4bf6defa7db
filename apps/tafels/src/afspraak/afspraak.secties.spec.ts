import { Afspraak } from './afspraak.entity';
import { afsprakenSectie } from './afspraak.secties';

describe('the agreements in the minutes, in plain Dutch', () => {
  const namen = new Map([['GM0988', 'Weert'], ['GM1640', 'Leudal']]);
  const afspraak = (extra: Partial<Afspraak>): Afspraak =>
    Object.assign(new Afspraak(), {
      id: 'a1',
      versie: 1,
      soort: 'werkafspraak',
      omschrijving: 'Elke jongere op de wachtlijst krijgt binnen twee weken een gesprek.',
      eigenaar: 'zorggroep-horizon',
      deadline: '2027-09-30',
      rechtsgrond: 'Jeugdwet art. 2.3',
      gemeenten: ['GM0988'],
      voorDeHeleRegio: false,
      status: 'vastgelegd',
      toetsing: 'akkoord',
      monitoringplanId: 'p1',
      ...extra,
    });

  it('says what, who, by when, for whom, within which rules and where it stands', () => {
    expect(afsprakenSectie([afspraak({})], namen)).toEqual({
      kop: 'Wat hebben we afgesproken?',
      alineas: [
        '1. Een werkafspraak: Elke jongere op de wachtlijst krijgt binnen twee weken een gesprek.',
        'Wie doet het: zorggroep-horizon. Klaar op: 30 september 2027. Voor: Weert. Past binnen: Jeugdwet art. 2.3.',
        'Stand: vastgelegd; een jurist gaf akkoord. Er is een plan om te meten of het werkt.',
      ],
    });
  });

  it('names the legal check of a concept, the region, a new version, and leaves dropped agreements out', () => {
    const { alineas } = afsprakenSectie(
      [
        afspraak({ status: 'concept', toetsing: 'bezwaar', monitoringplanId: null, voorDeHeleRegio: true, gemeenten: ['GM0988', 'GM1640'], versie: 2 }),
        afspraak({ status: 'ingetrokken', omschrijving: 'Ingetrokken afspraak.' }),
      ],
      namen,
    );
    expect(alineas).toHaveLength(3);
    expect(alineas[1]).toContain('Voor: de hele regio.');
    expect(alineas[2]).toBe(
      'Stand: nog niet vastgelegd; een jurist heeft bezwaar; de afspraak moet worden aangepast of ingetrokken. Er is nog geen plan om te meten of het werkt. Dit is versie 2: de afspraak is aangepast na bijsturen.',
    );
    expect(alineas.join(' ')).not.toContain('Ingetrokken afspraak');
  });

  it('says so when no agreement was made', () => {
    expect(afsprakenSectie([], namen).alineas).toEqual(['In deze bijeenkomst zijn (nog) geen afspraken gemaakt.']);
  });
});
