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

/** The code of an indicator in monitoring's catalogue: lower-case kebab-case (`wachttijd-jeugd-ggz`). */
export const INDICATORCODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** A jeugdhulpregio, the tenant of every record. Lower-case kebab-case slug. */
export type Regio = string;
export const REGIO_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** The code of an organisation (provider, client council) as in the token claim `organisatie`: kebab-case. */
export const ORGANISATIE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Which way an indicator is good (monitoring's catalogue); `neutraal` where more or less is not good in itself. */
export const INDICATOR_RICHTINGEN = ['lager_is_beter', 'hoger_is_beter', 'neutraal'] as const;
export type IndicatorRichting = (typeof INDICATOR_RICHTINGEN)[number];

export interface RegioDefinitie {
  code: Regio;
  naam: string;
  gemeenten: Record<Gemeentecode, string>;
}

/** The seed regions from the source texts (domain.md §1). */
export const SEED_REGIOS: readonly RegioDefinitie[] = [
  {
    code: 'midden-limburg-west',
    naam: 'Midden-Limburg West',
    gemeenten: { GM1640: 'Leudal', GM0946: 'Nederweert', GM0988: 'Weert' },
  },
  {
    code: 'midden-limburg-oost',
    naam: 'Midden-Limburg Oost',
    gemeenten: { GM1711: 'Echt-Susteren', GM1641: 'Maasgouw', GM1669: 'Roerdalen', GM0957: 'Roermond' },
  },
  {
    code: 'west-brabant-west',
    naam: 'West-Brabant West',
    gemeenten: {
      GM0748: 'Bergen op Zoom', GM0777: 'Etten-Leur', GM1655: 'Halderberge', GM1709: 'Moerdijk',
      GM1674: 'Roosendaal', GM0840: 'Rucphen', GM0851: 'Steenbergen', GM0873: 'Woensdrecht', GM0879: 'Zundert',
    },
  },
  {
    code: 'flevoland',
    naam: 'Flevoland',
    gemeenten: { GM0034: 'Almere', GM0995: 'Lelystad', GM0303: 'Dronten', GM0171: 'Noordoostpolder', GM0184: 'Urk', GM0050: 'Zeewolde' },
  },
  {
    code: 'zuid-kennemerland',
    naam: 'Zuid-Kennemerland',
    gemeenten: { GM0392: 'Haarlem', GM0377: 'Bloemendaal', GM0397: 'Heemstede', GM0473: 'Zandvoort' },
  },
];

/** The gemeenten of a seed region by CBS code, with their names; empty for an unknown region. */
export function gemeentenVanRegio(regio: Regio): Readonly<Record<Gemeentecode, string>> {
  return SEED_REGIOS.find((r) => r.code === regio)?.gemeenten ?? {};
}

export function regioVanGemeente(code: Gemeentecode): Regio | undefined {
  return SEED_REGIOS.find((r) => code in r.gemeenten)?.code;
}
