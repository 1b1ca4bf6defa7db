import { ReactNode, useId, useState } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { KoersFout, KoersFoutError } from '../api/fout';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useMeldSessieVerlopen } from '../koers';
import { tekstVan } from './meldingen';

export type Fouten = Record<string, string>;

/**
 * A form that checks what it can before it sends (`controleer`: field → Dutch message), then sends;
 * the API stays the authority: its invalidParams land beside the fields they name, any other refusal
 * (a 409 naming the state, a 403) above the button, in the API's Dutch. While it sends, the button
 * says so and a second submit does nothing; what was typed stays after a refusal.
 */
export function Formulier({
  titel,
  knop,
  controleer = () => ({}),
  verstuur,
  gelukt = 'Opgeslagen.',
  uitgeschakeld,
  children,
  knopSoort = 'primary',
  kopNiveau = 3,
}: {
  titel: string;
  knop: string;
  controleer?: () => Fouten;
  verstuur: () => Promise<unknown>;
  gelukt?: string;
  /** Why the form cannot be sent now, said beside the disabled button. */
  uitgeschakeld?: string;
  children: (fouten: Fouten) => ReactNode;
  knopSoort?: 'primary' | 'secondary';
  kopNiveau?: 2 | 3 | 4;
}) {
  const id = useId();
  const meldSessieVerlopen = useMeldSessieVerlopen();
  const [fouten, setFouten] = useState<Fouten>({});
  const [fout, setFout] = useState<KoersFout | undefined>();
  const [bezig, setBezig] = useState(false);
  const [klaar, setKlaar] = useState(false);

  const verzend = async () => {
    if (bezig || uitgeschakeld) return;
    setKlaar(false);
    setFout(undefined);
    const gevonden = controleer();
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    setBezig(true);
    try {
      await verstuur();
      setKlaar(true);
    } catch (error) {
      const koersFout = error instanceof KoersFoutError ? error.fout : ({ soort: 'onbekend', status: 0, detail: String(error) } as const);
      if (koersFout.soort === 'sessie-verlopen') meldSessieVerlopen();
      if (koersFout.soort === 'ongeldig' && Object.keys(koersFout.velden).length) setFouten(koersFout.velden);
      setFout(koersFout);
    } finally {
      setBezig(false);
    }
  };

  const aantal = Object.keys(fouten).length;
  return (
    <form
      className="koers-formulier"
      aria-labelledby={`${id}-titel`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verzend();
      }}
    >
      <Heading level={kopNiveau} id={`${id}-titel`}>
        {titel}
      </Heading>
      {children(fouten)}
      {aantal && !fout ? (
        <Paragraph role="alert" className="koers-fouttekst">
          {aantal === 1 ? 'Eén veld is nog niet goed ingevuld.' : `${aantal} velden zijn nog niet goed ingevuld.`} Kijk bij het veld wat er mis is.
        </Paragraph>
      ) : null}
      {fout ? (
        <Paragraph role="alert" className="koers-fouttekst">
          {tekstVan(fout)}
        </Paragraph>
      ) : null}
      {klaar ? <Paragraph role="status">{gelukt}</Paragraph> : null}
      <Button type="submit" purpose={knopSoort} busy={bezig} disabled={Boolean(uitgeschakeld)} aria-describedby={uitgeschakeld ? `${id}-waarom` : undefined}>
        {bezig ? 'Bezig…' : knop}
      </Button>
      {uitgeschakeld ? (
        <Paragraph id={`${id}-waarom`}>
          <small>{uitgeschakeld}</small>
        </Paragraph>
      ) : null}
    </form>
  );
}

/**
 * One field: label, description, then the reason it is not right (ours, or the API's invalidParams
 * through `veldfout`). A field that is not `verplicht` says so in its label; a `filter` (a list's
 * search or choice) is neither.
 */
interface VeldProps {
  naam: string;
  label: string;
  waarde: string;
  wijzig: (waarde: string) => void;
  fout?: string;
  uitleg?: ReactNode;
  verplicht?: boolean;
  filter?: boolean;
}

function VeldOmhulsel({ naam, label, fout, uitleg, verplicht, filter, children }: Omit<VeldProps, 'waarde' | 'wijzig'> & { children: (props: { id: string; describedBy?: string }) => ReactNode }) {
  const basis = useId();
  const id = `${basis}-${naam}`;
  const describedBy = [uitleg ? `${id}-uitleg` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(fout)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {verplicht || filter ? null : ' (niet verplicht)'}
        </FormLabel>
      </div>
      {uitleg ? <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription> : null}
      {fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">{children({ id, describedBy })}</div>
    </FormField>
  );
}

export function TekstVeld({ type = 'text', ...props }: VeldProps & { type?: 'text' | 'url' | 'date' | 'datetime-local' | 'number' }) {
  return (
    <VeldOmhulsel {...props}>
      {({ id, describedBy }) => (
        <Textbox
          id={id}
          name={props.naam}
          type={type}
          value={props.waarde}
          invalid={Boolean(props.fout)}
          required={props.verplicht}
          aria-describedby={describedBy}
          onChange={(event) => props.wijzig(event.target.value)}
        />
      )}
    </VeldOmhulsel>
  );
}

export function TekstvakVeld(props: VeldProps) {
  return (
    <VeldOmhulsel {...props}>
      {({ id, describedBy }) => (
        <Textarea
          id={id}
          name={props.naam}
          value={props.waarde}
          invalid={Boolean(props.fout)}
          required={props.verplicht}
          aria-describedby={describedBy}
          rows={4}
          onChange={(event) => props.wijzig(event.target.value)}
        />
      )}
    </VeldOmhulsel>
  );
}

export function KeuzeVeld({ opties, ...props }: VeldProps & { opties: Array<{ waarde: string; tekst: string }> }) {
  return (
    <VeldOmhulsel {...props}>
      {({ id, describedBy }) => (
        <Select id={id} name={props.naam} value={props.waarde} invalid={Boolean(props.fout)} required={props.verplicht} aria-describedby={describedBy} onChange={(event) => props.wijzig(event.target.value)}>
          {opties.map((optie) => (
            <SelectOption key={optie.waarde} value={optie.waarde}>
              {optie.tekst}
            </SelectOption>
          ))}
        </Select>
      )}
    </VeldOmhulsel>
  );
}

/** Dutch messages for the checks every form shares. */
export const verplicht = (waarde: string, wat: string): string | undefined => (waarde.trim() ? undefined : `Vul ${wat} in.`);
export const maxLengte = (waarde: string, max: number): string | undefined => (waarde.length > max ? `Dit is te lang: gebruik hooguit ${max} tekens (nu ${waarde.length}).` : undefined);

/** The field → message record of the checks that found something. */
export function fouten(checks: Record<string, string | undefined>): Fouten {
  return Object.fromEntries(Object.entries(checks).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The API's reason for a field (`invalidParams`), also for a field's items (`gemeenten.0`, `gemeenten[0]`). */
export function veldfout(fout: KoersFout | undefined, naam: string): string | undefined {
  if (fout?.soort !== 'ongeldig') return undefined;
  const redenen = Object.entries(fout.velden)
    .filter(([veld]) => hoortBij(veld, naam))
    .map(([, reden]) => reden);
  return redenen.length ? redenen.join('; ') : undefined;
}

const hoortBij = (veld: string, naam: string) => veld === naam || veld.startsWith(`${naam}.`) || veld.startsWith(`${naam}[`);

/**
 * For a form sent with `useActie`: what went wrong as a whole, above the button: everything except
 * the reasons already shown beside a field. For a refusal with fields it still says, once, that
 * something is not filled in right.
 */
export function Formulierfout({ fout, velden }: { fout?: KoersFout; velden: readonly string[] }) {
  if (!fout) return null;
  const naastVeld = fout.soort === 'ongeldig' && velden.some((naam) => veldfout(fout, naam));
  const overig =
    fout.soort === 'ongeldig'
      ? Object.entries(fout.velden)
          .filter(([veld]) => !velden.some((naam) => hoortBij(veld, naam)))
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
