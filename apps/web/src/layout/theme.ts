import { grey } from '@mui/material/colors';
import type { CheckboxProps, Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * A public-service blue for everything interactive, so that red means an error and nothing else (a focused field
 * in the primary colour no longer looks refused). Every colour that carries text meets WCAG AA (4.5:1) on white
 * and on the page background, filled (white text on it) and outlined (it as text) alike: status chips included.
 */
const lightPalette = {
  primary: { main: '#0b4f8a', light: '#3d7bbf', dark: '#06365f', contrastText: '#ffffff' },
  secondary: { main: '#0a3d62', light: '#38678f', dark: '#002640', contrastText: '#ffffff' },
  error: { main: '#c62828', light: '#e57373', dark: '#8e0000', contrastText: '#ffffff' },
  warning: { main: '#9a4d00', light: '#c77c30', dark: '#6b3400', contrastText: '#ffffff' },
  info: { main: '#01579b', light: '#4f83cc', dark: '#002f6c', contrastText: '#ffffff' },
  success: { main: '#2e7d32', light: '#60ad5e', dark: '#005005', contrastText: '#ffffff' },
};

/** On the dark background the same hues, light enough for dark text on them and for themselves as text. */
const darkPalette = {
  primary: { main: '#90caf9' },
  secondary: { main: '#80cbc4' },
  error: { main: '#ef9a9a' },
  warning: { main: '#ffb74d' },
  info: { main: '#4fc3f7' },
  success: { main: '#81c784' },
};

/**
 * react-admin's Datagrid gives its row checkboxes an aria-label, which MUI puts on the decorative span (where ARIA
 * forbids it) and not on the input (which is left without a name). Every checkbox given a label that way gets it
 * on its input instead.
 */
type CheckboxOwnerState = CheckboxProps & { 'aria-label'?: string };
const checkboxLabelOnInput = {
  MuiCheckbox: {
    defaultProps: {
      slotProps: {
        root: (ownerState: CheckboxOwnerState) => (ownerState['aria-label'] ? { 'aria-label': undefined } : {}),
        input: (ownerState: CheckboxOwnerState) =>
          ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {},
      },
    },
  },
};

/**
 * The app bar stays over the page: a field brought into view by the keyboard, an error summary link or an anchor
 * stops below it (RA's bar is 48 px tall on a desktop, 56-64 px on a phone), not under it.
 */
const clearOfAppBar = {
  MuiCssBaseline: { styleOverrides: { html: { scrollPaddingTop: 80 } } },
};

/** react-admin's "Chưa có … nào" of an empty list is in the disabled grey (2.7:1): it is a message, not disabled. */
const readableEmptyList = {
  RaEmpty: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({ '& .RaEmpty-message': { color: theme.palette.text.secondary } }),
    },
  },
};

/**
 * The phone lists (SimpleList) fade their right-hand text to 54 % opacity, which took status chips below 3:1:
 * the text is in the secondary colour instead, and chips keep their own.
 */
const solidListTertiary = {
  RaSimpleList: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({
        '& .RaSimpleList-tertiary': { opacity: 1, color: theme.palette.text.secondary },
      }),
    },
  },
};

/** Initials on MUI's default avatar grey read at 1.8:1 (light) and 2.8:1 (dark): white on slate reads at 5.4:1. */
const readableInitials = {
  MuiAvatar: { styleOverrides: { colorDefault: { backgroundColor: '#546e7a', color: '#ffffff' } } },
};

const bothModes = {
  ...checkboxLabelOnInput,
  ...clearOfAppBar,
  ...readableEmptyList,
  ...solidListTertiary,
  ...readableInitials,
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, ...lightPalette },
  components: {
    ...defaultLightTheme.components,
    ...bothModes,
    // The form toolbar's grey under a red "Xóa" button read at 3.8:1.
    RaToolbar: { styleOverrides: { root: { backgroundColor: grey[100] } } },
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, ...darkPalette },
  components: {
    ...defaultDarkTheme.components,
    ...bothModes,
  },
};
