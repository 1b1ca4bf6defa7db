import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AfspraakVoortgang, oordeelTekst, voortgangTekst } from './voortgang';

describe('how an agreement is doing', () => {
  afterEach(cleanup);

  it('says what the owner reported, with the reason of a stop', () => {
    expect(voortgangTekst({})).toBe('Nog niets gemeld');
    expect(voortgangTekst({ voortgang: 'lopend' })).toBe('Loopt');
    expect(voortgangTekst({ voortgang: 'gestopt', stopreden: 'Geen personeel.' })).toBe('Gestopt. De reden: Geen personeel.');
  });

  it("says monitoring's verdict with its date", () => {
    expect(oordeelTekst({})).toBe('Nog geen oordeel');
    expect(oordeelTekst({ oordeel: 'niet_bereikt', geevalueerdOp: '2027-06-01T10:00:00Z' })).toMatch(/^Het doel is niet bereikt \(.*2027\)$/);
  });

  it('links the plan once there is one, and shows all three lines', () => {
    render(
      <MemoryRouter>
        <AfspraakVoortgang afspraak={{ monitoringplanId: '22222222-2222-4222-8222-222222222222', planBevestigd: true, voortgang: 'uitgevoerd' }} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Plan is klaar' }).getAttribute('href')).toBe('/monitoring/plannen/22222222-2222-4222-8222-222222222222');
    expect(screen.getByText('Uitgevoerd')).toBeTruthy();
    expect(screen.getByText('Nog geen oordeel')).toBeTruthy();
    cleanup();
    render(
      <MemoryRouter>
        <AfspraakVoortgang afspraak={{ planBevestigd: false }} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Nog geen plan')).toBeTruthy();
  });
});
