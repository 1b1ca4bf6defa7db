import { Global, Inject, Injectable, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE } from '@koers/persistence';
import { DueWork, DueWorkOmgeving, DueWorkOpties } from './due-work';
import { KLOK, Klok, klokUitOmgeving } from './klok';
import { LeaseWork, LeaseWorkOpties } from './lease-work';
import { WekLuisteraar } from './wek-luisteraar';

interface Lopend {
  readonly naam: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Makes the due work of a service and runs it with the application: started once every module is
 * ready, stopped (finishing the batch or the jobs in hand) before the database closes.
 */
@Injectable()
export class DueWorkFabriek implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly omgeving: DueWorkOmgeving;
  private readonly werk: Lopend[] = [];
  private gestart = false;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource, outbox: OutboxWriter, @Inject(KLOK) klok: Klok) {
    this.omgeving = { dataSource, outbox, klok, luisteraar: new WekLuisteraar(dataSource) };
  }

  inTransactie(opties: DueWorkOpties): DueWork {
    return this.neem(new DueWork(this.omgeving, opties));
  }

  metLease<C, U>(opties: LeaseWorkOpties<C, U>): LeaseWork<C, U> {
    return this.neem(new LeaseWork(this.omgeving, opties));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.gestart = true;
    for (const werk of this.werk) await werk.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.gestart = false;
    await Promise.all(this.werk.map((werk) => werk.stop()));
    await this.omgeving.luisteraar.stop();
  }

  private neem<W extends Lopend>(werk: W): W {
    if (this.werk.some((ander) => ander.naam === werk.naam)) throw new Error(`due work "${werk.naam}" exists already`);
    this.werk.push(werk);
    if (this.gestart) void werk.start();
    return werk;
  }
}

@Global()
@Module({
  providers: [{ provide: KLOK, useFactory: () => klokUitOmgeving() }, DueWorkFabriek],
  exports: [KLOK, DueWorkFabriek],
})
export class DueWorkModule {}
