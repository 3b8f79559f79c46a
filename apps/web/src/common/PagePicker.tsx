import { TablePagination, type TablePaginationProps } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface PagePickerProps extends Pick<TablePaginationProps, 'labelDisplayedRows' | 'getItemAriaLabel'> {
  total: number;
  /** Zero-based, as MUI counts. */
  page: number;
  perPage: number;
  onPage(page: number): void;
}

/** Pages through a list shown a fixed number of rows at a time; nothing while all of it fits on one page. */
export const PagePicker = ({
  total,
  page,
  perPage,
  onPage,
  labelDisplayedRows = ({ from, to, count }) => `${from}–${to} / ${count}`,
  getItemAriaLabel,
}: PagePickerProps) =>
  total > perPage ? (
    <TablePagination
      component="div"
      count={total}
      page={page}
      onPageChange={(_event, next) => onPage(next)}
      rowsPerPage={perPage}
      rowsPerPageOptions={[]}
      labelDisplayedRows={labelDisplayedRows}
      getItemAriaLabel={getItemAriaLabel}
    />
  ) : null;

/** The previous/next buttons' names in the user's language (MUI's own are English). */
export function useTranslatedPageButtons(): TablePaginationProps['getItemAriaLabel'] {
  const translate = useTranslate();
  return (type) => translate(type === 'next' || type === 'last' ? 'ra.navigation.next' : 'ra.navigation.previous');
}
