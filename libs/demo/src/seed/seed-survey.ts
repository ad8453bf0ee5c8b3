import { createRandom } from '@par/scoring';
import { hashCode } from '../assessments/hash-code';
import type { DemoUnit } from '../model/demo.types';
import { demoSurvey, type DemoSurveyBatch } from '../survey/demo-survey';
import { pickSurveyOption } from '../survey/pick-survey-option';

type Call = <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;

interface Questionnaire {
  questions: { leafCode: string; options: { code: string; excluded: boolean }[] }[];
}

/**
 * This year's survey through the REST API: the definition, one-time codes answered on the public page
 * (a few left unused), paper forms typed in, and a survey-forms/v1 file imported. Returns forms stored.
 */
export async function seedSurvey(
  call: Call,
  periodId: string,
  units: readonly DemoUnit[],
  today: Date,
): Promise<number> {
  const survey = demoSurvey(today);
  const base = `/periods/${periodId}/survey`;
  await call('PUT', base, survey.definition);
  const strength = new Map(units.map((u) => [u.code, u.strength ?? 0.8]));
  const questionnaires = new Map<string, Questionnaire>();
  const answersOf = async (channel: string, batch: DemoSurveyBatch, index: number) => {
    const key = `${batch.group}/${batch.unit}`;
    let form = questionnaires.get(key);
    if (!form) {
      form = await call<Questionnaire>(
        'GET',
        `${base}/form?group=${encodeURIComponent(batch.group)}&unit=${encodeURIComponent(batch.unit)}`,
      );
      questionnaires.set(key, form);
    }
    const random = createRandom(hashCode('survey', channel, batch.group, batch.unit, index));
    return Object.fromEntries(
      form.questions.map((q) => [
        q.leafCode,
        pickSurveyOption(strength.get(batch.unit) ?? 0.8, q.options, random),
      ]),
    );
  };

  let stored = 0;
  for (const batch of survey.online) {
    const { codes } = await call<{ codes: string[] }>('POST', `${base}/codes`, {
      groupCode: batch.group,
      unitCode: batch.unit,
      count: batch.forms + batch.unused,
    });
    for (const [index, code] of codes.slice(0, batch.forms).entries()) {
      await call('POST', `/public/survey/${code}`, { answers: await answersOf('online', batch, index) });
      stored++;
    }
  }
  let serial = 0;
  for (const batch of survey.paper) {
    for (let index = 0; index < batch.forms; index++) {
      serial++;
      await call('POST', `${base}/forms`, {
        serial: `BD-${String(serial).padStart(6, '0')}`,
        groupCode: batch.group,
        unitCode: batch.unit,
        answers: await answersOf('paper', batch, index),
      });
      stored++;
    }
  }
  const forms: unknown[] = [];
  for (const batch of survey.imported) {
    for (let index = 0; index < batch.forms; index++) {
      forms.push({
        serial: `NK-${String(forms.length + 1).padStart(6, '0')}`,
        group: batch.group,
        unit: batch.unit,
        answers: await answersOf('import', batch, index),
      });
    }
  }
  const imported = await call<{ imported: number }>('POST', `${base}/forms/import`, {
    format: 'par-index.survey-forms/v1',
    forms,
  });
  return stored + imported.imported;
}
