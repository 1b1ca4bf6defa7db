import type { Richting } from './indicator.entity';

export interface IndicatorSeed {
  code: string;
  naam: string;
  definitie: string;
  eenheid: string;
  richting: Richting;
  bron: string;
}

const CBS = 'CBS Beleidsinformatie Jeugd (StatLine)';
const OUTCOME = 'Outcome-indicatoren jeugd (VNG, NJi, Ministerie van VWS), aangeleverd door jeugdhulpaanbieders';

/**
 * The national catalogue Koers starts with (domain.md §6): the volume and cost indicators of CBS
 * Beleidsinformatie Jeugd and the outcome indicators gemeenten agree with providers. Direction
 * 'neutraal' where more or less is not good in itself (e.g. the share with youth care).
 */
export const INDICATOR_SEED: readonly IndicatorSeed[] = [
  {
    code: 'jeugdhulp-totaal',
    naam: 'Jongeren met jeugdhulp',
    definitie: 'Percentage jongeren van 0 tot 18 jaar dat in de periode jeugdhulp kreeg (met of zonder verblijf), van alle jongeren van 0 tot 18 jaar in de gemeente.',
    eenheid: 'procent',
    richting: 'neutraal',
    bron: CBS,
  },
  {
    code: 'jeugdhulp-met-verblijf',
    naam: 'Jongeren met jeugdhulp met verblijf',
    definitie: 'Percentage jongeren van 0 tot 18 jaar met jeugdhulp met verblijf buiten het eigen gezin (pleegzorg, gezinsgericht, gesloten plaatsing, overig verblijf), van alle jongeren van 0 tot 18 jaar.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'jeugdhulp-zonder-verblijf',
    naam: 'Jongeren met jeugdhulp zonder verblijf',
    definitie: 'Percentage jongeren van 0 tot 18 jaar met jeugdhulp zonder verblijf (ambulant, in de wijk of bij de aanbieder), van alle jongeren van 0 tot 18 jaar.',
    eenheid: 'procent',
    richting: 'neutraal',
    bron: CBS,
  },
  {
    code: 'jeugdbescherming',
    naam: 'Jongeren met een jeugdbeschermingsmaatregel',
    definitie: 'Percentage jongeren van 0 tot 18 jaar met een ondertoezichtstelling of voogdijmaatregel in de periode, van alle jongeren van 0 tot 18 jaar.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'jeugdreclassering',
    naam: 'Jongeren met jeugdreclassering',
    definitie: 'Percentage jongeren van 12 tot 23 jaar met een jeugdreclasseringstraject in de periode, van alle jongeren van 12 tot 23 jaar.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'wachttijd-start-jeugdhulp',
    naam: 'Wachttijd tot start jeugdhulp',
    definitie: 'Mediaan van het aantal kalenderdagen tussen aanmelding (of verwijzing) en de start van de jeugdhulp, over de trajecten die in de periode startten.',
    eenheid: 'dagen',
    richting: 'lager_is_beter',
    bron: 'Wachttijdregistratie jeugdhulpaanbieders (regionaal)',
  },
  {
    code: 'kosten-per-jongere',
    naam: 'Kosten jeugdhulp per jongere',
    definitie: 'Gerealiseerde uitgaven aan jeugdhulp, jeugdbescherming en jeugdreclassering in de periode, gedeeld door het aantal inwoners van 0 tot 18 jaar.',
    eenheid: 'euro',
    richting: 'lager_is_beter',
    bron: 'Iv3-jaarrekening gemeenten en CBS bevolkingsstatistiek',
  },
  {
    code: 'verwijzing-huisarts',
    naam: 'Verwijzingen door huisarts, jeugdarts of medisch specialist',
    definitie: 'Percentage van de in de periode gestarte jeugdhulptrajecten waarbij de huisarts, jeugdarts of medisch specialist verwees.',
    eenheid: 'procent',
    richting: 'neutraal',
    bron: CBS,
  },
  {
    code: 'verwijzing-gemeente',
    naam: 'Verwijzingen door de gemeentelijke toegang',
    definitie: 'Percentage van de in de periode gestarte jeugdhulptrajecten waarbij de gemeentelijke toegang (wijk- of jeugdteam) verwees.',
    eenheid: 'procent',
    richting: 'hoger_is_beter',
    bron: CBS,
  },
  {
    code: 'doelrealisatie',
    naam: 'Doelrealisatie',
    definitie: 'Percentage van de in de periode beëindigde jeugdhulptrajecten waarin de vooraf afgesproken hulpdoelen (grotendeels) zijn bereikt, volgens cliënt en professional.',
    eenheid: 'procent',
    richting: 'hoger_is_beter',
    bron: OUTCOME,
  },
  {
    code: 'uitval',
    naam: 'Uitval (voortijdig beëindigde trajecten)',
    definitie: 'Percentage van de in de periode beëindigde jeugdhulptrajecten dat eenzijdig werd beëindigd (door cliënt of aanbieder) voordat de afgesproken hulp was afgerond.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: OUTCOME,
  },
  {
    code: 'clienttevredenheid',
    naam: 'Cliënttevredenheid',
    definitie: 'Percentage cliënten (jongeren en ouders) dat bij afsluiting van het traject aangeeft tevreden te zijn over de geboden hulp (score 7 of hoger op een schaal van 1 tot 10).',
    eenheid: 'procent',
    richting: 'hoger_is_beter',
    bron: OUTCOME,
  },
  {
    code: 'herhaald-beroep',
    naam: 'Herhaald beroep op jeugdhulp',
    definitie: 'Percentage jongeren van wie het jeugdhulptraject in de periode eindigde en die binnen twaalf maanden opnieuw jeugdhulp kregen.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'duur-traject',
    naam: 'Gemiddelde duur jeugdhulptraject',
    definitie: 'Gemiddeld aantal dagen tussen start en einde van de jeugdhulptrajecten die in de periode eindigden.',
    eenheid: 'dagen',
    richting: 'lager_is_beter',
    bron: CBS,
  },
];
