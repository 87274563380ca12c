import type { ExportStatus } from './use-export';

interface ExportStatusLineProps {
  status: ExportStatus;
  /** Working text ("Exporting…"). */
  working: string;
}

/** Progress and outcome of the last export; a failure is an alert, the rest a polite status. */
export function ExportStatusLine({ status, working }: ExportStatusLineProps) {
  if (status.state === 'failed') {
    return (
      <p role="alert" className="export-status export-status--failed">
        {status.message}
      </p>
    );
  }
  return (
    <p role="status" className="export-status">
      {status.state === 'working' ? working : status.state === 'done' ? status.message : ''}
    </p>
  );
}
