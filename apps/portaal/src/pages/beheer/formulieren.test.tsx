import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../../api/fout';
import { GemeenteHernoemenFormulier, GemeenteToevoegenFormulier } from './formulieren';

const knop = (naam: string) => screen.getByRole('button', { name: naam });

describe('the gemeenten of the region', () => {
  afterEach(cleanup);

  it('asks for a CBS code and a name beside the fields before sending', async () => {
    const verstuur = vi.fn();
    render(<GemeenteToevoegenFormulier verstuur={verstuur} />);
    await userEvent.click(knop('Gemeente toevoegen'));
    expect(screen.getByText('Vul de gemeentecode in.')).toBeTruthy();
    expect(screen.getByText('Vul de naam in.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Gemeentecode'), '1894');
    await userEvent.click(knop('Gemeente toevoegen'));
    expect(screen.getByText('Een gemeentecode van het CBS ziet eruit als GM0988.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('sends code and name, and says monitoring\'s refusal of the state above the button', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'conflict', detail: 'Gemeente GM1894 hoort al bij regio noord-limburg.' }));
    render(<GemeenteToevoegenFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Gemeentecode'), 'GM1894');
    await userEvent.type(screen.getByLabelText('Naam'), ' Peel en Maas ');
    await userEvent.click(knop('Gemeente toevoegen'));
    expect(verstuur).toHaveBeenCalledWith({ code: 'GM1894', naam: 'Peel en Maas' });
    expect((await screen.findByRole('alert')).textContent).toContain('hoort al bij regio noord-limburg');
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe(' Peel en Maas ');
  });

  it('renames the chosen gemeente, and shows monitoring\'s reason beside the name', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'ongeldig', detail: 'Niet alles klopt', velden: { naam: 'naam is te lang' } }));
    render(<GemeenteHernoemenFormulier gemeenten={[{ code: 'GM0988', naam: 'Weert' }]} verstuur={verstuur} />);
    await userEvent.click(knop('Naam opslaan'));
    expect(screen.getByText('Kies een gemeente.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Gemeente'), 'GM0988');
    await userEvent.type(screen.getByLabelText('Nieuwe naam'), 'Weert aan de Maas');
    await userEvent.click(knop('Naam opslaan'));
    expect(verstuur).toHaveBeenCalledWith('GM0988', 'Weert aan de Maas');
    const fout = await screen.findByText('naam is te lang');
    expect(screen.getByLabelText('Nieuwe naam').getAttribute('aria-describedby')).toContain(fout.id);
  });
});
