import { ExportMenuButton, listExportUrl, type ExportFormat } from '../common/ExportMenuButton';

/** GET /api/officers/export with the list's current filters and sort: the API writes every matching row. */
export const exportUrl = (
  format: ExportFormat,
  filter: Record<string, unknown>,
  sort?: { field: string; order: string },
) => listExportUrl('/api/officers/export', format, filter, sort);

/** Replaces react-admin's exporter, which would page through the API and build the file in the browser. */
export const OfficerExportButton = () => (
  <ExportMenuButton
    messages="admin.officers.export"
    url={exportUrl}
    fileName={(format) => `danh-sach-can-bo.${format}`}
    failure={(error) => (error instanceof Error ? error.message : 'admin.download.failed')}
  />
);
