import { useEffect, useRef } from 'react';
import type { TopLevelSpec } from 'vega-lite';
import { leesThema, vegaConfig } from './thema';

/**
 * Draws a Vega-Lite spec as SVG with vega-embed, loaded on first use as its own chunk. Under the
 * portal's Content-Security-Policy: expressions run in Vega's interpreter (`ast`), never through
 * eval or new Function, and vega-embed injects no styles (no actions menu, no tooltip). The drawing
 * is hidden from assistive technology: the figure around it names the chart by its summary, and
 * the table beside it holds the same figures.
 */
export function VegaGrafiek({ spec }: { spec: TopLevelSpec }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let weg = false;
    let opruimen: (() => void) | undefined;
    import('vega-embed')
      .then(({ default: embed }) =>
        embed(element, spec, {
          mode: 'vega-lite',
          renderer: 'svg',
          ast: true,
          actions: false,
          tooltip: false,
          defaultStyle: false,
          config: vegaConfig(leesThema(element)),
        }),
      )
      .then((resultaat) => {
        if (weg) resultaat.finalize();
        else opruimen = () => resultaat.finalize();
      })
      .catch((fout: unknown) => {
        // The summary and the table still say everything; the drawing is extra.
        if (!weg) console.error('De grafiek kon niet worden getekend.', fout);
      });
    return () => {
      weg = true;
      opruimen?.();
    };
  }, [spec]);
  return <div ref={ref} className="koers-grafiek__tekening" aria-hidden="true" />;
}
