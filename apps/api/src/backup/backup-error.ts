/** The stable codes of backup and restore failures (CLI exit code 1, messages in Vietnamese and English). */
export type BackupErrorCode =
  /** Not a PAR Index backup at all (another tar, a zip, a text file…). */
  | 'BACKUP_NOT_AN_ARCHIVE'
  /** A PAR Index backup whose bytes no longer match their checksums (truncated, altered). */
  | 'BACKUP_CORRUPT'
  /** A backup of a newer format version than this program reads. */
  | 'BACKUP_VERSION_UNSUPPORTED'
  /** The backup's schema has migrations this program does not know (taken by a newer release). */
  | 'BACKUP_SCHEMA_UNKNOWN'
  /** An evidence file the database names is missing from the storage, or its bytes do not match its hash. */
  | 'BACKUP_EVIDENCE_MISSING'
  /** The target database already holds data (use --force to replace it). */
  | 'RESTORE_TARGET_NOT_EMPTY'
  /** The target database's schema is not the backup's (it has other migrations applied). */
  | 'RESTORE_SCHEMA_MISMATCH'
  /** After loading, a table's row count or checksum, or an evidence file, differs from the backup. */
  | 'RESTORE_VERIFY_FAILED'
  /** The output file exists already (use --force to replace it). */
  | 'BACKUP_FILE_EXISTS';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly messages: { readonly vi: string; readonly en: string },
  ) {
    super(`${code}: ${messages.en}`);
  }
}
