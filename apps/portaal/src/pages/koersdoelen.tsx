import { useState } from 'react';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import type { MonitoringSchemas } from '@koers/clients';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { stuurBestand } from '../api/upload';
import { heeftRol } from '../auth/gebruiker';
import { gemeenteNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { Aantallen, CsvUpload } from '../layout/csv-upload';
import { KeuzeVeld } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { Paginering } from '../layout/paginering';
import { leveringsadres } from './metingen-aanleveren';
import { datum } from './teksten';

type Levering = MonitoringSchemas['KoersdoelLeveringResponse'];
const PAGINA_GROOTTE = 20;

/** What to do when the chosen cijfer and gemeente show no targets. */
export function geenDoelen({ indicator, gemeente, beheerder }: { indicator: string; gemeente: string; beheerder: boolean }): string {
  if (indicator && gemeente) return 'Deze gemeente heeft voor dit cijfer nog geen eigen doel. Dan geldt het doel van de regio. Kies bij Gemeente voor Alle gemeenten en de regio.';
  if (gemeente) return 'Deze gemeente heeft nog geen eigen doelen. Dan gelden de doelen van de regio. Kies bij Gemeente voor Alle gemeenten en de regio.';
  if (indicator) return 'Voor dit cijfer is er nog geen doel. Kies een ander cijfer. Of kies Alle cijfers.';
  return `Er zijn nog geen koersdoelen. ${beheerder ? 'Lees ze hieronder in uit een CSV-bestand.' : 'De beheerder van de regio leest ze in uit het koersdocument.'}`;
}

export function Koersdoelen() {
  const koers = useKoers();
  const { clients, config, gebruiker, regio } = koers;
  const [zoekParams, setZoekParams] = useSearchParams();
  const indicator = zoekParams.get('indicator') ?? '';
  const gemeente = zoekParams.get('gemeente') ?? '';
  const pagina = Math.max(1, Math.floor(Number(zoekParams.get('pagina') ?? 1)) || 1);
  const [teller, setTeller] = useState(0);
  const gegevens = useLaden(async () => {
    const [doelen, indicatoren, register] = await Promise.all([
      roep(
        'monitoring',
        clients.monitoring.GET('/koersdoelen', { params: { query: { regio, pagina, paginaGrootte: PAGINA_GROOTTE, ...(indicator ? { indicator } : {}), ...(gemeente ? { gemeente } : {}) } } }),
      ),
      roep('monitoring', clients.monitoring.GET('/indicatoren')),
      roep('monitoring', clients.monitoring.GET('/regios/{regio}', { params: { path: { regio: regio ?? '' } } })),
    ]);
    return { doelen, indicatoren, gemeenten: register.gemeenten };
  }, [clients, regio, indicator, gemeente, pagina, teller]);
  const kies = (keuze: { indicator: string; gemeente: string; pagina?: number }) =>
    setZoekParams({
      ...(keuze.indicator ? { indicator: keuze.indicator } : {}),
      ...(keuze.gemeente ? { gemeente: keuze.gemeente } : {}),
      ...(keuze.pagina && keuze.pagina > 1 ? { pagina: String(keuze.pagina) } : {}),
    });
  const beheerder = Boolean(gebruiker && heeftRol(gebruiker, ['beheerder']));
  const naamVan = (code: string) => (gegevens.status === 'klaar' ? (gegevens.data.indicatoren.find((i) => i.code === code)?.naam ?? code) : code);
  return (
    <>
      <Heading level={1}>Koersdoelen</Heading>
      <Paragraph>Hier staan de doelen van de regio. Koers legt elk cijfer naast het doel van de gemeente. Heeft de gemeente geen doel? Dan naast het doel van de regio.</Paragraph>
      <Paragraph>Wilt u minder zien? Kies dan een cijfer of een gemeente. Klik op Tonen.</Paragraph>
      {gegevens.status === 'laden' ? <Laden wat="De koersdoelen" /> : null}
      {gegevens.status === 'fout' ? <Foutmelding fout={gegevens.fout} opnieuw={gegevens.opnieuw} /> : null}
      {gegevens.status === 'klaar' ? (
        <>
          <Filter
            indicator={indicator}
            gemeente={gemeente}
            indicatoren={gegevens.data.indicatoren.filter((i) => !i.regio || i.regio === regio).map((i) => ({ waarde: i.code, tekst: i.naam }))}
            gemeenten={gegevens.data.gemeenten.map((g) => ({ waarde: g.code, tekst: g.naam }))}
            kies={kies}
          />
          {gegevens.data.doelen.items.length ? (
            <>
              <Paragraph>
                {gegevens.data.doelen.totaal} {gegevens.data.doelen.totaal === 1 ? 'koersdoel' : 'koersdoelen'} gevonden.
              </Paragraph>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Cijfer</TableHeaderCell>
                    <TableHeaderCell scope="col">Waar</TableHeaderCell>
                    <TableHeaderCell scope="col">Doel</TableHeaderCell>
                    <TableHeaderCell scope="col">Deel van het koersdocument</TableHeaderCell>
                    <TableHeaderCell scope="col">Versie</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {gegevens.data.doelen.items.map((d) => (
                    <TableRow key={d.id}>
                      <TableCell>
                        <AppLink naar={`/monitoring/reeksen?indicator=${encodeURIComponent(d.indicator)}${d.gemeente ? `&gemeente=${d.gemeente}` : ''}`}>{naamVan(d.indicator)}</AppLink>
                      </TableCell>
                      <TableCell>{d.gemeente ? gemeenteNaam(config, d.gemeente) : 'De hele regio'}</TableCell>
                      <TableCell>
                        {d.richting === 'maximaal' ? 'hoogstens' : 'minstens'} {d.doelwaarde.toLocaleString('nl-NL')}
                      </TableCell>
                      <TableCell>{d.koersdocumentSectie}</TableCell>
                      <TableCell>
                        {d.versie}, sinds {datum(d.vastgesteldOp)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Paginering pagina={pagina} totaal={gegevens.data.doelen.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ indicator, gemeente, pagina: nieuw })} />
            </>
          ) : (
            <Paragraph>{geenDoelen({ indicator, gemeente, beheerder })}</Paragraph>
          )}
        </>
      ) : null}
      {beheerder ? (
        <>
          <Heading level={2}>Koersdoelen inlezen</Heading>
          <Paragraph>Het bestand heeft vijf kolommen: indicator, gemeente, doelwaarde, richting en koersdocumentSectie. Geldt het doel voor de hele regio? Laat gemeente dan leeg. Bij richting zet u maximaal of minimaal. Is een doel veranderd? Dan krijgt het een nieuwe versie.</Paragraph>
          <CsvUpload<Levering>
            label="CSV-bestand met koersdoelen"
            uitleg="Hoogstens 1 MB. Sla het bestand op als CSV in UTF-8."
            versturen={(bestand, voortgang) =>
              stuurBestand<Levering>({ url: leveringsadres(window.location.origin, '/koersdoel-leveringen', { regio }), token: koers.token(), bestand, contentType: 'text/csv', voortgang }).then((r) => {
                setTeller((n) => n + 1);
                return r;
              })
            }
            uitslag={(r) => (
              <>
                <Heading level={2}>De koersdoelen zijn opgeslagen</Heading>
                <Aantallen aantallen={[['Regels ontvangen', r.ontvangen], ['Nieuw', r.nieuw], ['Gewijzigd', r.gewijzigd], ['Niet veranderd', r.ongewijzigd]]} />
              </>
            )}
          />
        </>
      ) : null}
    </>
  );
}

function Filter(props: {
  indicator: string;
  gemeente: string;
  indicatoren: Array<{ waarde: string; tekst: string }>;
  gemeenten: Array<{ waarde: string; tekst: string }>;
  kies(keuze: { indicator: string; gemeente: string }): void;
}) {
  const [indicator, setIndicator] = useState(props.indicator);
  const [gemeente, setGemeente] = useState(props.gemeente);
  return (
    <form
      className="koers-formulier koers-filters"
      role="search"
      aria-label="Koersdoelen zoeken"
      onSubmit={(event) => {
        event.preventDefault();
        props.kies({ indicator, gemeente });
      }}
    >
      <KeuzeVeld filter label="Cijfer" naam="indicator" waarde={indicator} wijzig={setIndicator} opties={[{ waarde: '', tekst: 'Alle cijfers' }, ...props.indicatoren]} />
      <KeuzeVeld filter label="Gemeente" naam="gemeente" waarde={gemeente} wijzig={setGemeente} opties={[{ waarde: '', tekst: 'Alle gemeenten en de regio' }, ...props.gemeenten]} />
      <Button type="submit" purpose="secondary">
        Tonen
      </Button>
    </form>
  );
}
