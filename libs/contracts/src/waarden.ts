/** Shared value types of the domain (domain.md §1). */

export const ROLLEN = ['gemeente', 'aanbieder', 'jurist', 'clientvertegenwoordiger', 'beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

/** CBS gemeentecode: "GM" followed by four digits, as published in CBS "Gebieden in Nederland". */
export type Gemeentecode = string;
export const GEMEENTECODE_PATTERN = '^GM[0-9]{4}$';
export function isGemeentecode(value: unknown): value is Gemeentecode {
  return typeof value === 'string' && /^GM[0-9]{4}$/.test(value);
}

/**
 * A measurement period (domain.md §6): a year `2025`, half year `2025-H1`, quarter `2025-Q3` or
 * month `2025-07`.
 */
export const PERIODE_PATTERN = '^(19|20)[0-9]{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$';

/** The code of an indicator in monitoring's catalogue: lower-case kebab-case (`wachttijd-start-jeugdhulp`). */
export const INDICATORCODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** A jeugdhulpregio, the tenant of every record. Lower-case kebab-case slug. */
export type Regio = string;
export const REGIO_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** The code of an organisation (provider, client council) as in the token claim `organisatie`: kebab-case. */
export const ORGANISATIE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Which way an indicator is good (monitoring's catalogue); `neutraal` where more or less is not good in itself. */
export const INDICATOR_RICHTINGEN = ['lager_is_beter', 'hoger_is_beter', 'neutraal'] as const;
export type IndicatorRichting = (typeof INDICATOR_RICHTINGEN)[number];
