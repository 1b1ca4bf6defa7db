import { CloudEvent, MONITORINGPLAN_GEEVALUEERD_V1, MonitoringOordeel, MonitoringplanGeevalueerdV1 } from '@koers/contracts';
import { PORTAAL } from './portaal';
import type { Route } from './route';

/** The verdict in words, about "de afspraak" or "de pilot". */
export function oordeelInWoorden(oordeel: MonitoringOordeel, onderwerp: 'afspraak' | 'pilot'): string {
  const wat = onderwerp === 'pilot' ? 'de pilot' : 'de afspraak';
  switch (oordeel) {
    case 'effect_bereikt':
      return `De cijfers laten zien dat ${wat} heeft gewerkt: het doel is gehaald.`;
    case 'niet_bereikt':
      return `De cijfers laten zien dat ${wat} nog niet heeft gewerkt zoals bedoeld: het doel is niet gehaald. Bespreek samen wat er anders moet.`;
    case 'onvoldoende_data':
      return `Er zijn nog te weinig cijfers om te zeggen of ${wat} heeft gewerkt.`;
  }
}

/** A monitoring plan was evaluated → the gemeenten of the plan, with the verdict in words. */
export const MONITORING_UITKOMST: Readonly<Record<string, (event: CloudEvent<never>) => Route>> = {
  [MONITORINGPLAN_GEEVALUEERD_V1]: (event) => {
    const plan = (event as CloudEvent<MonitoringplanGeevalueerdV1>).data;
    // Older events name the gemeenten only per indicator; those are the plan's gemeenten too.
    const gemeenten = plan.gemeenten ?? [...new Set(plan.indicatoren.flatMap((i) => i.gemeenten.map((g) => g.gemeente)))];
    const wat = plan.onderwerp.soort === 'pilot' ? 'de pilot' : 'de afspraak';
    return {
      categorie: 'monitoring',
      groep: { sleutel: 'monitoring-uitkomst', naam: 'Uitkomsten van de monitoring' },
      ontvangers: gemeenten.map((gemeente) => ({ rol: 'gemeente', gemeente })),
      bericht: {
        titel: plan.titel ? `Uitkomst van de monitoring: ${plan.titel}` : 'Uitkomst van de monitoring',
        tekst: `Koers heeft gekeken of ${wat}${plan.titel ? ` '${plan.titel}'` : ''} het effect heeft dat de bedoeling was. ${oordeelInWoorden(plan.oordeel, plan.onderwerp.soort)} ${
          plan.oordeel === 'onvoldoende_data'
            ? `Zolang blijft Koers ${wat} volgen. In Koers ziet u welke cijfers nog ontbreken: welke gemeente, over welke periode. Lever die aan, dan kan Koers alsnog oordelen.`
            : 'In Koers ziet u de cijfers achter dit oordeel.'
        }`,
        link: PORTAAL.monitoringplan(plan.monitoringplanId),
        actie: 'Bekijk de uitkomst',
      },
    };
  },
};
