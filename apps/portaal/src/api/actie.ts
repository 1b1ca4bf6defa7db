import { useCallback, useState } from 'react';
import { useMeldSessieVerlopen } from '../koers';
import { KoersFout, KoersFoutError, foutUitUitzondering } from './fout';

export interface Actie {
  bezig: boolean;
  fout?: KoersFout;
  /** Runs one change; on success `gelukt` says so, on failure `fout` holds what the API said. */
  voer<T>(doe: () => Promise<T>): Promise<T | undefined>;
  herstel(): void;
}

/**
 * One change a person makes (submit, take up, answer): busy while it runs, the failure kept as a
 * KoersFout for the form to show (invalidParams beside their fields), the session banner on a 401.
 */
export function useActie(): Actie {
  const meldSessieVerlopen = useMeldSessieVerlopen();
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<KoersFout | undefined>();
  const voer = useCallback(
    async <T,>(doe: () => Promise<T>): Promise<T | undefined> => {
      setBezig(true);
      setFout(undefined);
      try {
        return await doe();
      } catch (error) {
        const f = error instanceof KoersFoutError ? error.fout : foutUitUitzondering('portaal', error);
        if (f.soort === 'sessie-verlopen') meldSessieVerlopen();
        setFout(f);
        return undefined;
      } finally {
        setBezig(false);
      }
    },
    [meldSessieVerlopen],
  );
  const herstel = useCallback(() => setFout(undefined), []);
  return { bezig, fout, voer, herstel };
}

/** A fresh key for each new request; a retry of the same request would reuse it. */
export function nieuweSleutel(): string {
  return crypto.randomUUID();
}
