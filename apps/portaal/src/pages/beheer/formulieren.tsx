import { useState } from 'react';
import { fouten, Formulier, KeuzeVeld, maxLengte, TekstVeld, verplicht } from '../../layout/formulier';

const CBS_CODE = /^GM\d{4}$/;

/** A gemeente joins the region: its CBS code and name (monitoring refuses a code already in use). */
export function GemeenteToevoegenFormulier({ verstuur }: { verstuur: (gemeente: { code: string; naam: string }) => Promise<unknown> }) {
  const [code, setCode] = useState('');
  const [naam, setNaam] = useState('');
  return (
    <Formulier
      titel="Een gemeente toevoegen"
      knop="Gemeente toevoegen"
      gelukt="De gemeente hoort nu bij de regio."
      kopNiveau={2}
      controleer={() =>
        fouten({
          code: verplicht(code, 'de gemeentecode') ?? (CBS_CODE.test(code.trim()) ? undefined : 'Een gemeentecode van het CBS ziet eruit als GM0988.'),
          naam: verplicht(naam, 'de naam') ?? maxLengte(naam, 100),
        })
      }
      verstuur={async () => {
        await verstuur({ code: code.trim(), naam: naam.trim() });
        setCode('');
        setNaam('');
      }}
    >
      {(f) => (
        <>
          <TekstVeld naam="code" label="Gemeentecode" uitleg="De code van het CBS, bijvoorbeeld GM1894." waarde={code} wijzig={setCode} fout={f.code} verplicht />
          <TekstVeld naam="naam" label="Naam" waarde={naam} wijzig={setNaam} fout={f.naam} verplicht />
        </>
      )}
    </Formulier>
  );
}

/** A new name for a gemeente of the region, for instance after a merger keeps the code. */
export function GemeenteHernoemenFormulier({ gemeenten, verstuur }: { gemeenten: Array<{ code: string; naam: string }>; verstuur: (code: string, naam: string) => Promise<unknown> }) {
  const [code, setCode] = useState('');
  const [naam, setNaam] = useState('');
  return (
    <Formulier
      titel="De naam van een gemeente wijzigen"
      knop="Naam opslaan"
      gelukt="De naam is gewijzigd."
      kopNiveau={2}
      controleer={() => fouten({ gemeente: code ? undefined : 'Kies een gemeente.', naam: verplicht(naam, 'de nieuwe naam') ?? maxLengte(naam, 100) })}
      verstuur={async () => {
        await verstuur(code, naam.trim());
        setNaam('');
      }}
    >
      {(f) => (
        <>
          <KeuzeVeld naam="gemeente" label="Gemeente" waarde={code} wijzig={setCode} fout={f.gemeente} verplicht opties={[{ waarde: '', tekst: 'Kies…' }, ...gemeenten.map((g) => ({ waarde: g.code, tekst: `${g.naam} (${g.code})` }))]} />
          <TekstVeld naam="naam" label="Nieuwe naam" waarde={naam} wijzig={setNaam} fout={f.naam} verplicht />
        </>
      )}
    </Formulier>
  );
}
