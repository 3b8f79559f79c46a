import { Pagination, useListContext, type PaginationProps } from 'react-admin';
import { useRangeLabel } from '../common/listTotal';

/** react-admin's pagination; says "hơn 1.000" when the API stopped counting there (meta.moreThanTotal). */
export const ListPagination = (props: PaginationProps) => {
  const { meta } = useListContext();
  const rangeLabel = useRangeLabel(true);
  if (!meta?.moreThanTotal) return <Pagination {...props} />;
  // react-admin hands its remaining props to MUI's TablePagination; its typings do not list this one.
  const label = { labelDisplayedRows: rangeLabel } as Partial<PaginationProps>;
  return <Pagination {...props} {...label} />;
};
