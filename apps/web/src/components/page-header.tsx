interface PageAction {
  label: string;
  onClick(): void;
  disabled?: boolean;
  /** A secondary action (an export) rather than the screen's main one (create). */
  secondary?: boolean;
}

/** A screen's title, what it is for, and its main action. */
export function PageHeader({
  title,
  description,
  action,
}: {
  title: string;
  description?: string;
  action?: PageAction;
}) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {description && <p className="lead">{description}</p>}
      </div>
      {action && (
        <button
          type="button"
          className={action.secondary ? 'button-secondary' : 'button-primary'}
          disabled={action.disabled}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      )}
    </div>
  );
}
