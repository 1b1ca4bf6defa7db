import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MonitoringplanFormulier } from './monitoringplan-formulier';

const knop = () => screen.getByRole('button', { name: 'Monitoringplan maken' });
const INDICATOREN = [{ waarde: 'jeugdhulp-met-verblijf', tekst: 'Jeugdhulp met verblijf' }];

describe('making a monitoring plan from an agreement', () => {
  afterEach(cleanup);

  it('says what is missing or not a period beside each field, and sends nothing', async () => {
    const verstuur = vi.fn();
    render(<MonitoringplanFormulier titel="Twee plekken erbij" indicatoren={INDICATOREN} verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Meetmomenten'), '2025-Q4, najaar');
    await userEvent.click(knop());
    expect(screen.getByText('Vul het cijfer dat u volgt in.')).toBeTruthy();
    expect(screen.getByText('Vul het doel in.')).toBeTruthy();
    expect(screen.getByText('Vul de laatste periode van de nulmeting in.')).toBeTruthy();
    expect(screen.getByText('Een jaar, half jaar, kwartaal of maand: 2025, 2025-H1, 2025-Q3 of 2025-07.')).toBeTruthy();
    expect(screen.getByText('Vul de datum van de evaluatie in.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('sends the plan as monitoring takes it, the title proposed from the agreement', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    render(<MonitoringplanFormulier titel="Twee plekken erbij" indicatoren={INDICATOREN} verstuur={verstuur} />);
    await userEvent.selectOptions(screen.getByLabelText('Welk cijfer volgt u?'), 'jeugdhulp-met-verblijf');
    await userEvent.type(screen.getByLabelText('Doel'), '1.5');
    await userEvent.selectOptions(screen.getByLabelText('Wanneer is het doel gehaald?'), 'minimaal');
    await userEvent.type(screen.getByLabelText('Nulmeting tot en met'), '2025-Q2');
    await userEvent.clear(screen.getByLabelText('Over hoeveel perioden?'));
    await userEvent.type(screen.getByLabelText('Over hoeveel perioden?'), '2');
    await userEvent.type(screen.getByLabelText('Meetmomenten'), '2025-Q4; 2026-Q2');
    await userEvent.type(screen.getByLabelText('Evaluatie op'), '2027-06-30');
    await userEvent.click(knop());
    expect(verstuur).toHaveBeenCalledWith({
      titel: 'Twee plekken erbij',
      indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', doelwaarde: 1.5, richting: 'minimaal' }],
      nulmetingTot: '2025-Q2',
      nulmetingPerioden: 2,
      meetmomenten: ['2025-Q4', '2026-Q2'],
      evaluatiedatum: '2027-06-30',
    });
    expect(await screen.findByText('Het monitoringplan is gemaakt.', { exact: false })).toBeTruthy();
  });
});
