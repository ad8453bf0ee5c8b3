import type { LeafSource, RuleV1 } from '@par/scoring';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CriteriaSetRow } from './criteria-set.entity';

/**
 * One node of a set's tree: an area (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần).
 * Leaves carry the rule (the v1 JSON, validated by libs/scoring) and the source; points are thousandths.
 */
@Entity({ name: 'criteria_node' })
@Index('UQ_criteria_node_code', ['setId', 'code'], { unique: true })
@Index('IX_criteria_node_parent', ['setId', 'parentCode'])
export class CriteriaNodeRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'set_id', type: 'uuid' })
  setId!: string;

  @ManyToOne(() => CriteriaSetRow, (set) => set.nodes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id', foreignKeyConstraintName: 'FK_criteria_node_set' })
  set?: CriteriaSetRow;

  @Column({ type: 'text' })
  code!: string;

  /** Code of the parent node in the same set; null for an area. */
  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  /** Position among its siblings, from 0. */
  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'max_milli', type: 'integer' })
  maxMilli!: number;

  @Column({ type: 'text', nullable: true })
  source!: LeafSource | null;

  @Column({ type: 'jsonb', nullable: true })
  rule!: RuleV1 | null;

  @Column({ type: 'text', nullable: true })
  guidance!: string | null;

  @Column({ name: 'evidence_hint', type: 'text', nullable: true })
  evidenceHint!: string | null;

  /** Unit code of the agency that appraises the leaf (not a foreign key: sets travel between provinces). */
  @Column({ name: 'lead_agency', type: 'text', nullable: true })
  leadAgency!: string | null;

  /**
   * The agency that manages the field and must fix what is lost — a unit code or a name, evaluated or not
   * (police, central agencies). Inherited by descendants; lost points fall back to the lead agency.
   */
  @Column({ name: 'responsible_agency', type: 'text', nullable: true })
  responsibleAgency!: string | null;

  /** Leaves: the unit may mark it not applicable (with a note). */
  @Column({ name: 'not_applicable_allowed', type: 'boolean', default: false })
  notApplicableAllowed!: boolean;

  /** Leaves: the indicator a provincial system pushes into it (only such leaves receive pushes). */
  @Column({ type: 'text', nullable: true })
  indicator!: string | null;
}
