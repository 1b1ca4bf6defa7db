import { flag, integer, InvalidSettingError, optionalText, text, url } from '@koers/config';

export interface EmailSettings {
  smtp: {
    host: string;
    port: number;
    /** true: TLS from the first byte (usually port 465); false: plain, upgraded with STARTTLS when offered. */
    secure: boolean;
    /** Refuse to send when the server does not offer STARTTLS (only when secure is false). */
    requireTls: boolean;
    auth?: { user: string; pass: string };
  };
  /** The From header, e.g. `Koers <noreply@koers.example>`. */
  afzender: string;
  /** Base URL of the Koers portal; links in e-mails point at records below it. */
  portaalUrl: string;
  dagoverzicht: { tijd: { uur: number; minuut: number }; tijdzone: string; controleIntervalMs: number };
  verzenden: { pollIntervalMs: number; batchGrootte: number; eersteHerhalingMs: number; maxHerhalingMs: number };
}

export const EMAIL_SETTINGS = Symbol('EMAIL_SETTINGS');

type Env = Record<string, string | undefined>;

export function loadEmailSettings(env: Env = process.env): EmailSettings {
  const secure = flag(env, 'NOTIFICATIES_SMTP_SECURE', false);
  return {
    smtp: {
      host: text(env, 'NOTIFICATIES_SMTP_HOST', '127.0.0.1'),
      port: integer(env, 'NOTIFICATIES_SMTP_PORT', 1025, { min: 1, max: 65535 }),
      secure,
      requireTls: flag(env, 'NOTIFICATIES_SMTP_REQUIRE_TLS', false),
      ...smtpAuth(env),
    },
    afzender: text(env, 'NOTIFICATIES_AFZENDER', 'Koers <noreply@koers.example>'),
    portaalUrl: url(env, 'NOTIFICATIES_PORTAAL_URL', 'http://127.0.0.1:4200', ['http:', 'https:']).replace(/\/+$/, ''),
    dagoverzicht: {
      tijd: tijdstip(env, 'NOTIFICATIES_DIGEST_TIJD', '07:00'),
      tijdzone: tijdzone(env, 'NOTIFICATIES_DIGEST_TIJDZONE', 'Europe/Amsterdam'),
      controleIntervalMs: integer(env, 'NOTIFICATIES_DIGEST_CONTROLE_INTERVAL_MS', 60_000, { min: 100 }),
    },
    verzenden: {
      pollIntervalMs: integer(env, 'NOTIFICATIES_EMAIL_POLL_INTERVAL_MS', 1000, { min: 10 }),
      batchGrootte: integer(env, 'NOTIFICATIES_EMAIL_BATCH', 10, { min: 1, max: 100 }),
      eersteHerhalingMs: integer(env, 'NOTIFICATIES_EMAIL_HERHALING_MS', 30_000, { min: 10 }),
      maxHerhalingMs: integer(env, 'NOTIFICATIES_EMAIL_MAX_HERHALING_MS', 3_600_000, { min: 10 }),
    },
  };
}

function smtpAuth(env: Env): { auth?: { user: string; pass: string } } {
  const user = optionalText(env, 'NOTIFICATIES_SMTP_USER');
  const pass = optionalText(env, 'NOTIFICATIES_SMTP_PASSWORD');
  if (!user && !pass) return {};
  if (!user) throw new InvalidSettingError('NOTIFICATIES_SMTP_USER', 'is required when NOTIFICATIES_SMTP_PASSWORD is set');
  if (!pass) throw new InvalidSettingError('NOTIFICATIES_SMTP_PASSWORD', 'is required when NOTIFICATIES_SMTP_USER is set');
  return { auth: { user, pass } };
}

function tijdstip(env: Env, name: string, fallback: string): { uur: number; minuut: number } {
  const value = text(env, name, fallback);
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new InvalidSettingError(name, `"${value}" is not a time of day as HH:MM (00:00-23:59)`);
  return { uur: Number(match[1]), minuut: Number(match[2]) };
}

function tijdzone(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  try {
    new Intl.DateTimeFormat('nl-NL', { timeZone: value });
  } catch {
    throw new InvalidSettingError(name, `"${value}" is not an IANA time zone (e.g. Europe/Amsterdam)`);
  }
  return value;
}
