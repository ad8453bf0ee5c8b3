import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { FinalInputRepository } from './final-input.repository';
import { ScoringController } from './scoring.controller';
import { ScoringService } from './scoring.service';

/** Scoring: compute a period's results from the final inputs with libs/scoring, and read them back. */
@Module({
  imports: [CriteriaModule],
  controllers: [ScoringController],
  providers: [ScoringService, FinalInputRepository],
  exports: [ScoringService, FinalInputRepository],
})
export class ScoringModule {}
