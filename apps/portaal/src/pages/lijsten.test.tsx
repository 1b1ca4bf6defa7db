import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { geenGemeenten } from './beheer/gemeenten';
import { Zoekfilter } from './beheer/formulieren';
import { geenIndicatoren } from './beheer/indicatoren';
import { geenDoelen } from './koersdoelen';
import { geenAanbod } from './overnames';

describe('an empty list says what to do, per filter', () => {
  it('offers: open ones wait for a message, answered ones lead back to what waits, one agreement to the other choices', () => {
    expect(geenAanbod('open', false)).toContain('krijgt u een bericht');
    expect(geenAanbod('overgenomen', false)).toBe('U hebt nog geen afspraak overgenomen. Kies hierboven Nog te beantwoorden om te zien wat op u wacht.');
    expect(geenAanbod('afgeslagen', false)).toContain('nog geen afspraak afgeslagen');
    expect(geenAanbod('open', true)).toContain('kies hierboven Overgenomen of Niet overgenomen');
    expect(geenAanbod('afgeslagen', true)).toContain('Kies hierboven Nog te beantwoorden');
  });

  it('targets: a gemeente without its own falls back on the region, a cijfer without one asks for another', () => {
    expect(geenDoelen({ indicator: 'uitval', gemeente: 'GM0988', beheerder: false })).toContain('Dan geldt het doel van de regio');
    expect(geenDoelen({ indicator: '', gemeente: 'GM0988', beheerder: false })).toContain('Kies bij Gemeente voor Alle gemeenten en de regio');
    expect(geenDoelen({ indicator: 'uitval', gemeente: '', beheerder: false })).toContain('Kies een ander cijfer');
    expect(geenDoelen({ indicator: '', gemeente: '', beheerder: true })).toContain('Lees ze hieronder in');
    expect(geenDoelen({ indicator: '', gemeente: '', beheerder: false })).toContain('De beheerder van de regio leest ze in');
  });

  it('gemeenten and indicators: a search names the word and how to see all; none at all says how to add one', () => {
    expect(geenGemeenten('Weerd')).toContain('geen gemeente met ‘Weerd’');
    expect(geenGemeenten('')).toContain('Voeg hieronder een gemeente toe');
    expect(geenIndicatoren({ zoek: 'ggz', herkomst: 'regio' })).toContain('geen indicator met ‘ggz’');
    expect(geenIndicatoren({ zoek: '', herkomst: 'regio' })).toContain('nog geen eigen indicatoren');
    expect(geenIndicatoren({ zoek: '', herkomst: 'landelijk' })).toContain('Kies bij Van wie');
  });
});

describe('the search of a beheer list', () => {
  afterEach(cleanup);

  it('sends the word without spaces around it and, for indicators, where they come from', async () => {
    const kies = vi.fn();
    render(<Zoekfilter naam="Indicatoren zoeken" label="Zoek op naam of code" zoek="" herkomst="" kies={kies} />);
    await userEvent.type(screen.getByLabelText('Zoek op naam of code'), ' ggz ');
    await userEvent.selectOptions(screen.getByLabelText('Van wie'), 'regio');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(kies).toHaveBeenCalledWith({ zoek: 'ggz', herkomst: 'regio' });
  });

  it('shows no choice of where they come from for gemeenten', () => {
    render(<Zoekfilter naam="Gemeenten zoeken" label="Zoek op naam of code" zoek="wee" kies={vi.fn()} />);
    expect((screen.getByLabelText('Zoek op naam of code') as HTMLInputElement).value).toBe('wee');
    expect(screen.queryByLabelText('Van wie')).toBeNull();
  });
});
