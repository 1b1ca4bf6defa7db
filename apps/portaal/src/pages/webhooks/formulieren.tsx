import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { NotificatiesSchemas, SignalenSchemas } from '@koers/clients';
import { organisatieNaam, PortaalConfig } from '../../config/config';
import { fouten, Formulier, KeuzeVeld, TekstvakVeld, TekstVeld, verplicht } from '../../layout/formulier';
import { PARTIJ_SOORTEN } from '../teksten';

export type AbonnementVelden = NotificatiesSchemas['AbonnementAanmakenDto'];
type Keuze = { waarde: string; tekst: string };

const EVENT_TYPE = /^[a-z0-9-]+(\.[a-z0-9_-]+)+(\.\*)?$/;
const GEMEENTE = /^GM\d{4}$/;

/** One item a line (or split by commas), without empty ones. */
export const regels = (tekst: string): string[] =>
  tekst
    .split(/[\n,]/)
    .map((regel) => regel.trim())
    .filter(Boolean);

/**
 * Whose system a beheerder's subscription is: a gemeente of the region (its organisation code is its
 * CBS code) or a provider or client council signalen knows there, by name with its kind, sorted by name.
 * A gemeente config.json does not name (monitoring's register can hold more) keeps the register's name.
 */
export function organisatieKeuzes(
  config: PortaalConfig,
  gemeenten: ReadonlyArray<{ code: string; naam: string }>,
  partijen: ReadonlyArray<SignalenSchemas['ConsensuspartijResponse']>,
): Keuze[] {
  return [
    ...gemeenten.map((g) => ({ waarde: g.code, tekst: `${config.gemeenten[g.code] ?? g.naam} (gemeente)` })),
    ...partijen.map((p) => ({ waarde: p.organisatie, tekst: `${organisatieNaam(config, p.organisatie)} (${PARTIJ_SOORTEN[p.rol] ?? p.rol})` })),
  ].sort((a, b) => a.tekst.localeCompare(b.tekst, 'nl'));
}

/**
 * A new subscription: where Koers posts (notificaties checks https and the address again), which
 * events, and optionally which gemeenten. A beheerder gets `organisaties` and picks whose system it is;
 * anyone else's subscription is for their own organisation.
 */
export function AbonnementFormulier({ organisaties, verstuur }: { organisaties?: readonly Keuze[]; verstuur: (velden: AbonnementVelden) => Promise<unknown> }) {
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
      organisatie: organisaties && !organisatie ? 'Kies de organisatie of gemeente.' : undefined,
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
          ...(organisaties ? { organisatie } : {}),
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
          {organisaties ? (
            <KeuzeVeld naam="organisatie" label="Van welke organisatie of gemeente is het systeem?" uitleg="Staat de organisatie er niet bij? Dan heeft nog niemand van die organisatie een account in Koers." waarde={organisatie} wijzig={setOrganisatie} fout={f.organisatie} verplicht opties={[{ waarde: '', tekst: 'Kies…' }, ...organisaties]} />
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
