import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitoringSchemas } from '@koers/clients';

type Punt = Pick<MonitoringSchemas['ReeksPunt'], 'periode' | 'waarde' | 'weergave' | 'onderdrukt'>;
type Doel = Pick<MonitoringSchemas['ReeksDoel'], 'doelwaarde' | 'richting'>;

const BREEDTE = 640;
const HOOGTE = 280;
const MARGE = { links: 56, rechts: 16, boven: 16, onder: 40 };

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
 * A series as a line against its course target: an SVG drawn by hand (no chart library), with a
 * title and a summary for screen readers, and the same figures in a table below it. A suppressed
 * point (`< 5`) has no value: the line breaks there and the table says `< 5`, as the API gives it.
 */
export function ReeksGrafiek({ id, titel, punten, doel }: { id: string; titel: string; punten: Punt[]; doel?: Doel }) {
  const waarden = punten.filter((p) => !p.onderdrukt && typeof p.waarde === 'number').map((p) => p.waarde as number);
  const alle = doel ? [...waarden, doel.doelwaarde] : waarden;
  const max = alle.length ? Math.max(...alle) : 1;
  const min = Math.min(0, ...alle);
  const bereik = max - min || 1;
  const x = (i: number) => MARGE.links + (punten.length <= 1 ? 0 : (i * (BREEDTE - MARGE.links - MARGE.rechts)) / (punten.length - 1));
  const y = (w: number) => MARGE.boven + (1 - (w - min) / bereik) * (HOOGTE - MARGE.boven - MARGE.onder);
  // One path piece per run of visible points: a suppressed point breaks the line.
  const stukken: string[] = [];
  let huidig = '';
  punten.forEach((p, i) => {
    if (p.onderdrukt || typeof p.waarde !== 'number') {
      if (huidig) stukken.push(huidig);
      huidig = '';
      return;
    }
    huidig += `${huidig ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.waarde).toFixed(1)} `;
  });
  if (huidig) stukken.push(huidig);
  const stappen = [min, min + bereik / 2, max];
  return (
    <figure className="koers-grafiek">
      <svg viewBox={`0 0 ${BREEDTE} ${HOOGTE}`} role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} width="100%" preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-titel`}>{titel}</title>
        <desc id={`${id}-uitleg`}>{grafiekTekst(titel, punten, doel)}</desc>
        {stappen.map((s) => (
          <g key={s} aria-hidden="true">
            <line x1={MARGE.links} x2={BREEDTE - MARGE.rechts} y1={y(s)} y2={y(s)} className="koers-grafiek__raster" />
            <text x={MARGE.links - 6} y={y(s) + 4} textAnchor="end" className="koers-grafiek__as">
              {getal(s)}
            </text>
          </g>
        ))}
        {doel ? (
          <g aria-hidden="true">
            <line x1={MARGE.links} x2={BREEDTE - MARGE.rechts} y1={y(doel.doelwaarde)} y2={y(doel.doelwaarde)} className="koers-grafiek__doel" />
            <text x={BREEDTE - MARGE.rechts} y={y(doel.doelwaarde) - 6} textAnchor="end" className="koers-grafiek__as">
              doel {doel.richting === 'maximaal' ? '≤' : '≥'} {getal(doel.doelwaarde)}
            </text>
          </g>
        ) : null}
        {stukken.map((d) => (
          <path key={d} d={d} className="koers-grafiek__lijn" aria-hidden="true" />
        ))}
        {punten.map((p, i) => (
          <g key={p.periode} aria-hidden="true">
            {p.onderdrukt || typeof p.waarde !== 'number' ? (
              <text x={x(i)} y={HOOGTE - MARGE.onder - 6} textAnchor="middle" className="koers-grafiek__as">
                {p.weergave}
              </text>
            ) : (
              <circle cx={x(i)} cy={y(p.waarde)} r={4} className="koers-grafiek__punt" />
            )}
            <text x={x(i)} y={HOOGTE - MARGE.onder + 18} textAnchor="middle" className="koers-grafiek__as">
              {p.periode}
            </text>
          </g>
        ))}
      </svg>
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
