import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../../api/fout';
import { GemeenteHernoemenFormulier, GemeenteToevoegenFormulier, IndicatorFormulier, TermijnenFormulier } from './formulieren';

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

describe('the indicators and deadlines of the region', () => {
  afterEach(cleanup);

  it('asks for every part of a new indicator beside its field, and a code in kebab-case', async () => {
    const verstuur = vi.fn();
    render(<IndicatorFormulier verstuur={verstuur} />);
    await userEvent.click(knop('Indicator toevoegen'));
    for (const tekst of ['Vul de code in.', 'Vul de naam in.', 'Vul de definitie in.', 'Vul de eenheid in.', 'Kies wat beter is: hoger of lager.', 'Vul de bron in.']) expect(screen.getByText(tekst)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Code'), 'Wachttijd GGZ');
    await userEvent.click(knop('Indicator toevoegen'));
    expect(screen.getByText('Gebruik kleine letters, cijfers en streepjes, zoals wachttijd-ggz.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('sends a new indicator and says monitoring\'s refusal of a code in use above the button, keeping what was typed', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'conflict', detail: 'De code wachttijd-ggz bestaat al in de regio.' }));
    render(<IndicatorFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Code'), 'wachttijd-ggz');
    await userEvent.type(screen.getByLabelText('Naam'), 'Wachttijd ggz');
    await userEvent.type(screen.getByLabelText('Definitie'), 'Dagen tussen aanmelding en start');
    await userEvent.type(screen.getByLabelText('Eenheid'), 'dagen');
    await userEvent.selectOptions(screen.getByLabelText('Wat is beter: hoger of lager?'), 'lager_is_beter');
    await userEvent.type(screen.getByLabelText('Bron'), 'Regio');
    await userEvent.click(knop('Indicator toevoegen'));
    expect(verstuur).toHaveBeenCalledWith({ code: 'wachttijd-ggz', naam: 'Wachttijd ggz', definitie: 'Dagen tussen aanmelding en start', eenheid: 'dagen', richting: 'lager_is_beter', bron: 'Regio' });
    expect((await screen.findByRole('alert')).textContent).toContain('bestaat al');
    expect((screen.getByLabelText('Code') as HTMLInputElement).value).toBe('wachttijd-ggz');
  });

  it('changes an indicator without its code, filled in with what it is now', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    render(<IndicatorFormulier bestaand={{ code: 'wachttijd-ggz', naam: 'Wachttijd ggz', definitie: 'Dagen', eenheid: 'dagen', richting: 'lager_is_beter', bron: 'Regio' }} verstuur={verstuur} />);
    expect(screen.queryByLabelText('Code')).toBeNull();
    await userEvent.clear(screen.getByLabelText('Eenheid'));
    await userEvent.type(screen.getByLabelText('Eenheid'), 'weken');
    await userEvent.click(knop('Wijziging opslaan'));
    expect(verstuur).toHaveBeenCalledWith(expect.objectContaining({ code: 'wachttijd-ggz', eenheid: 'weken' }));
    expect((await screen.findByRole('status')).textContent).toBe('De indicator is gewijzigd.');
  });

  it('takes whole working days from 1 to 100, and shows signalen\'s reason beside the field', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'ongeldig', detail: 'Niet alles klopt', velden: { beantwoordenWerkdagen: 'beantwoordenWerkdagen must not be greater than 100' } }));
    render(<TermijnenFormulier huidig={{ opnemenWerkdagen: 10, beantwoordenWerkdagen: 15 }} verstuur={verstuur} />);
    const opnemen = screen.getByLabelText('Werkdagen om een signaal op te pakken');
    expect((opnemen as HTMLInputElement).value).toBe('10');
    await userEvent.clear(opnemen);
    await userEvent.type(opnemen, '0');
    await userEvent.click(knop('Termijnen opslaan'));
    expect(screen.getByText('Vul een heel getal van 1 tot en met 100 in.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
    await userEvent.clear(opnemen);
    await userEvent.type(opnemen, '12');
    await userEvent.click(knop('Termijnen opslaan'));
    expect(verstuur).toHaveBeenCalledWith({ opnemenWerkdagen: 12, beantwoordenWerkdagen: 15 });
    expect(await screen.findByText('beantwoordenWerkdagen must not be greater than 100')).toBeTruthy();
  });
});
