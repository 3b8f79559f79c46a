import { once } from 'node:events';
import type { Response } from 'express';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The headers of a file download that no cache keeps (it holds personal data). */
export function setDownloadHeaders(res: Response, contentType: string, fileName: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/** Writes text to the response, waiting for it to drain when its buffer is full (backpressure). */
export const responseWriter = (res: Response) => async (text: string) => {
  if (!res.write(text)) await once(res, 'drain');
};
