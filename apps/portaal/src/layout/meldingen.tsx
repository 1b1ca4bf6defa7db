import { Alert, Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { KoersFout } from '../api/fout';
import { AppLink } from './app-link';

const DIENST_NAMEN: Record<string, string> = {
  signalen: 'signalen',
  tafels: 'koerstafels',
  pilots: 'pilots',
  consent: 'toestemmingen',
  monitoring: 'cijfers',
  notificaties: 'berichten',
};

export function Laden({ wat }: { wat: string }) {
  return (
    <Paragraph role="status" aria-live="polite">
      {wat} worden geladen…
    </Paragraph>
  );
}

export function GeenToegang({ detail }: { detail?: string }) {
  return (
    <section aria-labelledby="geen-toegang">
      <Heading level={1} id="geen-toegang">
        Geen toegang
      </Heading>
      <Paragraph>U mag deze pagina niet zien met de rol die u nu hebt.</Paragraph>
      {detail ? <Paragraph>Koers zegt: {detail}</Paragraph> : null}
      <Paragraph>
        Denkt u dat dit niet klopt? Vraag de beheerder van uw regio om u de goede rol te geven. Of ga naar de{' '}
        <AppLink naar="/">startpagina</AppLink>.
      </Paragraph>
    </section>
  );
}

export function NietGevonden({ detail }: { detail?: string }) {
  return (
    <section aria-labelledby="niet-gevonden">
      <Heading level={1} id="niet-gevonden">
        Niet gevonden
      </Heading>
      <Paragraph>Deze pagina bestaat niet. Of u mag hem niet zien, omdat hij bij een andere regio hoort.</Paragraph>
      {detail ? <Paragraph>Koers zegt: {detail}</Paragraph> : null}
      <Paragraph>
        Controleer het adres. Of ga naar de <AppLink naar="/">startpagina</AppLink>.
      </Paragraph>
    </section>
  );
}

/**
 * One failed call, said plainly; 403 and 404 get their own page. `titel`: the screen's heading, for a
 * screen that has nothing else to show (so the page still says what it is).
 */
export function Foutmelding({ fout, opnieuw, titel }: { fout: KoersFout; opnieuw?: () => void; titel?: string }) {
  switch (fout.soort) {
    case 'geen-toegang':
      return <GeenToegang detail={fout.detail} />;
    case 'niet-gevonden':
      return <NietGevonden detail={fout.detail} />;
  }
  return (
    <>
      {titel ? <Heading level={1}>{titel}</Heading> : null}
      <Alert type="error" role="alert">
      <Paragraph>{tekstVan(fout)}</Paragraph>
      {opnieuw ? (
        <Paragraph>
          <button type="button" className="nl-button nl-button--secondary" onClick={opnieuw}>
            Probeer opnieuw
          </button>
        </Paragraph>
      ) : null}
      </Alert>
    </>
  );
}

export function tekstVan(fout: KoersFout): string {
  switch (fout.soort) {
    case 'geen-verbinding':
      return 'Er is geen verbinding met Koers. Controleer uw internet en probeer het opnieuw. Wat u hebt ingevuld, blijft staan.';
    case 'sessie-verlopen':
      return 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.';
    case 'dienst-onbereikbaar':
      return `Het deel van Koers voor ${DIENST_NAMEN[fout.dienst] ?? fout.dienst} werkt nu niet. Probeer het over een paar minuten opnieuw.`;
    case 'ongeldig':
      return fout.detail || 'Niet alles is goed ingevuld. Kijk bij de velden wat er mis is.';
    case 'conflict':
      return fout.detail || 'Dit kan nu niet meer: iemand anders heeft het al veranderd.';
    case 'geen-toegang':
      return fout.detail || 'U mag dit niet doen.';
    case 'niet-gevonden':
      return fout.detail || 'Dit bestaat niet (meer).';
    case 'onbekend':
      return `Er ging iets mis (${fout.status || 'geen antwoord'}). Probeer het opnieuw.${fout.detail ? ` Koers zegt: ${fout.detail}` : ''}`;
  }
}
