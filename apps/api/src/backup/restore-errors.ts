// Why a restore stopped before changing anything. The CLI prints the message; a file's problem names its line.

/** A backup file that cannot be restored as it is: not JSON, out of order, cut short, or not Kraina's. */
export class BackupFileError extends Error {
  constructor(
    message: string,
    /** The line of the file the problem is on, counted from 1. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** A database a backup must not be restored into: it holds content, or is older than the backup. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}
