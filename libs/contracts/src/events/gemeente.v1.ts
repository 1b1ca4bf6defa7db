import { defineContract, PayloadOf } from '../event-contract';
import { REGISTER_GEMEENTE_SCHEMA, vanRegio } from './register';

export const GEMEENTE_TOEGEVOEGD_V1 = 'nl.koers.monitoring.gebied.gemeente.toegevoegd.v1';
export const GEMEENTE_GEWIJZIGD_V1 = 'nl.koers.monitoring.gebied.gemeente.gewijzigd.v1';

export const gemeenteToegevoegdV1 = defineContract({
  type: GEMEENTE_TOEGEVOEGD_V1,
  description: 'De beheerder heeft een gemeente (CBS-code) aan de regio toegevoegd (domain.md §1).',
  uitgever: 'monitoring',
  subject: (data) => data.code,
  schema: vanRegio(REGISTER_GEMEENTE_SCHEMA),
});

export const gemeenteGewijzigdV1 = defineContract({
  type: GEMEENTE_GEWIJZIGD_V1,
  description: 'De beheerder heeft de naam van een gemeente van de regio gewijzigd.',
  uitgever: 'monitoring',
  subject: (data) => data.code,
  schema: vanRegio(REGISTER_GEMEENTE_SCHEMA),
});

export type GemeenteToegevoegdV1 = PayloadOf<typeof gemeenteToegevoegdV1>;
export type GemeenteGewijzigdV1 = PayloadOf<typeof gemeenteGewijzigdV1>;
