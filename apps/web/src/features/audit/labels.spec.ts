import { describe, expect, it } from 'vitest';
import { registeredMessages } from '../../lib/messages';
import { ACTION_LABELS } from './labels';

// Every action the API writes to the audit log (apps/api/src: `action: '…'`, and `assessment.<stage>`).
const API_ACTIONS = [
  'api_key.create',
  'api_key.revoke',
  'assessment.adjustments',
  'assessment.explanation_submit',
  'assessment.finalize',
  'assessment.import',
  'assessment.indicator',
  'assessment.reopen',
  'assessment.submit',
  'assessment.self',
  'assessment.round1',
  'assessment.explanation',
  'assessment.round2',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_change',
  'auth.refresh_token_reused',
  'criteria_set.archive',
  'criteria_set.clone',
  'criteria_set.delete',
  'criteria_set.import',
  'criteria_set.publish',
  'criteria_set.update',
  'evidence.remove',
  'evidence.upload',
  'period.add_units',
  'period.compute',
  'period.create',
  'period.extend_deadline',
  'period.publish',
  'period.remove_unit',
  'period.state',
  'period.update',
  'survey.close',
  'survey.codes',
  'survey.define',
  'survey.form',
  'survey.import',
  'survey.redefine',
  'survey.reopen',
  'unit.create',
  'unit.update',
  'unit_type.create',
  'unit_type.update',
  'user.create',
  'user.reset_password',
  'user.unlock',
  'user.update',
];

describe('audit action names', () => {
  it('name every action the API writes, in Vietnamese and English', () => {
    expect(API_ACTIONS.filter((action) => !ACTION_LABELS[action])).toEqual([]);
    expect(registeredMessages()[ACTION_LABELS['period.publish']]).toEqual({
      vi: 'Công bố kết quả',
      en: 'Published the results',
    });
  });
});
