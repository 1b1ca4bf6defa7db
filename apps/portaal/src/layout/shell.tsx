import { ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import { Alert, PageContent, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { NumberBadge } from '@nl-design-system-candidate/number-badge-react/css';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react/css';
import { roep } from '../api/api';
import { useLaden } from '../api/laden';
import { heeftRol, ROL_NAMEN } from '../auth/gebruiker';
import { regioNaam } from '../config/config';
import { useKoers } from '../koers';
import { ROUTES } from '../routes';
import { AppLink } from './app-link';

/** The main menu: built screens the person's roles may open, in the order of the route list. */
const MENU = ['/signalen', '/tafels', '/afspraken', '/toetsing', '/overnames', '/leerervaringen', '/monitoring/reeksen', '/monitoring/koersdoelen', '/monitoring/metingen/aanleveren', '/berichten', '/instellingen/e-mail'];

export function inloggen(auth: ReturnType<typeof useAuth>, terug: string): Promise<void> {
  return auth.signinRedirect({ state: { terug } });
}

/**
 * After the session ended: log in again in a popup, so the page and what was typed in it stay; a
 * browser that blocks the popup gets the full-page login (the page is then loaded anew).
 */
export async function opnieuwInloggen(auth: ReturnType<typeof useAuth>, terug: string): Promise<void> {
  try {
    await auth.signinPopup();
  } catch (error) {
    if (error instanceof Error && error.message.includes('disposed window')) await inloggen(auth, terug);
  }
}

export function Shell({ children }: { children: ReactNode }) {
  const { config, gebruiker, regio, sessieVerlopen } = useKoers();
  const auth = useAuth();
  const location = useLocation();
  const logo = (regio && config.regios[regio]?.logo) || config.logo;
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="koers-kop">
        <div className="koers-kop__merk">
          <img src={logo} alt="" width={40} height={40} />
          <span className="koers-kop__naam">{config.naam}</span>
          {regio ? <span className="koers-kop__regio">{regioNaam(config, regio)}</span> : null}
        </div>
        {gebruiker ? <Gebruikersmenu /> : null}
      </PageHeader>
      {gebruiker ? <Hoofdmenu /> : null}
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="koers-inhoud">
          {sessieVerlopen ? (
            <Alert type="warning" role="alert">
              <Paragraph>Uw sessie is verlopen. Wat u hebt ingevuld, blijft op deze pagina staan. Log opnieuw in om verder te gaan.</Paragraph>
              <Paragraph>
                <Button purpose="primary" onClick={() => void opnieuwInloggen(auth, location.pathname + location.search)}>
                  Opnieuw inloggen
                </Button>
              </Paragraph>
            </Alert>
          ) : null}
          {children}
        </main>
      </PageContent>
      <PageFooter className="koers-voet">
        <nav aria-label="Over deze website">
          <AppLink naar="/toegankelijkheid">Toegankelijkheid</AppLink>
        </nav>
      </PageFooter>
    </>
  );
}

function Gebruikersmenu() {
  const { config, gebruiker, regio, kiesRegio } = useKoers();
  const auth = useAuth();
  if (!gebruiker) return null;
  const rollen = gebruiker.rollen.map((rol) => ROL_NAMEN[rol]).join(', ') || 'geen rol';
  return (
    <div className="koers-kop__gebruiker">
      <span>
        {gebruiker.naam} ({rollen})
      </span>
      {gebruiker.regios.length > 1 ? (
        <label className="koers-regiokeuze">
          Regio{' '}
          <select className="utrecht-select utrecht-select--html-select" value={regio} onChange={(event) => kiesRegio(event.target.value)}>
            {gebruiker.regios.map((r) => (
              <option key={r} value={r}>
                {regioNaam(config, r)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Button
        purpose="secondary"
        onClick={() =>
          // Ends the Keycloak session too: end_session with id_token_hint and post_logout_redirect_uri.
          void auth.signoutRedirect({ id_token_hint: auth.user?.id_token, post_logout_redirect_uri: `${window.location.origin}/uitgelogd` })
        }
      >
        Uitloggen
      </Button>
    </div>
  );
}

function Hoofdmenu() {
  const { gebruiker } = useKoers();
  const zichtbaar = ROUTES.filter((route) => MENU.includes(route.pad)).filter(
    (route) => route.wie === 'ingelogd' || route.wie === 'publiek' || (gebruiker && heeftRol(gebruiker, route.wie)),
  );
  return (
    <nav aria-label="Hoofdmenu" className="koers-menu">
      <ul>
        <li>
          <AppLink naar="/">Start</AppLink>
        </li>
        {zichtbaar.map((route) => (
          <li key={route.pad}>
            <AppLink naar={route.pad}>{route.titel}</AppLink>
            {route.pad === '/berichten' ? <Ongelezen /> : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The unread count beside the inbox link, from notificaties. */
function Ongelezen() {
  const { clients, gebruiker } = useKoers();
  const { pathname } = useLocation();
  const inbox = useLaden(() => roep('notificaties', clients.notificaties.GET('/inbox', { params: { query: { paginaGrootte: 1 } } })), [gebruiker, pathname]);
  if (inbox.status !== 'klaar' || inbox.data.ongelezen === 0) return null;
  return (
    <>
      {' '}
      <NumberBadge value={inbox.data.ongelezen} label={`${inbox.data.ongelezen} ongelezen`}>
        {inbox.data.ongelezen}
      </NumberBadge>
    </>
  );
}
