import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { NotificatiesSchemas } from '@koers/clients';
import { fouten, Formulier, TekstvakVeld, TekstVeld, verplicht } from '../../layout/formulier';

export type AbonnementVelden = NotificatiesSchemas['AbonnementAanmakenDto'];

const EVENT_TYPE = /^[a-z0-9-]+(\.[a-z0-9_-]+)+(\.\*)?$/;
const GEMEENTE = /^GM\d{4}$/;

/** One item a line (or split by commas), without empty ones. */
export const regels = (tekst: string): string[] =>
  tekst
    .split(/[\n,]/)
    .map((regel) => regel.trim())
    .filter(Boolean);

/**
 * A new subscription: where Koers posts (notificaties checks https and the address again), which
 * events, and optionally which gemeenten. A beheerder names the organisation the system is of.
 */
export function AbonnementFormulier({ voorBeheerder, verstuur }: { voorBeheerder: boolean; verstuur: (velden: AbonnementVelden) => Promise<unknown> }) {
  const [callbackUrl, setCallbackUrl] = useState('');
  const [eventTypes, setEventTypes] = useState('');
  const [gemeenten, setGemeenten] = useState('');
  const [organisatie, setOrganisatie] = useState('');
  const controleer = () =>
    fouten({
      callbackUrl: verplicht(callbackUrl, 'het adres van uw systeem') ?? (/^https?:\/\/\S+$/.test(callbackUrl.trim()) ? undefined : 'Een adres begint met https://.'),
      eventTypes: regels(eventTypes).length
        ? regels(eventTypes)
            .filter((type) => !EVENT_TYPE.test(type))
            .map((type) => `${type} is geen soort bericht. Bijvoorbeeld: nl.koers.signalen.*`)[0]
        : 'Vul minstens één soort bericht in.',
      gemeenten: regels(gemeenten)
        .filter((code) => !GEMEENTE.test(code))
        .map((code) => `${code} is geen gemeentecode. Een code ziet eruit als GM0988.`)[0],
      organisatie: voorBeheerder ? verplicht(organisatie, 'de organisatie of gemeente') : undefined,
    });
  return (
    <Formulier
      titel="Nieuwe webhook"
      knop="Webhook aanmaken"
      gelukt="De webhook is aangemaakt."
      kopNiveau={2}
      controleer={controleer}
      verstuur={async () => {
        await verstuur({
          callbackUrl: callbackUrl.trim(),
          eventTypes: regels(eventTypes),
          ...(regels(gemeenten).length ? { gemeenten: regels(gemeenten) } : {}),
          ...(voorBeheerder ? { organisatie: organisatie.trim() } : {}),
        });
        setCallbackUrl('');
        setEventTypes('');
        setGemeenten('');
        setOrganisatie('');
      }}
    >
      {(f) => (
        <>
          <TekstVeld naam="callbackUrl" type="url" label="Adres van uw systeem" uitleg="Koers stuurt de berichten hierheen. Het adres begint met https://." waarde={callbackUrl} wijzig={setCallbackUrl} fout={f.callbackUrl} verplicht />
          <TekstvakVeld
            naam="eventTypes"
            label="Welke berichten?"
            uitleg="Eén soort per regel. Met .* aan het eind krijgt u alle berichten die zo beginnen, zoals nl.koers.signalen.*"
            waarde={eventTypes}
            wijzig={setEventTypes}
            fout={f.eventTypes}
            verplicht
          />
          <TekstvakVeld
            naam="gemeenten"
            label="Alleen over deze gemeenten"
            uitleg="Eén gemeentecode per regel, zoals GM0988. Leeg: alle gemeenten van de regio. Berichten over de hele regio krijgt u altijd."
            waarde={gemeenten}
            wijzig={setGemeenten}
            fout={f.gemeenten}
          />
          {voorBeheerder ? (
            <TekstVeld naam="organisatie" label="Van welke organisatie of gemeente is het systeem?" uitleg="De code van de organisatie in Koers, zoals zorggroep-horizon. Of de code van de gemeente, zoals GM0988." waarde={organisatie} wijzig={setOrganisatie} fout={f.organisatie} verplicht />
          ) : null}
        </>
      )}
    </Formulier>
  );
}

/** The signing secret, shown once: the person copies it now, Koers never shows it again. */
export function Geheim({ geheim, sluit }: { geheim: string; sluit: () => void }) {
  const [gekopieerd, setGekopieerd] = useState<'ja' | 'nee' | undefined>();
  return (
    <section className="koers-kaart koers-geheim" aria-labelledby="geheim-titel">
      <Heading level={2} id="geheim-titel">
        Bewaar dit geheim nu
      </Heading>
      <Paragraph>Uw systeem controleert er elk bericht van Koers mee. U ziet het maar één keer. Zet het in de instellingen van uw systeem of in een kluis voor wachtwoorden.</Paragraph>
      <Paragraph>
        <code className="koers-geheim__waarde">{geheim}</code>
      </Paragraph>
      <Paragraph>
        <Button
          purpose="secondary"
          onClick={() =>
            void navigator.clipboard.writeText(geheim).then(
              () => setGekopieerd('ja'),
              () => setGekopieerd('nee'),
            )
          }
        >
          Kopieer het geheim
        </Button>{' '}
        <Button purpose="subtle" onClick={sluit}>
          Ik heb het bewaard
        </Button>
      </Paragraph>
      <Paragraph role="status">{gekopieerd === 'ja' ? 'Het geheim is gekopieerd.' : gekopieerd === 'nee' ? 'Kopiëren lukte niet. Selecteer het geheim en kopieer het zelf.' : ''}</Paragraph>
    </section>
  );
}
