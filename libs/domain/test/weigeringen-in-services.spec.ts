import { lintTekst } from '@koers/testing';

const ZONDER_GRAFIEK = { '@nx/enforce-module-boundaries': 'off' };
const restricties = (meldingen: Array<{ ruleId: string | null; message: string }>) => meldingen.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);

describe('services refuse with domain refusals, not HTTP exceptions', () => {
  it('refuses HTTP errors in every app file but controllers and DTOs', async () => {
    const slecht = [
      ["import { NotFoundProblem } from '@koers/http';", 'apps/signalen/src/signaal/signaal.service.ts'],
      ["import { InvalidInputException } from '@koers/http';", 'apps/monitoring/src/meting/meting.handlers.ts'],
      ["import { StateConflictException } from '@koers/http';", 'apps/notificaties/src/webhooks/aflevering/aflevering.worker.ts'],
      ["import { InvalidParam } from '@koers/http';", 'apps/signalen/src/signaal/signaal.rules.ts'],
      ["import { GeenToegangProblem } from '@koers/auth';", 'apps/monitoring/src/koersdoel/koersdoel.service.ts'],
      ["import { ConflictException } from '@nestjs/common';", 'apps/tafels/src/tafel/tafel.service.ts'],
    ];
    const goed = [
      ["import { InvalidInputException, PaginaQuery } from '@koers/http';", 'apps/monitoring/src/meting/meting.controller.ts'],
      ["import { PaginaQuery } from '@koers/http';", 'apps/signalen/src/signaal/dto/signalen-query.dto.ts'],
      ["import { kiesRegio, TenantContext } from '@koers/auth';", 'apps/signalen/src/signaal/signaal.service.ts'],
      ["import { Inject, Injectable } from '@nestjs/common';", 'apps/signalen/src/signaal/signaal.service.ts'],
      ["import { NietGevonden } from '@koers/domain';", 'apps/signalen/src/signaal/signaal.service.ts'],
    ];
    const uitslagen = await lintTekst([...slecht, ...goed].map(([regel, bestand]) => ({ bestand, code: `${regel}\nexport const x = 1;\n` })), ZONDER_GRAFIEK);
    slecht.forEach(([regel, bestand], i) => expect([regel, bestand, restricties(uitslagen[i]).length]).toEqual([regel, bestand, 1]));
    goed.forEach(([regel, bestand], i) => expect([regel, bestand, restricties(uitslagen[slecht.length + i])]).toEqual([regel, bestand, []]));
  });
});
