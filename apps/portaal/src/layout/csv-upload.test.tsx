import { ReactNode } from 'react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../api/fout';
import { BRON_HULP } from '../pages/metingen-aanleveren';
import { CsvUpload, Weigering } from './csv-upload';

vi.mock('../koers', () => ({ useKoers: () => ({ meldSessieVerlopen: vi.fn() }) }));

const bestand = new File(['indicator,gemeente,periode,waarde\njeugdhulp-totaal,GM0988,2025-Q1,12\n'], 'metingen.csv', { type: 'text/csv' });

function Upload({ versturen }: { versturen(b: File, voortgang: (deel: number) => void): Promise<{ nieuw: number }> }): ReactNode {
  return <CsvUpload label="CSV-bestand" uitleg="Een bestand" versturen={versturen} uitslag={(r) => <p>{r.nieuw} nieuw</p>} />;
}

describe('uploading a CSV file', () => {
  afterEach(cleanup);

  it('shows the progress as it is sent, then the answer', async () => {
    let voortgang: (deel: number) => void = () => undefined;
    let klaar: (r: { nieuw: number }) => void = () => undefined;
    const versturen = vi.fn((_b: File, v: (deel: number) => void) => {
      voortgang = v;
      return new Promise<{ nieuw: number }>((resolve) => (klaar = resolve));
    });
    render(<Upload versturen={versturen} />);
    await userEvent.upload(screen.getByLabelText('CSV-bestand'), bestand);
    await userEvent.click(screen.getByRole('button', { name: 'Bestand versturen' }));
    expect(versturen).toHaveBeenCalledWith(bestand, expect.any(Function));
    const balk = screen.getByRole('progressbar', { name: 'Verstuurd' }) as HTMLProgressElement;
    act(() => voortgang(0.42));
    expect(balk.value).toBe(42);
    act(() => voortgang(1));
    expect(balk.value).toBe(100);
    expect(screen.getByText('100 %')).toBeTruthy();
    await act(async () => klaar({ nieuw: 1 }));
    expect(screen.getByText('1 nieuw')).toBeTruthy();
  });

  it('lists every refused row with its line, column and reason', async () => {
    const versturen = vi.fn().mockRejectedValue(
      new KoersFoutError({ soort: 'ongeldig', detail: '2 regels zijn niet goed; er is niets opgeslagen', velden: { 'regel 12: waarde': 'waarde is geen getal', 'regel 2: periode': 'periode 2025-Q5 bestaat niet', 'regel 7': 'de regel heeft 3 velden, de kopregel 4' } }),
    );
    render(<Upload versturen={versturen} />);
    await userEvent.upload(screen.getByLabelText('CSV-bestand'), bestand);
    await userEvent.click(screen.getByRole('button', { name: 'Bestand versturen' }));
    const weigering = await screen.findByRole('alert');
    expect(weigering.textContent).toContain('2 regels zijn niet goed; er is niets opgeslagen');
    const rijen = within(within(weigering).getByRole('table')).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rijen).toEqual([
      ['Regel', 'Kolom', 'Wat is er mis'],
      ['2', 'periode', 'periode 2025-Q5 bestaat niet'],
      ['7', '—', 'de regel heeft 3 velden, de kopregel 4'],
      ['12', 'waarde', 'waarde is geen getal'],
    ]);
  });

  it('rows without a source: monitoring’s reason per row, and once what this screen offers for it, in words without a query string', () => {
    const reden = 'bron ontbreekt: zet in de kolom bron waar dit cijfer vandaan komt, of geef één bron op voor de hele levering';
    render(<Weigering fout={{ soort: 'ongeldig', detail: 'De levering is geweigerd: 2 fouten. Er is niets opgeslagen.', velden: { 'regel 2: bron': reden, 'regel 3: bron': reden } }} hulpBijKolom={BRON_HULP} />);
    const weigering = screen.getByRole('alert');
    expect(within(weigering).getAllByText(reden)).toHaveLength(2);
    expect(within(weigering).getAllByText(/Vul dan bij "Bron van de cijfers" in/)).toHaveLength(1);
    expect(weigering.textContent).not.toContain('?bron=');
  });

  it('says nothing extra when the column with help is not refused', () => {
    render(<Weigering fout={{ soort: 'ongeldig', detail: '', velden: { 'regel 2: waarde': 'waarde is geen getal' } }} hulpBijKolom={BRON_HULP} />);
    expect(screen.queryByText(/Bron van de cijfers/)).toBeNull();
  });

  it('asks for a file before sending anything', async () => {
    const versturen = vi.fn();
    render(<Upload versturen={versturen} />);
    await userEvent.click(screen.getByRole('button', { name: 'Bestand versturen' }));
    expect(versturen).not.toHaveBeenCalled();
    expect(screen.getByLabelText('CSV-bestand').getAttribute('aria-describedby')).toContain(screen.getByText('Kies eerst een bestand.').id);
  });
});
