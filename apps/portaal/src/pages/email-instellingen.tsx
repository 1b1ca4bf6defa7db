import { useState } from 'react';
import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { NotificatiesSchemas } from '@koers/clients';
import { roep } from '../api/api';
import { KoersFout, KoersFoutError } from '../api/fout';
import { useLaden } from '../api/laden';
import { useKoers } from '../koers';
import { Foutmelding, Laden, tekstVan } from '../layout/meldingen';

type Voorkeur = NotificatiesSchemas['EmailVoorkeurResponse'];
type Keuze = Voorkeur['keuze'];

const KEUZES: Array<{ keuze: Keuze; tekst: string }> = [
  { keuze: 'direct', tekst: 'Meteen een e-mail' },
  { keuze: 'dagelijks', tekst: 'Eén e-mail per dag' },
  { keuze: 'uit', tekst: 'Geen e-mail' },
];

export function EmailInstellingen() {
  const { clients, meldSessieVerlopen } = useKoers();
  const voorkeuren = useLaden(() => roep('notificaties', clients.notificaties.GET('/email-voorkeuren')), [clients]);
  const opslaan = async (categorie: Voorkeur['categorie'], keuze: Keuze) => {
    try {
      return await roep('notificaties', clients.notificaties.PUT('/email-voorkeuren/{categorie}', { params: { path: { categorie } }, body: { keuze } }));
    } catch (error) {
      if (error instanceof KoersFoutError && error.fout.soort === 'sessie-verlopen') meldSessieVerlopen();
      throw error;
    }
  };
  return (
    <>
      <Heading level={1}>E-mail instellen</Heading>
      <Paragraph>Alles wat voor u belangrijk is, staat bij uw berichten in Koers. Kies hier of u daar ook een e-mail over krijgt.</Paragraph>
      {voorkeuren.status === 'laden' ? <Laden wat="Uw keuzes" /> : null}
      {voorkeuren.status === 'fout' ? <Foutmelding fout={voorkeuren.fout} opnieuw={voorkeuren.opnieuw} /> : null}
      {voorkeuren.status === 'klaar'
        ? voorkeuren.data.voorkeuren.map((voorkeur) => <VoorkeurFormulier key={voorkeur.categorie} voorkeur={voorkeur} opslaan={opslaan} />)
        : null}
    </>
  );
}

/**
 * One category's choice. Saving sends it to notificaties; a refusal is shown beside the field that
 * `invalidParams` names (`keuze`), anything else above the button — and the choice made stays.
 */
export function VoorkeurFormulier({ voorkeur, opslaan }: { voorkeur: Voorkeur; opslaan: (categorie: Voorkeur['categorie'], keuze: Keuze) => Promise<Voorkeur> }) {
  const [keuze, setKeuze] = useState<Keuze>(voorkeur.keuze);
  const [opgeslagen, setOpgeslagen] = useState<Voorkeur>(voorkeur);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<KoersFout | undefined>();
  const [gelukt, setGelukt] = useState(false);
  const id = `keuze-${voorkeur.categorie}`;
  const veldfout = fout?.soort === 'ongeldig' ? fout.velden.keuze : undefined;
  const algemeen = fout && !veldfout ? tekstVan(fout) : undefined;

  const bewaar = async () => {
    setBezig(true);
    setFout(undefined);
    setGelukt(false);
    try {
      setOpgeslagen(await opslaan(voorkeur.categorie, keuze));
      setGelukt(true);
    } catch (error) {
      setFout(error instanceof KoersFoutError ? error.fout : { soort: 'onbekend', status: 0, detail: String(error) });
    } finally {
      setBezig(false);
    }
  };

  return (
    <form
      className="koers-formulier"
      aria-labelledby={`${id}-titel`}
      onSubmit={(event) => {
        event.preventDefault();
        void bewaar();
      }}
    >
      <Fieldset invalid={Boolean(veldfout)} aria-describedby={`${id}-uitleg${veldfout ? ` ${id}-fout` : ''}`}>
        <FieldsetLegend id={`${id}-titel`}>{voorkeur.omschrijving}</FieldsetLegend>
        <FormFieldDescription id={`${id}-uitleg`}>Nu: {opgeslagen.uitleg}</FormFieldDescription>
        {veldfout ? <FormFieldErrorMessage id={`${id}-fout`}>{veldfout}</FormFieldErrorMessage> : null}
        {KEUZES.map((optie) => (
          <div className="koers-keuze" key={optie.keuze}>
            <RadioButton
              id={`${id}-${optie.keuze}`}
              name={id}
              value={optie.keuze}
              checked={keuze === optie.keuze}
              invalid={Boolean(veldfout)}
              onChange={() => setKeuze(optie.keuze)}
            />
            <label htmlFor={`${id}-${optie.keuze}`}>{optie.tekst}</label>
          </div>
        ))}
      </Fieldset>
      {algemeen ? (
        <Paragraph role="alert" className="koers-fouttekst">
          {algemeen}
        </Paragraph>
      ) : null}
      {gelukt ? <Paragraph role="status">Opgeslagen.</Paragraph> : null}
      <Button type="submit" purpose="secondary" busy={bezig}>
        {bezig ? 'Bezig met opslaan…' : 'Opslaan'}
      </Button>
    </form>
  );
}
