import { cleanup, render, screen } from '@testing-library/react';
import Checkbox from '@mui/material/Checkbox';
import { createTheme, getContrastRatio, ThemeProvider } from '@mui/material/styles';
import { afterEach, describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from './theme';

const light = createTheme(lightTheme);
const dark = createTheme(darkTheme);
const TONES = ['primary', 'secondary', 'error', 'warning', 'info', 'success'] as const;

afterEach(cleanup);

describe('the console’s colours', () => {
  it('keeps red for errors: the primary colour is a blue, far from the error colour', () => {
    for (const theme of [light, dark]) {
      expect(theme.palette.primary.main).not.toBe(theme.palette.error.main);
      const [r, , b] = theme.palette.primary.main.match(/\w\w/g)?.map((hex) => parseInt(hex, 16)) ?? [];
      expect(b).toBeGreaterThan(r);
    }
  });

  it.each(TONES)(
    '%s reads at WCAG AA as a filled chip and as outlined text, on paper and on the page (light)',
    (tone) => {
      const { main, contrastText } = light.palette[tone];
      expect(getContrastRatio(contrastText, main)).toBeGreaterThanOrEqual(4.5);
      expect(getContrastRatio(main, light.palette.background.paper)).toBeGreaterThanOrEqual(4.5);
      expect(getContrastRatio(main, light.palette.background.default)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(TONES)('%s reads at WCAG AA as a filled chip and as outlined text (dark)', (tone) => {
    const { main, contrastText } = dark.palette[tone];
    expect(getContrastRatio(contrastText, main)).toBeGreaterThanOrEqual(4.5);
    expect(getContrastRatio(main, dark.palette.background.paper)).toBeGreaterThanOrEqual(4.5);
    expect(getContrastRatio(main, dark.palette.background.default)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('a checkbox labelled the way react-admin’s Datagrid labels its rows', () => {
  it('carries the label on the input, not on the decorative span', () => {
    render(
      <ThemeProvider theme={light}>
        <Checkbox aria-label="Chọn dòng này" />
      </ThemeProvider>,
    );
    const input = screen.getByRole('checkbox', { name: 'Chọn dòng này' });
    expect(input.tagName).toBe('INPUT');
    expect(document.querySelector('span[aria-label]')).toBeNull();
  });

  it('leaves a checkbox labelled on its input alone (the Datagrid’s "select all")', () => {
    render(
      <ThemeProvider theme={light}>
        <Checkbox slotProps={{ input: { 'aria-label': 'Chọn tất cả' } }} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Chọn tất cả' })).toBeTruthy();
  });
});
