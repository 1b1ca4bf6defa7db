import {
  AFWIJKING_GEDETECTEERD_V1,
  AfwijkingGedetecteerdV1,
  CloudEvent,
  CONSENSUS_GEVRAAGD_V1,
  ConsensusGevraagdV1,
  SIGNAAL_INGEDIEND_V1,
  SignaalIngediendV1,
  TERMIJN_VERSTREKEN_V1,
  TermijnVerstrekenV1,
} from '@koers/contracts';
import { AFSPRAAK_STAPPEN } from './afspraak.rules';
import { MONITORING_UITKOMST } from './monitoring-uitkomst.rules';
import { ONBESTELBAAR } from './onbestelbaar.rules';
import { OVERNAME_STAPPEN } from './overname.rules';
import { PORTAAL } from './portaal';
import type { RouteRegel } from './route';
import { SIGNAAL_STAPPEN } from './signaal-stappen.rules';
import { VERSLAG_STAPPEN } from './verslag.rules';
import { DATUM_IN_WOORDEN, gemeentenamen } from './taal';

export type { Bericht, Gemeentenamen, Groep, Ontvangers, Route, RouteRegel } from './route';

/**
 * The routing table of Koers (domain.md §7): one entry per event type that concerns people.
 * Recipients are always looked up inside the event's own region, so nothing crosses a region.
 */
export const ROUTERING: Readonly<Record<string, RouteRegel>> = {
  [SIGNAAL_INGEDIEND_V1]: (event, namen) => {
    const signaal = (event as CloudEvent<SignaalIngediendV1>).data;
    return {
      categorie: 'signalen',
      groep: { sleutel: 'signaal-ingediend', naam: 'Nieuwe signalen' },
      ontvangers: signaal.gemeenten.map((gemeente) => ({ rol: 'gemeente', gemeente })),
      bericht: {
        titel: `Nieuw signaal: ${signaal.titel}`,
        tekst:
          `Er is een nieuw signaal binnengekomen over ${gemeentenamen(namen, signaal.gemeenten)}. ` +
          'Lees het signaal en bepaal of uw gemeente het oppakt.',
        link: PORTAAL.signaal(signaal.signaalId),
        actie: 'Bekijk het signaal',
      },
    };
  },
  // Consensus request → the users of each named organisation, through the role it answers in.
  [CONSENSUS_GEVRAAGD_V1]: (event) => {
    const verzoek = (event as CloudEvent<ConsensusGevraagdV1>).data;
    const opnieuw = verzoek.ronde > 1 ? ' In de vorige ronde was nog niet iedereen het eens, daarom vragen we het opnieuw.' : '';
    return {
      categorie: 'consensus',
      groep: { sleutel: 'consensus-gevraagd', naam: 'Vragen om uw mening' },
      ontvangers: verzoek.partijen.map(({ rol, organisatie }) => ({ rol, organisatie })),
      bericht: {
        titel: `Uw mening gevraagd: ${verzoek.titel}`,
        tekst:
          `We vragen uw organisatie of u het eens bent met de aanpak van het signaal '${verzoek.titel}'.${opnieuw} ` +
          'Lees het signaal en geef in Koers uw antwoord.',
        link: PORTAAL.consensusronde(verzoek.signaalId, verzoek.consensusrondeId),
        actie: 'Geef uw antwoord',
      },
    };
  },
  // A deadline passed → who must act: the gemeenten of a signal nobody took up; the parties that did not answer a round.
  [TERMIJN_VERSTREKEN_V1]: (event, namen) => {
    const termijn = (event as CloudEvent<TermijnVerstrekenV1>).data;
    const datum = DATUM_IN_WOORDEN.format(new Date(`${termijn.uiterlijk}T00:00:00Z`));
    if (termijn.soort === 'opnemen') {
      return {
        categorie: 'signalen',
        groep: { sleutel: 'termijn-opnemen', naam: 'Signalen die nog niet zijn opgepakt' },
        ontvangers: termijn.gemeenten.map((gemeente) => ({ rol: 'gemeente', gemeente })),
        bericht: {
          titel: `Nog niet opgepakt: ${termijn.titel}`,
          tekst:
            `Het signaal '${termijn.titel}' over ${gemeentenamen(namen, termijn.gemeenten)} had uiterlijk ${datum} opgepakt moeten worden. ` +
            'Nog niemand heeft dat gedaan. Pak het signaal op, of wijs het af met een reden.',
          link: PORTAAL.signaal(termijn.signaalId),
          actie: 'Bekijk het signaal',
        },
      };
    }
    return {
      categorie: 'consensus',
      groep: { sleutel: 'termijn-beantwoorden', naam: 'Antwoorden die nog ontbreken' },
      ontvangers: (termijn.nogNietGeantwoord ?? []).map(({ rol, organisatie }) => ({ rol, organisatie })),
      bericht: {
        titel: `Uw antwoord ontbreekt nog: ${termijn.titel}`,
        tekst:
          `We vroegen uw organisatie om een antwoord over het signaal '${termijn.titel}', uiterlijk ${datum}. ` +
          'We hebben uw antwoord nog niet. Geef het zo snel mogelijk in Koers.',
        link: PORTAAL.consensusronde(termijn.signaalId, String(termijn.consensusrondeId)),
        actie: 'Geef uw antwoord',
      },
    };
  },
  // Trend alert → the gemeente concerned; a figure about the whole region concerns every gemeente in it.
  [AFWIJKING_GEDETECTEERD_V1]: (event, namen) => {
    const afwijking = (event as CloudEvent<AfwijkingGedetecteerdV1>).data;
    const waar = afwijking.gemeente ? gemeentenamen(namen, [afwijking.gemeente]) : 'de regio';
    const query = new URLSearchParams({ indicator: afwijking.indicator, ...(afwijking.gemeente ? { gemeente: afwijking.gemeente } : {}) });
    return {
      categorie: 'trendalerts',
      groep: { sleutel: 'trendalert', naam: 'Cijfers die afwijken van de koers' },
      ontvangers: [afwijking.gemeente ? { rol: 'gemeente', gemeente: afwijking.gemeente } : { rol: 'gemeente' }],
      bericht: {
        titel: `Cijfers wijken af van de koers: ${afwijking.indicatorNaam}`,
        tekst:
          `De cijfers over '${afwijking.indicatorNaam.toLowerCase()}' in ${waar} gaan een andere kant op dan afgesproken. ` +
          `${afwijking.toelichting} Bekijk de cijfers en bespreek of er iets moet gebeuren.`,
        link: PORTAAL.reeks(query),
        actie: 'Bekijk de cijfers',
      },
    };
  },
  ...SIGNAAL_STAPPEN,
  ...MONITORING_UITKOMST,
  ...ONBESTELBAAR,
  ...AFSPRAAK_STAPPEN,
  ...VERSLAG_STAPPEN,
  ...OVERNAME_STAPPEN,
};

export function gerouteerdeEventTypes(): string[] {
  return Object.keys(ROUTERING);
}
