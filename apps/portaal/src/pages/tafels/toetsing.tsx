import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { gemeenteNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { datum } from '../teksten';
import { AfspraakGegevens } from './afspraak';
import { ToetsingFormulier } from './formulieren';

const PAGINA_GROOTTE = 10;
const FILTERS = [
  { waarde: 'open', tekst: 'Nog te bekijken' },
  { waarde: 'bezwaar', tekst: 'Met bezwaar' },
  { waarde: 'akkoord', tekst: 'Akkoord' },
] as const;
type Filter = (typeof FILTERS)[number]['waarde'];

/** The jurist's queue: proposed agreements of the region by the state of their check, oldest first, paged as tafels pages it. */
export function Toetsing() {
  const { clients, config } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const gekozen = zoekParams.get('toetsing');
  const toetsing: Filter = FILTERS.some((f) => f.waarde === gekozen) ? (gekozen as Filter) : 'open';
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const lijst = useLaden(() => roep('tafels', clients.tafels.GET('/afspraken', { params: { query: { toetsing, pagina, paginaGrootte: PAGINA_GROOTTE } } })), [toetsing, pagina, clients]);
  return (
    <>
      <Heading level={1}>Juridische toetsing</Heading>
      <Paragraph>Hier staan de voorstellen voor afspraken in uw regio. Kijk of ze kloppen met de wet en de regels. Voorstellen van uw eigen organisatie staan er niet bij.</Paragraph>
      <KeuzeVeld naam="toetsing" label="Laat zien" verplicht waarde={toetsing} wijzig={(nieuw) => setZoekParams({ toetsing: nieuw })} opties={[...FILTERS]} />
      {lijst.status === 'laden' ? <Laden wat="De voorstellen" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? (
        <Paragraph>
          {toetsing === 'open'
            ? 'Er zijn geen voorstellen die op u wachten. Als de gemeente een afspraak voorstelt, krijgt u een bericht en staat die hier.'
            : 'Er zijn geen voorstellen met dit oordeel. Kies hierboven Nog te bekijken.'}
        </Paragraph>
      ) : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          {lijst.data.items.map((afspraak) => (
            <article key={afspraak.id} className="koers-kaart" aria-labelledby={`afspraak-${afspraak.id}`}>
              <Heading level={2} id={`afspraak-${afspraak.id}`}>
                <AppLink naar={`/tafels/${afspraak.tafelId}/afspraken/${afspraak.id}`}>{afspraak.omschrijving}</AppLink>
              </Heading>
              <Paragraph>
                Van de koerstafel <AppLink naar={`/tafels/${afspraak.tafel.id}`}>{afspraak.tafel.titel}</AppLink>. Voorgesteld op {datum(afspraak.opgesteldOp)}.
              </Paragraph>
              <AfspraakGegevens afspraak={afspraak} gemeenten={afspraak.voorDeHeleRegio ? 'Alle gemeenten van de regio' : afspraak.gemeenten.map((g) => gemeenteNaam(config, g)).join(', ')} />
              {afspraak.status === 'concept' && afspraak.toetsing !== 'bezwaar' ? (
                <ToetsingFormulier
                  titel={`Uw oordeel over deze afspraak`}
                  verstuur={async (oordeel) => {
                    await roep('tafels', clients.tafels.POST('/tafels/{id}/afspraken/{afspraakId}/toetsingen', { params: { path: { id: afspraak.tafelId, afspraakId: afspraak.id } }, body: oordeel }));
                    lijst.ververs();
                  }}
                />
              ) : null}
            </article>
          ))}
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => setZoekParams({ toetsing, pagina: String(nieuw) })} />
        </>
      ) : null}
    </>
  );
}
