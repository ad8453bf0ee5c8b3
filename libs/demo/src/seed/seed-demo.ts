import type { AssessmentsV1 } from '@par/scoring';
import { DEMO_GROUP_NAMES, type DemoGroup, type DemoPeriod } from '../model/demo.types';
import { demoProvince } from '../province/demo-province';
import { SeedError, type SeedHttp, type SeedOptions, type SeedReport } from './seed-http';
import { seedSurvey } from './seed-survey';

const EVIDENCE_NOTE = 'Tài liệu kiểm chứng gửi kèm hồ sơ giấy theo Công văn của Sở Nội vụ';

/**
 * Loads the demo province through the REST API only (so it exercises the real rules): units, users, the
 * agency and commune sets of both years (one set scores communes and wards), last year's period imported,
 * computed and published, and this year's period open for self-assessment with units at different stages.
 * Refuses an instance that already has units (ALREADY_SEEDED): it never mixes with real data.
 */
export async function seedDemo(http: SeedHttp, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const province = demoProvince(options.today);
  let token = 'token' in options.admin ? options.admin.token : '';
  const call = async <T>(
    method: Parameters<SeedHttp['request']>[0],
    path: string,
    body?: unknown,
    expected: number[] = [200, 201, 204],
  ): Promise<T> => {
    const res = await http.request(method, `/api/v1${path}`, { body, token });
    if (!expected.includes(res.status)) {
      throw new SeedError(
        'REQUEST_FAILED',
        `${method} ${path} → ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`,
        res.status,
        res.body,
      );
    }
    return res.body as T;
  };

  if (!token && 'username' in options.admin) {
    token = (
      await call<{ accessToken: string }>('POST', '/auth/login', {
        username: options.admin.username,
        password: options.admin.password,
      })
    ).accessToken;
  }
  // The list is a page `{ items, total, limit, offset }`: one item is enough to know, `total` says how many.
  const { total } = await call<{ total: number }>('GET', '/units?limit=1');
  if (total > 0) {
    throw new SeedError(
      'ALREADY_SEEDED',
      `Đã có ${total} đơn vị: dữ liệu mẫu chỉ nạp vào hệ thống trống / ${total} units exist: the demo only loads into an empty system`,
    );
  }

  log(`Đơn vị / units: ${province.units.length}`);
  for (const unit of province.units) {
    await call('POST', '/units', {
      code: unit.code,
      name: unit.name,
      type: unit.type,
      ...(unit.parentCode ? { parentCode: unit.parentCode } : {}),
    });
  }
  log(`Người dùng / users: ${province.users.length}`);
  for (const user of province.users) {
    await call('POST', '/users', {
      username: user.username,
      password: province.password,
      fullName: user.fullName,
      role: user.role,
      ...(user.unitCode ? { unitCode: user.unitCode } : {}),
      ...(user.areaCodes ? { areaCodes: [...user.areaCodes] } : {}),
    });
  }

  const setIds = new Map<string, string>();
  for (const { set, sourceDecision } of province.criteriaSets) {
    const created = await call<{ id: string }>('POST', '/criteria-sets', set);
    const detail = await call<{ version: number }>('GET', `/criteria-sets/${created.id}`);
    await call('PATCH', `/criteria-sets/${created.id}`, { sourceDecision, version: detail.version });
    setIds.set(set.code, created.id);
    log(`Bộ tiêu chí / criteria set: ${set.code}`);
  }

  const openPeriod = async (period: DemoPeriod): Promise<string> => {
    const criteriaSets = period.criteriaSets.map(({ code, unitTypes }) => {
      const id = setIds.get(code);
      if (!id) throw new SeedError('REQUEST_FAILED', `no criteria set ${code}`);
      return { criteriaSetId: id, unitTypes: [...unitTypes] };
    });
    const created = await call<{ id: string }>('POST', '/periods', {
      year: period.year,
      name: period.name,
      criteriaSets,
      units: period.units.map((u) => ({ code: u.code, group: u.group })),
      deadlines: period.deadlines,
    });
    // The groups by name (the public results, tables and screens show them), members as enrolled.
    const groups = await call<{ version: number; groups: { code: string; unitCodes: string[] }[] }>(
      'GET',
      `/periods/${created.id}/ranking-groups`,
    );
    await call('PUT', `/periods/${created.id}/ranking-groups`, {
      version: groups.version,
      groups: groups.groups.map((group) => ({
        code: group.code,
        ...(DEMO_GROUP_NAMES[group.code as DemoGroup] ?? { name: group.code, nameEn: group.code }),
        unitCodes: group.unitCodes,
      })),
    });
    return created.id;
  };

  const [last, current] = province.periods;
  const lastId = await openPeriod(last);
  for (const doc of last.assessments) await call('POST', `/periods/${lastId}/assessments/import`, doc);
  await call('POST', `/periods/${lastId}/results/compute`);
  if (last.publication) await call('POST', `/periods/${lastId}/publish`, last.publication);
  log(`Kỳ ${last.year}: đã công bố / published`);

  const currentId = await openPeriod(current);
  await call('POST', `/periods/${currentId}/state`, { state: 'self_assessment' });
  let itemsWritten = 0;
  const submitted = new Set(current.submitted);
  for (const doc of current.assessments) {
    itemsWritten += await fillDrafts(
      doc,
      (unit, leaf, body) => call('PUT', `/periods/${currentId}/assessments/${unit}/items/${leaf}`, body),
      submitted,
    );
  }
  for (const unit of current.submitted)
    await call('POST', `/periods/${currentId}/assessments/${unit}/submit`);
  log(
    `Kỳ ${current.year}: đang tự đánh giá / self-assessment open (${itemsWritten} tiêu chí đã nhập / leaves entered)`,
  );
  const surveyForms = await seedSurvey(call, currentId, province.units, options.today);
  log(
    `Điều tra xã hội học ${current.year}: ${surveyForms} phiếu (trực tuyến, giấy, nhập tệp) / survey forms`,
  );

  return {
    province: province.name,
    password: province.password,
    users: province.users.map((u) => ({
      username: u.username,
      role: u.role,
      ...(u.unitCode ? { unitCode: u.unitCode } : {}),
      position: u.position,
    })),
    periods: [
      { year: last.year, id: lastId, state: 'published' },
      { year: current.year, id: currentId, state: 'self_assessment' },
    ],
    units: province.units.length,
    criteriaSets: [...setIds.keys()],
    itemsWritten,
    surveyForms,
  };
}

/** Enters a draft document item by item, as units do; a submitted unit also notes where its evidence is. */
async function fillDrafts(
  doc: AssessmentsV1,
  put: (unit: string, leaf: string, body: unknown) => Promise<unknown>,
  submitted: ReadonlySet<string>,
): Promise<number> {
  let written = 0;
  for (const unit of doc.units) {
    for (const [leaf, item] of Object.entries(unit.items)) {
      const { comment, ...input } = item;
      const note = comment ?? (submitted.has(unit.code) ? EVIDENCE_NOTE : undefined);
      await put(unit.code, leaf, { version: 0, input, ...(note ? { note } : {}) });
      written++;
    }
  }
  return written;
}
