import { InvoerFout, Levensloop, OngeldigeInvoer, Statusconflict } from '@koers/domain';
import type { Actor, Aanleiding as TafelAanleiding, DeelnemerRol, TafelStatus } from '../tafel/tafel.rules';
import { leesTijdstip } from './tijd.rules';

/** A meeting is planned, may be moved or cancelled, and is held once its minutes are recorded. */
export const BIJEENKOMST_STATUSSEN = ['gepland', 'geannuleerd', 'gehouden'] as const;
export type BijeenkomstStatus = (typeof BIJEENKOMST_STATUSSEN)[number];

export type BijeenkomstAanleiding = 'verplaatsen' | 'annuleren' | 'verslag';
export type BijeenkomstEis = 'begonnen';

export interface BijeenkomstToestand {
  status: BijeenkomstStatus;
  behandelaarSub: string;
}

export const BIJEENKOMST_LEVENSLOOP = new Levensloop<BijeenkomstStatus, BijeenkomstAanleiding, 'behandelaar', BijeenkomstEis, BijeenkomstToestand, Actor, { begonnen?: boolean }>({
  onderwerp: { naam: 'bijeenkomst', lidwoord: 'de', voornaamwoord: 'zij' },
  statussen: BIJEENKOMST_STATUSSEN,
  stappen: [
    // A move keeps the meeting planned; the invitation's SEQUENCE goes up.
    { van: 'gepland', naar: 'gepland', aanleiding: 'verplaatsen', wie: 'behandelaar', eisen: [] },
    { van: 'gepland', naar: 'geannuleerd', aanleiding: 'annuleren', wie: 'behandelaar', eisen: [] },
    { van: 'gepland', naar: 'gehouden', aanleiding: 'verslag', wie: 'behandelaar', eisen: ['begonnen'] },
  ],
  aanleidingen: {
    verplaatsen: 'via PATCH /v1/tafels/{id}/bijeenkomsten/{bijeenkomstId}',
    annuleren: 'via POST /v1/tafels/{id}/bijeenkomsten/{bijeenkomstId}/annulering',
    verslag: 'door het verslag vast te leggen via POST /v1/tafels/{id}/bijeenkomsten/{bijeenkomstId}/verslag',
  },
  wie: {
    behandelaar: {
      omschrijving: 'de behandelaar van de tafel',
      mag: (b, actor) => actor.soort === 'persoon' && actor.rollen.includes('gemeente') && actor.subject === b.behandelaarSub,
    },
  },
  eisen: {
    begonnen: { omschrijving: 'een bijeenkomst die is begonnen', voldaan: (feiten) => feiten.begonnen === true },
  },
});

/**
 * What planning a meeting means for the table: the first one of a table in preparation is its step
 * `planning`; one after monitoring its step `bijsturen`; while planned or held another meeting
 * needs no step. Once the agreements are recorded, or the table is closed, no meeting is planned.
 */
export function planStap(status: TafelStatus): { naar: TafelStatus; aanleiding: TafelAanleiding } | null {
  switch (status) {
    case 'voorbereiding':
      return { naar: 'gepland', aanleiding: 'planning' };
    case 'monitoring':
      return { naar: 'gepland', aanleiding: 'bijsturen' };
    case 'gepland':
    case 'gehouden':
      return null;
    case 'afspraken_vastgelegd':
    case 'afgerond':
      throw new Statusconflict(
        `De tafel heeft status '${status}'; er wordt geen bijeenkomst meer gepland.`,
        status,
        ["een tafel met status 'voorbereiding', 'gepland', 'gehouden' of 'monitoring'"],
      );
  }
}

export interface Tijden {
  start: Date;
  eind: Date;
}

/** Reads start and end as a person wrote them; a meeting lies ahead and ends after it starts. */
export function leesTijden(invoer: { start: string; eind: string }, nu: Date, { startMoetKomen = true } = {}): Tijden {
  const fouten: InvoerFout[] = [];
  const lees = (naam: 'start' | 'eind'): Date | undefined => {
    const tijd = leesTijdstip(invoer[naam]);
    if (tijd.soort === 'moment') return tijd.moment;
    fouten.push({
      naam,
      code: tijd.soort === 'bestaat_niet' ? 'bestaat-niet' : 'ongeldig-tijdstip',
      reden:
        tijd.soort === 'bestaat_niet'
          ? 'dit tijdstip bestaat niet in Nederland: de klok springt dan een uur vooruit'
          : 'geef een datum en tijd, zoals 2026-03-02T10:00 (Nederlandse tijd) of 2026-03-02T10:00:00+01:00',
    });
    return undefined;
  };
  const start = lees('start');
  const eind = lees('eind');
  if (start && startMoetKomen && start.getTime() <= nu.getTime()) fouten.push({ naam: 'start', code: 'verleden', reden: 'de bijeenkomst moet nog beginnen' });
  if (start && eind && eind.getTime() <= start.getTime()) fouten.push({ naam: 'eind', code: 'voor-start', reden: 'het einde ligt na het begin' });
  if (fouten.length) throw new OngeldigeInvoer(fouten);
  return { start: start as Date, eind: eind as Date };
}

/** A meeting takes place somewhere: a place, an online link, or both. */
export function weigerZonderPlek(plek: { plaats?: string | null; onlineLink?: string | null }): void {
  if (plek.plaats?.trim() || plek.onlineLink?.trim()) return;
  throw new OngeldigeInvoer([
    { naam: 'plaats', code: 'plaats-of-link', reden: 'geef een plaats of een onlinelink (of allebei)' },
    { naam: 'onlineLink', code: 'plaats-of-link', reden: 'geef een plaats of een onlinelink (of allebei)' },
  ]);
}

/** A short title for an invitation: the start of the problem statement, cut at a word. */
export function onderwerpVan(probleemstelling: string, max = 120): string {
  const tekst = probleemstelling.replace(/\s+/g, ' ').trim();
  if (tekst.length <= max) return tekst;
  const kort = tekst.slice(0, max - 1);
  const spatie = kort.lastIndexOf(' ');
  return `${(spatie > max / 2 ? kort.slice(0, spatie) : kort).replace(/[\s,.;:]+$/, '')}…`;
}

/** A participant as the invitation needs them. */
export interface Genodigde {
  rol: DeelnemerRol;
  sub: string | null;
  organisatie: string | null;
  toegevoegdDoorSub: string;
}

/** A client representative of the region as Keycloak knows them now. */
export interface Clientvertegenwoordiger {
  sub: string;
  organisatie?: string;
}

export interface Ontvanger {
  sub: string;
  rol: DeelnemerRol;
  namensGasten?: number;
}

/**
 * Who receives the invitation: every user at the table once, and for guests (who have no e-mail
 * address in Koers) the client representative who registered them — while Keycloak still knows
 * them as a client representative of the guest's organisation in the region. When they left, the
 * organisation's other client representative at the table receives it; when there is none, nobody
 * does (the guest's organisation must seat someone new).
 */
export function ontvangers(deelnemers: readonly Genodigde[], clientvertegenwoordigers: readonly Clientvertegenwoordiger[]): Ontvanger[] {
  const ontvangers = new Map<string, Ontvanger>();
  for (const d of deelnemers) if (d.sub && !ontvangers.has(d.sub)) ontvangers.set(d.sub, { sub: d.sub, rol: d.rol });
  const organisatieVan = new Map(clientvertegenwoordigers.map((c) => [c.sub, c.organisatie]));
  const aanTafel = deelnemers.filter((d) => d.sub && d.rol === 'clientvertegenwoordiger').map((d) => d.sub as string);
  for (const gast of deelnemers.filter((d) => d.rol === 'gast')) {
    const vanOrganisatie = (sub: string) => gast.organisatie !== null && organisatieVan.get(sub) === gast.organisatie;
    const namens = vanOrganisatie(gast.toegevoegdDoorSub) ? gast.toegevoegdDoorSub : aanTafel.find(vanOrganisatie);
    if (!namens) continue;
    const ontvanger = ontvangers.get(namens) ?? { sub: namens, rol: 'clientvertegenwoordiger' as const };
    ontvangers.set(namens, { ...ontvanger, namensGasten: (ontvanger.namensGasten ?? 0) + 1 });
  }
  return [...ontvangers.values()];
}
