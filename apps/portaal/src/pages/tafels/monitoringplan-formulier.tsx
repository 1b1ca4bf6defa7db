import { useState } from 'react';
import type { MonitoringSchemas } from '@koers/clients';
import { fouten, Formulier, KeuzeVeld, maxLengte, TekstVeld, verplicht } from '../../layout/formulier';

export type PlanVelden = Omit<MonitoringSchemas['MonitoringplanMakenDto'], 'onderwerp' | 'gemeenten' | 'regio'>;

const PERIODE = /^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;
const PERIODE_UITLEG = 'Een jaar, half jaar, kwartaal of maand: 2025, 2025-H1, 2025-Q3 of 2025-07.';

/**
 * The monitoring plan of an agreement, made from the agreement's page: the figure to follow, its
 * target, the baseline and the moments to measure. Monitoring keeps the plan; tafels links it.
 */
export function MonitoringplanFormulier({
  titel: voorstel,
  indicatoren,
  verstuur,
}: {
  titel: string;
  indicatoren: Array<{ waarde: string; tekst: string }>;
  verstuur: (velden: PlanVelden) => Promise<unknown>;
}) {
  const [titel, setTitel] = useState(voorstel.slice(0, 300));
  const [indicator, setIndicator] = useState('');
  const [doelwaarde, setDoelwaarde] = useState('');
  const [richting, setRichting] = useState('maximaal');
  const [nulmetingTot, setNulmetingTot] = useState('');
  const [nulmetingPerioden, setNulmetingPerioden] = useState('4');
  const [meetmomenten, setMeetmomenten] = useState('');
  const [evaluatiedatum, setEvaluatiedatum] = useState('');
  const momenten = () => meetmomenten.split(/[\s,;]+/).filter(Boolean);
  const controleer = () =>
    fouten({
      titel: verplicht(titel, 'een titel') ?? (titel.trim().length < 3 ? 'Gebruik minstens 3 tekens.' : maxLengte(titel, 300)),
      'indicatoren[0].indicator': verplicht(indicator, 'het cijfer dat u volgt'),
      'indicatoren[0].doelwaarde': verplicht(doelwaarde, 'het doel') ?? (Number.isFinite(Number(doelwaarde)) ? undefined : 'Vul een getal in.'),
      nulmetingTot: verplicht(nulmetingTot, 'de laatste periode van de nulmeting') ?? (PERIODE.test(nulmetingTot.trim()) ? undefined : PERIODE_UITLEG),
      nulmetingPerioden: /^\d+$/.test(nulmetingPerioden) && Number(nulmetingPerioden) >= 1 && Number(nulmetingPerioden) <= 24 ? undefined : 'Vul een heel getal van 1 tot en met 24 in.',
      meetmomenten: !momenten().length ? 'Vul minstens één meetmoment in.' : momenten().every((m) => PERIODE.test(m)) ? undefined : PERIODE_UITLEG,
      evaluatiedatum: verplicht(evaluatiedatum, 'de datum van de evaluatie'),
    });
  return (
    <Formulier
      titel="Monitoringplan maken"
      knop="Monitoringplan maken"
      gelukt="Het monitoringplan is gemaakt. Het staat hier zodra de koerstafel het heeft verwerkt."
      controleer={controleer}
      verstuur={() =>
        verstuur({
          titel: titel.trim(),
          indicatoren: [{ indicator, doelwaarde: Number(doelwaarde), richting: richting as 'maximaal' | 'minimaal' }],
          nulmetingTot: nulmetingTot.trim(),
          nulmetingPerioden: Number(nulmetingPerioden),
          meetmomenten: momenten(),
          evaluatiedatum,
        })
      }
    >
      {(f) => (
        <>
          <TekstVeld naam="titel" label="Titel van het plan" waarde={titel} wijzig={setTitel} fout={f.titel} verplicht />
          <KeuzeVeld naam="indicator" label="Welk cijfer volgt u?" waarde={indicator} wijzig={setIndicator} fout={f['indicatoren[0].indicator'] ?? f.indicatoren} verplicht opties={[{ waarde: '', tekst: 'Kies…' }, ...indicatoren]} />
          <TekstVeld naam="doelwaarde" type="number" label="Doel" waarde={doelwaarde} wijzig={setDoelwaarde} fout={f['indicatoren[0].doelwaarde']} verplicht />
          <KeuzeVeld
            naam="richting"
            label="Wanneer is het doel gehaald?"
            waarde={richting}
            wijzig={setRichting}
            fout={f['indicatoren[0].richting']}
            verplicht
            opties={[
              { waarde: 'maximaal', tekst: 'Als het cijfer hoogstens het doel is' },
              { waarde: 'minimaal', tekst: 'Als het cijfer minstens het doel is' },
            ]}
          />
          <TekstVeld naam="nulmetingTot" label="Nulmeting tot en met" uitleg={`De laatste periode vóór de afspraak. ${PERIODE_UITLEG}`} waarde={nulmetingTot} wijzig={setNulmetingTot} fout={f.nulmetingTot} verplicht />
          <TekstVeld naam="nulmetingPerioden" type="number" label="Over hoeveel perioden?" uitleg="De nulmeting is het gemiddelde van zoveel perioden." waarde={nulmetingPerioden} wijzig={setNulmetingPerioden} fout={f.nulmetingPerioden} verplicht />
          <TekstVeld naam="meetmomenten" label="Meetmomenten" uitleg="De perioden waarin u meet, met een komma ertussen. De laatste beslist." waarde={meetmomenten} wijzig={setMeetmomenten} fout={f.meetmomenten} verplicht />
          <TekstVeld naam="evaluatiedatum" type="date" label="Evaluatie op" waarde={evaluatiedatum} wijzig={setEvaluatiedatum} fout={f.evaluatiedatum} verplicht />
        </>
      )}
    </Formulier>
  );
}
