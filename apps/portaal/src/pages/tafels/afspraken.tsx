import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import type { TafelsSchemas } from '@koers/clients';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { organisatieNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Foutmelding, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { AFSPRAAK_STATUS_NAMEN, datum } from '../teksten';
import { Lijstfilters } from './lijstfilters';
import { leesKeuzes, Lijstkeuzes, zoekParamsVan } from './lijstkeuzes';
import { AfspraakVoortgang } from './voortgang';

const PAGINA_GROOTTE = 20;
type Status = TafelsSchemas['AfspraakResponse']['status'];

/**
 * My agreements: those of the tables the person takes part in and those their organisation owns,
 * the nearest deadline first; without the tick, every agreement of the region. `betrokken` is always
 * sent, so tafels gives the list and not the jurist's queue.
 */
export function Afspraken() {
  const { clients, config } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const keuzes = leesKeuzes(zoekParams, true, Object.keys(AFSPRAAK_STATUS_NAMEN));
  const { pagina, status, betrokken } = keuzes;
  const lijst = useLaden(
    () =>
      roep(
        'tafels',
        clients.tafels.GET('/afspraken', { params: { query: { pagina, paginaGrootte: PAGINA_GROOTTE, betrokken, ...(status ? { status: [status as Status] } : {}) } } }),
      ),
    [clients, pagina, status, betrokken],
  );
  const kies = (nieuw: Lijstkeuzes) => setZoekParams(zoekParamsVan(nieuw, true));
  return (
    <>
      <Heading level={1}>Afspraken</Heading>
      <Paragraph>Hier staan uw afspraken. Dat zijn de afspraken van koerstafels waar u aan meedoet, en de afspraken die uw organisatie uitvoert.</Paragraph>
      <Lijstfilters
        keuzes={keuzes}
        statussen={AFSPRAAK_STATUS_NAMEN}
        alleStatussen="Alle afspraken"
        betrokkenTekst="Alleen mijn afspraken"
        naam="Afspraken zoeken"
        kies={(nieuw) => kies({ ...nieuw, pagina: 1 })}
      />
      {lijst.status === 'laden' ? <Laden wat="De afspraken" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar'
        ? (() => {
            const { items, totaal } = lijst.data;
            if (!items.length) {
              if (status) return <Paragraph>Er zijn geen afspraken met deze status. Kies bij Status voor Alle afspraken.</Paragraph>;
              if (betrokken) {
                return (
                  <Paragraph>
                    U hebt nog geen afspraken. Afspraken worden gemaakt aan een <AppLink naar="/tafels">koerstafel</AppLink>. Wilt u alle afspraken van de regio zien? Haal dan het
                    vinkje weg bij ‘Alleen mijn afspraken’.
                  </Paragraph>
                );
              }
              return (
                <Paragraph>
                  Er zijn nog geen afspraken in uw regio. De gemeente maakt ze samen met de deelnemers aan een <AppLink naar="/tafels">koerstafel</AppLink>.
                </Paragraph>
              );
            }
            return (
              <>
                <Paragraph>
                  {totaal} {totaal === 1 ? 'afspraak' : 'afspraken'} gevonden. De afspraak die het eerst klaar moet zijn, staat bovenaan.
                </Paragraph>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Afspraak</TableHeaderCell>
                      <TableHeaderCell scope="col">Koerstafel</TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col">Klaar op</TableHeaderCell>
                      <TableHeaderCell scope="col">Wie doet het</TableHeaderCell>
                      <TableHeaderCell scope="col">Hoe gaat het?</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {items.map((a) => (
                      <TableRow key={a.id}>
                        <TableCell>
                          <AppLink naar={`/tafels/${a.tafelId}/afspraken/${a.id}`}>{a.omschrijving}</AppLink>
                        </TableCell>
                        <TableCell>
                          <AppLink naar={`/tafels/${a.tafel.id}`}>{a.tafel.titel}</AppLink>
                        </TableCell>
                        <TableCell>{AFSPRAAK_STATUS_NAMEN[a.status] ?? a.status}</TableCell>
                        <TableCell>{datum(a.deadline)}</TableCell>
                        <TableCell>{organisatieNaam(config, a.eigenaar)}</TableCell>
                        <TableCell>
                          <AfspraakVoortgang afspraak={a} />
                        </TableCell>
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
