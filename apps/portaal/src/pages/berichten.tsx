import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';
import { Foutmelding, Laden } from '../layout/meldingen';
import { datumTijd } from './teksten';

export function Berichten() {
  const { clients } = useKoers();
  const inbox = useLaden(() => roep('notificaties', clients.notificaties.GET('/inbox', { params: { query: { paginaGrootte: 50 } } })), [clients]);
  const markeer = async (id: string, gelezen: boolean) => {
    await roep('notificaties', clients.notificaties.PATCH('/inbox/{id}', { params: { path: { id } }, body: { gelezen } }));
    inbox.opnieuw();
  };
  return (
    <>
      <Heading level={1}>Berichten</Heading>
      {inbox.status === 'laden' ? <Laden wat="Uw berichten" /> : null}
      {inbox.status === 'fout' ? <Foutmelding fout={inbox.fout} opnieuw={inbox.opnieuw} /> : null}
      {inbox.status === 'klaar' && !inbox.data.items.length ? (
        <Paragraph>U hebt nog geen berichten. Als er iets gebeurt dat voor u belangrijk is, ziet u dat hier.</Paragraph>
      ) : null}
      {inbox.status === 'klaar' && inbox.data.items.length ? (
        <>
          <Paragraph>
            U hebt {inbox.data.ongelezen} ongelezen {inbox.data.ongelezen === 1 ? 'bericht' : 'berichten'}.
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
        </>
      ) : null}
    </>
  );
}
