import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import type { NotificatiesSchemas } from '@koers/clients';
import { nieuweSleutel, useActie } from '../../api/actie';
import { roep } from '../../api/api';
import { useLaden } from '../../api/laden';
import { heeftRol } from '../../auth/gebruiker';
import { gemeenteNaam, organisatieNaam } from '../../config/config';
import { useKoers } from '../../koers';
import { AppLink } from '../../layout/app-link';
import { Formulierfout, KeuzeVeld } from '../../layout/formulier';
import { Foutmelding, Laden } from '../../layout/meldingen';
import { Paginering } from '../../layout/paginering';
import { datumTijd } from '../teksten';
import { AbonnementFormulier, Geheim, organisatieKeuzes } from './formulieren';

type Abonnement = NotificatiesSchemas['AbonnementResponse'];

const PAGINA_GROOTTE = 10;

/**
 * The webhook subscriptions of the person's organisation (a beheerder: of the region, with `?organisatie=`
 * to show one organisation's), paged as notificaties pages them.
 */
export function Abonnementen() {
  const { clients, config, gebruiker, regio } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const voorBeheerder = Boolean(gebruiker && heeftRol(gebruiker, ['beheerder']));
  const organisatie = voorBeheerder ? (zoekParams.get('organisatie') ?? '') : '';
  const [geheim, setGeheim] = useState<string | undefined>();
  const lijst = useLaden(
    () => roep('notificaties', clients.notificaties.GET('/abonnementen', { params: { query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(organisatie ? { organisatie } : {}) } } })),
    [pagina, organisatie, clients],
  );
  const kies = (nieuw: { organisatie: string; pagina?: number }) => {
    const volgende = new URLSearchParams();
    if (nieuw.organisatie) volgende.set('organisatie', nieuw.organisatie);
    if (nieuw.pagina && nieuw.pagina > 1) volgende.set('pagina', String(nieuw.pagina));
    setZoekParams(volgende);
  };
  // A beheerder picks whose system it is from both lists, or gets neither: a half list would hide organisations.
  const keuzes = useLaden(async () => {
    if (!voorBeheerder) return undefined;
    const [register, partijen] = await Promise.all([
      roep('monitoring', clients.monitoring.GET('/regios/{regio}', { params: { path: { regio: regio ?? '' } } })),
      roep('signalen', clients.signalen.GET('/organisaties', { params: { query: { regio } } })),
    ]);
    return organisatieKeuzes(config, register.gemeenten, partijen.items);
  }, [voorBeheerder, regio, clients, config]);
  const organisaties = lijst.status === 'klaar' ? lijst.data.organisaties : [];
  return (
    <>
      <Heading level={1}>Webhooks</Heading>
      <Paragraph>
        Met een webhook stuurt Koers berichten naar een systeem van uw organisatie. Bijvoorbeeld als er een nieuw signaal is. In de berichten staan geen namen of andere gegevens
        over mensen. Er staan alleen nummers in.
      </Paragraph>
      {voorBeheerder ? <Paragraph>U ziet de webhooks van alle organisaties in de regio. Bij elke webhook staat van wie hij is. U kunt hem pauzeren en weer aanzetten.</Paragraph> : null}
      {voorBeheerder && (organisatie || organisaties.length > 1) ? (
        <KeuzeVeld
          filter
          naam="organisatie"
          label="Organisatie"
          waarde={organisatie}
          wijzig={(nieuw) => kies({ organisatie: nieuw })}
          opties={[
            { waarde: '', tekst: 'Alle organisaties' },
            ...[...new Set([...organisaties, ...(organisatie ? [organisatie] : [])])].map((o) => ({ waarde: o, tekst: organisatieNaam(config, o) })),
          ]}
        />
      ) : null}
      {geheim ? <Geheim geheim={geheim} sluit={() => setGeheim(undefined)} /> : null}
      {lijst.status === 'laden' ? <Laden wat="Uw webhooks" /> : null}
      {lijst.status === 'fout' ? <Foutmelding fout={lijst.fout} opnieuw={lijst.opnieuw} /> : null}
      {lijst.status === 'klaar' && !lijst.data.items.length ? (
        organisatie ? (
          <Paragraph>
            {organisatieNaam(config, organisatie)} heeft geen webhooks. Kies een andere organisatie, of <AppLink naar="/webhooks/abonnementen">laat de webhooks van alle organisaties zien</AppLink>.
          </Paragraph>
        ) : (
          <Paragraph>Er zijn nog geen webhooks. Maak er hieronder een aan.</Paragraph>
        )
      ) : null}
      {lijst.status === 'klaar' && lijst.data.items.length ? (
        <>
          {lijst.data.items.map((abonnement) => (
            <AbonnementKaart key={abonnement.id} abonnement={abonnement} nieuwGeheim={setGeheim} ververs={lijst.ververs} />
          ))}
          <Paginering pagina={pagina} totaal={lijst.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ organisatie, pagina: nieuw })} />
        </>
      ) : null}
      {!voorBeheerder || keuzes.status === 'klaar' ? (
        <AbonnementFormulier
          organisaties={keuzes.status === 'klaar' ? keuzes.data : undefined}
          verstuur={async (velden) => {
            const nieuw = await roep(
              'notificaties',
              clients.notificaties.POST('/abonnementen', { params: { header: { 'Idempotency-Key': nieuweSleutel() } }, body: { ...velden, ...(regio && (gebruiker?.regios.length ?? 0) > 1 ? { regio } : {}) } }),
            );
            setGeheim(nieuw.geheim);
            lijst.ververs();
          }}
        />
      ) : (
        <>
          <Heading level={2}>Nieuwe webhook</Heading>
          {keuzes.status === 'laden' ? <Laden wat="De organisaties en gemeenten van de regio" /> : <Foutmelding fout={keuzes.fout} opnieuw={keuzes.opnieuw} />}
        </>
      )}
    </>
  );
}

function AbonnementKaart({ abonnement, nieuwGeheim, ververs }: { abonnement: Abonnement; nieuwGeheim: (geheim: string) => void; ververs: () => void }) {
  const { clients, config } = useKoers();
  const actie = useActie();
  const [verwijderen, setVerwijderen] = useState(false);
  const pad = { params: { path: { id: abonnement.id } } };
  const doe = async (wat: () => Promise<unknown>) => {
    if (actie.bezig) return;
    const gelukt = await actie.voer(async () => {
      await wat();
      return true;
    });
    if (gelukt) ververs();
  };
  const titelId = `abonnement-${abonnement.id}`;
  return (
    <article className="koers-kaart" aria-labelledby={titelId}>
      <Heading level={2} appearance="level-3" id={titelId}>
        {abonnement.callbackUrl}
      </Heading>
      <dl className="koers-gegevens">
        <dt>Status</dt>
        <dd>
          {abonnement.status === 'actief' ? 'Actief' : 'Gepauzeerd'}
          {abonnement.pauzeReden ? ` (${abonnement.pauzeReden})` : ''}
        </dd>
        <dt>Organisatie</dt>
        <dd>{organisatieNaam(config, abonnement.organisatie)}</dd>
        <dt>Berichten</dt>
        <dd>{abonnement.eventTypes.join(', ')}</dd>
        <dt>Gemeenten</dt>
        <dd>{abonnement.gemeenten.length ? abonnement.gemeenten.map((g) => gemeenteNaam(config, g)).join(', ') : 'Alle gemeenten van de regio'}</dd>
        <dt>Gemaakt op</dt>
        <dd>{datumTijd(abonnement.aangemaaktOp)}</dd>
        {abonnement.falendSinds ? (
          <>
            <dt>Mislukt sinds</dt>
            <dd className="koers-fouttekst">{datumTijd(abonnement.falendSinds)}</dd>
          </>
        ) : null}
        {abonnement.vorigGeheimGeldigTot ? (
          <>
            <dt>Het vorige geheim werkt nog tot</dt>
            <dd>{datumTijd(abonnement.vorigGeheimGeldigTot)}</dd>
          </>
        ) : null}
      </dl>
      <Paragraph>
        <AppLink naar={`/webhooks/abonnementen/${abonnement.id}/afleveringen`}>Bekijk wat er is verstuurd</AppLink>
      </Paragraph>
      <div className="koers-knoppen">
        {abonnement.status === 'actief' ? (
          <Button purpose="secondary" busy={actie.bezig} onClick={() => void doe(() => roep('notificaties', clients.notificaties.POST('/abonnementen/{id}/pauzeren', pad)))}>
            Pauzeren
          </Button>
        ) : (
          <Button purpose="secondary" busy={actie.bezig} onClick={() => void doe(() => roep('notificaties', clients.notificaties.POST('/abonnementen/{id}/hervatten', pad)))}>
            Hervatten
          </Button>
        )}{' '}
        <Button
          purpose="secondary"
          busy={actie.bezig}
          onClick={() =>
            void doe(async () => {
              const nieuw = await roep('notificaties', clients.notificaties.POST('/abonnementen/{id}/geheim-roteren', pad));
              nieuwGeheim(nieuw.geheim);
            })
          }
        >
          Nieuw geheim maken
        </Button>{' '}
        {verwijderen ? (
          <>
            <Button purpose="primary" busy={actie.bezig} onClick={() => void doe(() => roep('notificaties', clients.notificaties.DELETE('/abonnementen/{id}', pad)))}>
              Ja, verwijder deze webhook
            </Button>{' '}
            <Button purpose="subtle" onClick={() => setVerwijderen(false)}>
              Niet verwijderen
            </Button>
          </>
        ) : (
          <Button purpose="subtle" onClick={() => setVerwijderen(true)}>
            Verwijderen
          </Button>
        )}
      </div>
      {verwijderen ? <Paragraph>Weet u het zeker? Koers stuurt dan niets meer naar dit adres. Dit kunt u niet ongedaan maken.</Paragraph> : null}
      <Formulierfout fout={actie.fout} velden={[]} />
    </article>
  );
}
