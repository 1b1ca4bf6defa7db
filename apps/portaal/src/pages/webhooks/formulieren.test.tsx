import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../../api/fout';
import type { PortaalConfig } from '../../config/config';
import { AbonnementFormulier, Geheim, organisatieKeuzes } from './formulieren';

const knop = (naam: string) => screen.getByRole('button', { name: naam });

const config = {
  gemeenten: { GM0988: 'Weert', GM1640: 'Leudal', GM0946: 'Nederweert' },
  organisaties: { 'zorggroep-horizon': 'Zorggroep Horizon', 'jeugdhulp-kompas': 'Jeugdhulp Kompas', 'clientenraad-mlw': 'Cliëntenraad Midden-Limburg West' },
} as unknown as PortaalConfig;

// As the page makes them: the region's gemeenten from monitoring, its providers and client councils from signalen (providers first).
const organisaties = organisatieKeuzes(
  config,
  [
    { code: 'GM0988', naam: 'Weert' },
    { code: 'GM1640', naam: 'Leudal' },
    { code: 'GM0946', naam: 'Nederweert' },
  ],
  [
    { organisatie: 'jeugdhulp-kompas', rol: 'aanbieder' },
    { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
    { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
  ],
);
const wiens = () => screen.getByLabelText('Van welke organisatie of gemeente is het systeem?') as HTMLSelectElement;

describe('a new webhook subscription', () => {
  afterEach(cleanup);

  it('says what is missing beside each field and sends nothing', async () => {
    const verstuur = vi.fn();
    render(<AbonnementFormulier organisaties={organisaties} verstuur={verstuur} />);
    await userEvent.click(knop('Webhook aanmaken'));
    expect(screen.getByText('Vul het adres van uw systeem in.')).toBeTruthy();
    expect(screen.getByText('Vul minstens één soort bericht in.')).toBeTruthy();
    expect(screen.getByText('Kies de organisatie of gemeente.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('3 velden zijn nog niet goed ingevuld');
    const adres = screen.getByLabelText('Adres van uw systeem');
    expect(adres.getAttribute('aria-describedby')).toContain(screen.getByText('Vul het adres van uw systeem in.').id);
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('lets a beheerder choose whose system it is by name, each with its kind, sorted by name', () => {
    render(<AbonnementFormulier organisaties={organisaties} verstuur={vi.fn()} />);
    expect([...wiens().options].map((o) => o.text)).toEqual([
      'Kies…',
      'Cliëntenraad Midden-Limburg West (cliëntenraad)',
      'Jeugdhulp Kompas (aanbieder)',
      'Leudal (gemeente)',
      'Nederweert (gemeente)',
      'Weert (gemeente)',
      'Zorggroep Horizon (aanbieder)',
    ]);
    expect(wiens().value).toBe('');
    expect(wiens().getAttribute('aria-required')).toBe('true');
  });

  it('refuses a beheerder\'s webhook without an organisation beside the field, and sends the code of the one chosen', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    render(<AbonnementFormulier organisaties={organisaties} verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Adres van uw systeem'), 'https://systeem.example/koers');
    await userEvent.type(screen.getByLabelText('Welke berichten?'), 'nl.koers.*');
    await userEvent.click(knop('Webhook aanmaken'));
    const fout = screen.getByText('Kies de organisatie of gemeente.');
    expect(wiens().getAttribute('aria-describedby')).toContain(fout.id);
    expect(verstuur).not.toHaveBeenCalled();

    await userEvent.selectOptions(wiens(), 'Weert (gemeente)');
    await userEvent.click(knop('Webhook aanmaken'));
    expect(verstuur).toHaveBeenCalledWith({ callbackUrl: 'https://systeem.example/koers', eventTypes: ['nl.koers.*'], organisatie: 'GM0988' });
    await screen.findByText('De webhook is aangemaakt.');
    expect(wiens().value).toBe('');
  });

  it('names a gemeente config.json does not know as monitoring\'s register does, an organisation it does not know by its code', () => {
    expect(organisatieKeuzes(config, [{ code: 'GM9990', naam: 'Proefgemeente' }], [{ organisatie: 'nieuw-zorg', rol: 'aanbieder' }])).toEqual([
      { waarde: 'nieuw-zorg', tekst: 'nieuw-zorg (aanbieder)' },
      { waarde: 'GM9990', tekst: 'Proefgemeente (gemeente)' },
    ]);
  });

  it('refuses an event type and a gemeente code that cannot be right', async () => {
    const verstuur = vi.fn();
    render(<AbonnementFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Adres van uw systeem'), 'https://systeem.example/koers');
    await userEvent.type(screen.getByLabelText('Welke berichten?'), 'Signalen alstublieft');
    await userEvent.type(screen.getByLabelText('Alleen over deze gemeenten (niet verplicht)'), 'Weert');
    await userEvent.click(knop('Webhook aanmaken'));
    expect(screen.getByText('Signalen alstublieft is geen soort bericht. Bijvoorbeeld: nl.koers.signalen.*')).toBeTruthy();
    expect(screen.getByText('Weert is geen gemeentecode. Een code ziet eruit als GM0988.')).toBeTruthy();
    expect(screen.queryByLabelText(/Van welke organisatie/)).toBeNull();
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('sends one event type and gemeente a line, and shows notificaties\' reason beside the field it names', async () => {
    const verstuur = vi.fn().mockRejectedValue(
      new KoersFoutError({ soort: 'ongeldig', detail: 'Niet alles klopt', velden: { callbackUrl: 'callbackUrl moet https gebruiken' } }),
    );
    render(<AbonnementFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Adres van uw systeem'), 'http://systeem.example/koers');
    await userEvent.type(screen.getByLabelText('Welke berichten?'), 'nl.koers.signalen.*{enter}nl.koers.tafels.afspraak.getoetst');
    await userEvent.type(screen.getByLabelText('Alleen over deze gemeenten (niet verplicht)'), 'GM0988, GM0946');
    await userEvent.click(knop('Webhook aanmaken'));
    expect(verstuur).toHaveBeenCalledWith({ callbackUrl: 'http://systeem.example/koers', eventTypes: ['nl.koers.signalen.*', 'nl.koers.tafels.afspraak.getoetst'], gemeenten: ['GM0988', 'GM0946'] });
    const fout = await screen.findByText('callbackUrl moet https gebruiken');
    expect(screen.getByLabelText('Adres van uw systeem').getAttribute('aria-describedby')).toContain(fout.id);
    expect((screen.getByLabelText('Adres van uw systeem') as HTMLInputElement).value).toBe('http://systeem.example/koers');
  });

  it('says another refusal above the button, and sends once while busy', async () => {
    let weiger: (fout: unknown) => void = () => undefined;
    const verstuur = vi.fn().mockReturnValue(new Promise((_, reject) => (weiger = reject)));
    render(<AbonnementFormulier organisaties={organisaties} verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Adres van uw systeem'), 'https://systeem.example/koers');
    await userEvent.type(screen.getByLabelText('Welke berichten?'), 'nl.koers.*');
    await userEvent.selectOptions(wiens(), 'zorggroep-horizon');
    await userEvent.click(knop('Webhook aanmaken'));
    await userEvent.click(screen.getByRole('button', { name: 'Bezig…' }));
    expect(verstuur).toHaveBeenCalledTimes(1);
    expect(verstuur).toHaveBeenCalledWith({ callbackUrl: 'https://systeem.example/koers', eventTypes: ['nl.koers.*'], organisatie: 'zorggroep-horizon' });
    weiger(new KoersFoutError({ soort: 'geen-toegang', detail: 'Organisatie zorggroep-horizon werkt niet in regio midden-limburg-west.' }));
    expect((await screen.findByRole('alert')).textContent).toContain('zorggroep-horizon werkt niet in regio midden-limburg-west');
  });
});

describe('the signing secret', () => {
  afterEach(cleanup);

  it('is shown with a copy button and the advice to store it', async () => {
    const schrijf = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: schrijf }, configurable: true });
    const sluit = vi.fn();
    render(<Geheim geheim="whsec_dGVzdA==" sluit={sluit} />);
    expect(screen.getByText('whsec_dGVzdA==')).toBeTruthy();
    expect(screen.getByText(/U ziet het maar één keer/)).toBeTruthy();
    await userEvent.click(knop('Kopieer het geheim'));
    expect(schrijf).toHaveBeenCalledWith('whsec_dGVzdA==');
    expect(await screen.findByText('Het geheim is gekopieerd.')).toBeTruthy();
    await userEvent.click(knop('Ik heb het bewaard'));
    expect(sluit).toHaveBeenCalled();
  });
});
