/** One channel's share of the demo survey: forms by one group about one unit. */
export interface DemoSurveyBatch {
  readonly group: string;
  readonly unit: string;
  readonly forms: number;
}

/** This year's sociological survey of the demo province, and the forms each channel brings. */
export interface DemoSurvey {
  /** `PUT /periods/{id}/survey`. */
  readonly definition: {
    readonly opensAt: string;
    readonly closesAt: string;
    readonly minResponses: number;
    readonly groups: readonly {
      readonly code: string;
      readonly name: string;
      readonly quota: number;
      readonly unitTypes?: readonly string[];
    }[];
  };
  /** Codes issued (`POST …/survey/codes`) and answered on the public page; `unused` codes stay unanswered. */
  readonly online: readonly (DemoSurveyBatch & { readonly unused: number })[];
  /** Paper forms typed in one by one (`POST …/survey/forms`), serials `BD-…`. */
  readonly paper: readonly DemoSurveyBatch[];
  /** Paper forms in one survey-forms/v1 file (`POST …/survey/forms/import`), serials `NK-…`. */
  readonly imported: readonly DemoSurveyBatch[];
}

const DAY = 24 * 60 * 60 * 1000;
const AGENCIES = ['VPUBND', 'SNV', 'STP', 'STC', 'SXD', 'SCT', 'SNNMT', 'SKHCN', 'SGDDT', 'SYT'];
const LOCALITIES = ['P-LAMGIANG', 'P-HOABINH', 'X-TANLAP', 'X-PAKHA', 'X-NAMLY'];

/**
 * The survey of this year's period: opened a week before `today`, open for six more weeks, four respondent
 * groups (the ones provinces use), answers arriving from every channel — so progress has something to show,
 * and some units are still below the minimum of 12 forms.
 */
export function demoSurvey(today: Date): DemoSurvey {
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  return {
    definition: {
      opensAt: day(-7),
      closesAt: day(42),
      minResponses: 12,
      groups: [
        { code: 'DB-HDND', name: 'Đại biểu Hội đồng nhân dân tỉnh', quota: 30 },
        { code: 'LD-SO', name: 'Lãnh đạo các sở, ban, ngành', quota: 57, unitTypes: ['department'] },
        { code: 'LD-XA', name: 'Lãnh đạo UBND xã, phường', quota: 32, unitTypes: ['commune', 'ward'] },
        { code: 'NGUOI-DAN', name: 'Người dân, doanh nghiệp', quota: 400 },
      ],
    },
    online: [
      ...AGENCIES.slice(0, 3).map((unit) => ({ group: 'NGUOI-DAN', unit, forms: 4, unused: 2 })),
      ...LOCALITIES.slice(0, 2).map((unit) => ({ group: 'NGUOI-DAN', unit, forms: 3, unused: 1 })),
      { group: 'LD-SO', unit: AGENCIES[0], forms: 2, unused: 1 },
    ],
    paper: [
      ...AGENCIES.slice(0, 2).map((unit) => ({ group: 'LD-SO', unit, forms: 2 })),
      { group: 'LD-XA', unit: LOCALITIES[0], forms: 2 },
    ],
    imported: [
      ...AGENCIES.map((unit) => ({ group: 'DB-HDND', unit, forms: 4 })),
      ...LOCALITIES.map((unit) => ({ group: 'DB-HDND', unit, forms: 3 })),
      ...AGENCIES.map((unit) => ({ group: 'NGUOI-DAN', unit, forms: 6 })),
      ...LOCALITIES.map((unit) => ({ group: 'LD-XA', unit, forms: 5 })),
      ...AGENCIES.slice(0, 6).map((unit) => ({ group: 'LD-SO', unit, forms: 5 })),
    ],
  };
}
