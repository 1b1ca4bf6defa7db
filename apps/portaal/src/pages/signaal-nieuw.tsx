import { useState } from 'react';
import { Checkbox, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useNavigate } from 'react-router';
import type { SignalenSchemas } from '@koers/clients';
import { nieuweSleutel, useActie } from '../api/actie';
import { roep } from '../api/api';
import { KoersFout } from '../api/fout';
import { useLaden } from '../api/laden';
import { heeftRol } from '../auth/gebruiker';
import { useKoers } from '../koers';
import { Formulierfout, KeuzeVeld, TekstvakVeld, TekstVeld, veldfout } from '../layout/formulier';
import { Foutmelding, Laden } from '../layout/meldingen';
import { BRON_NAMEN } from './teksten';

type Indienen = SignalenSchemas['SignaalIndienenDto'];
type Bron = Indienen['bron'];

export function SignaalNieuw() {
  const { clients, gebruiker, regio } = useKoers();
  const navigeer = useNavigate();
  const actie = useActie();
  const gegevens = useLaden(async () => {
    const [gebied, indicatoren] = await Promise.all([
      roep('monitoring', clients.monitoring.GET('/regios/{regio}', { params: { path: { regio: regio ?? '' } } })),
      roep('monitoring', clients.monitoring.GET('/indicatoren')),
    ]);
    return { gemeenten: gebied.gemeenten, indicatoren };
  }, [clients, regio]);
  // A gemeente reports from its figures or contracts; providers and client representatives ask as partners.
  const bronnen: Bron[] = gebruiker && heeftRol(gebruiker, ['gemeente']) ? ['contractdoel', 'beleidsinformatie'] : ['partnerverzoek'];
  return (
    <>
      <Heading level={1}>Signaal indienen</Heading>
      <Paragraph>Ziet u dat iets in de jeugdhulp niet gaat zoals de regio heeft afgesproken? Beschrijf het hier. Een gemeente pakt uw signaal op.</Paragraph>
      <Paragraph>Schrijf geen namen of andere gegevens over kinderen, ouders of gezinnen op. Koers weigert die.</Paragraph>
      {gegevens.status === 'laden' ? <Laden wat="De gemeenten" /> : null}
      {gegevens.status === 'fout' ? <Foutmelding fout={gegevens.fout} opnieuw={gegevens.opnieuw} /> : null}
      {gegevens.status === 'klaar' ? (
        <SignaalFormulier
          bronnen={bronnen}
          gemeenten={gegevens.data.gemeenten.map((g) => ({ code: g.code, naam: g.naam }))}
          indicatoren={gegevens.data.indicatoren.map((i) => ({ code: i.code, naam: i.naam }))}
          bezig={actie.bezig}
          fout={actie.fout}
          indienen={async (velden) => {
            const signaal = await actie.voer(() =>
              roep('signalen', clients.signalen.POST('/signalen', { params: { header: { 'Idempotency-Key': nieuweSleutel() } }, body: { ...velden, regio } })),
            );
            if (signaal) void navigeer(`/signalen/${signaal.id}`, { state: { melding: 'Uw signaal is ingediend.' } });
          }}
        />
      ) : null}
    </>
  );
}

/** The form itself, without loading or sending: the page gives it the region's gemeenten and what to do on submit. */
export function SignaalFormulier({
  bronnen,
  gemeenten,
  indicatoren,
  indienen,
  bezig,
  fout,
}: {
  bronnen: Bron[];
  gemeenten: Array<{ code: string; naam: string }>;
  indicatoren: Array<{ code: string; naam: string }>;
  indienen(velden: Omit<Indienen, 'regio'>): Promise<void>;
  bezig: boolean;
  fout?: KoersFout;
}) {
  const [bron, setBron] = useState<Bron>(bronnen[0]);
  const [titel, setTitel] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [indicator, setIndicator] = useState('');
  const [koersReferentie, setKoersReferentie] = useState('');
  const gemeentenFout = veldfout(fout, 'gemeenten');
  return (
    <form
      className="koers-formulier"
      aria-label="Signaal indienen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void indienen({
          bron,
          titel: titel.trim(),
          omschrijving: omschrijving.trim(),
          gemeenten: gekozen,
          ...(indicator ? { indicatoren: [indicator] } : {}),
          ...(koersReferentie.trim() ? { koersReferentie: koersReferentie.trim() } : {}),
        });
      }}
    >
      {bronnen.length > 1 ? (
        <KeuzeVeld verplicht label="Waar komt het signaal vandaan?" naam="bron" waarde={bron} wijzig={(w) => setBron(w as Bron)} fout={veldfout(fout, 'bron')} opties={bronnen.map((b) => ({ waarde: b, tekst: BRON_NAMEN[b] ?? b }))} />
      ) : null}
      <TekstVeld label="Korte titel" naam="titel" waarde={titel} wijzig={setTitel} fout={veldfout(fout, 'titel')} verplicht uitleg="Bijvoorbeeld: wachttijd jeugd-GGZ loopt op." />
      <TekstvakVeld label="Wat is er aan de hand?" naam="omschrijving" waarde={omschrijving} wijzig={setOmschrijving} fout={veldfout(fout, 'omschrijving')} verplicht uitleg="Wat ziet u, sinds wanneer en bij welke hulp?" />
      <Fieldset invalid={Boolean(gemeentenFout)} aria-describedby={`gemeenten-uitleg${gemeentenFout ? ' gemeenten-fout' : ''}`}>
        <FieldsetLegend>Over welke gemeenten gaat het?</FieldsetLegend>
        <FormFieldDescription id="gemeenten-uitleg">Kies er minstens één.</FormFieldDescription>
        {gemeentenFout ? <FormFieldErrorMessage id="gemeenten-fout">{gemeentenFout}</FormFieldErrorMessage> : null}
        {gemeenten.map((g) => (
          <div className="koers-keuze" key={g.code}>
            <Checkbox
              id={`gemeente-${g.code}`}
              checked={gekozen.includes(g.code)}
              invalid={Boolean(gemeentenFout)}
              onChange={(event) => setGekozen((oud) => (event.target.checked ? [...oud, g.code] : oud.filter((c) => c !== g.code)))}
            />
            <label htmlFor={`gemeente-${g.code}`}>{g.naam}</label>
          </div>
        ))}
      </Fieldset>
      <KeuzeVeld
        label="Over welk cijfer gaat het?"
        naam="indicatoren"
        waarde={indicator}
        wijzig={setIndicator}
        fout={veldfout(fout, 'indicatoren')}
        opties={[{ waarde: '', tekst: 'Weet ik niet of geen' }, ...indicatoren.map((i) => ({ waarde: i.code, tekst: i.naam }))]}
      />
      <TekstVeld label="Welk deel van het koersdocument?" naam="koersReferentie" waarde={koersReferentie} wijzig={setKoersReferentie} fout={veldfout(fout, 'koersReferentie')} />
      <Formulierfout fout={fout} velden={['bron', 'titel', 'omschrijving', 'gemeenten', 'indicatoren', 'koersReferentie']} />
      <Button type="submit" purpose="primary" busy={bezig}>
        {bezig ? 'Bezig met indienen…' : 'Signaal indienen'}
      </Button>
    </form>
  );
}
