import {
  CloudEvent,
  CONSENSUS_BEREIKT_V1,
  CONSENSUS_NIET_BEREIKT_V1,
  ConsensusBereiktV1,
  ConsensusNietBereiktV1,
  ConsensusPartij,
  Indiener,
  SIGNAAL_AFGEWEZEN_V1,
  SIGNAAL_IN_BEHANDELING_GENOMEN_V1,
  SIGNAAL_SAMENGEVOEGD_V1,
  SignaalAfgewezenV1,
  SignaalInBehandelingGenomenV1,
  SignaalSamengevoegdV1,
} from '@koers/contracts';
import { PORTAAL } from './portaal';
import type { Ontvangers, RouteRegel } from './route';
import { gemeentenamen, hetSignaal } from './taal';

/** The person who submitted the signal; nobody when Koers raised it itself. */
function indiener(data: { indienerRol?: Indiener; indienerSub?: string }): Ontvangers[] {
  return data.indienerRol && data.indienerRol !== 'systeem' && data.indienerSub ? [{ rol: data.indienerRol, sub: data.indienerSub }] : [];
}

function partijen(lijst: readonly ConsensusPartij[] | undefined): Ontvangers[] {
  return (lijst ?? []).map(({ rol, organisatie }) => ({ rol, organisatie }));
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/**
 * What happens to a signal after it came in: the submitter hears that it was taken up, rejected or
 * merged; the parties named in its consensus rounds hear that it ended; the gemeente and every
 * party of a round hear how the round ended.
 */
export const SIGNAAL_STAPPEN: Readonly<Record<string, RouteRegel>> = {
  [SIGNAAL_IN_BEHANDELING_GENOMEN_V1]: (event, namen) => {
    const stap = (event as CloudEvent<SignaalInBehandelingGenomenV1>).data;
    return {
      categorie: 'signalen',
      groep: { sleutel: 'signaal-opgepakt', naam: 'Opgepakte signalen' },
      ontvangers: indiener(stap),
      bericht: {
        titel: stap.titel ? `Uw signaal is opgepakt: ${stap.titel}` : 'Uw signaal is opgepakt',
        tekst:
          `De gemeente ${gemeentenamen(namen, [stap.behandelaarGemeente])} heeft ${hetSignaal(stap.titel)} opgepakt. ` +
          'De gemeente zet nu cijfers, ervaringen en regels over het signaal bij elkaar. Daarna vraagt zij de betrokken partijen of zij het eens zijn.',
        link: PORTAAL.signaal(stap.signaalId),
        actie: 'Bekijk het signaal',
      },
    };
  },
  [SIGNAAL_AFGEWEZEN_V1]: (event) => {
    const stap = (event as CloudEvent<SignaalAfgewezenV1>).data;
    return {
      categorie: 'signalen',
      groep: { sleutel: 'signaal-afgewezen', naam: 'Afgewezen signalen' },
      ontvangers: [...indiener(stap), ...partijen(stap.partijen)],
      bericht: {
        titel: stap.titel ? `Signaal afgewezen: ${stap.titel}` : 'Signaal afgewezen',
        tekst:
          `De gemeente heeft ${hetSignaal(stap.titel)} afgewezen. Dit is de reden die de gemeente geeft: "${stap.reden}" ` +
          'Er gebeurt verder niets met dit signaal. Heeft u vragen over de reden? Neem dan contact op met de gemeente.',
        link: PORTAAL.signaal(stap.signaalId),
        actie: 'Bekijk het signaal',
      },
    };
  },
  [SIGNAAL_SAMENGEVOEGD_V1]: (event) => {
    const stap = (event as CloudEvent<SignaalSamengevoegdV1>).data;
    const waarom = stap.reden ? ` De gemeente zegt daarover: "${stap.reden}"` : '';
    return {
      categorie: 'signalen',
      groep: { sleutel: 'signaal-samengevoegd', naam: 'Samengevoegde signalen' },
      ontvangers: [...indiener(stap), ...partijen(stap.partijen)],
      bericht: {
        titel: stap.titel ? `Signaal samengevoegd: ${stap.titel}` : 'Signaal samengevoegd',
        tekst:
          `${hoofdletter(hetSignaal(stap.titel))} ging over hetzelfde als een ander signaal. De gemeente heeft de twee daarom samengevoegd.${waarom} ` +
          'Niets gaat verloren: alles wat bij het signaal hoort, staat nu bij het andere signaal. Daar volgt u het verder.',
        link: PORTAAL.signaal(stap.samengevoegdMet),
        actie: 'Bekijk het signaal',
      },
    };
  },
  [CONSENSUS_BEREIKT_V1]: (event) => {
    const ronde = (event as CloudEvent<ConsensusBereiktV1>).data;
    return {
      categorie: 'consensus',
      groep: { sleutel: 'consensus-uitkomst', naam: 'Uitkomsten van vragen om uw mening' },
      ontvangers: [...behandelaar(ronde.behandelaarGemeente), ...partijen(ronde.deelnemers)],
      bericht: {
        titel: ronde.titel ? `Iedereen is het eens: ${ronde.titel}` : 'Iedereen is het eens over het signaal',
        tekst:
          `Alle partijen die we om hun mening vroegen, zijn het eens met de aanpak van ${hetSignaal(ronde.titel)}. ` +
          'De gemeente kan nu een koerstafel beginnen. Daar spreken de partijen samen af wat er gaat gebeuren.',
        link: PORTAAL.consensusronde(ronde.signaalId, ronde.consensusrondeId),
        actie: 'Bekijk de uitkomst',
      },
    };
  },
  [CONSENSUS_NIET_BEREIKT_V1]: (event) => {
    const ronde = (event as CloudEvent<ConsensusNietBereiktV1>).data;
    return {
      categorie: 'consensus',
      groep: { sleutel: 'consensus-uitkomst', naam: 'Uitkomsten van vragen om uw mening' },
      ontvangers: [...behandelaar(ronde.behandelaarGemeente), ...partijen(ronde.deelnemers)],
      bericht: {
        titel: ronde.titel ? `Nog niet iedereen is het eens: ${ronde.titel}` : 'Nog niet iedereen is het eens over het signaal',
        tekst:
          `Niet alle partijen zijn het eens met de aanpak van ${hetSignaal(ronde.titel)}. In Koers leest u waarom. ` +
          'De gemeente kan het dossier aanvullen en de partijen daarna opnieuw om hun mening vragen.',
        link: PORTAAL.consensusronde(ronde.signaalId, ronde.consensusrondeId),
        actie: 'Bekijk de uitkomst',
      },
    };
  },
};

/** The gemeente users of the gemeente that handles the signal. */
function behandelaar(gemeente: string | undefined): Ontvangers[] {
  return gemeente ? [{ rol: 'gemeente', gemeente }] : [];
}
