import { ReactNode, useId, useState } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, FormField, FormFieldDescription, FormLabel, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { KoersFout, KoersFoutError, foutUitUitzondering } from '../api/fout';
import { useKoers } from '../koers';
import { tekstVan } from './meldingen';

/**
 * Uploading a CSV file: choose it, send it with a progress bar, then the API's answer — what was
 * accepted, or every refused row with its line, column and reason (all or nothing: nothing stored).
 */
export function CsvUpload<T>({
  label,
  uitleg,
  extraVelden,
  hulpBijKolom,
  versturen,
  uitslag,
}: {
  label: string;
  uitleg: ReactNode;
  extraVelden?: ReactNode;
  /** What this screen offers for a refused column (an extra field, say), shown once below the refused rows. */
  hulpBijKolom?: Readonly<Record<string, ReactNode>>;
  versturen(bestand: File, voortgang: (deel: number) => void): Promise<T>;
  uitslag(resultaat: T): ReactNode;
}) {
  const { meldSessieVerlopen } = useKoers();
  const id = useId();
  const [bestand, setBestand] = useState<File | undefined>();
  const [deel, setDeel] = useState<number | undefined>();
  const [klaar, setKlaar] = useState<{ resultaat: T } | undefined>();
  const [fout, setFout] = useState<KoersFout | undefined>();
  const [leeg, setLeeg] = useState(false);
  const bezig = deel !== undefined && !klaar && !fout;
  const procent = Math.round((deel ?? 0) * 100);
  return (
    <>
      <form
        className="koers-formulier"
        aria-label={`Versturen: ${label}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!bestand) {
            setLeeg(true);
            return;
          }
          setLeeg(false);
          setKlaar(undefined);
          setFout(undefined);
          setDeel(0);
          versturen(bestand, setDeel).then(
            (resultaat) => setKlaar({ resultaat }),
            (error: unknown) => {
              const f = error instanceof KoersFoutError ? error.fout : foutUitUitzondering('monitoring', error);
              if (f.soort === 'sessie-verlopen') meldSessieVerlopen();
              setFout(f);
            },
          );
        }}
      >
        <FormField type="text" invalid={leeg}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={id}>{label}</FormLabel>
          </div>
          <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription>
          {leeg ? (
            <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
              Kies eerst een bestand.
            </p>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              id={id}
              type="file"
              accept=".csv,text/csv"
              className="utrecht-textbox"
              aria-describedby={`${id}-uitleg${leeg ? ` ${id}-fout` : ''}`}
              aria-invalid={leeg || undefined}
              onChange={(event) => setBestand(event.target.files?.[0])}
            />
          </div>
        </FormField>
        {extraVelden}
        <Button type="submit" purpose="primary" busy={bezig}>
          {bezig ? 'Bezig met versturen…' : 'Bestand versturen'}
        </Button>
      </form>
      {deel !== undefined ? (
        <div className="koers-formulier">
          <label htmlFor={`${id}-voortgang`}>Verstuurd</label>{' '}
          <progress id={`${id}-voortgang`} className="koers-voortgang" max={100} value={procent} />{' '}
          <span aria-live="polite">{procent} %</span>
          {deel >= 1 && !klaar && !fout ? <Paragraph role="status">Het bestand is verstuurd. Koers controleert nu elke regel…</Paragraph> : null}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {klaar ? uitslag(klaar.resultaat) : null}
      </div>
      {fout ? <Weigering fout={fout} hulpBijKolom={hulpBijKolom} /> : null}
    </>
  );
}

/** One refused place of a file, read from the name monitoring gives it: `regel 3: waarde`, `regel 3` or `bestand`. */
export interface GeweigerdeRegel {
  regel?: number;
  kolom?: string;
  reden: string;
}

export function geweigerdeRegels(velden: Record<string, string>): GeweigerdeRegel[] {
  return Object.entries(velden)
    .map(([naam, reden]): GeweigerdeRegel => {
      const plek = /^regel (\d+)(?:: (.+))?$/.exec(naam);
      if (!plek) return { reden: naam === 'bestand' ? reden : `${naam}: ${reden}` };
      return { regel: Number(plek[1]), ...(plek[2] ? { kolom: plek[2] } : {}), reden };
    })
    .sort((a, b) => (a.regel ?? 0) - (b.regel ?? 0));
}

/** A refused file: the API's detail (with the total) and every row it names, with its line, column and reason. */
export function Weigering({ fout, hulpBijKolom = {} }: { fout: KoersFout; hulpBijKolom?: Readonly<Record<string, ReactNode>> }) {
  const regels = fout.soort === 'ongeldig' ? geweigerdeRegels(fout.velden) : [];
  const hulp = [...new Set(regels.flatMap((r) => (r.kolom && hulpBijKolom[r.kolom] ? [r.kolom] : [])))];
  return (
    <section aria-labelledby="weigering" role="alert">
      <Heading level={2} id="weigering">
        Het bestand is niet opgeslagen
      </Heading>
      <Paragraph>{tekstVan(fout)}</Paragraph>
      {regels.length ? (
        <>
          <Paragraph>Verbeter deze regels en stuur het hele bestand opnieuw. Wat al goed was, verandert dan niet.</Paragraph>
          <Table>
            <TableCaption>Regels die niet goed zijn</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Regel</TableHeaderCell>
                <TableHeaderCell scope="col">Kolom</TableHeaderCell>
                <TableHeaderCell scope="col">Wat is er mis</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {regels.map((r, i) => (
                <TableRow key={i}>
                  <TableHeaderCell scope="row">{r.regel ?? 'hele bestand'}</TableHeaderCell>
                  <TableCell>{r.kolom ?? '—'}</TableCell>
                  <TableCell>{r.reden}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {hulp.map((kolom) => (
            <Paragraph key={kolom}>{hulpBijKolom[kolom]}</Paragraph>
          ))}
        </>
      ) : null}
    </section>
  );
}

/** The counts of a stored file (received, new, changed, unchanged), as a definition list. */
export function Aantallen({ aantallen }: { aantallen: ReadonlyArray<readonly [string, number]> }) {
  return (
    <DataList>
      {aantallen.map(([wat, aantal]) => (
        <DataListItem key={wat}>
          <DataListKey>{wat}</DataListKey>
          <DataListValue>{aantal}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
