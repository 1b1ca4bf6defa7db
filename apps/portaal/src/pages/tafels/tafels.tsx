import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { gemeenteNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, Laden } from '../../layout/meldingen';
import { datum, TAFEL_STATUS_NAMEN } from '../teksten';

/** The region's tables, newest first (tafels gives them all at once: it does not page this list). */
export function Tafels() {
  const { clients, config } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const status = zoekParams.get('status') ?? '';
  const lijst = useLaden(() => roep('tafels', clients.tafels.GET('/tafels')), [clients]);
  return (
    <>
      <Heading level={1}>Koerstafels</Heading>
      <Paragraph>Aan een koerstafel praten de gemeente, aanbieders en cliënten samen. Ze zoeken een oplossing voor een signaal.</Paragraph>
      <KeuzeVeld
        naam="status"
        label="Laat zien"
        verplicht
        waarde={status}
        wijzig={(nieuw) => setZoekParams(nieuw ? { status: nieuw } : {})}
        opties={[{ waarde: '', tekst: 'Alle tafels' }, ...Object.entries(TAFEL_STATUS_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))]}
      />
      {lijst.status === 'laden' ? <Laden wat="De koerstafels" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar'
        ? (() => {
            const tafels = lijst.data.filter((tafel) => !status || tafel.status === status);
            if (!lijst.data.length) {
              return (
                <Paragraph>
                  Er zijn nog geen koerstafels in uw regio. Een tafel begint bij een signaal waarover iedereen het eens is. Bent u van de gemeente? Open zo'n signaal bij{' '}
                  <AppLink naar="/signalen">Signalen</AppLink> en start daar de tafel.
                </Paragraph>
              );
            }
            if (!tafels.length) return <Paragraph>Er zijn geen tafels met deze status. Kies hierboven Alle tafels.</Paragraph>;
            return (
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Koerstafel</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Gemeenten</TableHeaderCell>
                    <TableHeaderCell scope="col">Gestart op</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {tafels.map((tafel) => (
                    <TableRow key={tafel.id}>
                      <TableCell>
                        <AppLink naar={`/tafels/${tafel.id}`}>{tafel.titel}</AppLink>
                      </TableCell>
                      <TableCell>
                        {TAFEL_STATUS_NAMEN[tafel.status] ?? tafel.status}
                        {tafel.bijsturingNodig ? <strong className="koers-te-laat"> (bijsturen nodig)</strong> : null}
                      </TableCell>
                      <TableCell>{tafel.gemeenten.map((code) => gemeenteNaam(config, code)).join(', ')}</TableCell>
                      <TableCell>{datum(tafel.gestartOp)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            );
          })()
        : null}
    </>
  );
}
