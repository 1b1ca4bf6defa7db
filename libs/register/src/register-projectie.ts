import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  CloudEvent,
  GEMEENTE_GEWIJZIGD_V1,
  GEMEENTE_TOEGEVOEGD_V1,
  GemeenteGewijzigdV1,
  INDICATOR_GEWIJZIGD_V1,
  INDICATOR_TOEGEVOEGD_V1,
  IndicatorGewijzigdV1,
  REGISTER_GEPUBLICEERD_V1,
  RegisterGemeente,
  RegisterGepubliceerdV1,
  RegisterIndicator,
} from '@koers/contracts';
import { HandlesEvent } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';

interface Tabel<T> {
  naam: string;
  /** Column (= field) name → PostgreSQL array type of the unnest. */
  kolommen: Record<keyof T & string, string>;
}

const GEMEENTEN: Tabel<RegisterGemeente> = { naam: 'register_gemeente', kolommen: { code: 'text', naam: 'text', versie: 'int' } };
const INDICATOREN: Tabel<RegisterIndicator> = {
  naam: 'register_indicator',
  kolommen: { code: 'text', naam: 'text', definitie: 'text', eenheid: 'text', richting: 'text', bron: 'text', landelijk: 'boolean', versie: 'int' },
};

/**
 * Keeps the service's copy of the region register up to date from monitoring's events. Every
 * write is an upsert that only a higher `versie` changes, so duplicates, re-publications and
 * copies that arrive out of order leave the newest in place.
 */
@Injectable()
export class RegisterProjectie {
  private readonly schema: string;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.schema = schemaOf(dataSource);
  }

  @HandlesEvent(GEMEENTE_TOEGEVOEGD_V1, GEMEENTE_GEWIJZIGD_V1)
  async gemeente(event: CloudEvent<GemeenteGewijzigdV1>, manager: EntityManager): Promise<void> {
    const { regio, ...gemeente } = event.data;
    await this.schrijf(manager, GEMEENTEN, regio, [gemeente]);
  }

  @HandlesEvent(INDICATOR_TOEGEVOEGD_V1, INDICATOR_GEWIJZIGD_V1)
  async indicator(event: CloudEvent<IndicatorGewijzigdV1>, manager: EntityManager): Promise<void> {
    const { regio, ...indicator } = event.data;
    await this.schrijf(manager, INDICATOREN, regio, [indicator]);
  }

  @HandlesEvent(REGISTER_GEPUBLICEERD_V1)
  async register(event: CloudEvent<RegisterGepubliceerdV1>, manager: EntityManager): Promise<void> {
    await this.neemOp(manager, event.data);
  }

  /** Takes in the whole register of one region (a re-publication, or the read at start). */
  async neemOp(manager: EntityManager, register: RegisterGepubliceerdV1): Promise<void> {
    await this.schrijf(manager, GEMEENTEN, register.regio, register.gemeenten);
    await this.schrijf(manager, INDICATOREN, register.regio, register.indicatoren);
  }

  private async schrijf<T extends object>(manager: EntityManager, tabel: Tabel<T>, regio: string, rijen: T[]): Promise<void> {
    if (!rijen.length) return;
    const kolommen = Object.keys(tabel.kolommen) as Array<keyof T & string>;
    const arrays = kolommen.map((kolom, i) => `$${i + 2}::${tabel.kolommen[kolom]}[]`);
    await manager.query(
      `INSERT INTO "${this.schema}".${tabel.naam} AS r (regio, ${kolommen.join(', ')})
       SELECT $1, * FROM unnest(${arrays.join(', ')})
       ON CONFLICT (regio, code) DO UPDATE SET ${kolommen.map((k) => `${k} = excluded.${k}`).join(', ')}, bijgewerkt_op = now()
       WHERE r.versie < excluded.versie`,
      [regio, ...kolommen.map((kolom) => rijen.map((rij) => rij[kolom]))],
    );
  }
}
