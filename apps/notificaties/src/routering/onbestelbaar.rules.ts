import { berichtOnbestelbaarType, BerichtOnbestelbaarV1, CloudEvent, DIENSTEN } from '@koers/contracts';
import { PORTAAL } from './portaal';
import type { Route } from './route';

/** A service could not handle an event of the region → its beheerder, who can look and offer it again. */
function onbestelbaar(event: CloudEvent<never>): Route {
  const melding = (event as CloudEvent<BerichtOnbestelbaarV1>).data;
  return {
    categorie: 'beheer',
    groep: { sleutel: 'onbestelbaar', naam: 'Berichten die niet konden worden verwerkt' },
    ontvangers: [{ rol: 'beheerder' }],
    bericht: {
      titel: `Een bericht kon niet worden verwerkt in ${melding.dienst}`,
      tekst:
        `Het onderdeel ${melding.dienst} van Koers kon een bericht niet verwerken. Het bericht is niet weg: het staat bij de onbestelbare berichten. ` +
        `Dit is de reden die Koers kreeg: "${melding.reden}" Los de oorzaak op en bied het bericht daarna opnieuw aan.`,
      link: PORTAAL.onbestelbareBerichten(melding.dienst),
      actie: 'Bekijk de onbestelbare berichten',
    },
  };
}

export const ONBESTELBAAR: Readonly<Record<string, (event: CloudEvent<never>) => Route>> = Object.fromEntries(
  DIENSTEN.map((dienst) => [berichtOnbestelbaarType(dienst), onbestelbaar]),
);
