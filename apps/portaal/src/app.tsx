import { ReactNode } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { BrowserRouter, Route as RouterRoute, Routes } from 'react-router';
import type { User } from 'oidc-client-ts';
import { heeftRol } from './auth/gebruiker';
import { oidcInstellingen } from './auth/oidc';
import { PortaalConfig } from './config/config';
import { KoersProvider, useKoers } from './koers';
import { GeenToegang, Laden, NietGevonden } from './layout/meldingen';
import { Shell } from './layout/shell';
import { Berichten } from './pages/berichten';
import { EmailInstellingen } from './pages/email-instellingen';
import { Consensusronde } from './pages/consensusronde';
import { Koersdoelen } from './pages/koersdoelen';
import { Leerervaringen } from './pages/leerervaringen';
import { MetingenAanleveren } from './pages/metingen-aanleveren';
import { Monitoringplan } from './pages/monitoringplan';
import { Overnames } from './pages/overnames';
import { Reeksen } from './pages/reeksen';
import { Signaal } from './pages/signaal';
import { SignaalNieuw } from './pages/signaal-nieuw';
import { Signalen } from './pages/signalen';
import { InAanbouw, Inloggen, Start, Uitgelogd } from './pages/start';
import { AfspraakScherm } from './pages/tafels/afspraak';
import { Afspraken } from './pages/tafels/afspraken';
import { Bijeenkomst } from './pages/tafels/bijeenkomst';
import { Tafel } from './pages/tafels/tafel';
import { Tafels } from './pages/tafels/tafels';
import { Toetsing } from './pages/tafels/toetsing';
import { Toegankelijkheid } from './pages/toegankelijkheid';
import { Gemeenten } from './pages/beheer/gemeenten';
import { Indicatoren } from './pages/beheer/indicatoren';
import { Termijnen } from './pages/beheer/termijnen';
import { OnbestelbareBerichten } from './pages/beheer/onbestelbare-berichten';
import { Abonnementen } from './pages/webhooks/abonnementen';
import { Afleveringen } from './pages/webhooks/afleveringen';
import { Route, ROUTES } from './routes';

/** The screens that are built; every other route of the list answers with InAanbouw. */
const SCHERMEN: Record<string, () => ReactNode> = {
  '/': () => <Start />,
  '/toegankelijkheid': () => <Toegankelijkheid />,
  '/uitgelogd': () => <Uitgelogd />,
  '/berichten': () => <Berichten />,
  '/instellingen/e-mail': () => <EmailInstellingen />,
  '/signalen': () => <Signalen />,
  '/signalen/nieuw': () => <SignaalNieuw />,
  '/signalen/:id': () => <Signaal />,
  '/signalen/:id/consensusrondes/:rondeId': () => <Consensusronde />,
  '/monitoring/reeksen': () => <Reeksen />,
  '/monitoring/plannen/:id': () => <Monitoringplan />,
  '/monitoring/koersdoelen': () => <Koersdoelen />,
  '/monitoring/metingen/aanleveren': () => <MetingenAanleveren />,
  '/tafels': () => <Tafels />,
  '/tafels/:id': () => <Tafel />,
  '/tafels/:id/bijeenkomsten/:bijeenkomstId': () => <Bijeenkomst />,
  '/tafels/:id/afspraken/:afspraakId': () => <AfspraakScherm />,
  '/afspraken': () => <Afspraken />,
  '/toetsing': () => <Toetsing />,
  '/overnames': () => <Overnames />,
  '/leerervaringen': () => <Leerervaringen />,
  '/webhooks/abonnementen': () => <Abonnementen />,
  '/webhooks/abonnementen/:id/afleveringen': () => <Afleveringen />,
  '/beheer/onbestelbare-berichten': () => <OnbestelbareBerichten />,
  '/beheer/gemeenten': () => <Gemeenten />,
  '/beheer/indicatoren': () => <Indicatoren />,
  '/beheer/termijnen': () => <Termijnen />,
};

export function App({ config }: { config: PortaalConfig }) {
  return (
    <AuthProvider {...oidcInstellingen(config, window.location.origin)} onSigninCallback={naInloggen}>
      <NaInit>
        <KoersProvider config={config}>
          <BrowserRouter>
            <Shell>
              <Routes>
                {ROUTES.map((route) => (
                  <RouterRoute key={route.pad} path={route.pad} element={<Toegang route={route}>{(SCHERMEN[route.pad] ?? (() => <InAanbouw titel={route.titel} />))()}</Toegang>} />
                ))}
                <RouterRoute path="*" element={<NietGevonden />} />
              </Routes>
            </Shell>
          </BrowserRouter>
        </KoersProvider>
      </NaInit>
    </AuthProvider>
  );
}

/** Back to where the person was when they clicked "Inloggen", without the code in the address bar. */
function naInloggen(user: User | void): void {
  const terug = (user?.state as { terug?: string } | undefined)?.terug;
  window.history.replaceState({}, document.title, terug && terug.startsWith('/') ? terug : '/');
}

/**
 * Renders nothing of the app until the login state is known (and a login callback handled). A renew
 * or a login in a popup also counts as loading for react-oidc-context; the page stays then, with
 * what was typed in it.
 */
function NaInit({ children }: { children: ReactNode }) {
  const auth = useAuth();
  if (auth.isLoading && !auth.activeNavigator) return <Laden wat="Uw gegevens" />;
  return <>{children}</>;
}

function Toegang({ route, children }: { route: Route; children: ReactNode }) {
  const { gebruiker } = useKoers();
  if (route.wie === 'publiek') return <>{children}</>;
  if (!gebruiker) return <Inloggen />;
  if (route.wie !== 'ingelogd' && !heeftRol(gebruiker, route.wie)) return <GeenToegang />;
  return <>{children}</>;
}
