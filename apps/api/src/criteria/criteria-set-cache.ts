import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CriteriaSet } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { criteriaSetNotFound } from './criteria-set.errors';
import { CriteriaSetService } from './criteria-set.service';

/**
 * Parsed (exact) criteria sets by id: every item write scores with one. A set changes only by getting a
 * new version, so a cheap version read decides whether the cached parse still holds.
 */
@Injectable()
export class CriteriaSetCache {
  private readonly entries = new Map<string, { version: number; set: CriteriaSet }>();

  constructor(
    private readonly sets: CriteriaSetService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<CriteriaSet> {
    const rows = await manager.query<{ version: number }[]>(
      'SELECT version FROM criteria_set WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw criteriaSetNotFound();
    const cached = this.entries.get(id);
    if (cached && cached.version === rows[0].version) return cached.set;
    const { loaded, set } = await this.sets.parsed(id, manager);
    this.entries.set(id, { version: loaded.row.version, set });
    return set;
  }
}
