import { useState } from 'react';
import { Checkbox, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import type { SignalenSchemas } from '@koers/clients';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { heeftRol } from '../auth/gebruiker';
import { gemeenteNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { KeuzeVeld, TekstVeld } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { Paginering } from '../layout/paginering';
import { datum, STATUS_NAMEN, termijnTekst } from './teksten';

const PAGINA_GROOTTE = 20;
const BETROKKEN_ROLLEN = ['aanbieder', 'clientvertegenwoordiger'] as const;
type Status = SignalenSchemas['SignaalResponse']['status'];

export function Signalen() {
  const { clients, config, gebruiker, regio } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const status = (zoekParams.get('status') ?? '') as Status | '';
  const zoek = zoekParams.get('zoek') ?? '';
  const verlopen = zoekParams.get('verlopen') === 'true';
  // Providers and client representatives start with the signals they take part in; the URL keeps their choice.
  const standaardBetrokken = Boolean(gebruiker && heeftRol(gebruiker, BETROKKEN_ROLLEN));
  const betrokken = zoekParams.has('betrokken') ? zoekParams.get('betrokken') === 'true' : standaardBetrokken;
  const filters = status || zoek || verlopen || betrokken;
  const lijst = useLaden(
    () =>
      roep(
        'signalen',
        clients.signalen.GET('/signalen', {
          params: { query: { regio, pagina, paginaGrootte: PAGINA_GROOTTE, ...(status ? { status: [status] } : {}), ...(zoek ? { zoek } : {}), ...(verlopen ? { verlopen: true } : {}), ...(betrokken ? { betrokken: true } : {}) } },
        }),
      ),
    [pagina, clients, regio, status, zoek, verlopen, betrokken],
  );
  const naarPagina = (nieuw: number) => {
    const volgende = new URLSearchParams(zoekParams);
    volgende.set('pagina', String(nieuw));
    setZoekParams(volgende);
  };
  const magIndienen = gebruiker && heeftRol(gebruiker, ['gemeente', 'aanbieder', 'clientvertegenwoordiger']);
  return (
    <>
      <Heading level={1}>Signalen</Heading>
      <Paragraph>Een signaal is een zorg over de jeugdhulp. Het komt uit de cijfers of uit wat mensen zien. Hier ziet u de signalen van uw regio.</Paragraph>
      {magIndienen ? (
        <Paragraph>
          <AppLink naar="/signalen/nieuw">Signaal indienen</AppLink>
        </Paragraph>
      ) : null}
      <Filters
        status={status}
        zoek={zoek}
        verlopen={verlopen}
        betrokken={betrokken}
        zoeken={(nieuw) => {
          const volgende = new URLSearchParams();
          if (nieuw.status) volgende.set('status', nieuw.status);
          if (nieuw.zoek.trim()) volgende.set('zoek', nieuw.zoek.trim());
          if (nieuw.verlopen) volgende.set('verlopen', 'true');
          if (nieuw.betrokken !== standaardBetrokken) volgende.set('betrokken', String(nieuw.betrokken));
          setZoekParams(volgende);
        }}
      />
      {lijst.status === 'laden' ? <Laden wat="De signalen" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' ? (
        (() => {
          const items = lijst.data.items;
          if (!items.length) {
            if (betrokken && !(status || zoek || verlopen)) {
              return (
                <Paragraph>
                  U bent nog niet betrokken bij een signaal. Wilt u alle signalen van de regio zien? Haal dan het vinkje weg bij ‘Alleen signalen waar ik bij betrokken ben’. U
                  kunt ook zelf een signaal indienen.
                </Paragraph>
              );
            }
            return filters ? (
              <Paragraph>Er zijn geen signalen met deze keuzes. Kies minder filters. Of zoek op een ander woord.</Paragraph>
            ) : (
              <Paragraph>Er zijn nog geen signalen in uw regio. Gaat er iets niet goed in de jeugdhulp? Dien dan een signaal in.</Paragraph>
            );
          }
          return (
            <>
              <Paragraph>
                {lijst.data.totaal} {lijst.data.totaal === 1 ? 'signaal' : 'signalen'} gevonden.
              </Paragraph>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Signaal</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                    <TableHeaderCell scope="col">Gemeenten</TableHeaderCell>
                    <TableHeaderCell scope="col">Datum</TableHeaderCell>
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
                      <TableCell>
                        {signaal.termijnen.length
                          ? signaal.termijnen.map((t) => (
                              <div key={`${t.soort}-${t.consensusrondeId ?? ''}`} className={t.verstreken ? 'koers-te-laat' : undefined}>
                                {t.soort === 'opnemen' ? 'Oppakken' : 'Antwoorden'}: {termijnTekst(t.uiterlijk, t.verstreken)}
                              </div>
                            ))
                          : 'Geen'}
                      </TableCell>
                      <TableCell>{signaal.gemeenten.map((code) => gemeenteNaam(config, code)).join(', ')}</TableCell>
                      <TableCell>{datum(signaal.ingediendOp)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={naarPagina} />
            </>
          );
        })()
      ) : null}
    </>
  );
}

interface FilterKeuzes {
  status: Status | '';
  zoek: string;
  verlopen: boolean;
  betrokken: boolean;
}

function Filters(props: FilterKeuzes & { zoeken(filters: FilterKeuzes): void }) {
  const [status, setStatus] = useState(props.status);
  const [zoek, setZoek] = useState(props.zoek);
  const [verlopen, setVerlopen] = useState(props.verlopen);
  const [betrokken, setBetrokken] = useState(props.betrokken);
  return (
    <form
      className="koers-formulier koers-filters"
      role="search"
      aria-label="Signalen zoeken"
      onSubmit={(event) => {
        event.preventDefault();
        props.zoeken({ status, zoek, verlopen, betrokken });
      }}
    >
      <TekstVeld filter label="Zoek op een woord" naam="zoek" waarde={zoek} wijzig={setZoek} />
      <KeuzeVeld
        filter
        label="Status"
        naam="status"
        waarde={status}
        wijzig={(w) => setStatus(w as Status | '')}
        opties={[{ waarde: '', tekst: 'Alle statussen' }, ...Object.entries(STATUS_NAMEN).map(([waarde, tekst]) => ({ waarde, tekst }))]}
      />
      <div className="koers-keuze">
        <Checkbox id="filter-verlopen" checked={verlopen} onChange={(event) => setVerlopen(event.target.checked)} />
        <label htmlFor="filter-verlopen">Alleen signalen die te laat zijn</label>
      </div>
      <div className="koers-keuze">
        <Checkbox id="filter-betrokken" checked={betrokken} onChange={(event) => setBetrokken(event.target.checked)} />
        <label htmlFor="filter-betrokken">Alleen signalen waar ik bij betrokken ben</label>
      </div>
      <Button type="submit" purpose="secondary">
        Zoeken
      </Button>
    </form>
  );
}
