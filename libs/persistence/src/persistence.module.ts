import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { joinAmbientTransactions } from './ambient-transaction';
import { createDataSource, DataSourceOptions, migrate } from './data-source';

export const DATA_SOURCE = Symbol('DATA_SOURCE');
/** The options forRoot was given, for the migrate command (which needs the migrations, not the app). */
export const PERSISTENCE_OPTIONS = Symbol('PERSISTENCE_OPTIONS');

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
        { provide: PERSISTENCE_OPTIONS, useValue: options },
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const dataSource = joinAmbientTransactions(createDataSource(options));
            await dataSource.initialize();
            if (options.migrateOnStart) {
              const applied = await migrate(dataSource, {
                onWait: (holder) => PersistenceModule.logger.log({ schema: options.schema, holder }, 'another process migrates this schema; waiting for it'),
              });
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
