import { lintTekst } from '@koers/testing';

// Only the rule under test: the boundary rule needs the Nx project graph, which CI builds before linting.
const ZONDER_GRAFIEK = { '@nx/enforce-module-boundaries': 'off' };

const VERBODEN = [
  "import { Injectable } from '@nestjs/common';",
  "import { EntityManager } from 'typeorm';",
  "import type { Channel } from 'amqplib';",
  "import { Request } from 'express';",
  "import { createServer } from 'node:http';",
  "import { ProblemException } from '@koers/http';",
  "export { Pool } from 'pg';",
];

describe('@koers/domain stays framework-free', () => {
  it('refuses every import from outside the lib, and only there', async () => {
    const inDomain = VERBODEN.map((regel) => ({ bestand: 'libs/domain/src/levensloop/voorbeeld.ts', code: `${regel}\nexport const x = 1;\n` }));
    const eigen = { bestand: 'libs/domain/src/levensloop/voorbeeld.ts', code: "import { Weigering } from '../weigering/weigeringen';\nexport class X extends Weigering {}\n" };
    const elders = { bestand: 'libs/messaging/src/voorbeeld.ts', code: "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class X {}\n" };
    const uitslagen = await lintTekst([...inDomain, eigen, elders], ZONDER_GRAFIEK);
    const restricties = uitslagen.map((meldingen) => meldingen.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    VERBODEN.forEach((regel, i) => expect([regel, restricties[i]]).toEqual([regel, [expect.stringContaining('@koers/domain is framework-free')]]));
    expect(restricties.slice(VERBODEN.length)).toEqual([[], []]);
  });
});
