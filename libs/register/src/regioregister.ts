import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { RegisterIndicator } from '@koers/contracts';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';

/** What this service knows of monitoring's region register: its own copy, read without asking monitoring. */
@Injectable()
export class Regioregister {
  private readonly schema: string;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.schema = schemaOf(dataSource);
  }

  /** The gemeenten of a region: CBS code → name. Empty for a region the register does not know. */
  async gemeenten(regio: string, manager: EntityManager = this.dataSource.manager): Promise<ReadonlyMap<string, string>> {
    const rijen: Array<{ code: string; naam: string }> = await manager.query(
      `SELECT code, naam FROM "${this.schema}".register_gemeente WHERE regio = $1 ORDER BY code`,
      [regio],
    );
    return new Map(rijen.map((rij) => [rij.code, rij.naam]));
  }

  /** The indicators a region may use: the national catalogue and its own. */
  async indicatoren(regio: string, manager: EntityManager = this.dataSource.manager): Promise<RegisterIndicator[]> {
    return manager.query(
      `SELECT code, naam, definitie, eenheid, richting, bron, landelijk, versie FROM "${this.schema}".register_indicator WHERE regio = $1 ORDER BY code`,
      [regio],
    );
  }
}
