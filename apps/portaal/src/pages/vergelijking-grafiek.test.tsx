import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { balken, VergelijkingGrafiek, vergelijkingSpec, vergelijkingTekst } from './vergelijking-grafiek';

const punt = (waarde: number | null, weergave: string, onderdrukt = false, bron = 'cbs') => ({ waarde, weergave, onderdrukt, bron });
const GEMEENTEN = [
  { gemeente: 'GM0988', naam: 'Weert', punten: [punt(1.8, '1,8')] },
  { gemeente: 'GM1669', naam: 'Roerdalen', punten: [punt(null, '< 5', true)] },
  { gemeente: 'GM0946', naam: 'Nederweert', punten: [punt(0.9, '0,9')] },
  { gemeente: 'GM1640', naam: 'Leudal', punten: [] },
];

describe('the comparison of the gemeenten', () => {
  afterEach(cleanup);

  it('says in one line which gemeente is highest and lowest, how many are suppressed and how many have none', () => {
    expect(vergelijkingTekst('Jeugdhulp met verblijf', '2025', GEMEENTEN)).toBe(
      'Jeugdhulp met verblijf, 2025, per gemeente. Het hoogste cijfer heeft Weert (1,8), het laagste Nederweert (0,9). 1 cijfer is niet te zien, omdat het om minder dan 5 jongeren gaat. 1 gemeente heeft geen cijfer over deze periode.',
    );
  });

  it('never turns a suppressed figure into a number, even if one is sent beside it', () => {
    const [balk] = balken([{ gemeente: 'GM1669', naam: 'Roerdalen', punten: [punt(3, '3', true)] }]);
    expect(balk).toEqual(expect.objectContaining({ waarde: undefined, weergave: '< 5', onderdrukt: true }));
  });

  it('names the chart by its summary and gives a table with every gemeente, the suppressed one as < 5', () => {
    render(<VergelijkingGrafiek id="v" titel="Jeugdhulp met verblijf" periode="2025" gemeenten={GEMEENTEN} />);
    const grafiek = screen.getByRole('img');
    expect(grafiek.getAttribute('aria-labelledby')).toBe('v-titel v-uitleg');
    expect(document.getElementById('v-uitleg')?.textContent).toContain('1 cijfer is niet te zien');
    const tabel = screen.getByRole('table', { name: 'De cijfers per gemeente, 2025' });
    const rij = (naam: string) => within(tabel).getByRole('rowheader', { name: naam }).closest('tr') as HTMLElement;
    expect(rij('Roerdalen').textContent).toBe('Roerdalen< 5 (minder dan 5 jongeren: niet te tonen)');
    expect(rij('Weert').textContent).toBe('Weert1,8');
    expect(rij('Leudal').textContent).toBe('Leudalgeen cijfer');
  });

  it('gives the chart a bar and a figure for every gemeente with one, and only words for the suppressed one and the one without', () => {
    const spec = vergelijkingSpec([...GEMEENTEN, { gemeente: 'GM0957', naam: 'Roermond', punten: [punt(43, '43', true)] }]) as unknown as {
      data: { values: Array<Record<string, unknown>> };
      layer: Array<Record<string, unknown>>;
    };
    expect(spec.data.values).toEqual([
      { label: 'Weert', waarde: 1.8, weergave: '1,8', leeg: false },
      { label: 'Roerdalen', waarde: null, weergave: '< 5', leeg: true },
      { label: 'Nederweert', waarde: 0.9, weergave: '0,9', leeg: false },
      { label: 'Leudal', waarde: null, weergave: 'geen cijfer', leeg: true },
      { label: 'Roermond', waarde: null, weergave: '< 5', leeg: true },
    ]);
    expect(JSON.stringify(spec)).not.toContain('43');
    expect(spec.layer.map((l) => [(l.mark as { type: string }).type, (l.transform as Array<{ filter: { equal: boolean } }>)[0].filter.equal])).toEqual([
      ['bar', false],
      ['text', false],
      ['text', true],
    ]);
  });

  it('names the source when a gemeente has figures from more than one', () => {
    const rijen = balken([{ gemeente: 'GM0988', naam: 'Weert', punten: [punt(1, '1'), punt(2, '2', false, 'regio')] }]);
    expect(rijen.map((b) => b.label)).toEqual(['Weert (cbs)', 'Weert (regio)']);
  });
});
