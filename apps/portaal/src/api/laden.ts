import { useCallback, useEffect, useRef, useState } from 'react';
import { useKoers } from '../koers';
import { KoersFout, KoersFoutError, foutUitUitzondering } from './fout';

export type Geladen<T> = { status: 'laden' } | { status: 'klaar'; data: T } | { status: 'fout'; fout: KoersFout };

/**
 * Runs a call when the screen opens and whenever `afhankelijk` changes; `opnieuw` runs it again.
 * `ververs` runs it again while the screen keeps showing what it has (after an action on the page:
 * its forms stay, with what they said).
 */
export function useLaden<T>(laad: () => Promise<T>, afhankelijk: readonly unknown[]): Geladen<T> & { opnieuw: () => void; ververs: () => void } {
  const { meldSessieVerlopen } = useKoers();
  const [staat, setStaat] = useState<Geladen<T>>({ status: 'laden' });
  const [teller, setTeller] = useState(0);
  const stil = useRef(false);
  useEffect(() => {
    let actueel = true;
    if (!stil.current) setStaat({ status: 'laden' });
    stil.current = false;
    laad().then(
      (data) => actueel && setStaat({ status: 'klaar', data }),
      (error: unknown) => {
        if (!actueel) return;
        const fout = error instanceof KoersFoutError ? error.fout : foutUitUitzondering('portaal', error);
        if (fout.soort === 'sessie-verlopen') meldSessieVerlopen();
        setStaat({ status: 'fout', fout });
      },
    );
    return () => {
      actueel = false;
    };
  }, [...afhankelijk, teller]);
  const opnieuw = useCallback(() => setTeller((n) => n + 1), []);
  const ververs = useCallback(() => {
    stil.current = true;
    setTeller((n) => n + 1);
  }, []);
  return { ...staat, opnieuw, ververs };
}
