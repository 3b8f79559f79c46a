import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useCallback, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Names, in the reader's language, for what MUI leaves unnamed: a progress bar with no label of its own is
 * "Đang tải" (react-admin's spinners, the lists' fetching bars). A bar that shows a quantity names itself
 * (aria-labelledby wins over this default).
 */
export const AccessibleDefaults = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const loading = translate('ra.page.loading');
  const withNames = useCallback(
    (outer: Theme): Theme => ({
      ...outer,
      components: {
        ...outer.components,
        MuiCircularProgress: {
          ...outer.components?.MuiCircularProgress,
          defaultProps: { 'aria-label': loading, ...outer.components?.MuiCircularProgress?.defaultProps },
        },
        MuiLinearProgress: {
          ...outer.components?.MuiLinearProgress,
          defaultProps: { 'aria-label': loading, ...outer.components?.MuiLinearProgress?.defaultProps },
        },
      },
    }),
    [loading],
  );
  return <ThemeProvider theme={withNames}>{children}</ThemeProvider>;
};
