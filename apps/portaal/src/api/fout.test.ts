import { describe, expect, it } from 'vitest';
import { foutUitAntwoord, foutUitUitzondering, veldfouten } from './fout';

const json = (status: number) => new Response(null, { status, headers: { 'content-type': 'application/problem+json' } });

describe('what a failed call means for a person', () => {
  it('maps invalidParams to the fields they name, joining several reasons for one field', () => {
    expect(
      veldfouten({ invalidParams: [{ name: 'titel', reason: 'titel is verplicht' }, { name: 'titel', reason: 'titel is te kort' }, { name: 'keuze', reason: 'keuze is onbekend' }] }),
    ).toEqual({ titel: 'titel is verplicht; titel is te kort', keuze: 'keuze is onbekend' });
  });

  it('reads a 400 problem as invalid fields, 401 as an expired session, 403 and 404 with their detail', () => {
    expect(foutUitAntwoord('signalen', json(400), { detail: 'Niet alles klopt', invalidParams: [{ name: 'keuze', reason: 'kies direct, dagelijks of uit' }] })).toEqual({
      soort: 'ongeldig',
      detail: 'Niet alles klopt',
      velden: { keuze: 'kies direct, dagelijks of uit' },
    });
    expect(foutUitAntwoord('signalen', json(401), {})).toEqual({ soort: 'sessie-verlopen' });
    expect(foutUitAntwoord('signalen', json(403), { detail: 'Alleen voor gemeenten' })).toEqual({ soort: 'geen-toegang', detail: 'Alleen voor gemeenten' });
    expect(foutUitAntwoord('signalen', json(404), { title: 'Niet gevonden' })).toEqual({ soort: 'niet-gevonden', detail: 'Niet gevonden' });
  });

  it('tells a service that does not answer (the proxy\'s bare 5xx) from a lost connection', () => {
    expect(foutUitAntwoord('tafels', new Response('', { status: 502 }), '')).toEqual({ soort: 'dienst-onbereikbaar', dienst: 'tafels' });
    expect(foutUitUitzondering('tafels', new TypeError('Failed to fetch'))).toEqual({ soort: 'geen-verbinding' });
  });
});
