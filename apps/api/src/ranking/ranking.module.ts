import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ScoringModule } from '../scoring/scoring.module';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';

/** Ranking: publication of computed snapshots (decision, signer, signed file) and the public feed. */
@Module({
  imports: [ScoringModule, CriteriaModule, EvidenceModule],
  controllers: [PublicationController],
  providers: [PublicationService],
})
export class RankingModule {}
