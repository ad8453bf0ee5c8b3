import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { SelfAssessmentModule } from '../self-assessment/self-assessment.module';
import { DigestMailer } from './digest-mailer';
import { NotificationController } from './notification.controller';
import { NotificationService } from './notification.service';
import { ReminderJobService } from './reminder-job.service';

/**
 * Deadlines people see coming: the reminder job (7 and 2 days before a unit's deadline, appraisers' waiting
 * queues, late units for the standing agency), in-app notifications, and the optional SMTP digest.
 */
@Module({
  imports: [CriteriaModule, SelfAssessmentModule],
  controllers: [NotificationController],
  providers: [NotificationService, ReminderJobService, DigestMailer],
  exports: [ReminderJobService],
})
export class NotificationModule {}
