import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitoringSchemas } from '@koers/clients';
import { useMemo } from 'react';
import type { TopLevelSpec } from 'vega-lite';
import { VegaGrafiek } from '../grafiek/vega-grafiek';

type Punt = Pick<MonitoringSchemas['ReeksPunt'], 'periode' | 'waarde' | 'weergave' | 'onderdrukt'>;
type Doel = Pick<MonitoringSchemas['ReeksDoel'], 'doelwaarde' | 'richting'>;
type Laag = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The sentence that says what the chart shows, for everyone who does not see it (and as its summary). */
export function grafiekTekst(titel: string, punten: Punt[], doel?: Doel): string {
  if (!punten.length) return `${titel}: er zijn nog geen cijfers.`;
  const eerste = punten[0];
  const laatste = punten[punten.length - 1];
  const verborgen = punten.filter((p) => p.onderdrukt).length;
  const delen = [`${titel}, van ${eerste.periode} tot ${laatste.periode}.`, `Laatste cijfer (${laatste.periode}): ${laatste.weergave}.`];
  if (doel) {
    const woord = doel.richting === 'maximaal' ? 'hoogstens' : 'minstens';
    delen.push(`Het koersdoel is ${woord} ${getal(doel.doelwaarde)}.`);
    if (laatste.waarde !== null && laatste.waarde !== undefined && !laatste.onderdrukt) {
      const goed = doel.richting === 'maximaal' ? laatste.waarde <= doel.doelwaarde : laatste.waarde >= doel.doelwaarde;
      delen.push(goed ? 'Het laatste cijfer haalt het doel.' : 'Het laatste cijfer haalt het doel niet.');
    }
  } else {
    delen.push('Er is geen koersdoel.');
  }
  if (verborgen) delen.push(`${verborgen} ${verborgen === 1 ? 'cijfer is' : 'cijfers zijn'} niet te zien, omdat het om minder dan 5 jongeren gaat.`);
  return delen.join(' ');
}

function getal(waarde: number): string {
  return waarde.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

/**
 * The Vega-Lite spec of a series: a line through the visible figures, each a filled circle, and the
 * target as a dashed line with its words beside it, so nothing depends on colour. A suppressed point
 * (`< 5`) goes in without a number, whatever the API sends beside it: the line breaks there and
 * `< 5` is written at its period.
 */
export function reeksSpec(punten: Punt[], doel?: Doel): TopLevelSpec {
  const waarden = punten.map((p) => {
    const leeg = p.onderdrukt || typeof p.waarde !== 'number';
    return { periode: p.periode, waarde: leeg ? null : p.waarde, weergave: p.onderdrukt ? '< 5' : p.weergave, leeg };
  });
  const x = { field: 'periode', type: 'ordinal', sort: null, axis: { title: null, labelAngle: 0 } } as const;
  const y = { field: 'waarde', type: 'quantitative', title: null, scale: { zero: true } } as const;
  const doelLagen: Laag[] = doel
    ? [
        {
          data: { values: [{ doelwaarde: doel.doelwaarde, tekst: `doel ${doel.richting === 'maximaal' ? '≤' : '≥'} ${getal(doel.doelwaarde)}` }] },
          encoding: { y: { field: 'doelwaarde', type: 'quantitative', title: null } },
          layer: [
            { mark: { type: 'rule', strokeDash: [8, 4] } },
            { mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -4 }, encoding: { x: { value: 'width' }, text: { field: 'tekst' } } },
          ],
        },
      ]
    : [];
  return {
    width: 'container',
    height: 240,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: waarden },
    layer: [
      { mark: { type: 'line', invalid: 'break-paths-filter-domains' }, encoding: { x, y } },
      { transform: [{ filter: { field: 'leeg', equal: false } }], mark: { type: 'point', shape: 'circle' }, encoding: { x, y } },
      {
        transform: [{ filter: { field: 'leeg', equal: true } }],
        mark: { type: 'text', baseline: 'bottom', dy: -4 },
        encoding: { x, y: { value: 'height' }, text: { field: 'weergave' } },
      },
      ...doelLagen,
    ],
  };
}

/**
 * A series as a line against its course target, drawn by Vega-Lite, named for screen readers by
 * its title and summary, with the same figures in a table below it. A suppressed point (`< 5`) has
 * no value: the line breaks there and the table says `< 5`, as the API gives it.
 */
export function ReeksGrafiek({ id, titel, punten, doel }: { id: string; titel: string; punten: Punt[]; doel?: Doel }) {
  const spec = useMemo(() => reeksSpec(punten, doel), [punten, doel]);
  return (
    <figure className="koers-grafiek">
      <div role="img" aria-labelledby={`${id}-titel ${id}-uitleg`}>
        <span id={`${id}-titel`} hidden>
          {titel}
        </span>
        <span id={`${id}-uitleg`} hidden>
          {grafiekTekst(titel, punten, doel)}
        </span>
        {punten.length ? <VegaGrafiek spec={spec} /> : null}
      </div>
      <Table className="koers-grafiek__tabel">
        <TableCaption>De cijfers van de grafiek</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
            <TableHeaderCell scope="col">Cijfer</TableHeaderCell>
            <TableHeaderCell scope="col">Koersdoel</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {punten.map((p) => (
            <TableRow key={p.periode}>
              <TableHeaderCell scope="row">{p.periode}</TableHeaderCell>
              <TableCell>{p.weergave}{p.onderdrukt ? ' (minder dan 5 jongeren: niet te tonen)' : ''}</TableCell>
              <TableCell>{doel ? `${doel.richting === 'maximaal' ? 'hoogstens' : 'minstens'} ${getal(doel.doelwaarde)}` : 'geen'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
