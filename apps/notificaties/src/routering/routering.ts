import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent, Rol, SEED_REGIOS, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';

/** Who must hear of an event: users with this role in the event's region, narrowed by gemeente or organisation. */
export interface Ontvangers {
  rol: Rol;
  gemeente?: string;
  organisatie?: string;
}

/** What they read: plain Dutch (B1), what happened and what they can do, with a link to the record. */
export interface Bericht {
  titel: string;
  tekst: string;
  link: string;
}

export interface Route {
  ontvangers: Ontvangers[];
  bericht: Bericht;
}

/**
 * The routing table of Koers (domain.md §7): one entry per event type that concerns people.
 * Recipients are always looked up inside the event's own region, so nothing crosses a region.
 */
export const ROUTERING: Readonly<Record<string, (event: CloudEvent<never>) => Route>> = {
  [SIGNAAL_INGEDIEND_V1]: (event) => {
    const signaal = (event as CloudEvent<SignaalIngediendV1>).data;
    return {
      ontvangers: signaal.gemeenten.map((gemeente) => ({ rol: 'gemeente', gemeente })),
      bericht: {
        titel: `Nieuw signaal: ${signaal.titel}`,
        tekst:
          `Er is een nieuw signaal binnengekomen over ${gemeentenamen(signaal.regio, signaal.gemeenten)}. ` +
          'Lees het signaal en bepaal of uw gemeente het oppakt.',
        link: `/signalen/${signaal.signaalId}`,
      },
    };
  },
  // Trend alert → the gemeente concerned; a figure about the whole region concerns every gemeente in it.
  [AFWIJKING_GEDETECTEERD_V1]: (event) => {
    const afwijking = (event as CloudEvent<AfwijkingGedetecteerdV1>).data;
    const waar = afwijking.gemeente ? gemeentenamen(afwijking.regio, [afwijking.gemeente]) : 'de regio';
    const query = new URLSearchParams({ indicator: afwijking.indicator, ...(afwijking.gemeente ? { gemeente: afwijking.gemeente } : {}) });
    return {
      ontvangers: [afwijking.gemeente ? { rol: 'gemeente', gemeente: afwijking.gemeente } : { rol: 'gemeente' }],
      bericht: {
        titel: `Cijfers wijken af van de koers: ${afwijking.indicatorNaam}`,
        tekst:
          `De cijfers over '${afwijking.indicatorNaam.toLowerCase()}' in ${waar} gaan een andere kant op dan afgesproken. ` +
          `${afwijking.toelichting} Bekijk de cijfers en bespreek of er iets moet gebeuren.`,
        link: `/monitoring/reeksen?${query.toString()}`,
      },
    };
  },
};

export function gerouteerdeEventTypes(): string[] {
  return Object.keys(ROUTERING);
}

function gemeentenamen(regio: string, codes: string[]): string {
  const namen = SEED_REGIOS.find((r) => r.code === regio)?.gemeenten ?? {};
  const lijst = codes.map((code) => namen[code] ?? code);
  return lijst.length > 1 ? `${lijst.slice(0, -1).join(', ')} en ${lijst[lijst.length - 1]}` : lijst[0];
}
