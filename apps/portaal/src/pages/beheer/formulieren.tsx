import { useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { fouten, Formulier, KeuzeVeld, maxLengte, TekstVeld, TekstvakVeld, verplicht } from '../../layout/formulier';

const CBS_CODE = /^GM\d{4}$/;

export const HERKOMSTEN = [
  { waarde: '', tekst: 'Landelijk en van de regio' },
  { waarde: 'landelijk', tekst: 'Alleen landelijk' },
  { waarde: 'regio', tekst: 'Alleen van de regio' },
] as const;
export type Herkomst = '' | 'landelijk' | 'regio';

/** A word to search a list for and, for indicators, where they come from; sent together with one button. */
export function Zoekfilter(props: { naam: string; label: string; zoek: string; herkomst?: Herkomst; kies(keuze: { zoek: string; herkomst: Herkomst }): void }) {
  const [zoek, setZoek] = useState(props.zoek);
  const [herkomst, setHerkomst] = useState<Herkomst>(props.herkomst ?? '');
  return (
    <form
      className="koers-formulier koers-filters"
      role="search"
      aria-label={props.naam}
      onSubmit={(event) => {
        event.preventDefault();
        props.kies({ zoek: zoek.trim(), herkomst });
      }}
    >
      <TekstVeld filter label={props.label} naam="zoek" waarde={zoek} wijzig={setZoek} />
      {props.herkomst !== undefined ? (
        <KeuzeVeld filter label="Van wie" naam="herkomst" waarde={herkomst} wijzig={(w) => setHerkomst(w as Herkomst)} opties={[...HERKOMSTEN]} />
      ) : null}
      <Button type="submit" purpose="secondary">
        Zoeken
      </Button>
    </form>
  );
}

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

export type Richting = 'lager_is_beter' | 'hoger_is_beter' | 'neutraal';
export interface IndicatorVelden {
  naam: string;
  definitie: string;
  eenheid: string;
  richting: Richting;
  bron: string;
}

const RICHTINGEN: Array<{ waarde: Richting; tekst: string }> = [
  { waarde: 'lager_is_beter', tekst: 'Lager is beter' },
  { waarde: 'hoger_is_beter', tekst: 'Hoger is beter' },
  { waarde: 'neutraal', tekst: 'Geen van beide' },
];
export const richtingTekst = (richting: string) => RICHTINGEN.find((r) => r.waarde === richting)?.tekst ?? richting;

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A region's own indicator: new (with a code) or changed (the code stays). Monitoring refuses a code
 * already in the national catalogue or the region's own (409), said above the button.
 */
export function IndicatorFormulier({ bestaand, verstuur }: { bestaand?: IndicatorVelden & { code: string }; verstuur: (indicator: IndicatorVelden & { code: string }) => Promise<unknown> }) {
  const [code, setCode] = useState(bestaand?.code ?? '');
  const [naam, setNaam] = useState(bestaand?.naam ?? '');
  const [definitie, setDefinitie] = useState(bestaand?.definitie ?? '');
  const [eenheid, setEenheid] = useState(bestaand?.eenheid ?? '');
  const [richting, setRichting] = useState<string>(bestaand?.richting ?? '');
  const [bron, setBron] = useState(bestaand?.bron ?? '');
  return (
    <Formulier
      titel={bestaand ? `${bestaand.naam} wijzigen` : 'Een indicator toevoegen'}
      knop={bestaand ? 'Wijziging opslaan' : 'Indicator toevoegen'}
      gelukt={bestaand ? 'De indicator is gewijzigd.' : 'De indicator hoort nu bij de regio.'}
      kopNiveau={bestaand ? 3 : 2}
      controleer={() =>
        fouten({
          code: bestaand ? undefined : (verplicht(code, 'de code') ?? (CODE.test(code.trim()) ? undefined : 'Gebruik kleine letters, cijfers en streepjes, zoals wachttijd-ggz.')),
          naam: verplicht(naam, 'de naam') ?? maxLengte(naam, 200),
          definitie: verplicht(definitie, 'de definitie'),
          eenheid: verplicht(eenheid, 'de eenheid'),
          richting: richting ? undefined : 'Kies wat beter is: hoger of lager.',
          bron: verplicht(bron, 'de bron'),
        })
      }
      verstuur={async () => {
        await verstuur({ code: code.trim(), naam: naam.trim(), definitie: definitie.trim(), eenheid: eenheid.trim(), richting: richting as Richting, bron: bron.trim() });
        if (!bestaand) {
          for (const zet of [setCode, setNaam, setDefinitie, setEenheid, setRichting, setBron]) zet('');
        }
      }}
    >
      {(f) => (
        <>
          {bestaand ? null : <TekstVeld naam="code" label="Code" uitleg="Kleine letters, cijfers en streepjes, zoals wachttijd-ggz. U kunt de code later niet meer veranderen." waarde={code} wijzig={setCode} fout={f.code} verplicht />}
          <TekstVeld naam="naam" label="Naam" waarde={naam} wijzig={setNaam} fout={f.naam} verplicht />
          <TekstvakVeld naam="definitie" label="Definitie" uitleg="Wat telt mee, en waarover." waarde={definitie} wijzig={setDefinitie} fout={f.definitie} verplicht />
          <TekstVeld naam="eenheid" label="Eenheid" uitleg="Zoals procent of dagen." waarde={eenheid} wijzig={setEenheid} fout={f.eenheid} verplicht />
          <KeuzeVeld naam="richting" label="Wat is beter: hoger of lager?" waarde={richting} wijzig={setRichting} fout={f.richting} verplicht opties={[{ waarde: '', tekst: 'Kies…' }, ...RICHTINGEN]} />
          <TekstVeld naam="bron" label="Bron" uitleg="Waar de cijfers vandaan komen." waarde={bron} wijzig={setBron} fout={f.bron} verplicht />
        </>
      )}
    </Formulier>
  );
}

/** The deadlines of the region in working days, 1 to 100 each (signalen's own bounds). */
export function TermijnenFormulier({ huidig, verstuur }: { huidig: { opnemenWerkdagen: number; beantwoordenWerkdagen: number }; verstuur: (termijnen: { opnemenWerkdagen: number; beantwoordenWerkdagen: number }) => Promise<unknown> }) {
  const [opnemen, setOpnemen] = useState(String(huidig.opnemenWerkdagen));
  const [beantwoorden, setBeantwoorden] = useState(String(huidig.beantwoordenWerkdagen));
  const werkdagen = (waarde: string, wat: string) => verplicht(waarde, wat) ?? (/^\d+$/.test(waarde.trim()) && Number(waarde) >= 1 && Number(waarde) <= 100 ? undefined : 'Vul een heel getal van 1 tot en met 100 in.');
  return (
    <Formulier
      titel="De termijnen wijzigen"
      knop="Termijnen opslaan"
      gelukt="De termijnen zijn opgeslagen. Ze gelden voor termijnen die vanaf nu beginnen."
      kopNiveau={2}
      controleer={() => fouten({ opnemenWerkdagen: werkdagen(opnemen, 'het aantal werkdagen'), beantwoordenWerkdagen: werkdagen(beantwoorden, 'het aantal werkdagen') })}
      verstuur={() => verstuur({ opnemenWerkdagen: Number(opnemen), beantwoordenWerkdagen: Number(beantwoorden) })}
    >
      {(f) => (
        <>
          <TekstVeld type="number" naam="opnemenWerkdagen" label="Werkdagen om een signaal op te pakken" waarde={opnemen} wijzig={setOpnemen} fout={f.opnemenWerkdagen} verplicht />
          <TekstVeld type="number" naam="beantwoordenWerkdagen" label="Werkdagen om een consensusronde te beantwoorden" waarde={beantwoorden} wijzig={setBeantwoorden} fout={f.beantwoordenWerkdagen} verplicht />
        </>
      )}
    </Formulier>
  );
}
