import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { PublicSurveyController } from './public-survey.controller';
import { SurveyAnswerService } from './survey-answer.service';
import { SurveyCloseService } from './survey-close.service';
import { SurveyCodeService } from './survey-code.service';
import { SurveyDefinitionService } from './survey-definition.service';
import { SurveyFormImportService } from './survey-form-import.service';
import { SurveyFormService } from './survey-form.service';
import { SurveyLookupThrottle } from './survey-lookup-throttle';
import { SurveyTargets } from './survey-target';
import { SurveySampleSizeController } from './survey-sample-size.controller';
import { SurveyController } from './survey.controller';

/** The sociological survey (điều tra xã hội học): definition, codes, public answers, paper forms, close. */
@Module({
  imports: [CriteriaModule],
  controllers: [SurveyController, SurveySampleSizeController, PublicSurveyController],
  providers: [
    SurveyTargets,
    SurveyDefinitionService,
    SurveyCodeService,
    SurveyAnswerService,
    SurveyLookupThrottle,
    SurveyFormService,
    SurveyFormImportService,
    SurveyCloseService,
  ],
})
export class SurveyModule {}
