import { NietBevoegd, Statusconflict } from '@koers/domain';
import { MONITORINGPLAN_LEVENSLOOP, PlanToestand, SYSTEEM } from './monitoringplan-levensloop.rules';

const AFSPRAAK = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const plan = (status: PlanToestand['status'], soort: PlanToestand['onderwerpSoort'] = 'afspraak'): PlanToestand => ({ status, onderwerpSoort: soort, onderwerpId: AFSPRAAK });

describe('life cycle of a monitoring plan', () => {
  it('is confirmed by the recording of its own agreement, and judged on its date from lopend or bevestigd', () => {
    expect(MONITORINGPLAN_LEVENSLOOP.beoordeel(plan('lopend'), 'bevestigd', 'afspraak_vastgelegd', SYSTEEM, { afspraakId: AFSPRAAK }).uitkomst).toBe('toegestaan');
    expect(MONITORINGPLAN_LEVENSLOOP.beoordeel(plan('lopend'), 'geevalueerd', 'evaluatiedatum', SYSTEEM, {}).uitkomst).toBe('toegestaan');
    expect(MONITORINGPLAN_LEVENSLOOP.beoordeel(plan('bevestigd'), 'geevalueerd', 'evaluatiedatum', SYSTEEM, {}).uitkomst).toBe('toegestaan');
  });

  it('refuses another agreement’s recording, or a pilot’s plan, naming its status and what is missing', () => {
    for (const [toestand, afspraakId] of [[plan('lopend'), '00000000-0000-4000-8000-000000000000'], [plan('lopend', 'pilot'), AFSPRAAK]] as const) {
      const oordeel = MONITORINGPLAN_LEVENSLOOP.beoordeel(toestand, 'bevestigd', 'afspraak_vastgelegd', SYSTEEM, { afspraakId });
      expect(oordeel).toEqual({
        uitkomst: 'geweigerd',
        reden: "Het monitoringplan heeft status 'lopend'; voor 'bevestigd' ontbreekt: een afspraak die het onderwerp van dit plan is.",
        huidigeStatus: 'lopend',
        ontbreekt: ['een afspraak die het onderwerp van dit plan is'],
      });
    }
  });

  it('has no step out of geevalueerd, and no confirmation twice', () => {
    expect(() => MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan('geevalueerd'), 'bevestigd', 'afspraak_vastgelegd', SYSTEEM, { afspraakId: AFSPRAAK })).toThrow(Statusconflict);
    expect(() => MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan('bevestigd'), 'bevestigd', 'afspraak_vastgelegd', SYSTEEM, { afspraakId: AFSPRAAK })).toThrow(
      "Een monitoringplan met status 'bevestigd' kan niet naar 'bevestigd'. Vanuit 'bevestigd' kan het alleen naar: geevalueerd.",
    );
  });

  it('lapses from lopend when its own concept agreement is dropped, and from nowhere else; a lapsed plan is not judged', () => {
    expect(MONITORINGPLAN_LEVENSLOOP.beoordeel(plan('lopend'), 'vervallen', 'afspraak_ingetrokken', SYSTEEM, { afspraakId: AFSPRAAK }).uitkomst).toBe('toegestaan');
    expect(MONITORINGPLAN_LEVENSLOOP.beoordeel(plan('lopend'), 'vervallen', 'afspraak_ingetrokken', SYSTEEM, { afspraakId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      uitkomst: 'geweigerd',
      ontbreekt: ['een afspraak die het onderwerp van dit plan is'],
    });
    // A recorded agreement is never dropped (tafels only drops concepts): a confirmed plan does not lapse.
    expect(() => MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan('bevestigd'), 'vervallen', 'afspraak_ingetrokken', SYSTEEM, { afspraakId: AFSPRAAK })).toThrow(Statusconflict);
    expect(() => MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan('vervallen'), 'geevalueerd', 'evaluatiedatum', SYSTEEM, {})).toThrow(Statusconflict);
  });

  it('is moved by Koers itself only', () => {
    const persoon = { soort: 'persoon' } as unknown as typeof SYSTEEM;
    expect(() => MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan('lopend'), 'geevalueerd', 'evaluatiedatum', persoon, {})).toThrow(NietBevoegd);
  });
});
