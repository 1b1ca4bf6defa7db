import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { RegisterIndicator } from '@koers/contracts';
import { DATA_SOURCE, inRegio, regioSql, schemaOf, tabel } from '@koers/persistence';

/** What this service knows of monitoring's region register: its own copy, read without asking monitoring. */
@Injectable()
export class Regioregister {
  private readonly schema: string;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.schema = schemaOf(dataSource);
  }

  /** The gemeenten of a region: CBS code → name. Empty for a region the register does not know. */
  async gemeenten(regio: string, manager: EntityManager = this.dataSource.manager): Promise<ReadonlyMap<string, string>> {
    const rijen = await regioSql({ regios: [regio] })`
      SELECT code, naam FROM ${tabel(this.schema, 'register_gemeente')} WHERE ${inRegio()} ORDER BY code`.lees<{ code: string; naam: string }>(manager);
    return new Map(rijen.map((rij) => [rij.code, rij.naam]));
  }

  /** The indicators a region may use: the national catalogue and its own. */
  async indicatoren(regio: string, manager: EntityManager = this.dataSource.manager): Promise<RegisterIndicator[]> {
    return regioSql({ regios: [regio] })`
      SELECT code, naam, definitie, eenheid, richting, bron, landelijk, versie
      FROM ${tabel(this.schema, 'register_indicator')} WHERE ${inRegio()} ORDER BY code`.lees<RegisterIndicator>(manager);
  }
}
