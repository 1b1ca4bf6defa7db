import { defineContract, PayloadOf } from '../event-contract';
import { REGISTER_INDICATOR_SCHEMA, vanRegio } from './register';

export const INDICATOR_TOEGEVOEGD_V1 = 'nl.koers.monitoring.indicator.toegevoegd.v1';
export const INDICATOR_GEWIJZIGD_V1 = 'nl.koers.monitoring.indicator.gewijzigd.v1';

export const indicatorToegevoegdV1 = defineContract({
  type: INDICATOR_TOEGEVOEGD_V1,
  description: 'De beheerder heeft een eigen indicator aan de catalogus van de regio toegevoegd (domain.md §6).',
  uitgever: 'monitoring',
  subject: (data) => data.code,
  schema: vanRegio(REGISTER_INDICATOR_SCHEMA),
});

export const indicatorGewijzigdV1 = defineContract({
  type: INDICATOR_GEWIJZIGD_V1,
  description: 'De beheerder heeft een eigen indicator van de regio gewijzigd.',
  uitgever: 'monitoring',
  subject: (data) => data.code,
  schema: vanRegio(REGISTER_INDICATOR_SCHEMA),
});

export type IndicatorToegevoegdV1 = PayloadOf<typeof indicatorToegevoegdV1>;
export type IndicatorGewijzigdV1 = PayloadOf<typeof indicatorGewijzigdV1>;
