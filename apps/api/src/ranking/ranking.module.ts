import { Module } from '@nestjs/common';
import { ScoringModule } from '../scoring/scoring.module';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';

/** Ranking: publication of computed results and the public results (ranking groups come next). */
@Module({
  imports: [ScoringModule],
  controllers: [PublicationController],
  providers: [PublicationService],
})
export class RankingModule {}
