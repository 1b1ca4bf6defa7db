import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { TafelsSchemas } from '@koers/clients';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KoersFoutError } from '../../api/fout';
import { AfslaanFormulier, kopieKanNietVastgelegd, OvernamesOverzicht, OvernemenFormulier } from '../overnames';
import { AfrondingFormulier } from './afronding';
import { AfwijkingenLijst, OpvolgingOverzicht } from './opvolging';

type AfspraakOpvolging = TafelsSchemas['AfspraakOpvolgingResponse'];
const namen: Record<string, string> = { 'zorggroep-horizon': 'Zorggroep Horizon' };
const organisatieNaam = (code: string) => namen[code] ?? code;
const knop = (naam: string) => screen.getByRole('button', { name: naam });

const afspraak = (deel: Partial<AfspraakOpvolging>): AfspraakOpvolging => ({
  afspraakId: '11111111-1111-4111-8111-111111111111',
  eigenaar: 'zorggroep-horizon',
  status: 'vastgelegd',
  deadline: '2027-03-01',
  teLaat: false,
  cijfers: 'beschikbaar',
  ontbrekend: [],
  ...deel,
});

function toon(afspraken: AfspraakOpvolging[], cijfers: 'beschikbaar' | 'onbeschikbaar' = 'beschikbaar') {
  render(
    <MemoryRouter>
      <OpvolgingOverzicht opvolging={{ vandaag: '2027-03-10', cijfers, afspraken }} omschrijving={() => 'Zorggroep Horizon biedt twee extra plekken.'} organisatieNaam={organisatieNaam} tafelId="t1" />
    </MemoryRouter>,
  );
}

describe('the follow-up of a table', () => {
  afterEach(cleanup);

  it('shows a suppressed figure as monitoring gives it, beside the figure of the viewer\'s own gemeente against the target', () => {
    toon([
      afspraak({
        voortgang: 'lopend',
        oordeel: 'niet_bereikt',
        geevalueerdOp: '2027-03-05T10:00:00Z',
        plan: {
          monitoringplanId: '22222222-2222-4222-8222-222222222222',
          status: 'geevalueerd',
          stand: {
            oordeel: 'niet_bereikt',
            indicatoren: [
              {
                indicator: 'jeugdhulp-met-verblijf',
                doelwaarde: 1.5,
                richting: 'maximaal',
                oordeel: 'niet_bereikt',
                ontbrekend: [],
                toelichting: '',
                laatsteMetingen: [
                  { gemeente: 'GM0988', naam: 'Weert', periode: '2026-Q4', waarde: 1.9, weergave: '1,9', doelBereikt: false },
                  { gemeente: 'GM1640', naam: 'Leudal', periode: '2026-Q4', waarde: null, weergave: '< 5', doelBereikt: false, onderdrukt: true },
                ],
              },
            ],
          },
        },
      }),
    ]);
    const leudal = screen.getByRole('row', { name: /Leudal/ });
    expect(within(leudal).getByText(/< 5/).textContent).toContain('te klein om te tonen');
    expect(within(leudal).getByText('Niet te zeggen')).toBeTruthy();
    const weert = screen.getByRole('row', { name: /Weert/ });
    expect(within(weert).getByText('1,9')).toBeTruthy();
    expect(within(weert).getByText('Nee')).toBeTruthy();
    expect(screen.getByText(/doel hooguit 1.5/).textContent).toContain('Het doel is niet bereikt');
    expect(screen.getByText(/Zorggroep Horizon: Loopt/)).toBeTruthy();
  });

  it('says an overdue deadline in red with how many days, and what is missing for too few figures', () => {
    toon([afspraak({ teLaat: true, dagenTeLaat: 9, oordeel: 'onvoldoende_data', ontbrekend: ['jeugdhulp-met-verblijf: GM0988: geen meting over 2026-Q4'], plan: { monitoringplanId: '22222222-2222-4222-8222-222222222222', status: 'bevestigd' } })]);
    const laat = screen.getByText(/Te laat: de deadline was/);
    expect(laat.textContent).toContain('9 dagen geleden');
    expect(laat.closest('li')?.className).toContain('koers-fouttekst');
    expect(screen.getByText('Voor een oordeel ontbreken nog deze cijfers:')).toBeTruthy();
    expect(screen.getByText('jeugdhulp-met-verblijf: GM0988: geen meting over 2026-Q4')).toBeTruthy();
  });

  it('says plainly when monitoring did not answer, and still shows progress and deadlines', () => {
    toon([afspraak({ cijfers: 'onbeschikbaar', voortgang: 'uitgevoerd' })], 'onbeschikbaar');
    expect(screen.getByRole('status').textContent).toContain('De cijfers zijn nu niet beschikbaar');
    expect(screen.getByText('Cijfers onbeschikbaar: monitoring gaf geen antwoord.')).toBeTruthy();
    expect(screen.getByText(/Zorggroep Horizon: Uitgevoerd/)).toBeTruthy();
    expect(screen.getByText('Klaar op 1 maart 2027')).toBeTruthy();
  });

  it('says what to do when there is nothing to follow, no plan, or no deviation', () => {
    toon([]);
    expect(screen.getByText(/Er zijn nog geen afspraken om te volgen/)).toBeTruthy();
    cleanup();
    toon([afspraak({ cijfers: 'geen_plan' })]);
    expect(screen.getByText('Er is nog geen monitoringplan, dus nog geen cijfers.')).toBeTruthy();
    cleanup();
    render(<MemoryRouter><AfwijkingenLijst afwijkingen={[]} gemeenteNaam={(c) => c} /></MemoryRouter>);
    expect(screen.getByText(/Er zijn geen nieuwe afwijkingen/)).toBeTruthy();
  });
});

describe('closing a table', () => {
  afterEach(cleanup);

  it('asks for each lesson and sends nothing while one is empty', async () => {
    const verstuur = vi.fn();
    render(<AfrondingFormulier verstuur={verstuur} />);
    await userEvent.click(knop('Koerstafel afronden'));
    expect(screen.getByText('Vul wat werkte in.')).toBeTruthy();
    expect(screen.getByText('Vul wat niet werkte in.')).toBeTruthy();
    expect(screen.getByText('Vul voor wie het was in.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
  });

  it('shows tafels\' 409 naming each unfinished agreement, and keeps what was typed', async () => {
    const detail = "De tafel heeft status 'monitoring'; voor 'afgerond' ontbreekt: Zorggroep Horizon biedt twee extra plekken. (niet afgerond).";
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'conflict', detail }));
    render(<AfrondingFormulier verstuur={verstuur} />);
    await userEvent.type(screen.getByLabelText('Wat werkte?'), 'Samen plannen met de aanbieder.');
    await userEvent.type(screen.getByLabelText('Wat werkte niet?'), 'Wachten op cijfers per kwartaal.');
    await userEvent.type(screen.getByLabelText('Voor wie was het?'), 'Jongeren die wachten op jeugd-GGZ.');
    await userEvent.click(knop('Koerstafel afronden'));
    expect(verstuur).toHaveBeenCalledWith({ watWerkte: 'Samen plannen met de aanbieder.', watWerkteNiet: 'Wachten op cijfers per kwartaal.', voorWie: 'Jongeren die wachten op jeugd-GGZ.' });
    expect(screen.getByRole('alert').textContent).toContain('Zorggroep Horizon biedt twee extra plekken.');
    expect((screen.getByLabelText('Wat werkte?') as HTMLTextAreaElement).value).toBe('Samen plannen met de aanbieder.');
  });

  it('puts the personal-data refusal beside the lesson it names', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'ongeldig', detail: 'Niet alles klopt', velden: { 'leerervaringen.voorWie': 'Dit lijkt een naam. Beschrijf een groep.' } }));
    render(<AfrondingFormulier verstuur={verstuur} />);
    for (const [label, tekst] of [['Wat werkte?', 'a'], ['Wat werkte niet?', 'b'], ['Voor wie was het?', 'Moeder van Jan']]) await userEvent.type(screen.getByLabelText(label), tekst);
    await userEvent.click(knop('Koerstafel afronden'));
    const veld = screen.getByLabelText('Voor wie was het?');
    expect(veld.getAttribute('aria-describedby')).toContain(screen.getByText('Dit lijkt een naam. Beschrijf een groep.').id);
  });
});

describe('taking over an agreement', () => {
  afterEach(cleanup);

  it('adopting needs an own deadline; an owner is optional', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    render(<OvernemenFormulier huidige="Zorggroep Horizon" anderen={[]} verstuur={verstuur} />);
    await userEvent.click(knop('Afspraak overnemen'));
    expect(screen.getByText('Vul de deadline voor uw gemeente in.')).toBeTruthy();
    expect(verstuur).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Klaar op'), '2028-06-30');
    await userEvent.click(knop('Afspraak overnemen'));
    expect(verstuur).toHaveBeenCalledWith({ deadline: '2028-06-30' });
    expect(screen.getByRole('status').textContent).toContain('legt u haar vast');
  });

  it('another owner is picked from the organisations at the table, by name; its code is sent', async () => {
    const verstuur = vi.fn().mockResolvedValue(undefined);
    render(<OvernemenFormulier huidige="Zorggroep Horizon" anderen={[{ waarde: 'clientenraad-mlw', tekst: 'Cliëntenraad Midden-Limburg West' }]} verstuur={verstuur} />);
    const wie = screen.getByLabelText('Wie doet het in uw gemeente?', { exact: false }) as HTMLSelectElement;
    expect([...wie.options].map((o) => o.text)).toEqual(['Zorggroep Horizon (dezelfde)', 'Cliëntenraad Midden-Limburg West']);
    await userEvent.type(screen.getByLabelText('Klaar op'), '2028-06-30');
    await userEvent.selectOptions(wie, 'clientenraad-mlw');
    await userEvent.click(knop('Afspraak overnemen'));
    expect(verstuur).toHaveBeenCalledWith({ deadline: '2028-06-30', eigenaar: 'clientenraad-mlw' });
  });

  it('declining needs a reason, and shows the 409 of an offer answered already', async () => {
    const verstuur = vi.fn().mockRejectedValue(new KoersFoutError({ soort: 'conflict', detail: "Het aanbod heeft status 'overgenomen'." }));
    render(<AfslaanFormulier verstuur={verstuur} />);
    await userEvent.click(knop('Niet overnemen'));
    expect(screen.getByText('Vul waarom u haar niet overneemt in.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Waarom neemt u haar niet over?'), 'Wij hebben al een eigen aanpak.');
    await userEvent.click(knop('Niet overnemen'));
    expect(verstuur).toHaveBeenCalledWith('Wij hebben al een eigen aanpak.');
    expect(screen.getByRole('alert').textContent).toContain("status 'overgenomen'");
  });

  it('says what a copy still needs before it can be recorded', () => {
    expect(kopieKanNietVastgelegd({ status: 'concept', toetsing: 'open' })).toContain('monitoringplan');
    expect(kopieKanNietVastgelegd({ status: 'concept', toetsing: 'open', monitoringplanId: 'p' })).toContain('jurist');
    expect(kopieKanNietVastgelegd({ status: 'concept', toetsing: 'akkoord', monitoringplanId: 'p' })).toBeUndefined();
  });

  it('the region sees who adopted, who declined with the reason, and who did not answer', () => {
    render(
      <MemoryRouter>
        <OvernamesOverzicht
          tafelId="t1"
          naam={(c) => c}
          overnames={{
            afspraakId: 'a',
            overgenomen: 1,
            afgeslagen: 1,
            open: 1,
            overnames: [
              { id: 'o1', afspraakId: 'a', tafelId: 't1', regio: 'r', gemeente: 'GM1640', gemeentenaam: 'Leudal', status: 'overgenomen', aangebodenOp: '2027-03-01T10:00:00Z', overgenomenAfspraakId: 'k1' },
              { id: 'o2', afspraakId: 'a', tafelId: 't1', regio: 'r', gemeente: 'GM0946', gemeentenaam: 'Maasgouw', status: 'afgeslagen', aangebodenOp: '2027-03-01T10:00:00Z', reden: 'Eigen aanpak.' },
              { id: 'o3', afspraakId: 'a', tafelId: 't1', regio: 'r', gemeente: 'GM1711', gemeentenaam: 'Roerdalen', status: 'open', aangebodenOp: '2027-03-01T10:00:00Z' },
            ],
          }}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('1 overgenomen, 1 niet overgenomen, 1 nog geen antwoord.')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Leudal/ })).getByRole('link', { name: 'Bekijk hun afspraak' }).getAttribute('href')).toBe('/tafels/t1/afspraken/k1');
    expect(within(screen.getByRole('row', { name: /Maasgouw/ })).getByText('Niet overgenomen. De reden: Eigen aanpak.')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Roerdalen/ })).getByText('Nog geen antwoord')).toBeTruthy();
  });
});
