import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { TafelsSchemas } from '@koers/clients';
import { AppLink } from '../../layout/app-link';
import { AFSPRAAK_STATUS_NAMEN, datum, OORDEEL_NAMEN, VOORTGANG_NAMEN } from '../teksten';

type Opvolging = TafelsSchemas['TafelOpvolgingResponse'];
type AfspraakOpvolging = TafelsSchemas['AfspraakOpvolgingResponse'];
type Afwijking = TafelsSchemas['TafelAfwijkingResponse'];

const REGEL_NAMEN: Record<Afwijking['regel'], string> = {
  verkeerde_kant_van_doel: 'het cijfer ligt aan de verkeerde kant van het doel',
  opeenvolgend_verkeerde_richting: 'het cijfer gaat een paar keer achter elkaar de verkeerde kant op',
  uitschieter: 'het cijfer is een uitschieter',
};

/** The deadline as a person reads it: late in words (the API decides whether it is late, by the Dutch calendar). */
export function deadlineTekst(a: Pick<AfspraakOpvolging, 'deadline' | 'teLaat' | 'dagenTeLaat'>): string {
  if (!a.teLaat) return `Klaar op ${datum(a.deadline)}`;
  const dagen = a.dagenTeLaat ?? 0;
  return `Te laat: de deadline was ${datum(a.deadline)}${dagen ? ` (${dagen} ${dagen === 1 ? 'dag' : 'dagen'} geleden)` : ''}`;
}

/**
 * The follow-up of a table as tafels gives it in `opvolging`: per current agreement the owner's
 * progress, the deadline (late ones in red), the verdict, and the latest figure per gemeente against
 * the target as monitoring lets this person see it (a suppressed figure stays `< 5`).
 */
export function OpvolgingOverzicht({
  opvolging,
  omschrijving,
  organisatieNaam,
  tafelId,
}: {
  opvolging: Opvolging;
  omschrijving: (afspraakId: string) => string;
  organisatieNaam: (code: string) => string;
  tafelId: string;
}) {
  if (!opvolging.afspraken.length) return <Paragraph>Er zijn nog geen afspraken om te volgen. Als de tafel afspraken maakt, ziet u hier hoe het ermee gaat.</Paragraph>;
  return (
    <>
      {opvolging.cijfers === 'onbeschikbaar' ? (
        <Paragraph className="koers-fouttekst" role="status">
          De cijfers zijn nu niet beschikbaar: monitoring gaf geen antwoord. De voortgang en de deadlines ziet u wel. Probeer het later nog eens voor de cijfers.
        </Paragraph>
      ) : null}
      {opvolging.afspraken.map((a) => (
        <article key={a.afspraakId} className="koers-kaart" aria-labelledby={`opvolging-${a.afspraakId}`}>
          <Heading level={3} id={`opvolging-${a.afspraakId}`}>
            <AppLink naar={`/tafels/${tafelId}/afspraken/${a.afspraakId}`}>{omschrijving(a.afspraakId)}</AppLink>
          </Heading>
          <ul className="koers-lijst">
            <li>
              {organisatieNaam(a.eigenaar)}: {a.voortgang ? VOORTGANG_NAMEN[a.voortgang] : 'nog niets gemeld'}
              {a.stopreden ? `. De reden: ${a.stopreden}` : ''} ({AFSPRAAK_STATUS_NAMEN[a.status] ?? a.status})
            </li>
            <li className={a.teLaat ? 'koers-fouttekst' : undefined}>{a.teLaat ? <strong>{deadlineTekst(a)}</strong> : deadlineTekst(a)}</li>
            <li>
              Oordeel: {a.oordeel ? `${OORDEEL_NAMEN[a.oordeel]}${a.geevalueerdOp ? ` (${datum(a.geevalueerdOp)})` : ''}` : 'nog geen oordeel'}
            </li>
          </ul>
          <Cijfers afspraak={a} />
        </article>
      ))}
    </>
  );
}

function Cijfers({ afspraak: a }: { afspraak: AfspraakOpvolging }) {
  if (a.cijfers === 'onbeschikbaar') return <Paragraph>Cijfers onbeschikbaar: monitoring gaf geen antwoord.</Paragraph>;
  if (a.cijfers === 'geen_plan' || !a.plan) return <Paragraph>Er is nog geen monitoringplan, dus nog geen cijfers.</Paragraph>;
  const indicatoren = a.plan.stand?.indicatoren ?? [];
  return (
    <>
      {indicatoren.map((indicator) => (
        <Table key={indicator.indicator}>
          <caption>
            {indicator.indicator}: doel {indicator.richting === 'maximaal' ? 'hooguit' : 'minstens'} {indicator.doelwaarde}. {OORDEEL_NAMEN[indicator.oordeel]}.
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col">Laatste cijfer</TableHeaderCell>
              <TableHeaderCell scope="col">Doel gehaald?</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {indicator.laatsteMetingen.map((m) => (
              <TableRow key={m.gemeente}>
                <TableCell>{m.naam ?? m.gemeente}</TableCell>
                <TableCell>{m.periode}</TableCell>
                <TableCell>
                  {m.weergave}
                  {m.onderdrukt ? ' (te klein om te tonen)' : ''}
                </TableCell>
                <TableCell>{m.onderdrukt ? 'Niet te zeggen' : m.doelBereikt ? 'Ja' : 'Nee'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
      {a.oordeel === 'onvoldoende_data' || a.ontbrekend.length ? (
        a.ontbrekend.length ? (
          <>
            <Paragraph>Voor een oordeel ontbreken nog deze cijfers:</Paragraph>
            <ul className="koers-lijst">
              {a.ontbrekend.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>Er zijn nog te weinig cijfers voor een oordeel.</Paragraph>
        )
      ) : null}
    </>
  );
}

/** The course deviations signalen joined to this table: the figures themselves are in monitoring. */
export function AfwijkingenLijst({ afwijkingen, gemeenteNaam }: { afwijkingen: readonly Afwijking[]; gemeenteNaam: (code: string) => string }) {
  if (!afwijkingen.length) return <Paragraph>Er zijn geen nieuwe afwijkingen bij deze tafel gekomen. Als de cijfers weer afwijken, komen ze hier te staan.</Paragraph>;
  return (
    <ul className="koers-lijst">
      {afwijkingen.map((a) => (
        <li key={a.afwijkingId}>
          {datum(a.gekoppeldOp)}: {a.indicator} in {a.gemeente ? gemeenteNaam(a.gemeente) : 'de hele regio'}, {a.laatstePeriode}: {REGEL_NAMEN[a.regel] ?? a.regel}.{' '}
          <AppLink naar="/monitoring/reeksen">Bekijk de cijfers</AppLink>
        </li>
      ))}
    </ul>
  );
}
