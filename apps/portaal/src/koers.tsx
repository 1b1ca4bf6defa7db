import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { Clients, maakClients } from './api/api';
import { KoersFoutError } from './api/fout';
import { actieveRegio, Gebruiker, gebruikerUit } from './auth/gebruiker';
import { PortaalConfig } from './config/config';

const REGIO_SLEUTEL = 'koers.regio';

export interface Koers {
  config: PortaalConfig;
  /** Undefined until someone logs in. */
  gebruiker?: Gebruiker;
  /** The region the person works in now; every call that takes a region names this one. */
  regio?: string;
  kiesRegio(regio: string): void;
  clients: Clients;
  /** The person's access token now, for the few calls the generated clients cannot make (an upload with progress). */
  token(): string;
  /** True once the session ended without a logout (refresh refused, or the API answered 401). */
  sessieVerlopen: boolean;
  meldSessieVerlopen(): void;
}

const KoersContext = createContext<Koers | undefined>(undefined);

export function useKoers(): Koers {
  const koers = useContext(KoersContext);
  if (!koers) throw new Error('useKoers buiten KoersProvider');
  return koers;
}

export function KoersProvider({ config, children }: { config: PortaalConfig; children: ReactNode }) {
  const auth = useAuth();
  const [gekozen, setGekozen] = useState<string | null>(() => sessionStorage.getItem(REGIO_SLEUTEL));
  const [sessieVerlopen, setSessieVerlopen] = useState(false);
  const accessToken = auth.user?.access_token;
  const gebruiker = useMemo(() => (accessToken ? gebruikerUit(accessToken) : undefined), [accessToken]);
  const regio = gebruiker ? actieveRegio(gebruiker, gekozen) : undefined;

  useEffect(
    () =>
      auth.events.addSilentRenewError(() => {
        setSessieVerlopen(true);
      }),
    [auth.events],
  );
  useEffect(() => {
    if (auth.isAuthenticated) setSessieVerlopen(false);
  }, [auth.isAuthenticated, accessToken]);

  const token = useCallback(() => auth.user?.access_token ?? '', [auth.user]);
  // Read at each call, so a renewed token (or a new login) does not make new clients: the screens
  // keep what they show, and what was typed in them.
  const huidig = useRef(auth);
  huidig.current = auth;
  // A token the browser knows has expired is not sent: it is renewed first, or the session has ended
  // (Keycloak refused the refresh) and the call fails as a 401 would, before anything is sent.
  const tokenVoorApi = useCallback(async () => {
    const { user, signinSilent } = huidig.current;
    if (!user?.expired) return user?.access_token ?? '';
    const vernieuwd = await signinSilent().catch(() => null);
    if (vernieuwd) return vernieuwd.access_token;
    setSessieVerlopen(true);
    throw new KoersFoutError({ soort: 'sessie-verlopen' });
  }, []);
  const clients = useMemo(() => maakClients(tokenVoorApi), [tokenVoorApi]);
  const kiesRegio = useCallback((nieuw: string) => {
    sessionStorage.setItem(REGIO_SLEUTEL, nieuw);
    setGekozen(nieuw);
  }, []);
  const meldSessieVerlopen = useCallback(() => setSessieVerlopen(true), []);

  const waarde: Koers = { config, gebruiker, regio, kiesRegio, clients, token, sessieVerlopen, meldSessieVerlopen };
  return <KoersContext.Provider value={waarde}>{children}</KoersContext.Provider>;
}

/** Tells the shell the session ended; outside the provider (a component test) it does nothing. */
export function useMeldSessieVerlopen(): () => void {
  return useContext(KoersContext)?.meldSessieVerlopen ?? geenMelding;
}

const geenMelding = () => undefined;
