import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../../api/fout';
import { AfspraakFormulier, AntwoordFormulier, BijeenkomstFormulier, DeelnemerFormulier, ToetsingFormulier, VaststellingFormulier, VoortgangFormulier } from './formulieren';

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

describe('drafting an agreement', () => {
  afterEach(cleanup);

  it('takes the held meeting as its meeting, also when the meetings arrive after the form appeared', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    const velden = { eigenaren: [{ waarde: 'zorggroep-horizon', tekst: 'Zorggroep Horizon' }], gemeenten: [{ waarde: 'GM0988', tekst: 'Weert' }], verstuur };
    const { rerender } = render(<AfspraakFormulier {...velden} bijeenkomsten={[]} />);
    rerender(<AfspraakFormulier {...velden} bijeenkomsten={[{ waarde: 'b-1', tekst: 'donderdag 3 december 2026 om 10:00' }]} />);
    expect((screen.getByLabelText('Afgesproken in de bijeenkomst van') as HTMLSelectElement).value).toBe('b-1');
    await userEvent.type(screen.getByLabelText('Wat spreken we af?'), 'Twee plekken erbij.');
    await userEvent.selectOptions(screen.getByLabelText('Wie doet het?'), 'zorggroep-horizon');
    await userEvent.type(screen.getByLabelText('Klaar op'), '2027-06-30');
    await userEvent.type(screen.getByLabelText('Regel of wet'), 'Jeugdwet art. 2.3');
    await userEvent.selectOptions(screen.getByLabelText('Voor welke gemeente?'), 'GM0988');
    await userEvent.click(knop('Afspraak opslaan'));
    expect(verstuur).toHaveBeenCalledWith(expect.objectContaining({ bijeenkomstId: 'b-1', gemeente: 'GM0988', deadline: '2027-06-30' }));
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

  it('sends an akkoord alone, or with the motivation the jurist gives', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    render(<ToetsingFormulier verstuur={verstuur} />);
    await userEvent.click(screen.getByLabelText('Akkoord'));
    await userEvent.click(knop('Oordeel versturen'));
    expect(verstuur).toHaveBeenLastCalledWith({ oordeel: 'akkoord' });
    await userEvent.type(screen.getByLabelText('Waarom bent u akkoord? (niet verplicht)'), ' Past in de Jeugdwet, art. 2.3. ');
    await userEvent.click(knop('Oordeel versturen'));
    expect(verstuur).toHaveBeenLastCalledWith({ oordeel: 'akkoord', reden: 'Past in de Jeugdwet, art. 2.3.' });
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

describe('the owner\'s progress and the answer to an invitation', () => {
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
});

describe('seating someone of the region by searching their name', () => {
  afterEach(cleanup);
  const weert = { sub: '6f1d0c52-8f0e-4d0b-9f3a-2a1c5e7b9d10', rol: 'gemeente' as const, naam: 'Annelies Janssen', aanTafel: true };
  const kompas = { sub: '0b7c9a52-8f0e-4d0b-9f3a-2a1c5e7b9d11', rol: 'aanbieder' as const, naam: 'Yara Leenders', organisatie: 'jeugdhulp-kompas', aanTafel: false };
  const client = { sub: '1c8d0b63-9f1f-4e1c-8a4b-3b2d6f8c0e21', rol: 'clientvertegenwoordiger' as const, organisatie: 'clientenraad-mlw', aanTafel: false };
  const pagina = (items: object[], totaal = items.length, nummer = 1) => ({ items, totaal, pagina: nummer, paginaGrootte: 10 });
  const zoekVeld = () => screen.getByLabelText('Zoek op naam');
  const namen: Record<string, string> = { 'jeugdhulp-kompas': 'Jeugdhulp Kompas', 'clientenraad-mlw': 'Cliëntenraad Midden-Limburg West' };
  const organisatieNaam = (code: string) => namen[code] ?? code;

  it('searches what was typed, lists each person with a button, and seats the one chosen', async () => {
    const zoek = vi.fn().mockResolvedValueOnce(pagina([weert, kompas, client])).mockResolvedValueOnce(pagina([weert, kompas, { ...client, aanTafel: true }]));
    const zetAanTafel = vi.fn().mockResolvedValue({});
    render(<DeelnemerFormulier organisatieNaam={organisatieNaam} zoek={zoek} zetAanTafel={zetAanTafel} />);
    await userEvent.type(zoekVeld(), '  hermans ');
    await userEvent.click(knop('Zoeken'));
    expect(zoek).toHaveBeenCalledWith({ zoek: 'hermans', pagina: 1, paginaGrootte: 10 });
    expect(await screen.findByText('3 personen gevonden.')).toBeTruthy();
    expect(screen.getByText('Zit al aan tafel')).toBeTruthy();
    expect(screen.getByText('Iemand van Cliëntenraad Midden-Limburg West')).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Jeugdhulp Kompas' })).toBeTruthy();
    const knoppen = screen.getAllByRole('button', { name: 'Aan tafel zetten' });
    expect(knoppen).toHaveLength(2);
    expect(knoppen[1].getAttribute('aria-describedby')).toBe(screen.getByText('Iemand van Cliëntenraad Midden-Limburg West').id);
    await userEvent.click(knoppen[1]);
    expect(zetAanTafel).toHaveBeenCalledWith(client.sub);
    expect(await screen.findByText('Iemand van Cliëntenraad Midden-Limburg West zit nu aan tafel.')).toBeTruthy();
    expect(zoek).toHaveBeenLastCalledWith({ zoek: 'hermans', pagina: 1, paginaGrootte: 10 });
    expect(screen.getAllByText('Zit al aan tafel')).toHaveLength(2);
  });

  it('says what to do when no one is found', async () => {
    render(<DeelnemerFormulier organisatieNaam={organisatieNaam} zoek={vi.fn().mockResolvedValue(pagina([]))} zetAanTafel={vi.fn()} />);
    await userEvent.type(zoekVeld(), 'Jansen');
    await userEvent.click(knop('Zoeken'));
    const leeg = await screen.findByText(/Niemand gevonden met "Jansen"/);
    expect(leeg.textContent).toContain('zoek op een deel van de naam');
    expect(leeg.textContent).toContain('Vraag de beheerder van uw regio');
    expect(screen.queryByRole('button', { name: 'Aan tafel zetten' })).toBeNull();
  });

  it('pages when there is more than one page, with the same search', async () => {
    const zoek = vi.fn().mockResolvedValueOnce(pagina([weert], 12)).mockResolvedValueOnce(pagina([kompas], 12, 2));
    render(<DeelnemerFormulier organisatieNaam={organisatieNaam} zoek={zoek} zetAanTafel={vi.fn()} />);
    await userEvent.type(zoekVeld(), 'e');
    await userEvent.click(knop('Zoeken'));
    expect(await screen.findByText('Pagina 1 van 2.', { exact: false })).toBeTruthy();
    await userEvent.click(knop('Volgende pagina'));
    expect(zoek).toHaveBeenLastCalledWith({ zoek: 'e', pagina: 2, paginaGrootte: 10 });
    expect(await screen.findByText('Yara Leenders')).toBeTruthy();
  });

  it('shows no paging for one page', async () => {
    render(<DeelnemerFormulier organisatieNaam={organisatieNaam} zoek={vi.fn().mockResolvedValue(pagina([weert]))} zetAanTafel={vi.fn()} />);
    await userEvent.click(knop('Zoeken'));
    expect(await screen.findByText('Eén persoon gevonden.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: "Pagina's" })).toBeNull();
  });

  it('refuses a search that is too long beside the field, and shows the API\'s reason for it there too', async () => {
    const zoek = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'ongeldig', detail: 'De invoer klopt niet', velden: { zoek: 'zoek mag hooguit 100 tekens zijn' } }));
    render(<DeelnemerFormulier organisatieNaam={organisatieNaam} zoek={zoek} zetAanTafel={vi.fn()} />);
    await userEvent.click(zoekVeld());
    await userEvent.paste('a'.repeat(101));
    await userEvent.click(knop('Zoeken'));
    expect(screen.getByText(/Dit is te lang: gebruik hooguit 100 tekens/)).toBeTruthy();
    expect(zoek).not.toHaveBeenCalled();
    await userEvent.clear(zoekVeld());
    await userEvent.type(zoekVeld(), 'Janssen');
    await userEvent.click(knop('Zoeken'));
    const reden = await screen.findByText('zoek mag hooguit 100 tekens zijn');
    expect(zoekVeld().getAttribute('aria-describedby')).toContain(reden.id);
  });

  it('says why a person could not be seated, in the API\'s words', async () => {
    const zetAanTafel = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'conflict', detail: 'Deze gebruiker zit al aan de tafel.' }));
    render(<DeelnemerFormulier organisatieNaam={organisatieNaam} zoek={vi.fn().mockResolvedValue(pagina([kompas]))} zetAanTafel={zetAanTafel} />);
    await userEvent.click(knop('Zoeken'));
    await userEvent.click(await screen.findByRole('button', { name: 'Aan tafel zetten' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Deze gebruiker zit al aan de tafel.');
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
