import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useNavigate, useParams } from 'react-router';
import { heeftRol } from '../auth/gebruiker';
import { AppLink } from '../layout/app-link';
import { Formulier } from '../layout/formulier';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { gemeenteNaam, regioNaam } from '../config/config';
import { useKoers } from '../koers';
import { Foutmelding, Laden } from '../layout/meldingen';
import { BRON_NAMEN, datum, datumTijd, STATUS_NAMEN } from './teksten';

export function Signaal() {
  const { id = '' } = useParams();
  const { clients, config, gebruiker, regio } = useKoers();
  const navigeer = useNavigate();
  const signaal = useLaden(() => roep('signalen', clients.signalen.GET('/signalen/{id}', { params: { path: { id } } })), [id, clients]);
  if (signaal.status === 'laden') return <Laden wat="Het signaal" />;
  if (signaal.status === 'fout') return <Foutmelding titel="Signaal" fout={signaal.fout} opnieuw={signaal.opnieuw} />;
  const s = signaal.data;
  return (
    <>
      <Heading level={1}>{s.titel}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>{STATUS_NAMEN[s.status] ?? s.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Regio</DataListKey>
          <DataListValue>{regioNaam(config, s.regio)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gemeenten</DataListKey>
          <DataListValue>{s.gemeenten.map((code) => gemeenteNaam(config, code)).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Bron</DataListKey>
          <DataListValue>{BRON_NAMEN[s.bron] ?? s.bron}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ingediend op</DataListKey>
          <DataListValue>{datum(s.ingediendOp)}</DataListValue>
        </DataListItem>
        {s.termijnen.map((termijn) => (
          <DataListItem key={`${termijn.soort}-${termijn.consensusrondeId ?? ''}`}>
            <DataListKey>{termijn.soort === 'opnemen' ? 'Oppakken vóór' : 'Antwoorden vóór'}</DataListKey>
            <DataListValue>
              {datum(termijn.uiterlijk)}
              {termijn.verstreken ? <strong className="koers-te-laat"> (te laat)</strong> : null}
            </DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {s.status === 'consensus_bereikt' && gebruiker && heeftRol(gebruiker, ['gemeente']) ? (
        <Formulier
          titel="Koerstafel starten"
          kopNiveau={2}
          knop="Start een koerstafel"
          gelukt="De koerstafel is gestart."
          verstuur={async () => {
            const tafel = await roep('tafels', clients.tafels.POST('/tafels', { body: { signaalId: s.id, ...(regio ? { regio } : {}) } }));
            navigeer(`/tafels/${tafel.id}`);
          }}
        >
          {() => <Paragraph>Iedereen is het eens over dit signaal. Bent u de behandelaar? Start dan een koerstafel om samen een oplossing te zoeken.</Paragraph>}
        </Formulier>
      ) : null}
      {s.status === 'tafel_gestart' ? <TafelVanSignaal signaalId={s.id} /> : null}
      <Heading level={2}>Wat er aan de hand is</Heading>
      <Paragraph>{s.omschrijving}</Paragraph>
      <Heading level={2}>Geschiedenis</Heading>
      {s.historie.length ? (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.historie.map((stap) => (
              <TableRow key={`${stap.wanneer}-${stap.naar}`}>
                <TableCell>{datumTijd(stap.wanneer)}</TableCell>
                <TableCell>{STATUS_NAMEN[stap.naar] ?? stap.naar}</TableCell>
                <TableCell>{stap.wie}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Paragraph>Er is nog niets met dit signaal gebeurd.</Paragraph>
      )}
    </>
  );
}

/** The table that runs on this signal (or on the signal it was merged into), from tafels' list of the region. */
function TafelVanSignaal({ signaalId }: { signaalId: string }) {
  const { clients } = useKoers();
  const tafels = useLaden(() => roep('tafels', clients.tafels.GET('/tafels')), [clients]);
  if (tafels.status !== 'klaar') return null;
  const tafel = tafels.data.find((t) => t.signaalId === signaalId || t.samengevoegdeSignalen.includes(signaalId));
  if (!tafel) return null;
  return (
    <Paragraph>
      Er is een koerstafel over dit signaal: <AppLink naar={`/tafels/${tafel.id}`}>{tafel.titel}</AppLink>.
    </Paragraph>
  );
}
