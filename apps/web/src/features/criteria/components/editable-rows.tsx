import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { useI18n } from '../../../lib/i18n';

/** A small input in a table cell, named for screen readers, with its problem (if any) under it. */
export function CellInput({
  label,
  error,
  wide,
  ref,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
  wide?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  return (
    <span className={wide ? 'rule-input rule-input-wide' : 'rule-input'}>
      <input
        ref={ref}
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        inputMode={wide ? undefined : 'decimal'}
        {...input}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}

interface EditableRowsProps {
  caption: string;
  /** Headers of the cells `cells` renders (the actions column comes last, by itself). */
  headers: readonly string[];
  /** One stable key per row. */
  rowKeys: readonly (string | number)[];
  /** How a row is named to screen readers ("Tier 2"). */
  rowLabel(index: number): string;
  /** The cells of one row (`<td>` or `<th>` elements). */
  cells(index: number, label: string): ReactNode;
  onRemove?(index: number): void;
  /** Reorders rows where their order matters (tiers: the first match wins). */
  onMove?(from: number, to: number): void;
  readOnly?: boolean;
}

/** Rows of parameters a user adds, edits, reorders and removes (score tiers, survey options, bands). */
export function EditableRows({
  caption,
  headers,
  rowKeys,
  rowLabel,
  cells,
  onRemove,
  onMove,
  readOnly,
}: EditableRowsProps) {
  const { t } = useI18n();
  const actions = !readOnly && (onRemove || onMove);
  return (
    <table className="rule-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rowKeys.map((key, i) => {
          const label = rowLabel(i);
          return (
            <tr key={key}>
              {cells(i, label)}
              {actions && (
                <td className="row-actions">
                  {onMove && (
                    <>
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`${t('tree.moveUp')} ${label}`}
                        disabled={i === 0}
                        onClick={() => onMove(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`${t('tree.moveDown')} ${label}`}
                        disabled={i === rowKeys.length - 1}
                        onClick={() => onMove(i, i + 1)}
                      >
                        ↓
                      </button>
                    </>
                  )}
                  {onRemove && (
                    <button
                      type="button"
                      className="button-link button-link-danger"
                      aria-label={`${t('rule.remove')} ${label}`}
                      onClick={() => onRemove(i)}
                    >
                      ×
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
