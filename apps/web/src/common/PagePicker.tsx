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

/**
 * A page of a list the API pages: pages count from 1 as the API's do, and the previous/next buttons are named in
 * the user's language (MUI's own names are English).
 */
export const ApiPagePicker = ({ page, onPage, ...props }: Omit<PagePickerProps, 'getItemAriaLabel'>) => {
  const translate = useTranslate();
  return (
    <PagePicker
      {...props}
      page={page - 1}
      onPage={(next) => onPage(next + 1)}
      getItemAriaLabel={(type) =>
        translate(type === 'next' || type === 'last' ? 'ra.navigation.next' : 'ra.navigation.previous')
      }
    />
  );
};
