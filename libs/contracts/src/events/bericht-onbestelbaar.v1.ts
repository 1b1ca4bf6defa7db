import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf, Uitgever } from '../event-contract';

/** The services with an event bus of their own, each of which can fail to handle an event. */
export const DIENSTEN = ['signalen', 'tafels', 'pilots', 'consent', 'monitoring', 'notificaties'] as const satisfies readonly Uitgever[];
export type Dienst = (typeof DIENSTEN)[number];

const PATROON = /^nl\.koers\.[a-z]+\.bericht\.onbestelbaar\.v1$/;

export function berichtOnbestelbaarType(dienst: Dienst): string {
  return `nl.koers.${dienst}.bericht.onbestelbaar.v1`;
}

/** A fact about a dead letter is never itself reported when it dead-letters: that could go round forever. */
export function isBerichtOnbestelbaar(type: string): boolean {
  return PATROON.test(type);
}

function contractVan(dienst: Dienst) {
  return defineContract({
    type: berichtOnbestelbaarType(dienst),
    description: `${dienst} kon een gebeurtenis van een regio niet verwerken en heeft haar bij de onbestelbare berichten gezet.`,
    uitgever: dienst,
    subject: (data) => data.eventId,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['regio', 'dienst', 'eventId', 'eventType', 'reden', 'pogingen', 'onbestelbaarOp'],
      properties: {
        regio: { type: 'string', pattern: REGIO_PATTERN },
        dienst: { enum: DIENSTEN, description: 'De dienst die de gebeurtenis niet kon verwerken.' },
        eventId: { type: 'string', minLength: 1, maxLength: 200, description: 'De id van de gebeurtenis; haar inhoud blijft in de wachtrij van de dienst.' },
        eventType: { type: 'string', minLength: 1, maxLength: 200 },
        reden: { type: 'string', minLength: 1, maxLength: 2000 },
        pogingen: { type: 'integer', minimum: 0 },
        onbestelbaarOp: { type: 'string', format: 'date-time' },
      },
    },
  });
}

/**
 * One contract per service: `nl.koers.<dienst>.bericht.onbestelbaar.v1`. It carries ids, type and
 * reason only — never the payload — so the beheerder of the region hears of it without the event
 * travelling further.
 */
export const berichtOnbestelbaarV1 = Object.fromEntries(DIENSTEN.map((dienst) => [dienst, contractVan(dienst)])) as Record<Dienst, ReturnType<typeof contractVan>>;

export type BerichtOnbestelbaarV1 = PayloadOf<ReturnType<typeof contractVan>>;
