import { afterEach, describe, expect, it } from 'vitest';
import { leesThema, vegaConfig } from './thema';

describe('the theme of the charts', () => {
  afterEach(() => document.body.replaceChildren());

  it('takes font and colours from the custom properties of the themed element', () => {
    const thema = document.createElement('div');
    thema.className = 'koers-theme';
    thema.style.setProperty('--basis-text-font-family-default', 'Fira Sans, sans-serif');
    thema.style.setProperty('--basis-color-default-color-document', '#111111');
    thema.style.setProperty('--koers-kleur-merk', '#222222');
    thema.style.setProperty('--basis-color-accent-1-color-document', '#333333');
    const grafiek = document.createElement('div');
    thema.append(grafiek);
    document.body.append(thema);
    const config = vegaConfig(leesThema(grafiek));
    expect(config).toMatchObject({
      font: 'Fira Sans, sans-serif',
      axis: { labelColor: '#111111', labelFont: 'Fira Sans, sans-serif', gridColor: '#767676' },
      text: { color: '#111111' },
      line: { color: '#222222' },
      point: { color: '#222222', filled: true },
      bar: { color: '#222222' },
      rule: { color: '#333333' },
      aria: false,
    });
  });
});
