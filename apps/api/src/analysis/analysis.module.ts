import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ScoringModule } from '../scoring/scoring.module';
import { AnalysisInputLoader } from './analysis-input.loader';
import { AnalysisReportService } from './analysis-report.service';
import { AnalysisController } from './analysis.controller';
import { AnalysisService } from './analysis.service';
import { CrosswalkService } from './crosswalk.service';
import { NationalStandingController } from './national-standing.controller';
import { NationalStandingService } from './national-standing.service';
import { RemediationController } from './remediation.controller';
import { RemediationService } from './remediation.service';
import { CrosswalkController, TrendsController } from './trends.controller';
import { TrendsService } from './trends.service';

/**
 * Analysis: lost points by responsible agency, heatmap, strengths and weaknesses, rank robustness,
 * self-assessed vs appraised gaps (libs/scoring on a computed period's final inputs); remediation plans;
 * the province's national standing; year-over-year trends through criteria crosswalks.
 */
@Module({
  imports: [ScoringModule, CriteriaModule, EvidenceModule],
  controllers: [
    AnalysisController,
    RemediationController,
    NationalStandingController,
    TrendsController,
    CrosswalkController,
  ],
  providers: [
    AnalysisInputLoader,
    AnalysisService,
    AnalysisReportService,
    RemediationService,
    NationalStandingService,
    CrosswalkService,
    TrendsService,
  ],
})
export class AnalysisModule {}
