import { useLocaleState, useTranslate } from 'react-admin';

/** A list's total as the API gives it: exact, or "more than N" past the count it stops at (moreThanTotal). */
export interface ListTotal {
  total: number;
  moreThanTotal?: boolean;
}

/** "1.234" or "hơn 1.000" in the user's language, for titles and pagination. */
export function useFormatListTotal(): (list: ListTotal) => string {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN');
  return ({ total, moreThanTotal }) =>
    moreThanTotal ? translate('app.list.more_than', { total: numbers.format(total) }) : numbers.format(total);
}

/** MUI TablePagination's range label ("1–25 / hơn 1.000"). */
export function useRangeLabel(
  moreThanTotal: boolean | undefined,
): (range: { from: number; to: number; count: number }) => string {
  const formatTotal = useFormatListTotal();
  const translate = useTranslate();
  return ({ from, to, count }) =>
    translate('app.list.range', {
      offsetBegin: from,
      offsetEnd: to,
      total: formatTotal({ total: count, moreThanTotal }),
    });
}
