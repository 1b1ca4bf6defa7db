import { defineContract, PayloadOf } from '../event-contract';
import { REGIO_SCHEMA, REGISTER_GEMEENTE_SCHEMA, REGISTER_INDICATOR_SCHEMA } from './register';

export const REGISTER_GEPUBLICEERD_V1 = 'nl.koers.monitoring.register.gepubliceerd.v1';

/** The whole register of one region at one moment: every gemeente and every indicator it may use. */
export const registerGepubliceerdV1 = defineContract({
  type: REGISTER_GEPUBLICEERD_V1,
  description: 'Monitoring publiceert het hele register van een regio opnieuw (op verzoek van de beheerder), zodat elke dienst zijn kopie kan herstellen.',
  uitgever: 'monitoring',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['regio', 'gemeenten', 'indicatoren'],
    properties: {
      regio: REGIO_SCHEMA,
      gemeenten: { type: 'array', items: REGISTER_GEMEENTE_SCHEMA },
      indicatoren: { type: 'array', items: REGISTER_INDICATOR_SCHEMA },
    },
  },
});

export type RegisterGepubliceerdV1 = PayloadOf<typeof registerGepubliceerdV1>;
