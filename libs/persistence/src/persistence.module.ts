import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { joinAmbientTransactions } from './ambient-transaction';
import { createDataSource, DataSourceOptions, migrate } from './data-source';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

export interface PersistenceOptions extends DataSourceOptions {
  migrateOnStart: boolean;
}

@Global()
@Module({})
export class PersistenceModule implements OnApplicationShutdown {
  private static readonly logger = new Logger('Persistence');

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  static forRoot(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const dataSource = joinAmbientTransactions(createDataSource(options));
            await dataSource.initialize();
            if (options.migrateOnStart) {
              const applied = await migrate(dataSource);
              if (applied.length) PersistenceModule.logger.log(`applied migrations: ${applied.join(', ')}`);
            }
            return dataSource;
          },
        },
      ],
      exports: [DATA_SOURCE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
