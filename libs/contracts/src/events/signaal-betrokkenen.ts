import { GEMEENTECODE_PATTERN } from '../waarden';
import { INDIENERS } from './signaal-ingediend.v1';
import { CONSENSUS_PARTIJ_SCHEMA } from './consensus-gevraagd.v1';

/**
 * Who must hear that a signal moved on, for the events of its later steps: its title for the
 * message, the submitter (role and Keycloak id, a pseudonym; absent when Koers raised it) and the
 * parties named in its consensus rounds. Optional: older events lack them.
 */
export const SIGNAAL_BETROKKENEN_PROPERTIES = {
  titel: { type: 'string', minLength: 1, maxLength: 200 },
  indienerRol: { enum: INDIENERS },
  indienerSub: { type: 'string', minLength: 1, maxLength: 200, description: 'De Keycloak-id van wie het signaal indiende; ontbreekt als Koers het zelf aanmaakte.' },
  partijen: { type: 'array', items: CONSENSUS_PARTIJ_SCHEMA, description: 'De partijen die in een consensusronde over het signaal zijn genoemd.' },
} as const;

/**
 * Who must hear how a consensus round ended: the gemeente that handles the signal and every party of
 * the round with the role it answers in. Optional: older events lack them.
 */
export const RONDE_BETROKKENEN_PROPERTIES = {
  titel: SIGNAAL_BETROKKENEN_PROPERTIES.titel,
  behandelaarGemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN },
  deelnemers: { type: 'array', items: CONSENSUS_PARTIJ_SCHEMA, description: 'Elke genoemde partij van de ronde, met de rol waarmee zij antwoordt.' },
} as const;
