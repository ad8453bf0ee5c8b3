import type { components } from '@par/contracts';

export type Survey = components['schemas']['SurveyDto'];
export type SurveyGroup = components['schemas']['SurveyGroupDto'];
export type SurveyUnitProgress = components['schemas']['SurveyUnitProgressDto'];
export type SurveyDefinition = components['schemas']['SurveyDefinitionDto'];
export type SurveyGroupInput = components['schemas']['SurveyGroupInputDto'];
export type SurveyFormView = components['schemas']['SurveyFormViewDto'];
export type SurveyQuestion = components['schemas']['SurveyQuestionDto'];
export type SurveyOption = components['schemas']['SurveyOptionDto'];
export type IssuedCodes = components['schemas']['IssuedCodesDto'];
export type PaperForm = components['schemas']['PaperFormDto'];
export type PaperFormResult = components['schemas']['PaperFormResultDto'];
export type FormsImportResult = components['schemas']['FormsImportResultDto'];

/** `{ leafCode: optionCode }`; a question left out is skipped. */
export type SurveyAnswers = Record<string, string>;

/** What a file of forms is sent as (`POST …/survey/forms/import` reads the body by its content type). */
export const FORMS_FILE_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type FormsFileKind = keyof typeof FORMS_FILE_TYPES;

/** The kind of a picked file by its name (the browser's `type` is often empty for .csv on Windows). */
export function formsFileKind(name: string): FormsFileKind | null {
  const extension = name.toLowerCase().split('.').pop();
  return extension === 'json' || extension === 'csv' || extension === 'xlsx' ? extension : null;
}
