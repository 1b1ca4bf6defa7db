import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { GeenToegang } from '../layout/meldingen';
import { inloggen } from '../layout/shell';
import { ROL_NAMEN } from '../auth/gebruiker';
import { gemeenteNaam, organisatieNaam, regioNaam } from '../config/config';
import { useKoers } from '../koers';
import { AppLink } from '../layout/app-link';

export function Start() {
  const { config, gebruiker, regio } = useKoers();
  if (!gebruiker) return <Inloggen />;
  if (!gebruiker.regios.length) {
    return <GeenToegang detail="Uw account hoort bij geen enkele regio. Vraag de beheerder van uw regio om u aan een regio te koppelen." />;
  }
  return (
    <>
      <Heading level={1}>Welkom, {gebruiker.naam}</Heading>
      <Paragraph>
        U werkt in Koers als {gebruiker.rollen.map((rol) => ROL_NAMEN[rol]).join(' en ')}
        {gebruiker.gemeente ? ` voor de gemeente ${gemeenteNaam(config, gebruiker.gemeente)}` : ''}
        {gebruiker.organisatie ? ` voor ${organisatieNaam(config, gebruiker.organisatie)}` : ''}, in de regio {regio ? regioNaam(config, regio) : ''}.
      </Paragraph>
      <Heading level={2}>Wat wilt u doen?</Heading>
      <ul className="koers-lijst">
        <li>
          <AppLink naar="/signalen">Bekijk de signalen van uw regio</AppLink>
        </li>
        <li>
          <AppLink naar="/berichten">Lees uw berichten</AppLink>
        </li>
        <li>
          <AppLink naar="/instellingen/e-mail">Kies welke e-mail u krijgt</AppLink>
        </li>
      </ul>
    </>
  );
}

export function Inloggen() {
  const auth = useAuth();
  const location = useLocation();
  const terug = location.pathname === '/uitgelogd' ? '/' : location.pathname + location.search;
  return (
    <>
      <Heading level={1}>Inloggen bij Koers</Heading>
      <Paragraph>In Koers maken gemeenten, zorg en ouders samen de jeugdhulp beter.</Paragraph>
      <Paragraph>Log in met uw account om verder te gaan.</Paragraph>
      <Paragraph>
        <Button purpose="primary" onClick={() => void inloggen(auth, terug)}>
          Inloggen
        </Button>
      </Paragraph>
    </>
  );
}

export function Uitgelogd() {
  return (
    <>
      <Heading level={1}>U bent uitgelogd</Heading>
      <Paragraph>U bent uitgelogd bij Koers. Wilt u verder werken? Dan logt u opnieuw in.</Paragraph>
      <Paragraph>
        <AppLink naar="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

export function InAanbouw({ titel }: { titel: string }) {
  return (
    <>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>Deze pagina is er nog niet. We maken hem binnenkort.</Paragraph>
      <Paragraph>
        Ga zolang naar de <AppLink naar="/">startpagina</AppLink>.
      </Paragraph>
    </>
  );
}
