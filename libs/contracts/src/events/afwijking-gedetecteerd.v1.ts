import { GEMEENTECODE_PATTERN, PERIODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const AFWIJKING_GEDETECTEERD_V1 = 'nl.koers.monitoring.afwijking.gedetecteerd.v1';

export const AFWIJKING_REGELS = ['verkeerde_kant_van_doel', 'opeenvolgend_verkeerde_richting', 'uitschieter'] as const;
export type AfwijkingRegel = (typeof AFWIJKING_REGELS)[number];

/**
 * A series left its course (domain.md §6). signalen turns it into a `beleidsinformatie` signal, at
 * most one open per gemeente + indicator. `reeksStand` identifies the state of the series that was
 * judged, so the same state never raises twice. The event leaves the gemeente: its explanation
 * shows a point with a teller below 5 as "< 5" and `reeks` leaves such points out (the latest point
 * is never one: a series whose latest teller is small is not judged).
 */
export const afwijkingGedetecteerdV1 = defineContract({
  type: AFWIJKING_GEDETECTEERD_V1,
  description: 'Een reeks wijkt af van de koers (domain.md §6).',
  uitgever: 'monitoring',
  subject: (data) => `${data.indicator}/${data.gemeente ?? data.regio}`,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['regio', 'indicator', 'indicatorNaam', 'regel', 'toelichting', 'laatstePeriode', 'laatsteWaarde', 'reeks', 'reeksStand'],
    properties: {
      regio: { type: 'string', pattern: REGIO_PATTERN },
      gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN },
      indicator: { type: 'string', minLength: 1, maxLength: 100 },
      indicatorNaam: { type: 'string', minLength: 1, maxLength: 200, description: 'De naam uit de indicatorcatalogus, zodat berichten aan mensen geen code nodig hebben.' },
      regel: { enum: AFWIJKING_REGELS },
      toelichting: { type: 'string', minLength: 1, maxLength: 2000, description: 'Uitleg in gewone taal, met de getallen, voor mensen.' },
      laatstePeriode: { type: 'string', pattern: PERIODE_PATTERN },
      laatsteWaarde: { type: 'number' },
      doelwaarde: { type: 'number' },
      reeks: {
        description: 'De laatste punten van de reeks, zonder die met een teller onder 5',
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['periode', 'waarde'],
          properties: { periode: { type: 'string', pattern: PERIODE_PATTERN }, waarde: { type: 'number' } },
        },
      },
      reeksStand: { type: 'string', minLength: 1, maxLength: 200 },
      koersdocumentSectie: { type: 'string', minLength: 1, maxLength: 500, description: 'Het deel van het koersdocument waar het koersdoel uit komt.' },
    },
  },
});

export type AfwijkingGedetecteerdV1 = PayloadOf<typeof afwijkingGedetecteerdV1>;
