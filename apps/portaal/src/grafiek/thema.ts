import type { Config } from 'vega-lite';

/** The theme's colours and font a chart takes, as the CSS custom properties give them. */
export interface Thema {
  font: string;
  tekst: string;
  lijn: string;
  doel: string;
  raster: string;
}

/** Which token each part of a chart takes, with the value when the theme does not set it. */
const TOKENS: Record<keyof Thema, [string, string]> = {
  font: ['--basis-text-font-family-default', 'system-ui, sans-serif'],
  tekst: ['--basis-color-default-color-document', '#1a1a1a'],
  lijn: ['--koers-kleur-merk', '#00476b'],
  doel: ['--basis-color-accent-1-color-document', '#a8000b'],
  raster: ['--basis-color-default-border-default', '#767676'],
};

/** Reads the tokens on the themed element around `element` (`.koers-theme`, the root element). */
export function leesThema(element: Element): Thema {
  const thema = element.closest('.koers-theme') ?? document.documentElement;
  const stijl = getComputedStyle(thema);
  return Object.fromEntries(
    Object.entries(TOKENS).map(([deel, [token, standaard]]) => [deel, stijl.getPropertyValue(token).trim() || standaard]),
  ) as unknown as Thema;
}

/** The Vega-Lite config of every chart: the theme's font and colours, no ARIA of its own (the figure names the chart). */
export function vegaConfig(thema: Thema): Config {
  const tekst = { font: thema.font, color: thema.tekst, fontSize: 13 };
  return {
    font: thema.font,
    background: 'transparent',
    aria: false,
    view: { stroke: null },
    axis: {
      labelFont: thema.font,
      titleFont: thema.font,
      labelColor: thema.tekst,
      titleColor: thema.tekst,
      labelFontSize: 13,
      titleFontSize: 13,
      domainColor: thema.raster,
      tickColor: thema.raster,
      gridColor: thema.raster,
      gridOpacity: 0.4,
    },
    text: tekst,
    line: { color: thema.lijn, strokeWidth: 3 },
    point: { color: thema.lijn, filled: true, size: 64 },
    bar: { color: thema.lijn },
    rule: { color: thema.doel, strokeWidth: 2 },
  };
}
