import { Inject, Injectable, Module } from '@nestjs/common';
import { moduleGraphFindings } from './module-graph';

const KLOK = Symbol('KLOK');

@Injectable()
class Catalogus {}

@Injectable()
class Intern {}

@Injectable()
class Gebruiker {
  constructor(
    readonly catalogus: Catalogus,
    @Inject(KLOK) readonly klok: unknown,
  ) {}
}

@Module({ providers: [Catalogus, Intern, { provide: KLOK, useValue: 0 }], exports: [Catalogus, KLOK] })
class CatalogusModule {}

@Module({ providers: [Intern], exports: [Intern] })
class OngebruiktModule {}

describe('moduleGraphFindings', () => {
  it('accepts exports that an importer injects, by class or by token', () => {
    @Module({ imports: [CatalogusModule], providers: [Gebruiker] })
    class GebruikerModule {}
    expect(moduleGraphFindings([CatalogusModule, GebruikerModule])).toEqual([]);
  });

  it('names an export that no importer injects', () => {
    @Module({ providers: [Catalogus, Intern], exports: [Catalogus, Intern] })
    class TeRuimModule {}
    @Module({ imports: [TeRuimModule], providers: [{ provide: 'x', inject: [Catalogus], useFactory: () => 1 }] })
    class AfnemerModule {}
    expect(moduleGraphFindings([TeRuimModule, AfnemerModule])).toEqual(['TeRuimModule exports Intern, which no module that imports it injects']);
  });

  it('names an import of which nothing is injected', () => {
    @Module({ imports: [CatalogusModule, OngebruiktModule], providers: [Gebruiker] })
    class GebruikerModule {}
    expect(moduleGraphFindings([CatalogusModule, OngebruiktModule, GebruikerModule])).toEqual([
      'OngebruiktModule exports Intern, which no module that imports it injects',
      'GebruikerModule imports OngebruiktModule but injects none of its exports',
    ]);
  });
});
