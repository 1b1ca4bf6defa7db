import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { NotificatiesSchemas } from '@koers/clients';
import { useActie } from '../../api/actie';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Formulierfout, KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, Laden, NietGevonden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { datumTijd } from '../teksten';

type Aflevering = NotificatiesSchemas['AfleveringResponse'];
type Status = Aflevering['status'];

const PAGINA_GROOTTE = 20;
export const AFLEVERING_STATUS: Record<Status, string> = { wachtend: 'Wacht nog', bezorgd: 'Afgeleverd', mislukt: 'Mislukt' };

/** The delivery log of one subscription (every attempt), filtered on status, with re-delivery. */
export function Afleveringen() {
  const { id = '' } = useParams();
  const { clients } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const gekozen = zoekParams.get('status');
  const status = gekozen && gekozen in AFLEVERING_STATUS ? (gekozen as Status) : undefined;
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const abonnement = useLaden(() => roep('notificaties', clients.notificaties.GET('/abonnementen/{id}', { params: { path: { id } } })), [id, clients]);
  const lijst = useLaden(
    () => roep('notificaties', clients.notificaties.GET('/abonnementen/{abonnementId}/afleveringen', { params: { path: { abonnementId: id }, query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(status ? { status } : {}) } } })),
    [id, status, pagina, clients],
  );
  const alles = useActie();
  const [opnieuw, setOpnieuw] = useState<number | undefined>();
  if (abonnement.status === 'fout' && abonnement.fout.soort === 'niet-gevonden') return <NietGevonden />;
  return (
    <>
      <Heading level={1}>Afleveringen van een webhook</Heading>
      <Paragraph>
        <AppLink naar="/webhooks/abonnementen">Terug naar de webhooks</AppLink>
      </Paragraph>
      {abonnement.status === 'klaar' ? (
        <Paragraph>
          Naar {abonnement.data.callbackUrl}. {abonnement.data.status === 'gepauzeerd' ? 'Deze webhook is gepauzeerd: nieuwe berichten wachten tot u hem hervat.' : ''}
        </Paragraph>
      ) : null}
      {abonnement.status === 'fout' ? <Foutmelding fout={abonnement.fout} opnieuw={abonnement.opnieuw} /> : null}
      <KeuzeVeld
        naam="status"
        label="Laat zien"
        filter
        waarde={status ?? ''}
        wijzig={(nieuw) => setZoekParams(nieuw ? { status: nieuw } : {})}
        opties={[{ waarde: '', tekst: 'Alle afleveringen' }, ...Object.entries(AFLEVERING_STATUS).map(([waarde, tekst]) => ({ waarde, tekst }))]}
      />
      {lijst.status === 'laden' ? <Laden wat="De afleveringen" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? <Paragraph>{status ? 'Er zijn geen afleveringen met deze status.' : 'Koers heeft nog niets naar deze webhook gestuurd.'}</Paragraph> : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          {status === 'mislukt' ? (
            <div className="koers-formulier">
              <Button
                purpose="primary"
                busy={alles.bezig}
                onClick={() =>
                  void alles
                    .voer(() => roep('notificaties', clients.notificaties.POST('/abonnementen/{abonnementId}/afleveringen/opnieuw', { params: { path: { abonnementId: id } }, body: { sinds: new Date(0).toISOString() } })))
                    .then((antwoord) => {
                      if (!antwoord) return;
                      setOpnieuw(antwoord.opnieuw);
                      lijst.ververs();
                    })
                }
              >
                {alles.bezig ? 'Bezig…' : 'Alle mislukte opnieuw afleveren'}
              </Button>
              {opnieuw !== undefined ? (
                <Paragraph role="status" className="koers-gelukt">
                  {opnieuw === 1 ? 'Eén aflevering is opnieuw op weg.' : `${opnieuw} afleveringen zijn opnieuw op weg.`}
                </Paragraph>
              ) : null}
              <Formulierfout fout={alles.fout} velden={[]} />
            </div>
          ) : null}
          {lijst.data.items.map((aflevering) => (
            <AfleveringKaart key={aflevering.id} abonnementId={id} aflevering={aflevering} ververs={lijst.ververs} />
          ))}
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => setZoekParams({ ...(status ? { status } : {}), pagina: String(nieuw) })} />
        </>
      ) : null}
    </>
  );
}

function AfleveringKaart({ abonnementId, aflevering, ververs }: { abonnementId: string; aflevering: Aflevering; ververs: () => void }) {
  const { clients } = useKoers();
  const actie = useActie();
  const titelId = `aflevering-${aflevering.id}`;
  return (
    <article className="koers-kaart" aria-labelledby={titelId}>
      <Heading level={2} appearance="level-4" id={titelId}>
        {aflevering.eventType}: {AFLEVERING_STATUS[aflevering.status].toLowerCase()}
      </Heading>
      <dl className="koers-gegevens">
        <dt>Gemaakt</dt>
        <dd>{datumTijd(aflevering.aangemaaktOp)}</dd>
        <dt>Pogingen</dt>
        <dd>{aflevering.pogingen}</dd>
        {aflevering.volgendePoging ? (
          <>
            <dt>Volgende poging</dt>
            <dd>{datumTijd(aflevering.volgendePoging)}</dd>
          </>
        ) : null}
        {aflevering.afgerondOp ? (
          <>
            <dt>Klaar</dt>
            <dd>{datumTijd(aflevering.afgerondOp)}</dd>
          </>
        ) : null}
        <dt>Webhook-id</dt>
        <dd>
          <code>{aflevering.id}</code>
        </dd>
      </dl>
      {aflevering.pogingenLog.length ? (
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">Elke poging</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Nummer</th>
              <th className="utrecht-table__header-cell" scope="col">Tijd</th>
              <th className="utrecht-table__header-cell" scope="col">Antwoord</th>
              <th className="utrecht-table__header-cell" scope="col">Duur</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {aflevering.pogingenLog.map((poging) => (
              <tr key={poging.nummer} className="utrecht-table__row">
                <td className="utrecht-table__cell">{poging.nummer}</td>
                <td className="utrecht-table__cell">{datumTijd(poging.tijdstip)}</td>
                <td className="utrecht-table__cell">{poging.statuscode ? `HTTP ${poging.statuscode}` : ''}{poging.fout ? ` ${poging.fout}` : ''}</td>
                <td className="utrecht-table__cell">{poging.duurMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {aflevering.status === 'mislukt' ? (
        <Button
          purpose="secondary"
          busy={actie.bezig}
          onClick={() =>
            void actie
              .voer(async () => {
                await roep('notificaties', clients.notificaties.POST('/abonnementen/{abonnementId}/afleveringen/{afleveringId}/opnieuw', { params: { path: { abonnementId, afleveringId: aflevering.id } } }));
                return true;
              })
              .then((gelukt) => gelukt && ververs())
          }
        >
          {actie.bezig ? 'Bezig…' : 'Opnieuw afleveren'}
        </Button>
      ) : null}
      <Formulierfout fout={actie.fout} velden={[]} />
    </article>
  );
}
