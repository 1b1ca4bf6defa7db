import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import type { TafelsSchemas } from '@koers/clients';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { heeftRol } from '../../auth/gebruiker';
import { gemeenteNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Foutmelding, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { datum, TAFEL_STATUS_NAMEN } from '../teksten';
import { Lijstfilters } from './lijstfilters';
import { leesKeuzes, Lijstkeuzes, zoekParamsVan } from './lijstkeuzes';

const PAGINA_GROOTTE = 20;
/** Providers and client representatives start with the tables they take part in. */
export const BETROKKEN_ROLLEN = ['aanbieder', 'clientvertegenwoordiger'] as const;
type Status = TafelsSchemas['TafelResponse']['status'];

/** The region's tables, newest first, paged by tafels; the choices are kept in the URL. */
export function Tafels() {
  const { clients, config, gebruiker } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const standaardBetrokken = Boolean(gebruiker && heeftRol(gebruiker, BETROKKEN_ROLLEN));
  const keuzes = leesKeuzes(zoekParams, standaardBetrokken, Object.keys(TAFEL_STATUS_NAMEN));
  const { pagina, status, betrokken } = keuzes;
  const lijst = useLaden(
    () =>
      roep(
        'tafels',
        clients.tafels.GET('/tafels', {
          params: { query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(status ? { status: [status as Status] } : {}), ...(betrokken ? { betrokken: true } : {}) } },
        }),
      ),
    [clients, pagina, status, betrokken],
  );
  const kies = (nieuw: Lijstkeuzes) => setZoekParams(zoekParamsVan(nieuw, standaardBetrokken));
  return (
    <>
      <Heading level={1}>Koerstafels</Heading>
      <Paragraph>Aan een koerstafel praten de gemeente, aanbieders en cliënten samen. Ze zoeken een oplossing voor een signaal.</Paragraph>
      <Paragraph>Klik op de naam van een tafel. Dan ziet u wie er mee doet, wat er is besproken en wat er is afgesproken.</Paragraph>
      <Lijstfilters
        keuzes={keuzes}
        statussen={TAFEL_STATUS_NAMEN}
        alleStatussen="Alle tafels"
        betrokkenTekst="Alleen tafels waar ik aan meedoe"
        naam="Koerstafels zoeken"
        kies={(nieuw) => kies({ ...nieuw, pagina: 1 })}
      />
      {lijst.status === 'laden' ? <Laden wat="De koerstafels" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar'
        ? (() => {
            const { items: tafels, totaal } = lijst.data;
            if (!tafels.length) {
              if (status) return <Paragraph>Er zijn geen tafels met deze status. Kies bij Status voor Alle tafels.</Paragraph>;
              if (betrokken) {
                return (
                  <Paragraph>
                    U doet nog niet mee aan een koerstafel. De gemeente zet u aan tafel als u meedoet. Wilt u alle tafels van de regio zien? Haal dan het vinkje weg bij ‘Alleen tafels
                    waar ik aan meedoe’.
                  </Paragraph>
                );
              }
              return (
                <Paragraph>
                  Er zijn nog geen koerstafels in uw regio. Een tafel begint bij een signaal waarover iedereen het eens is. Bent u van de gemeente? Open zo'n signaal bij{' '}
                  <AppLink naar="/signalen">Signalen</AppLink> en start daar de tafel.
                </Paragraph>
              );
            }
            return (
              <>
                <Paragraph>
                  {totaal} {totaal === 1 ? 'tafel' : 'tafels'} gevonden.
                </Paragraph>
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
                <Paginering pagina={pagina} totaal={totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ ...keuzes, pagina: nieuw })} />
              </>
            );
          })()
        : null}
    </>
  );
}
