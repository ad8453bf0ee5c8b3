import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ScoringModule } from '../scoring/scoring.module';
import { AppealController } from './appeal.controller';
import { AppealService } from './appeal.service';
import { PublicationController } from './publication.controller';
import { RankingGroupController } from './ranking-group.controller';
import { RankingGroupService } from './ranking-group.service';
import { PublicationService } from './publication.service';
import { ResultTableController } from './result-table.controller';
import { ResultTableService } from './result-table.service';

/** Ranking: publication of computed snapshots (decision, signer, signed file, versions after appeals), appeals and the public feed. */
@Module({
  imports: [ScoringModule, CriteriaModule, EvidenceModule],
  controllers: [PublicationController, ResultTableController, AppealController, RankingGroupController],
  providers: [PublicationService, ResultTableService, AppealService, RankingGroupService],
})
export class RankingModule {}
