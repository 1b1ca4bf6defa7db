import { Afspraak } from '../afspraak/afspraak.entity';
import { nederlandseDatum } from '@koers/domain';
import { dagenTeLaat, opvolgingVan, Planstand } from './opvolging.rules';

const afspraak = (extra: Partial<Afspraak> = {}) =>
  ({ id: 'a1', eigenaar: 'zorggroep-horizon', status: 'vastgelegd', voortgang: null, stopreden: null, deadline: '2027-03-10', oordeel: null, geevalueerdOp: null, ...extra }) as Afspraak;

describe('follow-up of an agreement', () => {
  it('is overdue from the day after its deadline, in Dutch time: 23:30 UTC on 10 March is already the 11th', () => {
    expect(nederlandseDatum(new Date('2027-03-10T22:59:59Z'))).toBe('2027-03-10');
    expect(dagenTeLaat(afspraak(), nederlandseDatum(new Date('2027-03-10T22:59:59Z')))).toBe(0);
    expect(dagenTeLaat(afspraak(), nederlandseDatum(new Date('2027-03-10T23:30:00Z')))).toBe(1);
    expect(dagenTeLaat(afspraak(), '2027-04-09')).toBe(30);
  });

  it('across the switch to summer time counts calendar days, not 24-hour periods', () => {
    expect(dagenTeLaat(afspraak({ deadline: '2027-03-27' }), nederlandseDatum(new Date('2027-03-28T22:30:00Z')))).toBe(2);
  });

  it('is never overdue once the owner reported it carried out or stopped', () => {
    for (const extra of [{ voortgang: 'uitgevoerd' as const, status: 'uitgevoerd' as const }, { voortgang: 'gestopt' as const, status: 'gestopt' as const, stopreden: 'Geen budget meer' }]) {
      expect(dagenTeLaat(afspraak(extra), '2028-01-01')).toBe(0);
    }
    expect(dagenTeLaat(afspraak({ voortgang: 'lopend' }), '2028-01-01')).toBeGreaterThan(0);
  });

  it('leaves out replaced and dropped versions, and shows progress, reason and the verdict kept', () => {
    const plannen = new Map<string, Planstand>();
    const lijst = opvolgingVan(
      [
        afspraak({ id: 'oud', status: 'vervangen' }),
        afspraak({ id: 'weg', status: 'ingetrokken' }),
        afspraak({ id: 'a1', status: 'gestopt', voortgang: 'gestopt', stopreden: 'Geen budget meer', oordeel: 'niet_bereikt', geevalueerdOp: new Date('2027-03-01T09:00:00Z') }),
      ],
      '2027-04-01',
      plannen,
    );
    expect(lijst).toEqual([
      { afspraakId: 'a1', eigenaar: 'zorggroep-horizon', status: 'gestopt', voortgang: 'gestopt', stopreden: 'Geen budget meer', deadline: '2027-03-10', teLaat: false, oordeel: 'niet_bereikt', geevalueerdOp: '2027-03-01T09:00:00.000Z', cijfers: 'geen_plan', ontbrekend: [] },
    ]);
  });

  it('names what monitoring misses per indicator, and marks the figures unavailable when monitoring could not be read', () => {
    const plan: Planstand = {
      monitoringplanId: 'p1',
      status: 'bevestigd',
      stand: {
        oordeel: 'onvoldoende_data',
        indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', doelwaarde: 1.5, richting: 'maximaal', oordeel: 'onvoldoende_data', laatsteMetingen: [], ontbrekend: ['GM0988: geen meting over 2027-Q4'], toelichting: '…' }],
      },
    };
    const [metCijfers] = opvolgingVan([afspraak()], '2027-03-01', new Map([['a1', plan]]));
    expect(metCijfers).toMatchObject({ cijfers: 'beschikbaar', plan, ontbrekend: ['jeugdhulp-met-verblijf: GM0988: geen meting over 2027-Q4'], teLaat: false });
    const [zonder] = opvolgingVan([afspraak()], '2027-03-11', null);
    expect(zonder).toMatchObject({ cijfers: 'onbeschikbaar', teLaat: true, dagenTeLaat: 1, ontbrekend: [] });
    expect(zonder.plan).toBeUndefined();
  });
});
