import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../api/fout';
import { VoorkeurFormulier } from './email-instellingen';

const voorkeur = { categorie: 'signalen' as const, omschrijving: 'Nieuwe signalen in uw regio', keuze: 'direct' as const, uitleg: 'U krijgt meteen een e-mail.' };

describe('the e-mail choice of one category', () => {
  afterEach(cleanup);

  it('sends the chosen value and says it is saved', async () => {
    const opslaan = vi.fn().mockResolvedValue({ ...voorkeur, keuze: 'dagelijks', uitleg: 'U krijgt één e-mail per dag.' });
    render(<VoorkeurFormulier voorkeur={voorkeur} opslaan={opslaan} />);
    await userEvent.click(screen.getByLabelText('Eén e-mail per dag'));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(opslaan).toHaveBeenCalledWith('signalen', 'dagelijks');
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
    expect(screen.getByText('Nu: U krijgt één e-mail per dag.')).toBeTruthy();
  });

  it('shows the API\'s invalidParams reason beside the field, keeps the choice, and links it to the group', async () => {
    const opslaan = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'ongeldig', detail: 'Niet alles klopt', velden: { keuze: 'keuze moet direct, dagelijks of uit zijn' } }));
    render(<VoorkeurFormulier voorkeur={voorkeur} opslaan={opslaan} />);
    await userEvent.click(screen.getByLabelText('Geen e-mail'));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const fout = await screen.findByText('keuze moet direct, dagelijks of uit zijn');
    const groep = screen.getByRole('group');
    expect(groep.getAttribute('aria-describedby')).toContain(fout.id);
    expect((screen.getByLabelText('Geen e-mail') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('Opgeslagen.')).toBeNull();
  });

  it('says a lost connection plainly instead of naming a field', async () => {
    const opslaan = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'geen-verbinding' }));
    render(<VoorkeurFormulier voorkeur={voorkeur} opslaan={opslaan} />);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Er is geen verbinding met Koers');
  });
});
