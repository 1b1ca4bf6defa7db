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
import { Formulierfout } from '../../layout/formulier';
import { Foutmelding, Laden } from '../../layout/meldingen';
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

/**
 * The messages each service could not handle, of the beheerder's regions, with why; once the cause
 * is fixed they are offered again. `?dienst=` (the link in the beheerder's message) shows one service.
 */
export function OnbestelbareBerichten() {
  const [zoekParams] = useSearchParams();
  const gekozen = zoekParams.get('dienst');
  const diensten = (Object.keys(DIENSTEN) as Dienst[]).filter((dienst) => !gekozen || !(gekozen in DIENSTEN) || dienst === gekozen);
  return (
    <>
      <Heading level={1}>Onbestelbare berichten</Heading>
      <Paragraph>
        Soms kan een onderdeel van Koers een bericht niet verwerken, ook niet na een paar pogingen. Dat bericht gaat niet verloren: het staat hier, met de reden. Los eerst de oorzaak op en
        bied het bericht dan opnieuw aan.
      </Paragraph>
      {diensten.length === 1 ? (
        <Paragraph>
          <AppLink naar="/beheer/onbestelbare-berichten">Bekijk de berichten van alle onderdelen</AppLink>
        </Paragraph>
      ) : null}
      {diensten.map((dienst) => (
        <DienstBerichten key={dienst} dienst={dienst} />
      ))}
    </>
  );
}

function DienstBerichten({ dienst }: { dienst: Dienst }) {
  const { clients } = useKoers();
  const client = clients[dienst] as unknown as (typeof clients)['signalen'];
  const lijst = useLaden(() => roep(dienst, client.GET('/onbestelbare-berichten')), [dienst, clients]);
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
      {lijst.status === 'klaar' && !lijst.data.items.length ? <Paragraph>Geen onbestelbare berichten.</Paragraph> : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          <Paragraph>
            {lijst.data.totaal === 1 ? 'Eén bericht' : `${lijst.data.totaal} berichten`} kon niet worden verwerkt.{' '}
            {lijst.data.items.length > 1 ? (
              <Button purpose="secondary" busy={actie.bezig} onClick={() => bied(lijst.data.items.map((bericht) => bericht.eventId))}>
                Alle {lijst.data.items.length} opnieuw aanbieden
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
        </>
      ) : null}
    </section>
  );
}
