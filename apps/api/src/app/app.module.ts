import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthenticationGuard } from '../auth/authentication.guard';
import { AuthModule } from '../auth/auth.module';
import { RolesGuard } from '../auth/roles.guard';
import { PeriodFreezeGuard } from '../period/period-freeze.guard';
import { BareController } from '../health/bare.controller';
import { ProblemFilter } from '../common/errors/problem.filter';
import { createValidationPipe } from '../common/errors/validation';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LocationInterceptor } from './location';
import { IdempotencyInterceptor } from '../common/idempotency/idempotency.interceptor';
import { dataSourceOptions, openAppDataSource } from '../database/data-source';
import { HealthModule } from '../health/health.module';
import { OrganizationModule } from '../organization/organization.module';
import { CriteriaModule } from '../criteria/criteria.module';
import { PeriodModule } from '../period/period.module';
import { SelfAssessmentModule } from '../self-assessment/self-assessment.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ScoringModule } from '../scoring/scoring.module';
import { RankingModule } from '../ranking/ranking.module';
import { SurveyModule } from '../survey/survey.module';
import { NotificationModule } from '../notification/notification.module';
import { AnalysisModule } from '../analysis/analysis.module';
import { BackupModule } from '../backup/backup.module';

export interface AppOverrides {
  /** Tests move time (deadlines, lockouts) through this clock. */
  clock?: Clock;
}

/**
 * The whole API. Global pipe, guards and filter are `APP_*` providers here, so a test built from this
 * module behaves exactly like production.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      global: true,
      controllers: config.env.PAR_BENCH_BARE === '1' ? [BareController] : [],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config.databaseUrl, {
              statementTimeoutMs: config.env.DATABASE_STATEMENT_TIMEOUT_MS,
              lockTimeoutMs: config.env.DATABASE_LOCK_TIMEOUT_MS,
            }),
            retryAttempts: 1,
            retryDelay: 500,
          }),
          dataSourceFactory: (options) =>
            openAppDataSource(options!, config.databaseUrl, config.migrationDatabaseUrl),
        }),
        AuditModule,
        AuthModule,
        HealthModule,
        OrganizationModule,
        CriteriaModule,
        PeriodModule,
        SelfAssessmentModule,
        EvidenceModule,
        ScoringModule,
        RankingModule,
        SurveyModule,
        NotificationModule,
        AnalysisModule,
        BackupModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: overrides.clock ?? new Clock() },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Order matters: authenticate, then authorize.
        { provide: APP_GUARD, useExisting: AuthenticationGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
        // Then the freeze: a published period refuses every write (409 PERIOD_PUBLISHED).
        { provide: APP_GUARD, useClass: PeriodFreezeGuard },
        // `Idempotency-Key` on creating POSTs (outermost, so the answer it stores has its `Location`).
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        // `Location` on a 201 (the created item's route).
        { provide: APP_INTERCEPTOR, useClass: LocationInterceptor },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
