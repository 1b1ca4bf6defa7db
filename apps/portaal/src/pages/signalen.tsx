import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { gemeenteNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { Foutmelding, Laden } from '../layout/meldingen';
import { datum, STATUS_NAMEN } from './teksten';

const PAGINA_GROOTTE = 20;

export function Signalen() {
  const { clients, config, regio } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const lijst = useLaden(
    () => roep('signalen', clients.signalen.GET('/signalen', { params: { query: { regio, pagina, paginaGrootte: PAGINA_GROOTTE } } })),
    [pagina, clients, regio],
  );
  return (
    <>
      <Heading level={1}>Signalen</Heading>
      {lijst.status === 'laden' ? <Laden wat="De signalen" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' ? (
        (() => {
          const items = lijst.data.items;
          const paginas = Math.max(1, Math.ceil(lijst.data.totaal / PAGINA_GROOTTE));
          if (!items.length) {
            return <Paragraph>Er zijn nog geen signalen in uw regio. Ziet u iets dat niet goed gaat in de jeugdhulp? Dien dan een signaal in.</Paragraph>;
          }
          return (
            <>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Signaal</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Gemeenten</TableHeaderCell>
                    <TableHeaderCell scope="col">Ingediend op</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((signaal) => (
                    <TableRow key={signaal.id}>
                      <TableCell>
                        <AppLink naar={`/signalen/${signaal.id}`}>{signaal.titel}</AppLink>
                      </TableCell>
                      <TableCell>
                        {STATUS_NAMEN[signaal.status] ?? signaal.status}
                        {signaal.termijnVerstreken ? <strong className="koers-te-laat"> (te laat)</strong> : null}
                      </TableCell>
                      <TableCell>{signaal.gemeenten.map((code) => gemeenteNaam(config, code)).join(', ')}</TableCell>
                      <TableCell>{datum(signaal.ingediendOp)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <nav aria-label="Pagina's" className="koers-paginering">
                <Paragraph>
                  Pagina {pagina} van {paginas}.{' '}
                  {pagina > 1 ? (
                    <button type="button" className="nl-button nl-button--secondary" onClick={() => setZoekParams({ pagina: String(pagina - 1) })}>
                      Vorige pagina
                    </button>
                  ) : null}{' '}
                  {pagina < paginas ? (
                    <button type="button" className="nl-button nl-button--secondary" onClick={() => setZoekParams({ pagina: String(pagina + 1) })}>
                      Volgende pagina
                    </button>
                  ) : null}
                </Paragraph>
              </nav>
            </>
          );
        })()
      ) : null}
    </>
  );
}
