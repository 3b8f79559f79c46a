import { ExportMenuButton, listExportUrl, type ExportFormat } from '../common/ExportMenuButton';

/** GET /api/audit/export with the page's filters: the API writes every matching entry, one line per field. */
export const auditExportUrl = (format: ExportFormat, filter: Record<string, unknown>) =>
  listExportUrl('/api/audit/export', format, filter);

export const AuditExportButton = () => (
  <ExportMenuButton
    messages="resources.audit.export"
    url={(format, filter) => auditExportUrl(format, filter)}
    fileName={(format) => `nhat-ky-thay-doi.${format}`}
    failure={() => 'resources.audit.export.failed'}
  />
);
