import { adresBezwaar, callbackUrlBezwaar } from './callback-url';

const streng = { onveiligToestaan: false };
const ontwikkeling = { onveiligToestaan: true };

describe('callback URL policy', () => {
  it.each([
    ['127.0.0.1'], ['127.9.9.9'], ['::1'], ['10.1.2.3'], ['172.16.0.1'], ['172.31.255.255'], ['192.168.1.1'], ['169.254.169.254'],
    ['100.64.0.1'], ['0.0.0.0'], ['224.0.0.1'], ['fc00::1'], ['fd12:3456::1'], ['fe80::1'], ['::ffff:10.0.0.1'], ['::ffff:127.0.0.1'], ['::'],
  ])('refuses %s in production', (adres) => {
    expect(adresBezwaar(adres, streng)).not.toBeNull();
  });

  it.each([['8.8.8.8'], ['172.32.0.1'], ['145.21.1.1'], ['2001:4860:4860::8888']])('accepts the public address %s', (adres) => {
    expect(adresBezwaar(adres, streng)).toBeNull();
  });

  it('allows loopback (but still not private or link-local) only when unsafe URLs are allowed', () => {
    expect(adresBezwaar('127.0.0.1', ontwikkeling)).toBeNull();
    expect(adresBezwaar('::1', ontwikkeling)).toBeNull();
    expect(adresBezwaar('10.0.0.1', ontwikkeling)).not.toBeNull();
    expect(adresBezwaar('fe80::1', ontwikkeling)).not.toBeNull();
  });

  it('refuses malformed, non-https, credentialed and private URLs with a Dutch reason', async () => {
    expect(await callbackUrlBezwaar('geen url', streng)).toBe('is geen geldige URL');
    expect(await callbackUrlBezwaar('http://8.8.8.8/hook', streng)).toBe('moet met https:// beginnen');
    expect(await callbackUrlBezwaar('ftp://8.8.8.8/hook', ontwikkeling)).toBe('moet met https:// beginnen');
    expect(await callbackUrlBezwaar('https://jan:geheim@8.8.8.8/hook', streng)).toBe('mag geen gebruikersnaam of wachtwoord bevatten');
    expect(await callbackUrlBezwaar('https://10.0.0.8/hook', streng)).toContain('privé');
    expect(await callbackUrlBezwaar('https://[fe80::1]/hook', streng)).toContain('link-local');
    expect(await callbackUrlBezwaar('https://[::ffff:192.168.0.1]/hook', streng)).not.toBeNull();
    expect(await callbackUrlBezwaar(`https://8.8.8.8/${'x'.repeat(2000)}`, streng)).toContain('2000');
  });

  it('resolves a host name and refuses it when it points at a loopback address', async () => {
    expect(await callbackUrlBezwaar('https://localhost/hook', streng)).toMatch(/^localhost wijst naar een adres dat niet is toegestaan/);
    expect(await callbackUrlBezwaar('http://localhost:8080/hook', ontwikkeling)).toBeNull();
    expect(await callbackUrlBezwaar('https://bestaat-niet.invalid/hook', streng)).toBe('de host bestaat-niet.invalid is niet te vinden');
  });

  it('accepts https to a public address', async () => {
    expect(await callbackUrlBezwaar('https://8.8.8.8/koers/webhook?bron=koers', streng)).toBeNull();
  });
});
