import type { SxProps, Theme } from '@mui/material';

/**
 * For react-admin's Login and AuthLayout: their root is 1px high (at least 100vh) and their card may shrink
 * with overflow hidden, so a form taller than the screen was cut off and nothing scrolled. Here the root grows
 * with the card, which keeps its full height, and phones lose the 6em top margin.
 */
export const scrollableAuthPage: SxProps<Theme> = {
  height: 'auto',
  pb: 3,
  '& > .MuiCard-root': { flexShrink: 0, mt: { xs: 2, sm: '6em' } },
};
