import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitoringSchemas } from '@koers/clients';

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

const BREEDTE = 640;
const RIJ = 28;
const LABEL = 200;
const RECHTS = 64;

/**
 * The gemeenten of the region side by side for one indicator and period: horizontal bars drawn by
 * hand (no chart library), each with its figure written at its end, so nothing depends on colour;
 * a suppressed figure has no bar and says `< 5`; the same figures in a table beside it.
 */
export function VergelijkingGrafiek({ id, titel, periode, gemeenten }: { id: string; titel: string; periode: string; gemeenten: Regel[] }) {
  const rijen = balken(gemeenten);
  const max = Math.max(0, ...rijen.map((b) => b.waarde ?? 0)) || 1;
  const hoogte = rijen.length * RIJ + 8;
  const lengte = (w: number) => Math.max(0, (w / max) * (BREEDTE - LABEL - RECHTS));
  return (
    <figure className="koers-grafiek koers-grafiek--naast">
      <svg viewBox={`0 0 ${BREEDTE} ${hoogte}`} role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} width="100%" preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-titel`}>{`${titel}, ${periode}`}</title>
        <desc id={`${id}-uitleg`}>{vergelijkingTekst(titel, periode, gemeenten)}</desc>
        {rijen.map((b, i) => {
          const y = 4 + i * RIJ;
          return (
            <g key={b.sleutel} aria-hidden="true">
              <text x={LABEL - 8} y={y + RIJ / 2 + 4} textAnchor="end" className="koers-grafiek__as">
                {b.label}
              </text>
              {b.waarde !== undefined ? (
                <rect x={LABEL} y={y + 4} width={lengte(b.waarde)} height={RIJ - 8} className="koers-grafiek__balk" />
              ) : (
                <rect x={LABEL} y={y + 4} width={24} height={RIJ - 8} className="koers-grafiek__balk--leeg" />
              )}
              <text x={LABEL + (b.waarde !== undefined ? lengte(b.waarde) : 24) + 6} y={y + RIJ / 2 + 4} className="koers-grafiek__as">
                {b.weergave}
              </text>
            </g>
          );
        })}
      </svg>
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
