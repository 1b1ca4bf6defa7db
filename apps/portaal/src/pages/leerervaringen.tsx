import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { gemeenteNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { TekstVeld } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { Paginering } from '../layout/paginering';
import { LeerervaringGegevens } from './tafels/afronding';

const PAGINA_GROOTTE = 10;

/** The lessons of the region's closed tables: Dutch full-text search by tafels, paged as tafels pages it; every role. */
export function Leerervaringen() {
  const { clients, config } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const zoek = zoekParams.get('zoek') ?? '';
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const [invoer, setInvoer] = useState(zoek);
  const lijst = useLaden(
    () => roep('tafels', clients.tafels.GET('/leerervaringen', { params: { query: { ...(zoek ? { zoek } : {}), pagina, paginaGrootte: PAGINA_GROOTTE } } })),
    [zoek, pagina, clients],
  );
  return (
    <>
      <Heading level={1}>Leerervaringen</Heading>
      <Paragraph>Wat leerden afgeronde koerstafels in uw regio? Zoek op een woord, bijvoorbeeld wachtlijst of crisisopvang.</Paragraph>
      <form
        role="search"
        aria-label="Leerervaringen zoeken"
        className="koers-formulier"
        onSubmit={(event) => {
          event.preventDefault();
          setZoekParams(invoer.trim() ? { zoek: invoer.trim() } : {});
        }}
      >
        <TekstVeld naam="zoek" label="Zoek in de leerervaringen" waarde={invoer} wijzig={setInvoer} />
        <Button type="submit" purpose="primary">
          Zoeken
        </Button>
      </form>
      {lijst.status === 'laden' ? <Laden wat="De leerervaringen" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? (
        <Paragraph role="status">
          {zoek
            ? `Er zijn geen leerervaringen met "${zoek}". Probeer een ander woord, of maak het zoekveld leeg om alles te zien.`
            : 'Er zijn nog geen leerervaringen. Als een koerstafel wordt afgerond, schrijft de gemeente op wat werkte. Dat ziet u dan hier.'}
        </Paragraph>
      ) : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          <Paragraph role="status">{lijst.data.totaal === 1 ? 'Eén leerervaring gevonden.' : `${lijst.data.totaal} leerervaringen gevonden.`}</Paragraph>
          {lijst.data.items.map((l) => (
            <article key={l.tafelId} className="koers-kaart" aria-labelledby={`leer-${l.tafelId}`}>
              <Heading level={2} id={`leer-${l.tafelId}`}>
                <AppLink naar={`/tafels/${l.tafelId}`}>{l.titel}</AppLink>
              </Heading>
              <Paragraph>{l.gemeenten.map((g) => gemeenteNaam(config, g)).join(', ')}</Paragraph>
              <LeerervaringGegevens leerervaring={l} />
            </article>
          ))}
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => setZoekParams({ ...(zoek ? { zoek } : {}), pagina: String(nieuw) })} />
        </>
      ) : null}
    </>
  );
}
