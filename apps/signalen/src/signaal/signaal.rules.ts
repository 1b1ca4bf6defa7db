import type { Rol, SignaalBron } from '@koers/contracts';

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

export interface Overgang {
  van: SignaalStatus;
  naar: SignaalStatus;
  aanleiding: Aanleiding;
  wie: Wie;
  eisen: readonly Eis[];
}

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

export type Oordeel =
  | { uitkomst: 'toegestaan'; overgang: Overgang }
  /** The request lacks a field the step needs (400). */
  | { uitkomst: 'onvolledig'; velden: Array<{ naam: 'reden' | 'samengevoegdMet'; reden: string }> }
  /** The caller may not take this step (403). */
  | { uitkomst: 'niet_bevoegd'; reden: string }
  /** The step is not possible now (409): names the current state and what is missing. */
  | { uitkomst: 'geweigerd'; reden: string; ontbreekt: string[] };

const WIE_OMSCHRIJVING: Record<Wie, string> = {
  gemeente_van_signaal: 'een gemeente van het signaal',
  behandelaar: 'de behandelaar van het signaal',
  systeem: 'Koers zelf',
};

const AANLEIDING_OMSCHRIJVING: Record<Aanleiding, string> = {
  statuswijziging: 'via POST /v1/signalen/{id}/statuswijzigingen',
  consensusronde: 'door een consensusronde te vragen (POST /v1/signalen/{id}/consensusrondes)',
  antwoord: 'vanzelf, zodra de genoemde partijen hebben geantwoord',
  tafel_gestart: 'vanzelf, zodra er een koerstafel op het signaal is gestart',
};

const EIS_OMSCHRIJVING: Record<Eis, string> = {
  reden: 'een reden',
  samengevoegd_met: 'het signaal waarmee wordt samengevoegd',
  doel_open: 'een ander open signaal van dezelfde regio om mee samen te voegen',
  dossier_compleet: 'een dossier met elke soort bewijs',
  alle_partijen_eens: 'instemming van alle genoemde partijen',
  een_partij_oneens: 'een partij die het oneens is',
};

export function volgendeStappen(status: SignaalStatus): readonly Overgang[] {
  return OVERGANGEN.filter((o) => o.van === status);
}

/** Judges one step against the table: the service refuses everything that is not `toegestaan`. */
export function beoordeel(signaal: SignaalToestand, naar: SignaalStatus, aanleiding: Aanleiding, actor: Actor, feiten: Feiten = {}): Oordeel {
  const overgang = OVERGANGEN.find((o) => o.van === signaal.status && o.naar === naar);
  if (!overgang) {
    const mogelijk = volgendeStappen(signaal.status).map((o) => o.naar);
    return {
      uitkomst: 'geweigerd',
      reden:
        `Een signaal met status '${signaal.status}' kan niet naar '${naar}'. ` +
        (mogelijk.length ? `Vanuit '${signaal.status}' kan het alleen naar: ${mogelijk.join(', ')}.` : `'${signaal.status}' is een eindstatus.`),
      ontbreekt: [],
    };
  }
  if (overgang.aanleiding !== aanleiding) {
    return {
      uitkomst: 'geweigerd',
      reden: `Van '${signaal.status}' naar '${naar}' gaat ${AANLEIDING_OMSCHRIJVING[overgang.aanleiding]}.`,
      ontbreekt: overgang.eisen.map((eis) => EIS_OMSCHRIJVING[eis]),
    };
  }
  if (!magNemen(overgang.wie, signaal, actor)) {
    return { uitkomst: 'niet_bevoegd', reden: `Van '${signaal.status}' naar '${naar}' mag alleen ${WIE_OMSCHRIJVING[overgang.wie]}.` };
  }
  const velden = ontbrekendeInvoer(overgang, feiten);
  if (velden.length) return { uitkomst: 'onvolledig', velden };
  const ontbreekt = overgang.eisen.filter((eis) => !voldaan(eis, feiten)).map((eis) => ontbrekend(eis, feiten));
  if (ontbreekt.length) {
    return { uitkomst: 'geweigerd', reden: `Het signaal heeft status '${signaal.status}'; voor '${naar}' ontbreekt: ${ontbreekt.join('; ')}.`, ontbreekt };
  }
  return { uitkomst: 'toegestaan', overgang };
}

/** Adding to the dossier belongs to preparation: only while the signal is in voorbereiding, only by its behandelaar. */
export function magDossierAanvullen(signaal: SignaalToestand, actor: Actor): Exclude<Oordeel, { uitkomst: 'onvolledig' | 'toegestaan' }> | { uitkomst: 'toegestaan' } {
  if (signaal.status !== 'in_voorbereiding') {
    return {
      uitkomst: 'geweigerd',
      reden: `Het signaal heeft status '${signaal.status}'; het dossier wordt alleen aangevuld zolang het signaal in voorbereiding is.`,
      ontbreekt: signaal.status === 'ingediend' ? ['een behandelaar: neem het signaal eerst in behandeling'] : ["status 'in_voorbereiding'"],
    };
  }
  if (!magNemen('behandelaar', signaal, actor)) {
    return { uitkomst: 'niet_bevoegd', reden: 'Alleen de behandelaar van het signaal vult het dossier aan.' };
  }
  return { uitkomst: 'toegestaan' };
}

export function ontbrekendeDossierSoorten(aanwezig: readonly DossierSoort[]): DossierSoort[] {
  return DOSSIER_SOORTEN.filter((soort) => !aanwezig.includes(soort));
}

function magNemen(wie: Wie, signaal: SignaalToestand, actor: Actor): boolean {
  if (wie === 'systeem') return actor.soort === 'systeem';
  if (actor.soort !== 'persoon' || !actor.rollen.includes('gemeente')) return false;
  if (wie === 'behandelaar') return signaal.behandelaarSub !== null && actor.subject === signaal.behandelaarSub;
  return actor.gemeente !== undefined && signaal.gemeenten.includes(actor.gemeente);
}

function ontbrekendeInvoer(overgang: Overgang, feiten: Feiten): Array<{ naam: 'reden' | 'samengevoegdMet'; reden: string }> {
  const velden: Array<{ naam: 'reden' | 'samengevoegdMet'; reden: string }> = [];
  if (overgang.eisen.includes('reden') && !feiten.reden?.trim()) {
    velden.push({ naam: 'reden', reden: `een signaal naar '${overgang.naar}' brengen vraagt om een reden` });
  }
  if (overgang.eisen.includes('samengevoegd_met') && !feiten.samengevoegdMet) {
    velden.push({ naam: 'samengevoegdMet', reden: 'noem het signaal waarmee dit signaal wordt samengevoegd' });
  }
  return velden;
}

function voldaan(eis: Eis, feiten: Feiten): boolean {
  switch (eis) {
    case 'reden':
      return Boolean(feiten.reden?.trim());
    case 'samengevoegd_met':
      return Boolean(feiten.samengevoegdMet);
    case 'doel_open':
      return feiten.doelStatus !== undefined && feiten.doelStatus !== null && OPEN_STATUSSEN.includes(feiten.doelStatus);
    case 'dossier_compleet':
      return ontbrekendeDossierSoorten(feiten.dossierSoorten ?? []).length === 0;
    case 'alle_partijen_eens':
      return feiten.consensus === 'bereikt';
    case 'een_partij_oneens':
      return feiten.consensus === 'niet_bereikt';
  }
}

function ontbrekend(eis: Eis, feiten: Feiten): string {
  if (eis === 'dossier_compleet') {
    return `een dossierstuk van soort ${ontbrekendeDossierSoorten(feiten.dossierSoorten ?? []).join(', ')}`;
  }
  if (eis === 'doel_open' && feiten.doelStatus) {
    return `een open signaal om mee samen te voegen (signaal ${feiten.samengevoegdMet} heeft status '${feiten.doelStatus}')`;
  }
  return EIS_OMSCHRIJVING[eis];
}
