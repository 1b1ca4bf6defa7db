import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { grafiekTekst, ReeksGrafiek, reeksSpec } from './reeks-grafiek';

const punten = [
  { periode: '2025-Q1', waarde: 12, weergave: '12', onderdrukt: false },
  { periode: '2025-Q2', waarde: null as unknown as number, weergave: '< 5', onderdrukt: true },
  { periode: '2025-Q3', waarde: 14, weergave: '14', onderdrukt: false },
];
const doel = { doelwaarde: 10, richting: 'maximaal' as const };

describe('the chart of a series', () => {
  afterEach(cleanup);

  it('is an image named by its title and summary, saying the last figure, the target and what is hidden', () => {
    render(<ReeksGrafiek id="r" titel="Jongeren met jeugdhulp in Weert" punten={punten} doel={doel} />);
    const grafiek = screen.getByRole('img', { name: /Jongeren met jeugdhulp in Weert/ });
    const naam = (grafiek.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(naam).toContain('Laatste cijfer (2025-Q3): 14.');
    expect(naam).toContain('Het koersdoel is hoogstens 10.');
    expect(naam).toContain('Het laatste cijfer haalt het doel niet.');
    expect(naam).toContain('1 cijfer is niet te zien, omdat het om minder dan 5 jongeren gaat.');
  });

  it('has the same figures in a table, the suppressed one as the API gives it', () => {
    render(<ReeksGrafiek id="r" titel="Jongeren met jeugdhulp" punten={punten} doel={doel} />);
    const tabel = screen.getByRole('table', { name: 'De cijfers van de grafiek' });
    const rijen = within(tabel).getAllByRole('row').slice(1).map((rij) => rij.textContent);
    expect(rijen).toEqual(['2025-Q112hoogstens 10', '2025-Q2< 5 (minder dan 5 jongeren: niet te tonen)hoogstens 10', '2025-Q314hoogstens 10']);
  });

  it('gives the chart no number for a suppressed point, even one sent beside it: the line breaks and < 5 is written there', () => {
    const verstuurd = [punten[0], { ...punten[1], waarde: 37 }, punten[2]];
    const spec = reeksSpec(verstuurd, doel) as unknown as { data: { values: Array<Record<string, unknown>> }; layer: Array<Record<string, unknown>> };
    const onderdrukt = spec.data.values.find((w) => w.periode === '2025-Q2');
    expect(onderdrukt).toEqual({ periode: '2025-Q2', waarde: null, weergave: '< 5', leeg: true });
    expect(Object.values(onderdrukt ?? {}).some((w) => typeof w === 'number')).toBe(false);
    expect(JSON.stringify(spec)).not.toContain('37');
    expect(spec.layer[0]).toMatchObject({ mark: { type: 'line', invalid: 'break-paths-filter-domains' } });
    expect(spec.layer[2]).toMatchObject({ transform: [{ filter: { field: 'leeg', equal: true } }], mark: { type: 'text' }, encoding: { text: { field: 'weergave' } } });
  });

  it('draws the target as a dashed line with its words, and the figures as circles, so nothing depends on colour', () => {
    const spec = reeksSpec(punten, doel) as unknown as { layer: Array<Record<string, unknown>> };
    expect(spec.layer[1]).toMatchObject({ mark: { type: 'point', shape: 'circle' } });
    expect(spec.layer[3]).toMatchObject({
      data: { values: [{ doelwaarde: 10, tekst: 'doel ≤ 10' }] },
      layer: [{ mark: { type: 'rule', strokeDash: [8, 4] } }, { mark: { type: 'text' }, encoding: { text: { field: 'tekst' } } }],
    });
    expect((reeksSpec(punten) as unknown as { layer: unknown[] }).layer).toHaveLength(3);
  });

  it('says so when there are no figures or no target', () => {
    expect(grafiekTekst('Wachttijd', [])).toBe('Wachttijd: er zijn nog geen cijfers.');
    expect(grafiekTekst('Wachttijd', punten.slice(0, 1))).toContain('Er is geen koersdoel.');
  });
});
