import type { Rol, SignaalBron } from '@koers/contracts';
import { Afwijzing, Levensloop, Oordeel as LevensloopOordeel, Stap } from '@koers/domain';

/** Life cycle of a signal (domain.md §2); the steps between the statuses are in OVERGANGEN below. */
export const SIGNAAL_STATUSSEN = [
  'ingediend',
  'in_voorbereiding',
  'consensus_gevraagd',
  'consensus_bereikt',
  'tafel_gestart',
  'afgewezen',
  'samengevoegd',
] as const;
export type SignaalStatus = (typeof SIGNAAL_STATUSSEN)[number];

/** Still being worked on: a signal in one of these can take in more (e.g. later deviations of its series). */
export const OPEN_STATUSSEN: readonly SignaalStatus[] = ['ingediend', 'in_voorbereiding', 'consensus_gevraagd', 'consensus_bereikt'];

/**
 * A signal at a koerstafel keeps its trend (gemeente + indicator) until the table is closed: a new
 * deviation of that series joins the running table instead of opening a second signal.
 */
export const TREND_LOOPT_BIJ: SignaalStatus = 'tafel_gestart';

/** Who may raise a signal from which source: partners bring requests, gemeenten bring policy data and contract goals. */
export const BRONNEN_PER_ROL: Readonly<Partial<Record<Rol, readonly SignaalBron[]>>> = {
  aanbieder: ['partnerverzoek'],
  clientvertegenwoordiger: ['partnerverzoek'],
  gemeente: ['contractdoel', 'beleidsinformatie'],
};

export function magIndienen(rollen: readonly Rol[], bron: SignaalBron): boolean {
  return rollen.some((rol) => BRONNEN_PER_ROL[rol]?.includes(bron));
}

/** The three kinds of evidence of a dossier; consensus cannot be asked before each is present (domain.md §2). */
export const DOSSIER_SOORTEN = ['objectieve_data', 'ervaringsinformatie', 'juridisch_kader'] as const;
export type DossierSoort = (typeof DOSSIER_SOORTEN)[number];

/** How a step is taken: a person asks for it over the API, or it follows from a fact. */
export type Aanleiding =
  | 'statuswijziging' // POST /v1/signalen/{id}/statuswijzigingen
  | 'consensusronde' // POST /v1/signalen/{id}/consensusrondes
  | 'antwoord' // the answer that closes a consensus round
  | 'tafel_gestart'; // the event nl.koers.tafels.tafel.gestart.v1

/**
 * Who may take a step. `gemeente_van_signaal`: a gemeente user of one of the signal's gemeenten;
 * `behandelaar`: the gemeente user who took the signal up; `systeem`: Koers itself, on a fact.
 */
export type Wie = 'gemeente_van_signaal' | 'behandelaar' | 'systeem';

/** What must hold for a step, beyond who takes it. */
export type Eis =
  | 'reden' // a reason in the request
  | 'samengevoegd_met' // the id of the signal it merges into, in the request
  | 'doel_open' // that signal is another open signal of the same region
  | 'dossier_compleet' // each kind of evidence at least once
  | 'alle_partijen_eens' // every named party answered eens / eens_met_aanvulling
  | 'een_partij_oneens'; // a named party answered oneens

export type Overgang = Stap<SignaalStatus, Aanleiding, Wie, Eis>;

/** The life cycle as data: every step a signal can take. A step that is not here does not exist. */
export const OVERGANGEN: readonly Overgang[] = [
  { van: 'ingediend', naar: 'in_voorbereiding', aanleiding: 'statuswijziging', wie: 'gemeente_van_signaal', eisen: [] },
  { van: 'ingediend', naar: 'afgewezen', aanleiding: 'statuswijziging', wie: 'gemeente_van_signaal', eisen: ['reden'] },
  { van: 'ingediend', naar: 'samengevoegd', aanleiding: 'statuswijziging', wie: 'gemeente_van_signaal', eisen: ['samengevoegd_met', 'doel_open'] },
  { van: 'in_voorbereiding', naar: 'afgewezen', aanleiding: 'statuswijziging', wie: 'behandelaar', eisen: ['reden'] },
  { van: 'in_voorbereiding', naar: 'samengevoegd', aanleiding: 'statuswijziging', wie: 'behandelaar', eisen: ['samengevoegd_met', 'doel_open'] },
  { van: 'in_voorbereiding', naar: 'consensus_gevraagd', aanleiding: 'consensusronde', wie: 'behandelaar', eisen: ['dossier_compleet'] },
  { van: 'consensus_gevraagd', naar: 'consensus_bereikt', aanleiding: 'antwoord', wie: 'systeem', eisen: ['alle_partijen_eens'] },
  { van: 'consensus_gevraagd', naar: 'in_voorbereiding', aanleiding: 'antwoord', wie: 'systeem', eisen: ['een_partij_oneens'] },
  { van: 'consensus_bereikt', naar: 'tafel_gestart', aanleiding: 'tafel_gestart', wie: 'systeem', eisen: [] },
];

/** Who asks: a person (from the token), or Koers itself. */
export type Actor = { soort: 'persoon'; subject: string; rollen: readonly Rol[]; gemeente?: string } | { soort: 'systeem' };

/** The signal as far as the rules need it. */
export interface SignaalToestand {
  status: SignaalStatus;
  gemeenten: readonly string[];
  behandelaarSub: string | null;
}

/** The facts the service looked up for the eisen of a step. */
export interface Feiten {
  reden?: string;
  samengevoegdMet?: string;
  /** The status of the signal to merge into, as found in the same region; null when there is none. */
  doelStatus?: SignaalStatus | null;
  dossierSoorten?: readonly DossierSoort[];
  consensus?: 'bereikt' | 'niet_bereikt';
}

export type Oordeel = LevensloopOordeel<SignaalStatus, Aanleiding, Wie, Eis>;

export const SIGNAAL_LEVENSLOOP = new Levensloop<SignaalStatus, Aanleiding, Wie, Eis, SignaalToestand, Actor, Feiten>({
  onderwerp: { naam: 'signaal', lidwoord: 'het' },
  statussen: SIGNAAL_STATUSSEN,
  stappen: OVERGANGEN,
  aanleidingen: {
    statuswijziging: 'via POST /v1/signalen/{id}/statuswijzigingen',
    consensusronde: 'door een consensusronde te vragen (POST /v1/signalen/{id}/consensusrondes)',
    antwoord: 'vanzelf, zodra de genoemde partijen hebben geantwoord',
    tafel_gestart: 'vanzelf, zodra er een koerstafel op het signaal is gestart',
  },
  wie: {
    gemeente_van_signaal: {
      omschrijving: 'een gemeente van het signaal',
      mag: (signaal, actor) => isGemeente(actor) && actor.gemeente !== undefined && signaal.gemeenten.includes(actor.gemeente),
    },
    behandelaar: { omschrijving: 'de behandelaar van het signaal', mag: (signaal, actor) => isBehandelaar(signaal, actor) },
    systeem: { omschrijving: 'Koers zelf', mag: (_signaal, actor) => actor.soort === 'systeem' },
  },
  eisen: {
    reden: {
      omschrijving: 'een reden',
      veld: { naam: 'reden', reden: (naar) => `een signaal naar '${naar}' brengen vraagt om een reden` },
      voldaan: (feiten) => Boolean(feiten.reden?.trim()),
    },
    samengevoegd_met: {
      omschrijving: 'het signaal waarmee wordt samengevoegd',
      veld: { naam: 'samengevoegdMet', reden: 'noem het signaal waarmee dit signaal wordt samengevoegd' },
      voldaan: (feiten) => Boolean(feiten.samengevoegdMet),
    },
    doel_open: {
      omschrijving: 'een ander open signaal van dezelfde regio om mee samen te voegen',
      ontbreekt: ({ doelStatus, samengevoegdMet }) =>
        doelStatus && OPEN_STATUSSEN.includes(doelStatus)
          ? []
          : [doelStatus ? `een open signaal om mee samen te voegen (signaal ${samengevoegdMet} heeft status '${doelStatus}')` : 'een ander open signaal van dezelfde regio om mee samen te voegen'],
    },
    dossier_compleet: {
      omschrijving: 'een dossier met elke soort bewijs',
      ontbreekt: (feiten) => {
        const ontbrekend = ontbrekendeDossierSoorten(feiten.dossierSoorten ?? []);
        return ontbrekend.length ? [`een dossierstuk van soort ${ontbrekend.join(', ')}`] : [];
      },
    },
    alle_partijen_eens: { omschrijving: 'instemming van alle genoemde partijen', voldaan: (feiten) => feiten.consensus === 'bereikt' },
    een_partij_oneens: { omschrijving: 'een partij die het oneens is', voldaan: (feiten) => feiten.consensus === 'niet_bereikt' },
  },
});

export function volgendeStappen(status: SignaalStatus): readonly Overgang[] {
  return SIGNAAL_LEVENSLOOP.volgendeStappen(status);
}

/** Judges one step against the table: the service refuses everything that is not `toegestaan`. */
export function beoordeel(signaal: SignaalToestand, naar: SignaalStatus, aanleiding: Aanleiding, actor: Actor, feiten: Feiten = {}): Oordeel {
  return SIGNAAL_LEVENSLOOP.beoordeel(signaal, naar, aanleiding, actor, feiten);
}

/** What the behandelaar does while preparing: in the words of a refusal. */
export interface Voorbereiding {
  /** "het dossier wordt alleen aangevuld" */
  zolang: string;
  /** "vult het dossier aan" */
  doetDit: string;
}

export const DOSSIER_AANVULLEN: Voorbereiding = { zolang: 'het dossier wordt alleen aangevuld', doetDit: 'vult het dossier aan' };
export const TEKST_CORRIGEREN: Voorbereiding = { zolang: 'de tekst wordt alleen gecorrigeerd', doetDit: 'corrigeert de tekst' };
export const DOSSIERSTUK_INTREKKEN: Voorbereiding = { zolang: 'een dossierstuk wordt alleen ingetrokken', doetDit: 'trekt een dossierstuk in' };

/**
 * Preparing belongs to `in_voorbereiding` and to the behandelaar: adding to the dossier, correcting
 * the signal's text, withdrawing a piece added by mistake. Before consensus is asked, so no party
 * answers about a text that changes under them.
 */
export function magVoorbereiden(signaal: SignaalToestand, actor: Actor, wat: Voorbereiding): Afwijzing<SignaalStatus> | { uitkomst: 'toegestaan' } {
  if (signaal.status !== 'in_voorbereiding') {
    return {
      uitkomst: 'geweigerd',
      huidigeStatus: signaal.status,
      reden: `Het signaal heeft status '${signaal.status}'; ${wat.zolang} zolang het signaal in voorbereiding is.`,
      ontbreekt: signaal.status === 'ingediend' ? ['een behandelaar: neem het signaal eerst in behandeling'] : ["status 'in_voorbereiding'"],
    };
  }
  if (!isBehandelaar(signaal, actor)) {
    return { uitkomst: 'niet_bevoegd', reden: `Alleen de behandelaar van het signaal ${wat.doetDit}.` };
  }
  return { uitkomst: 'toegestaan' };
}

/** Adding to the dossier belongs to preparation: only while the signal is in voorbereiding, only by its behandelaar. */
export function magDossierAanvullen(signaal: SignaalToestand, actor: Actor): Afwijzing<SignaalStatus> | { uitkomst: 'toegestaan' } {
  return magVoorbereiden(signaal, actor, DOSSIER_AANVULLEN);
}

export function ontbrekendeDossierSoorten(aanwezig: readonly DossierSoort[]): DossierSoort[] {
  return DOSSIER_SOORTEN.filter((soort) => !aanwezig.includes(soort));
}

function isGemeente(actor: Actor): actor is Extract<Actor, { soort: 'persoon' }> {
  return actor.soort === 'persoon' && actor.rollen.includes('gemeente');
}

function isBehandelaar(signaal: SignaalToestand, actor: Actor): boolean {
  return isGemeente(actor) && signaal.behandelaarSub !== null && actor.subject === signaal.behandelaarSub;
}
