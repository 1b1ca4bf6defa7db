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
const OUTCOME = 'Outcome-indicatoren jeugd (VNG, NJi en VWS), van de aanbieders';

/**
 * The national catalogue Koers starts with (domain.md §6): the volume and cost indicators of CBS
 * Beleidsinformatie Jeugd and the outcome indicators gemeenten agree with providers. Direction
 * 'neutraal' where more or less is not good in itself (e.g. the share with youth care). The
 * definitions say in plain Dutch (B1) what each counts, for the people who read them in the portal.
 */
export const INDICATOR_SEED: readonly IndicatorSeed[] = [
  {
    code: 'jeugdhulp-totaal',
    naam: 'Jongeren met jeugdhulp',
    definitie: 'Hoeveel procent van de jongeren tot 18 jaar in de periode jeugdhulp kreeg, met of zonder verblijf.',
    eenheid: 'procent',
    richting: 'neutraal',
    bron: CBS,
  },
  {
    code: 'jeugdhulp-met-verblijf',
    naam: 'Jongeren met jeugdhulp met verblijf',
    definitie: 'Hoeveel procent van de jongeren tot 18 jaar jeugdhulp kreeg met verblijf buiten het eigen gezin. Bijvoorbeeld in een pleeggezin, een gezinshuis of een gesloten groep.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'jeugdhulp-zonder-verblijf',
    naam: 'Jongeren met jeugdhulp zonder verblijf',
    definitie: 'Hoeveel procent van de jongeren tot 18 jaar jeugdhulp kreeg zonder verblijf. Bijvoorbeeld thuis, in de wijk of bij de aanbieder.',
    eenheid: 'procent',
    richting: 'neutraal',
    bron: CBS,
  },
  {
    code: 'jeugdbescherming',
    naam: 'Jongeren met een jeugdbeschermingsmaatregel',
    definitie: 'Hoeveel procent van de jongeren tot 18 jaar in de periode onder toezicht stond of een voogd had.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'jeugdreclassering',
    naam: 'Jongeren met jeugdreclassering',
    definitie: 'Hoeveel procent van de jongeren van 12 tot 23 jaar in de periode hulp kreeg van de jeugdreclassering.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'wachttijd-start-jeugdhulp',
    naam: 'Wachttijd tot start jeugdhulp',
    definitie: 'Hoeveel dagen het duurt van aanmelding of verwijzing tot de start van de hulp. Het is het middelste getal (de mediaan) van de trajecten die in de periode begonnen.',
    eenheid: 'dagen',
    richting: 'lager_is_beter',
    bron: 'Wachttijden die de aanbieders in de regio bijhouden',
  },
  {
    code: 'kosten-per-jongere',
    naam: 'Kosten jeugdhulp per jongere',
    definitie: 'Het geld dat de gemeente in de periode uitgaf aan jeugdhulp, aan jeugdbescherming en aan jeugdreclassering. Gedeeld door het aantal jongeren tot 18 jaar dat er woont.',
    eenheid: 'euro',
    richting: 'lager_is_beter',
    bron: 'Jaarrekening van de gemeente (Iv3) en CBS-bevolkingscijfers',
  },
  {
    code: 'verwijzing-huisarts',
    naam: 'Verwijzingen door huisarts, jeugdarts of medisch specialist',
    definitie: 'Hoeveel procent van de trajecten die in de periode begonnen, kwam via de huisarts, de jeugdarts of een specialist, zoals een kinderarts.',
    eenheid: 'procent',
    richting: 'neutraal',
    bron: CBS,
  },
  {
    code: 'verwijzing-gemeente',
    naam: 'Verwijzingen door de gemeentelijke toegang',
    definitie: 'Hoeveel procent van de trajecten die in de periode begonnen, kwam via de gemeente, zoals het wijkteam of het jeugdteam.',
    eenheid: 'procent',
    richting: 'hoger_is_beter',
    bron: CBS,
  },
  {
    code: 'doelrealisatie',
    naam: 'Doelrealisatie',
    definitie: 'Hoeveel procent van de trajecten die in de periode stopten de doelen haalde, of bijna. Zo zien de cliënt en de hulpverlener het.',
    eenheid: 'procent',
    richting: 'hoger_is_beter',
    bron: OUTCOME,
  },
  {
    code: 'uitval',
    naam: 'Uitval (voortijdig beëindigde trajecten)',
    definitie: 'Hoeveel procent van de trajecten die in de periode stopten, te vroeg stopte. De cliënt of de aanbieder stopte voordat de hulp klaar was.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: OUTCOME,
  },
  {
    code: 'clienttevredenheid',
    naam: 'Cliënttevredenheid',
    definitie: 'Hoeveel procent van de cliënten (jongeren en ouders) aan het eind tevreden is over de hulp. Tevreden is een 7 of hoger, op een schaal van 1 tot 10.',
    eenheid: 'procent',
    richting: 'hoger_is_beter',
    bron: OUTCOME,
  },
  {
    code: 'herhaald-beroep',
    naam: 'Herhaald beroep op jeugdhulp',
    definitie: 'Hoeveel procent van de jongeren van wie de hulp in de periode stopte, binnen een jaar weer jeugdhulp kreeg.',
    eenheid: 'procent',
    richting: 'lager_is_beter',
    bron: CBS,
  },
  {
    code: 'duur-traject',
    naam: 'Gemiddelde duur jeugdhulptraject',
    definitie: 'Hoeveel dagen een traject gemiddeld duurde, van start tot einde. Over de trajecten die in de periode stopten.',
    eenheid: 'dagen',
    richting: 'lager_is_beter',
    bron: CBS,
  },
];
