import { InvalidSettingError } from '@koers/config';
import { loadBundelSettings } from './bundel.settings';

describe('loadBundelSettings', () => {
  it('sends three direct e-mails per person and category in an hour by default, and looks every minute for bundles', () => {
    expect(loadBundelSettings({})).toEqual({ directPerUur: 3, controleIntervalMs: 60_000 });
  });

  it('reads NOTIFICATIES_EMAIL_DIRECT_PER_UUR and refuses less than one', () => {
    expect(loadBundelSettings({ NOTIFICATIES_EMAIL_DIRECT_PER_UUR: '5' }).directPerUur).toBe(5);
    expect(() => loadBundelSettings({ NOTIFICATIES_EMAIL_DIRECT_PER_UUR: '0' })).toThrow(InvalidSettingError);
  });
});
