import { ChangeEvent, ReactNode, useId } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormFieldTextarea, FormFieldTextbox, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { KoersFout } from '../api/fout';
import { tekstVan } from './meldingen';

/** The API's reason for a field (`invalidParams`), also for a field's items (`gemeenten.0`, `gemeenten[0]`). */
export function veldfout(fout: KoersFout | undefined, naam: string): string | undefined {
  if (fout?.soort !== 'ongeldig') return undefined;
  const redenen = Object.entries(fout.velden)
    .filter(([veld]) => veld === naam || veld.startsWith(`${naam}.`) || veld.startsWith(`${naam}[`))
    .map(([, reden]) => reden);
  return redenen.length ? redenen.join('; ') : undefined;
}

interface VeldProps {
  label: string;
  naam: string;
  waarde: string;
  wijzig(waarde: string): void;
  fout?: KoersFout;
  uitleg?: ReactNode;
  verplicht?: boolean;
}

export function Tekstveld({ label, naam, waarde, wijzig, fout, uitleg, verplicht, type }: VeldProps & { type?: 'text' | 'number' }) {
  const reden = veldfout(fout, naam);
  return (
    <FormFieldTextbox
      label={label}
      name={naam}
      type={type}
      value={waarde}
      required={verplicht}
      description={uitleg}
      invalid={Boolean(reden)}
      errorMessage={reden}
      onChange={(event: ChangeEvent<HTMLDivElement>) => wijzig((event.target as unknown as HTMLInputElement).value)}
    />
  );
}

export function Tekstvak({ label, naam, waarde, wijzig, fout, uitleg, verplicht }: VeldProps) {
  const reden = veldfout(fout, naam);
  return (
    <FormFieldTextarea
      label={label}
      name={naam}
      value={waarde}
      required={verplicht}
      description={uitleg}
      invalid={Boolean(reden)}
      errorMessage={reden}
      rows={4}
      onChange={(event) => wijzig(event.target.value)}
    />
  );
}

export function Keuzelijst({ label, naam, waarde, wijzig, fout, uitleg, opties }: VeldProps & { opties: Array<{ waarde: string; tekst: string }> }) {
  const id = useId();
  const reden = veldfout(fout, naam);
  const beschreven = [uitleg ? `${id}-uitleg` : '', reden ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField type="select" invalid={Boolean(reden)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {uitleg ? <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription> : null}
      {reden ? <FormFieldErrorMessage id={`${id}-fout`}>{reden}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <Select id={id} name={naam} value={waarde} invalid={Boolean(reden)} aria-describedby={beschreven} onChange={(event) => wijzig(event.target.value)}>
          {opties.map((optie) => (
            <SelectOption key={optie.waarde} value={optie.waarde}>
              {optie.tekst}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/**
 * What went wrong with a form as a whole: everything except the reasons already shown beside a
 * field. For a refusal with fields it still says, once, that something is not filled in right.
 */
export function Formulierfout({ fout, velden }: { fout?: KoersFout; velden: readonly string[] }) {
  if (!fout) return null;
  const naastVeld = fout.soort === 'ongeldig' && velden.some((naam) => veldfout(fout, naam));
  const overig =
    fout.soort === 'ongeldig'
      ? Object.entries(fout.velden)
          .filter(([veld]) => !velden.some((naam) => veld === naam || veld.startsWith(`${naam}.`) || veld.startsWith(`${naam}[`)))
          .map(([, reden]) => reden)
      : [];
  return (
    <div role="alert" className="koers-fouttekst">
      <Paragraph>{naastVeld ? 'Niet alles is goed ingevuld. Kijk bij de velden wat er mis is.' : tekstVan(fout)}</Paragraph>
      {overig.length ? (
        <ul className="koers-lijst">
          {overig.map((reden) => (
            <li key={reden}>{reden}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
