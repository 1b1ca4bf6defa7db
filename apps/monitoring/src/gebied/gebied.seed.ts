export interface RegioSeed {
  code: string;
  naam: string;
  /** CBS code → name. */
  gemeenten: Record<string, string>;
}

/**
 * The seed regions from the source texts (domain.md §1), written into monitoring's tables by its
 * seed migration. Every other service learns them from monitoring (the region register), never here.
 */
export const SEED_REGIOS: readonly RegioSeed[] = [
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
