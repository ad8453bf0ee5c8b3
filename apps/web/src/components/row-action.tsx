interface RowActionProps {
  label: string;
  /** What the row is about: screen readers hear "Edit Sở Tài chính", not a column of "Edit". */
  subject: string;
  onClick(): void;
  danger?: boolean;
  disabled?: boolean;
}

/** An action button in a table row. */
export function RowAction({ label, subject, onClick, danger, disabled }: RowActionProps) {
  return (
    <button
      type="button"
      className={danger ? 'button-link button-link-danger' : 'button-link'}
      aria-label={`${label} ${subject}`}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
