import type { Rol } from '@koers/contracts';
import { InvoerFout, Levensloop, nederlandseDatum, Oordeel as LevensloopOordeel, Stap, Statusconflict } from '@koers/domain';
import type { TafelStatus } from '../tafel/tafel.rules';

/**
 * Life cycle of an agreement (domain.md §3): drafted as `concept`, recorded with the table's step
 * `afspraken`, then carried out or stopped by its owner. `vervangen`: after bijsturen an amended
 * agreement is a new version; when that version is recorded, this one is replaced but keeps its
 * plan and verdict. `ingetrokken`: a concept the table dropped (an agreement with a bezwaar "must be
 * amended or dropped").
 */
export const AFSPRAAK_STATUSSEN = ['concept', 'vastgelegd', 'uitgevoerd', 'gestopt', 'vervangen', 'ingetrokken'] as const;
export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];

/** What the owner reports: `lopend` is news, not a step; `uitgevoerd` and `gestopt` end the agreement. */
export const VOORTGANG = ['lopend', 'uitgevoerd', 'gestopt'] as const;
export type Voortgang = (typeof VOORTGANG)[number];

export type AfspraakAanleiding = 'vastlegging' | 'voortgang' | 'nieuwe_versie' | 'intrekking';
export type AfspraakWie = 'behandelaar' | 'eigenaar' | 'overnemende_gemeente';
export type AfspraakEis = 'monitoringplan' | 'akkoord' | 'stopreden';

/** Who asks: a person (from the token, with their organisation), or Koers itself. */
export type Actor = { soort: 'persoon'; subject: string; rollen: readonly Rol[]; organisatie?: string; gemeente?: string } | { soort: 'systeem' };

/** The agreement as far as the rules need it, with the table's behandelaar. */
export interface AfspraakToestand {
  status: AfspraakStatus;
  eigenaar: string;
  behandelaarSub: string;
  /** A taken-over agreement (overname) is recorded by the adopting gemeente, not by the table's behandelaar. */
  overgenomenVanId?: string | null;
  gemeenten?: readonly string[];
}

export interface AfspraakFeiten {
  monitoringplan?: boolean;
  akkoord?: boolean;
  stopreden?: string;
}

export const AFSPRAAK_OVERGANGEN: readonly Stap<AfspraakStatus, AfspraakAanleiding, AfspraakWie, AfspraakEis>[] = [
  { van: 'concept', naar: 'vastgelegd', aanleiding: 'vastlegging', wie: ['behandelaar', 'overnemende_gemeente'], eisen: ['monitoringplan', 'akkoord'] },
  { van: 'concept', naar: 'ingetrokken', aanleiding: 'intrekking', wie: 'behandelaar', eisen: [] },
  { van: 'vastgelegd', naar: 'uitgevoerd', aanleiding: 'voortgang', wie: 'eigenaar', eisen: [] },
  { van: 'vastgelegd', naar: 'gestopt', aanleiding: 'voortgang', wie: 'eigenaar', eisen: ['stopreden'] },
  { van: 'vastgelegd', naar: 'vervangen', aanleiding: 'nieuwe_versie', wie: 'behandelaar', eisen: [] },
];

const isBehandelaar = (toestand: { behandelaarSub: string }, actor: Actor) =>
  actor.soort === 'persoon' && actor.rollen.includes('gemeente') && actor.subject === toestand.behandelaarSub;

export const AFSPRAAK_LEVENSLOOP = new Levensloop<AfspraakStatus, AfspraakAanleiding, AfspraakWie, AfspraakEis, AfspraakToestand, Actor, AfspraakFeiten>({
  onderwerp: { naam: 'afspraak', lidwoord: 'de', voornaamwoord: 'zij' },
  statussen: AFSPRAAK_STATUSSEN,
  stappen: AFSPRAAK_OVERGANGEN,
  aanleidingen: {
    vastlegging:
      'door de afspraken van de tafel vast te leggen (POST /v1/tafels/{id}/afspraken/vastlegging); een overgenomen afspraak legt de overnemende gemeente vast (POST /v1/overnames/{id}/vastlegging)',
    voortgang: 'doordat de eigenaar de voortgang meldt (POST /v1/tafels/{id}/afspraken/{afspraakId}/voortgang)',
    nieuwe_versie: 'doordat een nieuwe versie van de afspraak wordt vastgelegd',
    intrekking: 'door de afspraak in te trekken (POST /v1/tafels/{id}/afspraken/{afspraakId}/intrekking)',
  },
  wie: {
    behandelaar: { omschrijving: 'de behandelaar van de tafel', mag: (afspraak, actor) => !afspraak.overgenomenVanId && isBehandelaar(afspraak, actor) },
    overnemende_gemeente: {
      omschrijving: 'bij een overgenomen afspraak: een gebruiker van de gemeente die haar overnam',
      mag: (afspraak, actor) =>
        Boolean(afspraak.overgenomenVanId) && actor.soort === 'persoon' && actor.rollen.includes('gemeente') && Boolean(actor.gemeente) && (afspraak.gemeenten ?? []).includes(actor.gemeente as string),
    },
    eigenaar: {
      omschrijving: 'een gebruiker van de organisatie die eigenaar is van de afspraak',
      mag: (afspraak, actor) => actor.soort === 'persoon' && actor.organisatie === afspraak.eigenaar,
    },
  },
  eisen: {
    monitoringplan: { omschrijving: 'een monitoringplan', voldaan: (feiten) => feiten.monitoringplan === true },
    akkoord: { omschrijving: 'een akkoord van een jurist', voldaan: (feiten) => feiten.akkoord === true },
    stopreden: {
      omschrijving: 'de reden om te stoppen',
      veld: { naam: 'reden', reden: 'een afspraak stoppen vraagt om de reden' },
      voldaan: (feiten) => Boolean(feiten.stopreden?.trim()),
    },
  },
});

export type AfspraakOordeel = LevensloopOordeel<AfspraakStatus, AfspraakAanleiding, AfspraakWie, AfspraakEis>;

/**
 * The legal check of a concept agreement, as its own small life cycle: `open` until a jurist of the
 * region who is not of the owner's organisation says `akkoord` or `bezwaar` (with a reason). A
 * `bezwaar` after an `akkoord` takes the akkoord away; amending the agreement opens the check again.
 * An agreement with `bezwaar` must be amended (or dropped): there is no step from bezwaar to akkoord.
 */
export const TOETSING_STATUSSEN = ['open', 'akkoord', 'bezwaar'] as const;
export type ToetsingStatus = (typeof TOETSING_STATUSSEN)[number];

export type ToetsingAanleiding = 'toetsing' | 'wijziging';
export type ToetsingWie = 'onafhankelijke_jurist' | 'behandelaar';
export type ToetsingEis = 'concept' | 'bezwaarreden';

export interface ToetsingToestand {
  status: ToetsingStatus;
  afspraakStatus: AfspraakStatus;
  eigenaar: string;
  behandelaarSub: string;
}

export interface ToetsingFeiten {
  reden?: string;
}

export const TOETSING_OVERGANGEN: readonly Stap<ToetsingStatus, ToetsingAanleiding, ToetsingWie, ToetsingEis>[] = [
  { van: 'open', naar: 'akkoord', aanleiding: 'toetsing', wie: 'onafhankelijke_jurist', eisen: ['concept'] },
  { van: 'open', naar: 'bezwaar', aanleiding: 'toetsing', wie: 'onafhankelijke_jurist', eisen: ['concept', 'bezwaarreden'] },
  { van: 'akkoord', naar: 'bezwaar', aanleiding: 'toetsing', wie: 'onafhankelijke_jurist', eisen: ['concept', 'bezwaarreden'] },
  { van: 'akkoord', naar: 'open', aanleiding: 'wijziging', wie: 'behandelaar', eisen: ['concept'] },
  { van: 'bezwaar', naar: 'open', aanleiding: 'wijziging', wie: 'behandelaar', eisen: ['concept'] },
];

export const TOETSING_LEVENSLOOP = new Levensloop<ToetsingStatus, ToetsingAanleiding, ToetsingWie, ToetsingEis, ToetsingToestand, Actor, ToetsingFeiten>({
  onderwerp: { naam: 'toetsing', lidwoord: 'de', voornaamwoord: 'zij' },
  statussen: TOETSING_STATUSSEN,
  stappen: TOETSING_OVERGANGEN,
  aanleidingen: {
    toetsing: 'door een toetsing van een jurist (POST /v1/tafels/{id}/afspraken/{afspraakId}/toetsingen)',
    wijziging: 'door de afspraak te wijzigen (PATCH /v1/tafels/{id}/afspraken/{afspraakId})',
  },
  wie: {
    onafhankelijke_jurist: {
      omschrijving: 'een jurist van de regio die niet werkt bij de eigenaar van de afspraak',
      mag: (toetsing, actor) => actor.soort === 'persoon' && actor.rollen.includes('jurist') && actor.organisatie !== toetsing.eigenaar,
    },
    behandelaar: { omschrijving: 'de behandelaar van de tafel', mag: isBehandelaar },
  },
  eisen: {
    concept: { omschrijving: 'een afspraak in concept (nog niet vastgelegd)', voldaan: (_feiten, toetsing) => toetsing.afspraakStatus === 'concept' },
    bezwaarreden: {
      omschrijving: 'de reden van het bezwaar',
      veld: { naam: 'reden', reden: 'een bezwaar vraagt om de reden' },
      voldaan: (feiten) => Boolean(feiten.reden?.trim()),
    },
  },
});

export type ToetsingOordeelUitkomst = LevensloopOordeel<ToetsingStatus, ToetsingAanleiding, ToetsingWie, ToetsingEis>;

/**
 * Agreements are drafted and amended only at a table that was held and has not recorded them yet:
 * `gehouden`. After bijsturen the table is `gepland` again and comes back to `gehouden` with the
 * minutes of the new meeting, so amending after bijsturen is drafting at a held table too.
 */
export const OPSTELLEN_IN: readonly TafelStatus[] = ['gehouden'];

export function weigerTenzijOpTeStellen(tafelStatus: TafelStatus): void {
  if (OPSTELLEN_IN.includes(tafelStatus)) return;
  throw new Statusconflict(
    `De tafel heeft status '${tafelStatus}'; afspraken worden opgesteld en gewijzigd nadat een bijeenkomst is gehouden en voordat ze zijn vastgelegd.`,
    tafelStatus,
    ["tafelstatus 'gehouden' (het verslag van een bijeenkomst is vastgelegd)"],
  );
}

/**
 * A recorded agreement amended at a held table (after bijsturen) becomes a new version with its own
 * plan and check; a concept is amended in place. Other statuses are not amended.
 */
export function wijzigingVan(status: AfspraakStatus): 'in_plaats' | 'nieuwe_versie' | null {
  if (status === 'concept') return 'in_plaats';
  if (status === 'vastgelegd') return 'nieuwe_versie';
  return null;
}

/** The agreements that count for the table now: not replaced by a newer version, not dropped. */
export function isHuidig(status: AfspraakStatus): boolean {
  return status !== 'vervangen' && status !== 'ingetrokken';
}

/** An agreement's deadline (a date, not before today in the Netherlands): what is wrong with it, for the caller's 400. */
export function deadlineFouten(deadline: string, nu: Date): InvoerFout[] {
  const vandaag = nederlandseDatum(nu);
  if (!isDatum(deadline)) return [{ naam: 'deadline', code: 'ongeldig', reden: 'deadline is geen bestaande datum' }];
  if (deadline < vandaag) return [{ naam: 'deadline', code: 'verleden', reden: `deadline ligt in het verleden (vandaag is ${vandaag})` }];
  return [];
}

function isDatum(tekst: string): boolean {
  const datum = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === tekst;
}
