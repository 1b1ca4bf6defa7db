import { Statusconflict } from '@koers/domain';
import { TAFEL_STATUSSEN } from '../tafel/tafel.rules';
import {
  Actor,
  AFSPRAAK_LEVENSLOOP,
  AFSPRAAK_OVERGANGEN,
  AFSPRAAK_STATUSSEN,
  AfspraakAanleiding,
  AfspraakFeiten,
  AfspraakOordeel,
  AfspraakStatus,
  AfspraakToestand,
  isHuidig,
  TOETSING_LEVENSLOOP,
  TOETSING_OVERGANGEN,
  ToetsingFeiten,
  ToetsingOordeelUitkomst,
  ToetsingStatus,
  ToetsingToestand,
  weigerTenzijOpTeStellen,
  wijzigingVan,
} from './afspraak.rules';

const behandelaar: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['gemeente'] };
const andereGemeente: Actor = { soort: 'persoon', subject: 'sub-leudal', rollen: ['gemeente'] };
const eigenaar: Actor = { soort: 'persoon', subject: 'sub-horizon', rollen: ['aanbieder'], organisatie: 'zorggroep-horizon' };
const eigenSysteem: Actor = { soort: 'persoon', subject: 'sub-systeem-horizon', rollen: ['aanbieder'], organisatie: 'zorggroep-horizon' };
const andereAanbieder: Actor = { soort: 'persoon', subject: 'sub-kompas', rollen: ['aanbieder'], organisatie: 'jeugdhulp-kompas' };
const jurist: Actor = { soort: 'persoon', subject: 'sub-jurist', rollen: ['jurist'] };
const juristVanEigenaar: Actor = { soort: 'persoon', subject: 'sub-jurist-horizon', rollen: ['jurist'], organisatie: 'zorggroep-horizon' };
const juristElders: Actor = { soort: 'persoon', subject: 'sub-jurist-kompas', rollen: ['jurist'], organisatie: 'jeugdhulp-kompas' };
const systeem: Actor = { soort: 'systeem' };

describe('afspraak rules: the life cycle of an agreement, step by step', () => {
  const afspraak = (status: AfspraakStatus): AfspraakToestand => ({ status, eigenaar: 'zorggroep-horizon', behandelaarSub: 'sub-weert' });
  const klaar: AfspraakFeiten = { monitoringplan: true, akkoord: true };

  type Scenario = [string, AfspraakToestand, AfspraakStatus, AfspraakAanleiding, Actor, AfspraakFeiten, AfspraakOordeel['uitkomst']];
  const scenarios: Scenario[] = [
    ['the behandelaar records a concept with a plan and akkoord', afspraak('concept'), 'vastgelegd', 'vastlegging', behandelaar, klaar, 'toegestaan'],
    ['recording needs a monitoring plan', afspraak('concept'), 'vastgelegd', 'vastlegging', behandelaar, { akkoord: true }, 'geweigerd'],
    ['recording needs a jurist’s akkoord', afspraak('concept'), 'vastgelegd', 'vastlegging', behandelaar, { monitoringplan: true }, 'geweigerd'],
    ['another gemeente user does not record', afspraak('concept'), 'vastgelegd', 'vastlegging', andereGemeente, klaar, 'niet_bevoegd'],
    ['the owner does not record', afspraak('concept'), 'vastgelegd', 'vastlegging', eigenaar, klaar, 'niet_bevoegd'],
    ['Koers itself does not record', afspraak('concept'), 'vastgelegd', 'vastlegging', systeem, klaar, 'niet_bevoegd'],
    ['a recorded agreement is not recorded again', afspraak('vastgelegd'), 'vastgelegd', 'vastlegging', behandelaar, klaar, 'geweigerd'],
    ['recording is not a progress report', afspraak('concept'), 'vastgelegd', 'voortgang', behandelaar, klaar, 'geweigerd'],
    ['the owner reports it carried out', afspraak('vastgelegd'), 'uitgevoerd', 'voortgang', eigenaar, {}, 'toegestaan'],
    ['the owner’s own system reports too (a token of that organisation)', afspraak('vastgelegd'), 'uitgevoerd', 'voortgang', eigenSysteem, {}, 'toegestaan'],
    ['another provider does not report for the owner', afspraak('vastgelegd'), 'uitgevoerd', 'voortgang', andereAanbieder, {}, 'niet_bevoegd'],
    ['the behandelaar does not report for the owner', afspraak('vastgelegd'), 'uitgevoerd', 'voortgang', behandelaar, {}, 'niet_bevoegd'],
    ['a concept is not carried out', afspraak('concept'), 'uitgevoerd', 'voortgang', eigenaar, {}, 'geweigerd'],
    ['the owner stops it with a reason', afspraak('vastgelegd'), 'gestopt', 'voortgang', eigenaar, { stopreden: 'De wachtlijst is weg.' }, 'toegestaan'],
    ['stopping needs a reason', afspraak('vastgelegd'), 'gestopt', 'voortgang', eigenaar, {}, 'onvolledig'],
    ['a blank reason is no reason', afspraak('vastgelegd'), 'gestopt', 'voortgang', eigenaar, { stopreden: '  ' }, 'onvolledig'],
    ['a stopped agreement is not carried out after all', afspraak('gestopt'), 'uitgevoerd', 'voortgang', eigenaar, {}, 'geweigerd'],
    ['a carried-out agreement is not stopped', afspraak('uitgevoerd'), 'gestopt', 'voortgang', eigenaar, { stopreden: 'x' }, 'geweigerd'],
    ['a new version replaces a recorded agreement when it is recorded', afspraak('vastgelegd'), 'vervangen', 'nieuwe_versie', behandelaar, {}, 'toegestaan'],
    ['only the behandelaar replaces', afspraak('vastgelegd'), 'vervangen', 'nieuwe_versie', eigenaar, {}, 'niet_bevoegd'],
    ['a concept is amended, not replaced', afspraak('concept'), 'vervangen', 'nieuwe_versie', behandelaar, {}, 'geweigerd'],
    ['nothing leaves vervangen', afspraak('vervangen'), 'vastgelegd', 'vastlegging', behandelaar, klaar, 'geweigerd'],
    ['the behandelaar drops a concept', afspraak('concept'), 'ingetrokken', 'intrekking', behandelaar, {}, 'toegestaan'],
    ['only the behandelaar drops', afspraak('concept'), 'ingetrokken', 'intrekking', eigenaar, {}, 'niet_bevoegd'],
    ['a recorded agreement is not dropped: its owner stops it', afspraak('vastgelegd'), 'ingetrokken', 'intrekking', behandelaar, {}, 'geweigerd'],
    ['nothing leaves ingetrokken', afspraak('ingetrokken'), 'vastgelegd', 'vastlegging', behandelaar, klaar, 'geweigerd'],
  ];

  it.each(scenarios)('%s', (_naam, toestand, naar, aanleiding, actor, feiten, verwacht) => {
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(toestand, naar, aanleiding, actor, feiten).uitkomst).toBe(verwacht);
  });

  it('names the current status and both missing things', () => {
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(afspraak('concept'), 'vastgelegd', 'vastlegging', behandelaar, {})).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'concept',
      ontbreekt: ['een monitoringplan', 'een akkoord van een jurist'],
    });
  });

  it('names the field when stopping without a reason', () => {
    expect(AFSPRAAK_LEVENSLOOP.beoordeel(afspraak('vastgelegd'), 'gestopt', 'voortgang', eigenaar, {})).toEqual({
      uitkomst: 'onvolledig',
      velden: [{ naam: 'reden', code: 'verplicht', reden: 'een afspraak stoppen vraagt om de reden' }],
    });
  });

  it('has exactly the declared steps of an agreement, and dropping a concept', () => {
    expect(AFSPRAAK_OVERGANGEN.map((s) => `${s.van} → ${s.naar}`)).toEqual(['concept → vastgelegd', 'concept → ingetrokken', 'vastgelegd → uitgevoerd', 'vastgelegd → gestopt', 'vastgelegd → vervangen']);
  });

  it('refuses every step that is not in the table', () => {
    const aanleidingen: AfspraakAanleiding[] = ['vastlegging', 'voortgang', 'nieuwe_versie', 'intrekking'];
    for (const van of AFSPRAAK_STATUSSEN)
      for (const naar of AFSPRAAK_STATUSSEN)
        for (const aanleiding of aanleidingen) {
          if (AFSPRAAK_OVERGANGEN.some((s) => s.van === van && s.naar === naar && s.aanleiding === aanleiding)) continue;
          expect(AFSPRAAK_LEVENSLOOP.beoordeel(afspraak(van), naar, aanleiding, behandelaar, { monitoringplan: true, akkoord: true, stopreden: 'x' }).uitkomst).toBe('geweigerd');
        }
  });

  it('amends a concept in place, a recorded agreement as a new version, nothing else', () => {
    expect(AFSPRAAK_STATUSSEN.map((s) => [s, wijzigingVan(s)])).toEqual([
      ['concept', 'in_plaats'],
      ['vastgelegd', 'nieuwe_versie'],
      ['uitgevoerd', null],
      ['gestopt', null],
      ['vervangen', null],
      ['ingetrokken', null],
    ]);
    expect(AFSPRAAK_STATUSSEN.filter(isHuidig)).toEqual(['concept', 'vastgelegd', 'uitgevoerd', 'gestopt']);
  });
});

describe('afspraak rules: the legal check', () => {
  const toetsing = (status: ToetsingStatus, afspraakStatus: AfspraakStatus = 'concept'): ToetsingToestand => ({ status, afspraakStatus, eigenaar: 'zorggroep-horizon', behandelaarSub: 'sub-weert' });
  type Scenario = [string, ToetsingToestand, ToetsingStatus, 'toetsing' | 'wijziging', Actor, ToetsingFeiten, ToetsingOordeelUitkomst['uitkomst']];
  const scenarios: Scenario[] = [
    ['a jurist of the region says akkoord', toetsing('open'), 'akkoord', 'toetsing', jurist, {}, 'toegestaan'],
    ['a jurist of another provider says akkoord', toetsing('open'), 'akkoord', 'toetsing', juristElders, {}, 'toegestaan'],
    ['a jurist of the owner’s organisation may not check', toetsing('open'), 'akkoord', 'toetsing', juristVanEigenaar, {}, 'niet_bevoegd'],
    ['nor object', toetsing('open'), 'bezwaar', 'toetsing', juristVanEigenaar, { reden: 'x' }, 'niet_bevoegd'],
    ['the behandelaar does not check', toetsing('open'), 'akkoord', 'toetsing', behandelaar, {}, 'niet_bevoegd'],
    ['the owner does not check', toetsing('open'), 'akkoord', 'toetsing', eigenaar, {}, 'niet_bevoegd'],
    ['a bezwaar needs a reason', toetsing('open'), 'bezwaar', 'toetsing', jurist, {}, 'onvolledig'],
    ['a bezwaar with a reason', toetsing('open'), 'bezwaar', 'toetsing', jurist, { reden: 'Strijdig met art. 8 EVRM.' }, 'toegestaan'],
    ['a bezwaar takes an akkoord away', toetsing('akkoord'), 'bezwaar', 'toetsing', juristElders, { reden: 'x' }, 'toegestaan'],
    ['akkoord is not given twice', toetsing('akkoord'), 'akkoord', 'toetsing', jurist, {}, 'geweigerd'],
    ['an agreement with bezwaar must be amended first', toetsing('bezwaar'), 'akkoord', 'toetsing', jurist, {}, 'geweigerd'],
    ['a recorded agreement is not checked any more', toetsing('akkoord', 'vastgelegd'), 'bezwaar', 'toetsing', jurist, { reden: 'x' }, 'geweigerd'],
    ['nor a first time', toetsing('open', 'vastgelegd'), 'akkoord', 'toetsing', jurist, {}, 'geweigerd'],
    ['amending opens the check after akkoord', toetsing('akkoord'), 'open', 'wijziging', behandelaar, {}, 'toegestaan'],
    ['amending opens the check after bezwaar', toetsing('bezwaar'), 'open', 'wijziging', behandelaar, {}, 'toegestaan'],
    ['only the behandelaar amends', toetsing('bezwaar'), 'open', 'wijziging', jurist, {}, 'niet_bevoegd'],
    ['a jurist does not reopen by checking', toetsing('akkoord'), 'open', 'toetsing', jurist, {}, 'geweigerd'],
  ];

  it.each(scenarios)('%s', (_naam, toestand, naar, aanleiding, actor, feiten, verwacht) => {
    expect(TOETSING_LEVENSLOOP.beoordeel(toestand, naar, aanleiding, actor, feiten).uitkomst).toBe(verwacht);
  });

  it('says why a jurist of the owner may not check', () => {
    expect(TOETSING_LEVENSLOOP.beoordeel(toetsing('open'), 'akkoord', 'toetsing', juristVanEigenaar, {})).toEqual({
      uitkomst: 'niet_bevoegd',
      reden: "Van 'open' naar 'akkoord' mag alleen een jurist van de regio die niet werkt bij de eigenaar van de afspraak.",
    });
  });

  it('has these steps and no way from bezwaar to akkoord', () => {
    expect(TOETSING_OVERGANGEN.map((s) => `${s.van} → ${s.naar}`)).toEqual(['open → akkoord', 'open → bezwaar', 'akkoord → bezwaar', 'akkoord → open', 'bezwaar → open']);
  });
});

describe('afspraak rules: when agreements are drafted', () => {
  it.each(TAFEL_STATUSSEN.map((s) => [s, s === 'gehouden'] as const))('at a table with status %s: %s', (status, mag) => {
    if (mag) expect(() => weigerTenzijOpTeStellen(status)).not.toThrow();
    else expect(() => weigerTenzijOpTeStellen(status)).toThrow(Statusconflict);
  });

  it('names the state and what is missing', () => {
    expect(() => weigerTenzijOpTeStellen('afspraken_vastgelegd')).toThrow(
      expect.objectContaining({ huidigeStatus: 'afspraken_vastgelegd', ontbreekt: ["tafelstatus 'gehouden' (het verslag van een bijeenkomst is vastgelegd)"] }),
    );
  });
});
