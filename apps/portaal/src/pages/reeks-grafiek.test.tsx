import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { grafiekTekst, ReeksGrafiek } from './reeks-grafiek';

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

  it('breaks the line at a suppressed point instead of drawing a value for it', () => {
    const { container } = render(<ReeksGrafiek id="r" titel="t" punten={punten} doel={doel} />);
    expect(container.querySelectorAll('path.koers-grafiek__lijn')).toHaveLength(2);
    expect(container.querySelectorAll('circle')).toHaveLength(2);
  });

  it('says so when there are no figures or no target', () => {
    expect(grafiekTekst('Wachttijd', [])).toBe('Wachttijd: er zijn nog geen cijfers.');
    expect(grafiekTekst('Wachttijd', punten.slice(0, 1))).toContain('Er is geen koersdoel.');
  });
});
