import { InvalidSettingError } from '@koers/config';
import { loadEmailSettings } from './email.settings';

describe('loadEmailSettings', () => {
  it('works on a developer machine with no settings at all', () => {
    expect(loadEmailSettings({})).toEqual({
      smtp: { host: '127.0.0.1', port: 1025, secure: false, requireTls: false },
      afzender: 'Koers <noreply@koers.example>',
      portaalUrl: 'http://127.0.0.1:4200',
      dagoverzicht: { tijd: { uur: 7, minuut: 0 }, tijdzone: 'Europe/Amsterdam', controleIntervalMs: 60_000 },
      verzenden: { pollIntervalMs: 1000, batchGrootte: 10, eersteHerhalingMs: 30_000, maxHerhalingMs: 3_600_000 },
    });
  });

  it('reads host, port, TLS, credentials, sender, portal and digest time', () => {
    const settings = loadEmailSettings({
      NOTIFICATIES_SMTP_HOST: 'smtp.regio.example',
      NOTIFICATIES_SMTP_PORT: '465',
      NOTIFICATIES_SMTP_SECURE: 'true',
      NOTIFICATIES_SMTP_USER: 'koers',
      NOTIFICATIES_SMTP_PASSWORD: 'geheim',
      NOTIFICATIES_AFZENDER: 'Koers MLW <koers@regio.example>',
      NOTIFICATIES_PORTAAL_URL: 'https://koers.regio.example/portaal/',
      NOTIFICATIES_DIGEST_TIJD: '17:30',
    });
    expect(settings.smtp).toEqual({ host: 'smtp.regio.example', port: 465, secure: true, requireTls: false, auth: { user: 'koers', pass: 'geheim' } });
    expect(settings.afzender).toBe('Koers MLW <koers@regio.example>');
    expect(settings.portaalUrl).toBe('https://koers.regio.example/portaal');
    expect(settings.dagoverzicht.tijd).toEqual({ uur: 17, minuut: 30 });
  });

  it.each([
    ['NOTIFICATIES_SMTP_PORT', 'smtp', /NOTIFICATIES_SMTP_PORT.*not a whole number/],
    ['NOTIFICATIES_SMTP_SECURE', 'ja', /NOTIFICATIES_SMTP_SECURE.*not one of true, false/],
    ['NOTIFICATIES_SMTP_USER', 'koers', /NOTIFICATIES_SMTP_PASSWORD.*required when NOTIFICATIES_SMTP_USER/],
    ['NOTIFICATIES_SMTP_PASSWORD', 'geheim', /NOTIFICATIES_SMTP_USER.*required when NOTIFICATIES_SMTP_PASSWORD/],
    ['NOTIFICATIES_PORTAAL_URL', 'portaal', /NOTIFICATIES_PORTAAL_URL.*not a URL/],
    ['NOTIFICATIES_DIGEST_TIJD', '7 uur', /NOTIFICATIES_DIGEST_TIJD.*HH:MM/],
    ['NOTIFICATIES_DIGEST_TIJD', '24:00', /NOTIFICATIES_DIGEST_TIJD.*HH:MM/],
    ['NOTIFICATIES_DIGEST_TIJDZONE', 'Europe/Maastricht', /NOTIFICATIES_DIGEST_TIJDZONE.*IANA/],
  ])('stops with a message naming the setting when %s is %j', (variable, value, message) => {
    const load = () => loadEmailSettings({ [variable]: value });
    expect(load).toThrow(InvalidSettingError);
    expect(load).toThrow(message);
  });
});
