import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitoringSchemas } from '@koers/clients';
import { useMemo } from 'react';
import type { TopLevelSpec } from 'vega-lite';
import { VegaGrafiek } from '../grafiek/vega-grafiek';

type Regel = Pick<MonitoringSchemas['VergelijkingRegel'], 'gemeente' | 'naam'> & { punten: Array<Pick<MonitoringSchemas['ReeksPunt'], 'waarde' | 'weergave' | 'onderdrukt' | 'bron'>> };

/** One bar: a gemeente (with its source when it has figures from more than one), or a gemeente without a figure. */
export interface Balk {
  sleutel: string;
  label: string;
  waarde?: number;
  weergave: string;
  onderdrukt: boolean;
}

export function balken(gemeenten: Regel[]): Balk[] {
  return gemeenten.flatMap((g): Balk[] => {
    if (!g.punten.length) return [{ sleutel: g.gemeente, label: g.naam, weergave: 'geen cijfer', onderdrukt: false }];
    return g.punten.map((p) => ({
      sleutel: `${g.gemeente}-${p.bron}`,
      label: g.punten.length > 1 ? `${g.naam} (${p.bron})` : g.naam,
      // A suppressed figure never carries a number, whatever the API sends beside it.
      waarde: p.onderdrukt || typeof p.waarde !== 'number' ? undefined : p.waarde,
      weergave: p.onderdrukt ? '< 5' : p.weergave,
      onderdrukt: p.onderdrukt,
    }));
  });
}

/** The sentence that says what the comparison shows: highest, lowest, and what is not shown. */
export function vergelijkingTekst(titel: string, periode: string, gemeenten: Regel[]): string {
  const alle = balken(gemeenten);
  const zichtbaar = alle.filter((b) => b.waarde !== undefined).sort((a, b) => (b.waarde as number) - (a.waarde as number));
  const delen = [`${titel}, ${periode}, per gemeente.`];
  if (!zichtbaar.length) delen.push('Er zijn geen cijfers te tonen.');
  else if (zichtbaar.length === 1) delen.push(`Alleen ${zichtbaar[0].label} heeft een cijfer om te tonen: ${zichtbaar[0].weergave}.`);
  else {
    const hoogste = zichtbaar[0];
    const laagste = zichtbaar[zichtbaar.length - 1];
    delen.push(`Het hoogste cijfer heeft ${hoogste.label} (${hoogste.weergave}), het laagste ${laagste.label} (${laagste.weergave}).`);
  }
  const verborgen = alle.filter((b) => b.onderdrukt).length;
  if (verborgen) delen.push(`${verborgen} ${verborgen === 1 ? 'cijfer is' : 'cijfers zijn'} niet te zien, omdat het om minder dan 5 jongeren gaat.`);
  const zonder = alle.filter((b) => !b.onderdrukt && b.waarde === undefined).length;
  if (zonder) delen.push(`${zonder} ${zonder === 1 ? 'gemeente heeft' : 'gemeenten hebben'} geen cijfer over deze periode.`);
  return delen.join(' ');
}

/**
 * The Vega-Lite spec of the comparison: a horizontal bar per gemeente with its figure written at its
 * end, so nothing depends on colour. A suppressed figure, or none, has no bar and no number in the
 * spec: only its words (`< 5`, `geen cijfer`) at the start of its row.
 */
export function vergelijkingSpec(gemeenten: Regel[]): TopLevelSpec {
  const waarden = balken(gemeenten).map((b) => ({ label: b.label, waarde: b.waarde ?? null, weergave: b.weergave, leeg: b.waarde === undefined }));
  const y = { field: 'label', type: 'nominal', sort: null, axis: { title: null, labelLimit: 200 } } as const;
  const x = { field: 'waarde', type: 'quantitative', title: null, scale: { zero: true } } as const;
  return {
    width: 'container',
    height: { step: 28 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: waarden },
    encoding: { y },
    layer: [
      { transform: [{ filter: { field: 'leeg', equal: false } }], mark: { type: 'bar' }, encoding: { x } },
      { transform: [{ filter: { field: 'leeg', equal: false } }], mark: { type: 'text', align: 'left', dx: 6 }, encoding: { x, text: { field: 'weergave' } } },
      { transform: [{ filter: { field: 'leeg', equal: true } }], mark: { type: 'text', align: 'left', dx: 6 }, encoding: { x: { value: 0 }, text: { field: 'weergave' } } },
    ],
  };
}

/**
 * The gemeenten of the region side by side for one indicator and period: horizontal bars drawn by
 * Vega-Lite, named for screen readers by the summary, with the same figures in a table beside it.
 */
export function VergelijkingGrafiek({ id, titel, periode, gemeenten }: { id: string; titel: string; periode: string; gemeenten: Regel[] }) {
  const spec = useMemo(() => vergelijkingSpec(gemeenten), [gemeenten]);
  const rijen = balken(gemeenten);
  return (
    <figure className="koers-grafiek koers-grafiek--naast">
      <div role="img" aria-labelledby={`${id}-titel ${id}-uitleg`}>
        <span id={`${id}-titel`} hidden>
          {`${titel}, ${periode}`}
        </span>
        <span id={`${id}-uitleg`} hidden>
          {vergelijkingTekst(titel, periode, gemeenten)}
        </span>
        {rijen.length ? <VegaGrafiek spec={spec} /> : null}
      </div>
      <Table className="koers-grafiek__tabel">
        <TableCaption>{`De cijfers per gemeente, ${periode}`}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
            <TableHeaderCell scope="col">Cijfer</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((b) => (
            <TableRow key={b.sleutel}>
              <TableHeaderCell scope="row">{b.label}</TableHeaderCell>
              <TableCell>
                {b.weergave}
                {b.onderdrukt ? ' (minder dan 5 jongeren: niet te tonen)' : ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
