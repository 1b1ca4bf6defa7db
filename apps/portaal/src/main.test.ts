import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = __dirname;

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((item) => {
    const pad = join(map, item.name);
    if (item.isDirectory()) return bronbestanden(pad);
    return /\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) ? [pad] : [];
  });
}

/** The candidates whose React component the portal imports, and those whose CSS main.tsx loads. */
function kandidaten(): { gebruikt: Set<string>; opgemaakt: Set<string> } {
  const gebruikt = new Set<string>();
  for (const bestand of bronbestanden(SRC)) {
    for (const [, naam] of readFileSync(bestand, 'utf8').matchAll(/from '@nl-design-system-candidate\/([a-z-]+)-react(?:\/css)?'/g)) gebruikt.add(naam);
  }
  const opgemaakt = new Set([...readFileSync(join(SRC, 'main.tsx'), 'utf8').matchAll(/import '@nl-design-system-candidate\/([a-z-]+)-css\//g)].map(([, naam]) => naam));
  return { gebruikt, opgemaakt };
}

describe('the candidates’ CSS under the Content-Security-Policy', () => {
  // vite.config.ts points every `…-react/css` import at the bare component, because that entry
  // injects a <style> element the policy refuses; the CSS then comes only from main.tsx.
  it('loads the CSS of every candidate component the portal uses', () => {
    const { gebruikt, opgemaakt } = kandidaten();
    expect(gebruikt.size).toBeGreaterThan(0);
    expect([...gebruikt].filter((naam) => !opgemaakt.has(naam))).toEqual([]);
  });
});
