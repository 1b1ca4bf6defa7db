import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { TafelsSchemas } from '@koers/clients';
import { AppLink } from '../../layout/app-link';
import { datum, OORDEEL_NAMEN, VOORTGANG_NAMEN } from '../teksten';
import { planTekst } from './tafel';

type Voortgang = Pick<TafelsSchemas['AfspraakResponse'], 'monitoringplanId' | 'planBevestigd' | 'voortgang' | 'stopreden' | 'oordeel' | 'geevalueerdOp'>;

/** What the owner reported, with the reason when they stopped. */
export function voortgangTekst(a: Pick<Voortgang, 'voortgang' | 'stopreden'>): string {
  return `${a.voortgang ? VOORTGANG_NAMEN[a.voortgang] : 'Nog niets gemeld'}${a.stopreden ? `. De reden: ${a.stopreden}` : ''}`;
}

/** Monitoring's latest verdict on the plan, with its date. */
export function oordeelTekst(a: Pick<Voortgang, 'oordeel' | 'geevalueerdOp'>): string {
  return a.oordeel ? `${OORDEEL_NAMEN[a.oordeel]}${a.geevalueerdOp ? ` (${datum(a.geevalueerdOp)})` : ''}` : 'Nog geen oordeel';
}

/** How an agreement is doing: its monitoring plan, what the owner reported and what the figures say. */
export function AfspraakVoortgang({ afspraak: a }: { afspraak: Voortgang }) {
  return (
    <DataList>
      <DataListItem>
        <DataListKey>Monitoringplan</DataListKey>
        <DataListValue>{a.monitoringplanId ? <AppLink naar={`/monitoring/plannen/${a.monitoringplanId}`}>{planTekst(a)}</AppLink> : planTekst(a)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Voortgang</DataListKey>
        <DataListValue>{voortgangTekst(a)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Oordeel uit de cijfers</DataListKey>
        <DataListValue>{oordeelTekst(a)}</DataListValue>
      </DataListItem>
    </DataList>
  );
}
