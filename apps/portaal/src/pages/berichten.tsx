import { Checkbox, Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useSearchParams } from 'react-router';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { KeuzeVeld } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { Paginering } from '../layout/paginering';
import { datumTijd } from './teksten';

const PAGINA_GROOTTE = 20;

/** The person's inbox, newest first, paged as notificaties pages it; `?groep=` shows one kind of message, `?ongelezen=true` only unread ones. */
export function Berichten() {
  const { clients } = useKoers();
  const [zoekParams, setZoekParams] = useSearchParams();
  const pagina = Math.max(1, Number(zoekParams.get('pagina') ?? 1) || 1);
  const groep = zoekParams.get('groep') ?? '';
  const ongelezen = zoekParams.get('ongelezen') === 'true';
  const inbox = useLaden(
    () =>
      roep(
        'notificaties',
        clients.notificaties.GET('/inbox', { params: { query: { pagina, paginaGrootte: PAGINA_GROOTTE, ...(groep ? { groep } : {}), ...(ongelezen ? { ongelezen: true } : {}) } } }),
      ),
    [clients, pagina, groep, ongelezen],
  );
  const groepen = useLaden(() => roep('notificaties', clients.notificaties.GET('/inbox/groepen')), [clients]);
  const ververs = () => {
    inbox.ververs();
    groepen.ververs();
  };
  const markeer = async (id: string, gelezen: boolean) => {
    await roep('notificaties', clients.notificaties.PATCH('/inbox/{id}', { params: { path: { id } }, body: { gelezen } }));
    ververs();
  };
  const allesGelezen = async () => {
    await roep('notificaties', clients.notificaties.POST('/inbox/alles-gelezen'));
    ververs();
  };
  const kies = (nieuw: { groep?: string; ongelezen?: boolean; pagina?: number }) => {
    const volgende = new URLSearchParams();
    if (nieuw.groep) volgende.set('groep', nieuw.groep);
    if (nieuw.ongelezen) volgende.set('ongelezen', 'true');
    if (nieuw.pagina && nieuw.pagina > 1) volgende.set('pagina', String(nieuw.pagina));
    setZoekParams(volgende);
  };
  return (
    <>
      <Heading level={1}>Berichten</Heading>
      {groepen.status === 'klaar' && groepen.data.groepen.length > 1 ? (
        <KeuzeVeld
          filter
          naam="groep"
          label="Soort bericht"
          waarde={groep}
          wijzig={(nieuw) => kies({ groep: nieuw, ongelezen })}
          opties={[{ waarde: '', tekst: 'Alle berichten' }, ...groepen.data.groepen.map((g) => ({ waarde: g.groep, tekst: `${g.naam} (${g.ongelezen} nieuw)` }))]}
        />
      ) : null}
      <div className="koers-keuze">
        <Checkbox id="filter-ongelezen" checked={ongelezen} onChange={(event) => kies({ groep, ongelezen: event.target.checked })} />
        <label htmlFor="filter-ongelezen">Alleen ongelezen berichten</label>
      </div>
      {inbox.status === 'laden' ? <Laden wat="Uw berichten" /> : null}
      {inbox.status === 'fout' ? <Foutmelding fout={inbox.fout} opnieuw={inbox.opnieuw} /> : null}
      {inbox.status === 'klaar' && !inbox.data.items.length ? (
        ongelezen ? (
          <Paragraph>
            U hebt alles gelezen{groep ? ' van deze soort' : ''}. Er zijn geen nieuwe berichten. Wilt u ook de oude zien? Zet dan het vinkje uit bij ‘Alleen ongelezen berichten’.
          </Paragraph>
        ) : groep ? (
          <Paragraph>
            Er zijn geen berichten van deze soort. <AppLink naar="/berichten">Laat alle berichten zien</AppLink>.
          </Paragraph>
        ) : (
          <Paragraph>U hebt nog geen berichten. Gebeurt er iets dat voor u belangrijk is? Dan ziet u dat hier.</Paragraph>
        )
      ) : null}
      {inbox.status === 'klaar' && inbox.data.items.length ? (
        <>
          <Paragraph>
            U hebt {inbox.data.ongelezen} ongelezen {inbox.data.ongelezen === 1 ? 'bericht' : 'berichten'}.{' '}
            {inbox.data.ongelezen && !groep ? (
              <Button purpose="secondary" onClick={() => void allesGelezen()}>
                Alles gelezen
              </Button>
            ) : null}
          </Paragraph>
          <ul className="koers-berichten">
            {inbox.data.items.map((bericht) => (
              <li key={bericht.id} className={bericht.gelezen ? 'koers-bericht' : 'koers-bericht koers-bericht--nieuw'}>
                <Heading level={2} appearance="level-4">
                  {bericht.gelezen ? '' : 'Nieuw: '}
                  <AppLink naar={bericht.link}>{bericht.titel}</AppLink>
                </Heading>
                <Paragraph>{bericht.tekst}</Paragraph>
                <Paragraph>
                  <small>{datumTijd(bericht.ontvangenOp)}</small>{' '}
                  <Button purpose="subtle" onClick={() => void markeer(bericht.id, !bericht.gelezen)}>
                    {bericht.gelezen ? 'Markeer als ongelezen' : 'Markeer als gelezen'}
                  </Button>
                </Paragraph>
              </li>
            ))}
          </ul>
          <Paginering pagina={pagina} totaal={inbox.data.totaal} grootte={PAGINA_GROOTTE} naar={(nieuw) => kies({ groep, ongelezen, pagina: nieuw })} />
        </>
      ) : null}
    </>
  );
}
