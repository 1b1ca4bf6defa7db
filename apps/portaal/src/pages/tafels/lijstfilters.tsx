import { useState } from 'react';
import { Checkbox } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { KeuzeVeld } from '../../layout/formulier';
import { Lijstkeuzes } from './lijstkeuzes';

/** Status and "only where I take part" of a list, sent together with one button. */
export function Lijstfilters(props: {
  keuzes: Lijstkeuzes;
  statussen: Record<string, string>;
  alleStatussen: string;
  betrokkenTekst: string;
  naam: string;
  kies(keuzes: Lijstkeuzes): void;
}) {
  const [status, setStatus] = useState(props.keuzes.status);
  const [betrokken, setBetrokken] = useState(props.keuzes.betrokken);
  return (
    <form
      className="koers-formulier koers-filters"
      role="search"
      aria-label={props.naam}
      onSubmit={(event) => {
        event.preventDefault();
        props.kies({ pagina: 1, status, betrokken });
      }}
    >
      <KeuzeVeld
        filter
        label="Status"
        naam="status"
        waarde={status}
        wijzig={setStatus}
        opties={[{ waarde: '', tekst: props.alleStatussen }, ...Object.entries(props.statussen).map(([waarde, tekst]) => ({ waarde, tekst }))]}
      />
      <div className="koers-keuze">
        <Checkbox id="filter-betrokken" checked={betrokken} onChange={(event) => setBetrokken(event.target.checked)} />
        <label htmlFor="filter-betrokken">{props.betrokkenTekst}</label>
      </div>
      <Button type="submit" purpose="secondary">
        Zoeken
      </Button>
    </form>
  );
}
