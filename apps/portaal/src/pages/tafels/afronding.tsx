import { useState } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import type { TafelsSchemas } from '@koers/clients';
import { fouten, Formulier, maxLengte, TekstvakVeld, verplicht } from '../../layout/formulier';
import { datum } from '../teksten';

type Leerervaringen = TafelsSchemas['LeerervaringenDto'];
type Leerervaring = Pick<TafelsSchemas['LeerervaringResponse'], 'watWerkte' | 'watWerkteNiet' | 'voorWie' | 'afgerondOp'>;

/**
 * Closes a table with its lessons. Tafels refuses (409) while an agreement is not done and names
 * each one; the form shows that refusal above its button and keeps what was typed.
 */
export function AfrondingFormulier({ verstuur }: { verstuur: (leerervaringen: Leerervaringen) => Promise<unknown> }) {
  const [watWerkte, setWatWerkte] = useState('');
  const [watWerkteNiet, setWatWerkteNiet] = useState('');
  const [voorWie, setVoorWie] = useState('');
  return (
    <Formulier
      titel="De koerstafel afronden"
      knop="Koerstafel afronden"
      gelukt="De koerstafel is afgerond. De leerervaringen staan nu bij Leerervaringen."
      controleer={() =>
        fouten({
          watWerkte: verplicht(watWerkte, 'wat werkte') ?? maxLengte(watWerkte, 5000),
          watWerkteNiet: verplicht(watWerkteNiet, 'wat niet werkte') ?? maxLengte(watWerkteNiet, 5000),
          voorWie: verplicht(voorWie, 'voor wie het was') ?? maxLengte(voorWie, 1000),
        })
      }
      verstuur={() => verstuur({ watWerkte: watWerkte.trim(), watWerkteNiet: watWerkteNiet.trim(), voorWie: voorWie.trim() })}
    >
      {(f) => (
        <>
          <Paragraph>Dit kan als elke afspraak haar doel bereikte of gestopt is. Schrijf op wat u geleerd heeft, zodat andere tafels het kunnen vinden. Zet er geen namen in.</Paragraph>
          <TekstvakVeld naam="leerervaringen.watWerkte" label="Wat werkte?" waarde={watWerkte} wijzig={setWatWerkte} fout={f['leerervaringen.watWerkte'] ?? f.watWerkte} verplicht />
          <TekstvakVeld naam="leerervaringen.watWerkteNiet" label="Wat werkte niet?" waarde={watWerkteNiet} wijzig={setWatWerkteNiet} fout={f['leerervaringen.watWerkteNiet'] ?? f.watWerkteNiet} verplicht />
          <TekstvakVeld
            naam="leerervaringen.voorWie"
            label="Voor wie was het?"
            uitleg="Een groep, geen persoon. Bijvoorbeeld: jongeren van 12 tot 18 jaar die op jeugd-GGZ wachten."
            waarde={voorWie}
            wijzig={setVoorWie}
            fout={f['leerervaringen.voorWie'] ?? f.voorWie}
            verplicht
          />
          {f.leerervaringen ? <Paragraph className="koers-fouttekst">{f.leerervaringen}</Paragraph> : null}
        </>
      )}
    </Formulier>
  );
}

/** The lessons of a closed table. */
export function LeerervaringGegevens({ leerervaring: l }: { leerervaring: Leerervaring }) {
  return (
    <DataList>
      <DataListItem>
        <DataListKey>Wat werkte</DataListKey>
        <DataListValue>{l.watWerkte}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Wat werkte niet</DataListKey>
        <DataListValue>{l.watWerkteNiet}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Voor wie</DataListKey>
        <DataListValue>{l.voorWie}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Afgerond op</DataListKey>
        <DataListValue>{datum(l.afgerondOp)}</DataListValue>
      </DataListItem>
    </DataList>
  );
}
