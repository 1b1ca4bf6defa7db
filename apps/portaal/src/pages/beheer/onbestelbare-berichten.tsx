import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useActie } from '../../api/actie';
import { Dienst, roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Formulierfout, KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { datumTijd } from '../teksten';

/** Every service keeps its own dead letters (libs/bootstrap, `GET /v1/onbestelbare-berichten`). */
export const DIENSTEN: Record<Dienst, string> = {
  signalen: 'Signalen',
  tafels: 'Koerstafels',
  pilots: 'Pilots',
  consent: 'Toestemming',
  monitoring: 'Monitoring',
  notificaties: 'Berichten en webhooks',
};

const PAGINA_GROOTTE = 10;

/**
 * The messages each service could not handle, of the beheerder's regions, with why; once the cause
 * is fixed they are offered again. `?dienst=` (the link in the beheerder's message) shows one service,
 * paged (`?pagina=`) and filtered by kind of message (`?type=`); all services show their first page.
 */
export function OnbestelbareBerichten() {
  const [zoekParams, setZoekParams] = useSearchParams();
  const gekozen = zoekParams.get('dienst');
  const diensten = (Object.keys(DIENSTEN) as Dienst[]).filter((dienst) => !gekozen || !(gekozen in DIENSTEN) || dienst === gekozen);
  const kies = (nieuw: { dienst: string; type?: string; pagina?: number }) => {
    const volgende = new URLSearchParams();
    if (nieuw.dienst) volgende.set('dienst', nieuw.dienst);
    if (nieuw.type) volgende.set('type', nieuw.type);
    if (nieuw.pagina && nieuw.pagina > 1) volgende.set('pagina', String(nieuw.pagina));
    setZoekParams(volgende);
  };
  const een = diensten.length === 1 ? diensten[0] : undefined;
  return (
    <>
      <Heading level={1}>Onbestelbare berichten</Heading>
      <Paragraph>
        Soms kan een onderdeel van Koers een bericht niet verwerken, ook niet na een paar pogingen. Dat bericht gaat niet verloren: het staat hier, met de reden. Los eerst de oorzaak op en
        bied het bericht dan opnieuw aan.
      </Paragraph>
      <KeuzeVeld
        filter
        naam="dienst"
        label="Onderdeel"
        waarde={een ?? ''}
        wijzig={(nieuw) => kies({ dienst: nieuw })}
        opties={[{ waarde: '', tekst: 'Alle onderdelen' }, ...(Object.entries(DIENSTEN) as Array<[Dienst, string]>).map(([waarde, tekst]) => ({ waarde, tekst }))]}
      />
      {een ? (
        <>
          <Paragraph>
            <AppLink naar="/beheer/onbestelbare-berichten">Bekijk de berichten van alle onderdelen</AppLink>
          </Paragraph>
          <DienstBerichten
            key={een}
            dienst={een}
            type={zoekParams.get('type') ?? ''}
            pagina={Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1)}
            kies={(nieuw) => kies({ dienst: een, ...nieuw })}
          />
        </>
      ) : (
        diensten.map((dienst) => <DienstBerichten key={dienst} dienst={dienst} type="" pagina={1} />)
      )}
    </>
  );
}

/** One service's dead letters; with `kies` (one service chosen) paged and filtered by type, else its first page with a link to the rest. */
function DienstBerichten({ dienst, type, pagina, kies }: { dienst: Dienst; type: string; pagina: number; kies?: (nieuw: { type?: string; pagina?: number }) => void }) {
  const { clients } = useKoers();
  const client = clients[dienst] as unknown as (typeof clients)['signalen'];
  const lijst = useLaden(
    () => roep(dienst, client.GET('/onbestelbare-berichten', { params: { query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(type ? { type } : {}) } } })),
    [dienst, clients, pagina, type],
  );
  const actie = useActie();
  const [aangeboden, setAangeboden] = useState<number | undefined>();
  const bied = (eventIds: string[]) =>
    void actie.voer(() => roep(dienst, client.POST('/onbestelbare-berichten/opnieuw-aanbieden', { body: { eventIds } }))).then((antwoord) => {
      if (!antwoord) return;
      setAangeboden(antwoord.opnieuwAangeboden);
      lijst.ververs();
    });
  const titelId = `dienst-${dienst}`;
  return (
    <section aria-labelledby={titelId} className="koers-kaart">
      <Heading level={2} id={titelId}>
        {DIENSTEN[dienst]}
      </Heading>
      {lijst.status === 'laden' ? <Laden wat={`De berichten van ${DIENSTEN[dienst]}`} /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} titel={`De berichten van ${DIENSTEN[dienst]} zijn niet te zien`} /> : null}
      {aangeboden !== undefined ? (
        <Paragraph role="status" className="koers-gelukt">
          {aangeboden === 1 ? 'Eén bericht is opnieuw aangeboden.' : `${aangeboden} berichten zijn opnieuw aangeboden.`}
        </Paragraph>
      ) : null}
      <Formulierfout fout={actie.fout} velden={['eventIds']} />
      {kies && lijst.status === 'klaar' && (type || lijst.data.typen.length > 1) ? (
        <KeuzeVeld
          filter
          naam="type"
          label="Soort bericht"
          waarde={type}
          wijzig={(nieuw) => kies({ type: nieuw })}
          opties={[{ waarde: '', tekst: 'Alle soorten' }, ...[...new Set([...lijst.data.typen, ...(type ? [type] : [])])].map((t) => ({ waarde: t, tekst: t }))]}
        />
      ) : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? (
        type ? (
          <Paragraph>Er zijn geen onbestelbare berichten van dit soort. Kies bij ‘Soort bericht’ een ander soort, of ‘Alle soorten’.</Paragraph>
        ) : (
          <Paragraph>Geen onbestelbare berichten. Alles is verwerkt, u hoeft hier niets te doen.</Paragraph>
        )
      ) : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          <Paragraph>
            {lijst.data.totaal === 1 ? 'Eén bericht kon' : `${lijst.data.totaal} berichten konden`} niet worden verwerkt.{' '}
            {lijst.data.items.length > 1 ? (
              <Button purpose="secondary" busy={actie.bezig} onClick={() => bied(lijst.data.items.map((bericht) => bericht.eventId))}>
                {lijst.data.totaal > lijst.data.items.length ? `Deze ${lijst.data.items.length} opnieuw aanbieden` : `Alle ${lijst.data.items.length} opnieuw aanbieden`}
              </Button>
            ) : null}
          </Paragraph>
          <ul className="koers-lijst">
            {lijst.data.items.map((bericht) => (
              <li key={bericht.eventId}>
                <Heading level={3} appearance="level-5">
                  {bericht.type}
                </Heading>
                <dl className="koers-gegevens">
                  <dt>Reden</dt>
                  <dd>{bericht.fout}</dd>
                  <dt>Pogingen</dt>
                  <dd>{bericht.pogingen === 0 ? 'Geen: het bericht klopt niet met de afspraken over berichten' : bericht.pogingen}</dd>
                  {bericht.onbestelbaarSinds ? (
                    <>
                      <dt>Sinds</dt>
                      <dd>{datumTijd(bericht.onbestelbaarSinds)}</dd>
                    </>
                  ) : null}
                  <dt>Bericht-id</dt>
                  <dd>
                    <code>{bericht.eventId}</code>
                  </dd>
                </dl>
                <Button purpose="secondary" busy={actie.bezig} onClick={() => bied([bericht.eventId])}>
                  Opnieuw aanbieden
                </Button>
              </li>
            ))}
          </ul>
          {kies ? (
            <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ type, pagina: nieuw })} />
          ) : lijst.data.totaal > lijst.data.items.length ? (
            <Paragraph>
              <AppLink naar={`/beheer/onbestelbare-berichten?dienst=${dienst}`}>Bekijk alle {lijst.data.totaal} berichten van {DIENSTEN[dienst]}</AppLink>
            </Paragraph>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
