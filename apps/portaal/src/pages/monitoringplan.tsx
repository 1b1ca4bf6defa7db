import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useParams } from 'react-router';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { gemeenteNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { Foutmelding, Laden } from '../layout/meldingen';
import { datum, datumTijd } from './teksten';

/** A plan's indicator as monitoring answers it (`indicatoren` in MonitoringplanResponse): target and baseline per gemeente, as the reader may see it. */
interface PlanIndicator {
  indicator: string;
  doelwaarde: number;
  richting: 'maximaal' | 'minimaal';
  bron?: string;
  nulmeting?: Record<string, { waarde: number | null; periodes: string[]; ontbrekendePerioden?: string[]; onderdrukt?: true; weergave?: string }>;
}

const STATUS: Record<string, string> = { lopend: 'Loopt', bevestigd: 'Afspraak vastgelegd', geevalueerd: 'Geëvalueerd', vervallen: 'Vervallen: de koerstafel trok de afspraak in' };
const OORDEEL: Record<string, string> = { effect_bereikt: 'Het doel is gehaald', niet_bereikt: 'Het doel is niet gehaald', onvoldoende_data: 'Er zijn te weinig cijfers om te oordelen' };

export function Monitoringplan() {
  const { id = '' } = useParams();
  const { clients, config } = useKoers();
  const plan = useLaden(() => roep('monitoring', clients.monitoring.GET('/monitoringplannen/{id}', { params: { path: { id } } })), [clients, id]);
  if (plan.status === 'laden') return <Laden wat="Het plan" />;
  if (plan.status === 'fout') return <Foutmelding fout={plan.fout} opnieuw={plan.opnieuw} />;
  const p = plan.data;
  const naam = (code: string) => gemeenteNaam(config, code);
  const indicatoren = p.indicatoren as unknown as PlanIndicator[];
  return (
    <>
      <Heading level={1}>{p.titel}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>{STATUS[p.status] ?? p.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Voor</DataListKey>
          <DataListValue>
            {p.onderwerp.soort === 'afspraak' ? 'een afspraak van een koerstafel' : 'een pilot'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gemeenten</DataListKey>
          <DataListValue>{p.gemeenten.map(naam).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Vergeleken met</DataListKey>
          <DataListValue>{p.vergelijkingsgemeenten.length ? p.vergelijkingsgemeenten.map(naam).join(', ') : 'geen andere gemeenten'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Nulmeting</DataListKey>
          <DataListValue>
            de {p.nulmetingPerioden} perioden tot en met {p.nulmetingTot}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Meetmomenten</DataListKey>
          <DataListValue>{p.meetmomenten.join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Evaluatie op</DataListKey>
          <DataListValue>{datum(p.evaluatiedatum)}</DataListValue>
        </DataListItem>
        {p.oordeel ? (
          <DataListItem>
            <DataListKey>Oordeel</DataListKey>
            <DataListValue>{OORDEEL[p.oordeel] ?? p.oordeel}</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      <Heading level={2}>Doelen en nulmeting</Heading>
      {indicatoren.map((ind) => (
        <section key={ind.indicator} aria-labelledby={`ind-${ind.indicator}`}>
          <Heading level={3} id={`ind-${ind.indicator}`}>
            {ind.indicator}: {ind.richting === 'maximaal' ? 'hoogstens' : 'minstens'} {ind.doelwaarde}
          </Heading>
          <Paragraph>
            <AppLink naar={`/monitoring/reeksen?indicator=${encodeURIComponent(ind.indicator)}&gemeente=${encodeURIComponent(p.gemeenten[0] ?? '')}`}>Bekijk de cijfers</AppLink>
          </Paragraph>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                <TableHeaderCell scope="col">Nulmeting</TableHeaderCell>
                <TableHeaderCell scope="col">Perioden</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...p.gemeenten, ...p.vergelijkingsgemeenten].map((code) => {
                const n = ind.nulmeting?.[code];
                return (
                  <TableRow key={code}>
                    <TableHeaderCell scope="row">{naam(code)}</TableHeaderCell>
                    <TableCell>{n ? (n.weergave ?? (n.waarde === null ? '< 5' : n.waarde.toLocaleString('nl-NL', { maximumFractionDigits: 2 }))) : 'nog geen nulmeting'}</TableCell>
                    <TableCell>
                      {n ? n.periodes.join(', ') : ''}
                      {n?.ontbrekendePerioden?.length ? ` (zonder ${n.ontbrekendePerioden.join(', ')})` : ''}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </section>
      ))}
      <Heading level={2}>Evaluaties</Heading>
      {p.evaluaties?.length ? (
        <ul className="koers-lijst">
          {p.evaluaties.map((e) => (
            <li key={e.id}>
              <strong>{datumTijd(e.geevalueerdOp)}</strong> ({e.aanleiding === 'op_verzoek' ? 'op verzoek' : 'op de evaluatiedatum'}): {OORDEEL[e.oordeel] ?? e.oordeel}. {e.toelichting}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Het plan is nog niet geëvalueerd. Koers doet dat op {datum(p.evaluatiedatum)}.</Paragraph>
      )}
    </>
  );
}
