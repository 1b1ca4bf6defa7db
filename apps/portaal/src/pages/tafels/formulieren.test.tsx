import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../../api/fout';
import { AntwoordFormulier, BijeenkomstFormulier, DeelnemerFormulier, ToetsingFormulier, VaststellingFormulier, VoortgangFormulier } from './formulieren';

const knop = (naam: string) => screen.getByRole('button', { name: naam });

describe('planning a meeting', () => {
  afterEach(cleanup);

  it('says what is missing beside each field and sends nothing', async () => {
    const verstuur = vi.fn();
    render(<BijeenkomstFormulier verstuur={verstuur} />);
    await userEvent.click(knop('Bijeenkomst plannen'));
    expect(screen.getByText('Vul de begintijd in.')).toBeTruthy();
    expect(screen.getByText('Vul de eindtijd in.')).toBeTruthy();
    expect(screen.getByText('Vul een plaats of een link in (of allebei).')).toBeTruthy();
    expect(screen.getByText('Vul de agenda in.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('4 velden zijn nog niet goed ingevuld');
    const agenda = screen.getByLabelText('Agenda');
    expect(agenda.getAttribute('aria-describedby')).toContain(screen.getByText('Vul de agenda in.').id);
    expect(agenda.getAttribute('aria-invalid')).toBe('true');
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('refuses an end before the start and a link that is not https', async () => {
    const verstuur = vi.fn();
    render(<BijeenkomstFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Begint op'), '2027-03-02T10:00');
    await userEvent.type(screen.getByLabelText('Eindigt op'), '2027-03-02T09:00');
    await userEvent.type(screen.getByLabelText('Link om online mee te doen (niet verplicht)'), 'http://meet.example/tafel');
    await userEvent.type(screen.getByLabelText('Agenda'), 'Welkom; het dossier.');
    await userEvent.click(knop('Bijeenkomst plannen'));
    expect(screen.getByText('De eindtijd moet na de begintijd liggen.')).toBeTruthy();
    expect(screen.getByText('Een link begint met https://.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('sends the Dutch clock time as typed, and shows the API\'s reason beside the field it names', async () => {
    const verstuur = vi.fn().mockRejectedValue(
      new KoersFoutError({ soort: 'ongeldig', detail: 'Niet alles klopt', velden: { agenda: 'De agenda lijkt persoonsgegevens te bevatten. Haal ze weg.' } }),
    );
    render(<BijeenkomstFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Begint op'), '2027-03-02T10:00');
    await userEvent.type(screen.getByLabelText('Eindigt op'), '2027-03-02T12:00');
    await userEvent.type(screen.getByLabelText('Plaats (niet verplicht)'), 'Stadhuis Weert, raadszaal');
    await userEvent.type(screen.getByLabelText('Agenda'), 'Welkom; het dossier.');
    await userEvent.click(knop('Bijeenkomst plannen'));
    expect(verstuur).toHaveBeenCalledWith({ start: '2027-03-02T10:00', eind: '2027-03-02T12:00', plaats: 'Stadhuis Weert, raadszaal', agenda: 'Welkom; het dossier.' });
    const fout = await screen.findByText('De agenda lijkt persoonsgegevens te bevatten. Haal ze weg.');
    expect(screen.getByLabelText('Agenda').getAttribute('aria-describedby')).toContain(fout.id);
    expect((screen.getByLabelText('Agenda') as HTMLTextAreaElement).value).toBe('Welkom; het dossier.');
  });

  it('says a refusal of the state (409) in the API\'s words above the button', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'conflict', detail: 'De tafel is in voorbereiding; er ontbreekt: clientzijde.' }));
    render(<BijeenkomstFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Begint op'), '2027-03-02T10:00');
    await userEvent.type(screen.getByLabelText('Eindigt op'), '2027-03-02T12:00');
    await userEvent.type(screen.getByLabelText('Plaats (niet verplicht)'), 'Stadhuis Weert');
    await userEvent.type(screen.getByLabelText('Agenda'), 'Welkom.');
    await userEvent.click(knop('Bijeenkomst plannen'));
    expect((await screen.findByRole('alert')).textContent).toBe('De tafel is in voorbereiding; er ontbreekt: clientzijde.');
  });
});

describe('a jurist\'s verdict', () => {
  afterEach(cleanup);

  it('asks for a choice, and for the reason of a bezwaar', async () => {
    const verstuur = vi.fn().mockResolvedValue({});
    render(<ToetsingFormulier verstuur={verstuur} />);
    await userEvent.click(knop('Oordeel versturen'));
    expect(screen.getByText('Kies akkoord of bezwaar.')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Bezwaar'));
    await userEvent.click(knop('Oordeel versturen'));
    expect(screen.getByText('Vul waarom u bezwaar hebt in.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Waarom hebt u bezwaar?'), 'De Jeugdwet vraagt hier een besluit van het college.');
    await userEvent.click(knop('Oordeel versturen'));
    expect(verstuur).toHaveBeenCalledWith({ oordeel: 'bezwaar', reden: 'De Jeugdwet vraagt hier een besluit van het college.' });
    expect(await screen.findByText('Uw oordeel is opgeslagen.')).toBeTruthy();
  });

  it('sends an akkoord without reason; while it sends, the button is disabled and a second click sends nothing', async () => {
    let klaar: (waarde: unknown) => void = () => undefined;
    const verstuur = vi.fn().mockReturnValue(new Promise((resolve) => (klaar = resolve)));
    render(<ToetsingFormulier verstuur={verstuur} />);
    await userEvent.click(screen.getByLabelText('Akkoord'));
    await userEvent.click(knop('Oordeel versturen'));
    const bezig = screen.getByRole('button', { name: 'Bezig…' });
    expect(bezig.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(bezig);
    expect(verstuur).toHaveBeenCalledTimes(1);
    expect(verstuur).toHaveBeenCalledWith({ oordeel: 'akkoord' });
    klaar({});
    expect(await screen.findByText('Uw oordeel is opgeslagen.')).toBeTruthy();
  });
});

describe('the owner\'s progress, the answer to an invitation, a participant by id', () => {
  afterEach(cleanup);

  it('needs the reason when the owner stopped', async () => {
    const verstuur = vi.fn().mockResolvedValue({});
    render(<VoortgangFormulier verstuur={verstuur} />);
    await userEvent.click(screen.getByLabelText('We zijn gestopt'));
    await userEvent.click(knop('Voortgang doorgeven'));
    expect(screen.getByText('Vul waarom u stopt in.')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Het is klaar'));
    await userEvent.click(knop('Voortgang doorgeven'));
    expect(verstuur).toHaveBeenCalledWith({ voortgang: 'uitgevoerd' });
  });

  it('starts from the answer given, and asks for one when there is none', async () => {
    const verstuur = vi.fn().mockResolvedValue({});
    render(<AntwoordFormulier voor="u" verstuur={verstuur} />);
    await userEvent.click(knop('Antwoord versturen'));
    expect(screen.getByText('Kies of u komt.')).toBeTruthy();
    cleanup();
    render(<AntwoordFormulier voor="u" huidig="afwezig" verstuur={verstuur} />);
    expect((screen.getByLabelText('Nee, ik kom niet') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByLabelText('Ja, ik kom'));
    await userEvent.click(knop('Antwoord versturen'));
    expect(verstuur).toHaveBeenCalledWith('aanwezig');
  });

  it('refuses an id that is not a Keycloak id before asking tafels', async () => {
    const verstuur = vi.fn();
    render(<DeelnemerFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Gebruikers-id'), 'client.mlw');
    await userEvent.click(knop('Aan tafel zetten'));
    expect(screen.getByText(/Een gebruikers-id ziet eruit als/)).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
  });
});

describe('adopting the minutes', () => {
  afterEach(cleanup);
  const opmerking = { id: '0b7c9a52-8f0e-4d0b-9f3a-2a1c5e7b9d10', rol: 'aanbieder', tekst: 'De wachttijd is veertien weken, niet twaalf.', geplaatstOp: '2027-03-03T09:00:00+01:00' };

  it('is disabled, saying why, while the participants may still react', async () => {
    const verstuur = vi.fn();
    render(<VaststellingFormulier opmerkingen={[opmerking]} termijnVoorbij={false} verstuur={verstuur} />);
    const vaststellen = knop('Verslag vaststellen');
    expect(vaststellen.getAttribute('aria-disabled')).toBe('true');
    expect(vaststellen.getAttribute('aria-describedby')).toBe(screen.getByText('Dit kan pas als de tijd om te reageren voorbij is.').parentElement?.id);
    await userEvent.click(vaststellen);
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('needs an answer and a toelichting for every remark', async () => {
    const verstuur = vi.fn().mockResolvedValue({});
    render(<VaststellingFormulier opmerkingen={[opmerking]} termijnVoorbij verstuur={verstuur} />);
    await userEvent.click(knop('Verslag vaststellen'));
    expect(screen.getByText('Kies wat u met deze reactie deed.')).toBeTruthy();
    expect(screen.getByText('Vul een toelichting in.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Wat deed u ermee?'), 'verwerkt');
    await userEvent.type(screen.getByLabelText('Toelichting'), 'Aangepast naar veertien weken.');
    await userEvent.click(knop('Verslag vaststellen'));
    expect(verstuur).toHaveBeenCalledWith({ antwoorden: [{ opmerkingId: opmerking.id, verwerking: 'verwerkt', toelichting: 'Aangepast naar veertien weken.' }] });
  });
});
