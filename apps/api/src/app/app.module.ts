import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemFilter } from '../common/errors/problem.filter';
import { createValidationPipe } from '../common/errors/validation';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { dataSourceOptions, runMigrations } from '../database/data-source';
import { HealthModule } from '../health/health.module';

/**
 * The whole API. Global pipe, guards and filter are `APP_*` providers here, so a test built from this
 * module behaves exactly like production.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 1, retryDelay: 500 }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrations(dataSource);
            return dataSource;
          },
        }),
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
